"""Round 37 (issue 18, review S): a verb nobody speaks by is no quote's cue.

A cue found near quoted words can be a verb of moving, starting, stopping or carrying on
(``data/quote_nonspeech_cues.tsv``): "the militants fired more than 4,000 rockets into ...", "the cuts would start
as tax cuts expire", "had come from Leeds to wave a sign reading: "..."", "should heed the
proverb: "..."". An indirect quote on such a cue is the writer's narration and is dropped; a direct or partial
quote keeps its words (someone wrote them) but loses the speaker the verb's subject gave it: an empty speaker
beats a wrong one. A speech verb between the verb and the words ("arrived ..., asking supporters: "...""), a verb
complement ("began calling it ...") and an intransitive "continued" ('"...," he continued') keep the quote.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote, listed_quote
from .afterpass import verb_at

__all__ = ["settle_nonspeech_cues"]

# speech verbs that, hung on the non-speech verb, carry the words themselves ("arrived ..., asking: ...")
_SPEECH = frozenset({"say", "ask", "tell", "shout", "add", "declare", "write", "insist", "explain", "reply",
                     "announce", "warn", "tweet", "chant", "yell", "note", "state", "report", "urge", "encourage"})


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_nonspeech_cues.tsv") if row)


def _nonspeech(verb: Token | None, quote_start: int) -> bool:
    if verb is None or verb.lemma_.lower() not in _lemmas():
        return False
    if any(a.lemma_.lower() in _SPEECH for a in verb.ancestors):
        return False  # 'officials said Moon urged him to continue his "historic feat"': inside a report said
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in kids):
        return False  # "began calling it", "continued to say": the complement is the act
    if verb.lemma_.lower() == "continue" and not any(c.dep_ == "dobj" and c.i > verb.i for c in kids):
        return False  # '"...," he continued' (its words read as an object before it): carrying on speaking
    # "arrived ..., asking supporters: ..." (however the participle is parsed): a speech verb before the words
    end = max(verb.i + 1, min(quote_start, verb.sent.end))
    return not any(t.lemma_.lower() in _SPEECH and t.pos_ == "VERB" for t in verb.doc[verb.i + 1:end])


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)


def settle_nonspeech_cues(doc: Doc, out: list[Quote]) -> list[Quote]:
    """``out`` without the indirect quotes on a non-speech verb, and with no speaker for its direct words."""
    kept = []
    for q in out:
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if not listed_quote(q.kind, q.modality) or not _nonspeech(verb, _token_at(doc, q.start)):
            kept.append(q)
        elif q.kind in ("direct", "partial", "block"):
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None
            kept.append(q)
    return kept

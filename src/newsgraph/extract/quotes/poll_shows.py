"""A poll's finding told as a small clause (issue 18, round 19): "One poll shows Cruz 16 points ahead of Trump",
"Several polls show Sanders within two points of Clinton", "Clinton campaigned, with polls showing her well
behind".

"Polls show that the race is tight" was already kind ``document`` (the clause "show" governs). Without "that" the
finding is the verb's object with its complement; the object names a person, so the indirect pass took it as the
verb's target and gave nothing. Here it is kind ``document`` (words of a poll, no human speaker), with the
poll's phrase as ``speaker_name``, as PolNeAR marks the poll as Source; only an object followed by a complement
of its own (a number, a place, a preposition, an adjective: "ahead", "at 40 percent", "in a dead heat") counts,
never a bare object ("the poll shows a tie", "polls show his strength"), nor a negated or modal verb. Words:
``data/quote_poll_findings.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text, in_content

__all__ = ["shown_findings"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_tsv("quote_poll_findings.tsv")
    return frozenset(r[1] for r in rows if r[0] == "verb"), frozenset(r[1] for r in rows if r[0] == "holder")


def _holder(verb: Token) -> Token | None:
    """The poll: the verb's subject, or the noun a participle hangs on ("polls showing ...")."""
    holders = _words()[1]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in holders:
        return verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lemma_.lower() in holders else None


def _finding(verb: Token) -> tuple[Token, Token] | None:
    """(first, last) token of the object and its complement, when the object has one."""
    if any(c.dep_ in ("neg", "ccomp") or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    # (an object before the verb is a relative pronoun: "the lead that the poll has shown")
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    after = [c for c in verb.children if c.i > obj.i and c.dep_ in ("prep", "advmod", "acomp", "oprd", "npadvmod")]
    inner = [c for c in obj.children if c.i > obj.i and c.dep_ in ("prep", "advmod", "amod", "npadvmod", "acl")]
    if not after and not (obj.ent_type_ == "PERSON" and inner):
        return None
    last = max([obj.right_edge] + [c.right_edge for c in after], key=lambda t: t.i)
    while last.i > obj.i and (last.is_punct or last.dep_ == "cc"):
        last = verb.doc[last.i - 1]
    return obj.left_edge, last


def shown_findings(doc: Doc, taken: list[Quote]) -> list[Quote]:
    """One ``document`` quote per poll finding told as a small clause (see the module's docstring); none where
    ``taken`` (the other passes' records) already overlaps it."""
    verbs, _holders = _words()
    out: list[Quote] = []
    # only the tokens of those lemmas are read one by one (a loop over every token would cost the component)
    ids = numpy.array([doc.vocab.strings.add(v) for v in sorted(verbs)], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LEMMA), ids)):
        verb = doc[int(i)]
        if verb.pos_ != "VERB":
            continue
        poll = _holder(verb)
        found = _finding(verb) if poll is not None else None
        if found is None:
            continue
        start, end = found[0].idx, found[1].idx + len(found[1])
        if not in_content(doc, verb.idx, end) or any(q.start < end and start < q.end for q in taken + out):
            continue
        phrase = doc[poll.left_edge.i : poll.i + 1]  # "A new CNN poll" (not "... of voters")
        rec = Quote(id="", text=doc_text(doc)[start:end], kind="document", start=start, end=end, cue=verb.text,
                    cue_start=verb.idx, cue_end=verb.idx + len(verb))
        rec.speaker, rec.speaker_name = None, phrase.text
        rec.speaker_start, rec.speaker_end = phrase.start_char, phrase.end_char
        out.append(rec)
    return out

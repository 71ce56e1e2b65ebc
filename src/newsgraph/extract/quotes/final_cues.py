"""Attributions that close a sentence but that the parser does not read as one (round 24, issue 18).

"..., a 15-year-old girl was pepper-sprayed by another bystander, police said.", "In all, the committee raised
$57 million, Federal Election Commission records show.", "..., have an unfavorable view of Trump, the poll found.",
"..., it is under intense pressure from imports, said the company's chief executive, John J. Ferriola.": the
parser hangs the verb on the clause before it (an adverbial clause, a relative clause, a conjunct) or reads "show"
as a noun ("records show"), so no pass finds the words. These are read from the words themselves: the sentence
ends with a comma, a short noun phrase and a verb of speech, or a comma, the verb and the noun phrase; the words
before the comma are that phrase's. Only plain noun phrases count as the holder ("as X noted", "I would say",
"he did not say" give nothing), the verb is a finite one of ``reporting_verbs`` (or "show" / "find" of a record,
poll or study), and nothing but a place, a time or a listener may follow it ("told reporters on Friday").
The same verb and holder set off by two commas inside a sentence ("Voters, Clinton suggested, don't have to
worry ...") give the whole sentence, as PolNeAR marks it (the later passes cut a fronted setting off).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .arrays import arrays_of, sents_of, tokens_of
from .cue_table import reporting_verbs
from .kinds import DOCUMENT_NOUNS
from .polls import finding_nouns
from .speaker_words import person_nouns

__all__ = ["final_cues"]

# The words a holder's noun phrase may be made of ("the company's chief executive", "Federal Election Commission
# records", "a spokeswoman, Anna White"): no verb, no adverb, no subordinating word
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "PUNCT"})
_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})
# What may follow the verb before the sentence ends: a place, a time, a medium or a listener
_TAIL_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT", "PRON"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MAX_NP = 8
_MAX_TAIL = 12
# "show" / "find" told by records, a poll or a study: read as a noun by the parser ("records show"), so by form
_FINDING_FORMS = frozenset({"show", "shows", "showed", "found", "finds", "find"})
_RECORD_NOUNS = frozenset({"record", "records", "data", "figures", "filings", "documents"})
_NO_HOLDER = frozenset({"i", "you", "we", "who", "which", "that", "what", "this", "these", "those"})
_ENDS = frozenset({".", "!"})
# Verbs a report puts before their speaker ("..., said the chief executive"); "told HuffPost" is a listener
_INVERTED = frozenset({"say", "add", "write", "note", "explain", "insist", "argue"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def _can_speak(words: list[Token]) -> bool:
    """An inverted holder names someone ("the company's finance director, Maria Lopez"), not an object ("declared
    bankruptcy" read as ", declared" and a holder "bankruptcy")."""
    return any(w.ent_type_ in _SPEAKER_ENTS or w.lemma_.lower() in person_nouns() for w in words)


def _finding_holder(words: list[Token]) -> bool:
    head = words[-1].lower_
    return head in _RECORD_NOUNS or head in DOCUMENT_NOUNS or words[-1].lemma_.lower() in finding_nouns()


def _is_cue(t: Token, holder: list[Token]) -> bool:
    if t.lower_ in _FINDING_FORMS:
        return bool(holder) and _finding_holder(holder)
    return t.tag_ in _FINITE and t.lemma_.lower() in reporting_verbs() and t.lemma_.lower() != "ask"


def _plain_np(words: list[Token], most: int = _MAX_NP) -> bool:
    """A holder: a short noun phrase, its last word a noun (or a name, or "it" / "he" / "she" / "they"); a
    participle may modify it ("fundraising documents"), and "records" is a noun whatever the tagger says."""
    if not words or len(words) > most or words[0].is_punct or words[-1].is_punct:
        return False
    if any(w.lower_ in _NO_HOLDER or w.pos_ not in _NP_POS and w.lower_ not in _RECORD_NOUNS and
           not (w.i < words[-1].i and w.tag_ in ("VBG", "VBN")) for w in words):
        return False
    return words[-1].pos_ in _HEAD_POS or words[-1].lower_ in _RECORD_NOUNS


def _tail_ok(cue: Token, words: list[Token]) -> bool:
    """A place, a time or a listener after the verb ("on Saturday", "in a memo to X", "told reporters"); no object
    ("announced his resignation", "told a joke", "shows her with a lead": the verb is no attribution there)."""
    if len(words) > _MAX_TAIL or any(w.pos_ not in _TAIL_POS or w.lower_ in ("that", "if", "whether") for w in words):
        return False
    k = 0
    while k < len(words) and words[k].ent_type_ in ("DATE", "TIME"):  # "said Tuesday", "said last week"
        k += 1
    if k < len(words) and cue.lemma_.lower() == "tell" and words[k].pos_ in ("PROPN", "NOUN", "PRON") and \
            words[k].lower_ not in ("it", "that", "this"):
        while k < len(words) and words[k].pos_ != "ADP":  # the listener: "told reporters", "told Fox News"
            k += 1
    return k == len(words) or words[k].pos_ == "ADP"


def _between(commas: list[int], lo: int, hi: int) -> list[int]:
    """The comma tokens ``commas`` (the Doc's, in order) in [lo, hi)."""
    return commas[bisect_left(commas, lo) : bisect_left(commas, hi)]


def _closing(sent: Span, doc_commas: list[int]) -> tuple[int, int, int, int] | None:
    """(comma, cue, holder start, holder end) token indices where ``sent`` closes with an attribution
    (``doc_commas``: the Doc's comma tokens)."""
    toks = tokens_of(sent.doc)  # (the Doc's one token list: issue 18)
    end = sent.end
    while end > sent.start and (toks[end - 1].is_space or toks[end - 1].text in ("”", '"', "’", "'")):
        end -= 1
    if end - 1 <= sent.start or toks[end - 1].text not in _ENDS:
        return None
    last = end - 1  # the full stop
    commas = _between(doc_commas, sent.start + 1, last)
    for c in reversed(commas[-3:]):
        words = [toks[i] for i in range(c + 1, last)]
        # ", police said (on Tuesday)."
        for k, t in enumerate(words):
            if _is_cue(t, words[:k]) and _plain_np(words[:k]) and _tail_ok(t, words[k + 1:]):
                return c, t.i, c + 1, t.i
        # ", said the company's chief executive, John J. Ferriola."
        if words and _is_cue(words[0], []) and words[0].lemma_.lower() in _INVERTED and \
                _plain_np(words[1:], _MAX_NP + 4) and _can_speak(words[1:]) and \
                (c - 1 < sent.start or toks[c - 1].text != ","):
            return c, words[0].i, c + 1 + 1, last
    return None


def _inserted(sent: Span, doc_commas: list[int]) -> tuple[int, int, int, int] | None:
    """(comma, cue, holder start, holder end) of an aside set off by two commas inside the sentence ("Voters,
    Clinton suggested, don't have to worry", "This sort of opining, CNN claimed, violates its code"); the words
    on both sides are the holder's, so the whole sentence is."""
    toks = tokens_of(sent.doc)  # (the Doc's one token list: issue 18)
    commas = _between(doc_commas, sent.start + 1, sent.end - 1)
    for a, b in zip(commas, commas[1:], strict=False):
        words = [toks[i] for i in range(a + 1, b)]
        for k, t in enumerate(words):
            if _is_cue(t, words[:k]) and t.lemma_.lower() != "tell" and _plain_np(words[:k]) and \
                    all(w.ent_type_ in ("DATE", "TIME") for w in words[k + 1:]) and \
                    any(toks[i].pos_ in ("VERB", "AUX") for i in range(b + 1, sent.end)):
                return a, t.i, a + 1, t.i
    return None


def final_cues(doc: Doc) -> Iterator[tuple[int, int, tuple[int, int], Token]]:
    """(first, end token of the words, (holder start, end), cue) of each closing attribution and of each aside
    between two commas (module docstring)."""
    toks = tokens_of(doc)
    # the Doc's commas found once over its arrays (a comma's lowercase form is itself); each sentence reads its
    # own by bisection (issue 18)
    comma = get_string_id(",")
    commas = [i for i, low in enumerate(arrays_of(doc).lowers) if low == comma]
    for sent in sents_of(doc):
        aside = _inserted(sent, commas)
        if aside is not None:
            comma, cue, hs, he = aside
            # "... fortunate timing: With the Super Bowl late Sunday, they argued, there was ...": from the colon
            lead = max((i + 1 for i in range(sent.start, comma) if toks[i].text in (":", ";")), default=sent.start)
            yield lead, sent.end, (hs, he), toks[cue]
            continue
        found = _closing(sent, commas)
        if found is None:
            continue
        comma, cue, hs, he = found
        # "Sorry, Sanders said.", "On Friday morning, the third day of his tour, Johnson told a joke.": the words
        # reported are a clause with a verb of their own
        if comma - sent.start < 4 or not any(toks[i].pos_ in ("VERB", "AUX") for i in range(sent.start, comma)):
            continue
        yield sent.start, comma, (hs, he), toks[cue]

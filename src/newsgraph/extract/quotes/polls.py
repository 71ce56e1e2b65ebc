"""Findings of a poll, a study or a report told as a clause's setting (issue 18, round 15b).

"In a CBS News poll last month, 50 percent of respondents chose Clinton": the clause after the phrase is what the
poll found, and the poll, no person, holds it (PolNeAR marks such a poll as the Source). Only a phrase set off in
front of the clause's subject counts ("In this poll, Trump rose 1 point"); after the subject or the verb ("Sanders
has led in several surveys") it places a fact, and on PolNeAR train those clauses held a gold Content in fewer than
half of the cases. A clause another pass already attributes keeps that attribution.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text, in_content
from .arrays import arrays_of

__all__ = ["poll_quotes"]


@lru_cache(maxsize=1)
def finding_nouns() -> frozenset[str]:
    """Nouns of a finding (poll, survey, study ...), shared with the holders-at-large rule."""
    return frozenset(r[1] for r in read_tsv("quote_statement_nouns.tsv") if r[0] == "finding")


def _setting(t: Token) -> tuple[Token, Token] | None:
    """(the poll's noun, the clause's verb) when ``t`` is "In" heading a phrase about a poll that is set off by a
    comma in front of its clause's subject."""
    ob = next((c for c in t.children if c.dep_ == "pobj"), None)
    verb = t.head
    if t.lower_ != "in" or t.dep_ != "prep" or ob is None or ob.lemma_.lower() not in finding_nouns() or \
            verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    comma = t.right_edge.i + 1
    if subj is None or not t.right_edge.i < subj.i or comma >= len(t.doc) or t.doc[comma].text != ",":
        return None
    return ob, verb


def poll_quotes(doc: Doc, taken: list[Quote]) -> list[Quote]:
    """The findings told after "In <a poll / study / report>," (see the module's docstring), one indirect quote
    each, held by the phrase (no entity: a poll is nobody the entity layer names); none where ``taken`` (the
    other passes' records) already overlaps the clause."""
    out: list[Quote] = []
    # only the tokens "in" are read one by one (a loop over every token costs the component a tenth of its time)
    for i in numpy.flatnonzero(arrays_of(doc).lower == doc.vocab.strings["in"]):
        t = doc[int(i)]
        found = _setting(t)
        if found is None:
            continue
        ob, verb = found
        lo = doc[t.right_edge.i + 2] if t.right_edge.i + 2 < len(doc) else None
        last = verb.right_edge
        while last.i > verb.i and last.is_punct:
            last = doc[last.i - 1]
        if lo is None or lo.i > last.i:
            continue
        start, end = lo.idx, last.idx + len(last)
        if not in_content(doc, t.idx, end) or any(q.start < end and start < q.end for q in taken + out):
            continue
        phrase = doc[ob.left_edge.i : ob.i + 1]  # "a CBS News poll" (not "... last month")
        rec = Quote(id="", text=doc_text(doc)[start:end], kind="indirect", start=start, end=end, cue=t.text,
                    cue_start=t.idx, cue_end=t.idx + len(t))
        rec.speaker, rec.speaker_name = None, phrase.text
        rec.speaker_start, rec.speaker_end = phrase.start_char, phrase.end_char
        out.append(rec)
    from .poll_shares import share_quotes  # (poll_shares reads at_large, which imports this module)

    # "About 4 in 10 say ...": a share of people polled holds a stance (round 24)
    return out + share_quotes(doc, taken + out)

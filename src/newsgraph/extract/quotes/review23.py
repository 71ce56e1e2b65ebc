"""Review of round 23: quoted headings, counterfactuals, beliefs inside another's report, quoted labels.

The start-of-round review of six unseen reports found four shapes listed as someone's words:

- **A quoted section heading.** A paragraph that is only a short quoted phrase ('2. "The Ruiz problem"'), with
  no closing stop inside the marks, heads a section of a listicle ("Here are some of the highlights:"). It was
  handed the speaker of the quote before it (the lone-paragraph carry) or the lead-in's subject ("the highlights
  are: ..."), though it repeats a phrase the section goes on to attribute. It is no statement of its own: dropped.
- **The writer's counterfactual.** "Voters could have shown they were tired of ...": a cue under a modal perfect
  ("could / would / might / should have" + participle) tells what did not happen, not words said: modality
  ``hypothetical`` (stored, not listed), as for "as Holmes would say" (writer_voice.py).
- **A belief inside another's report.** In "Ruiz and Lee recognize that the terms are poor, a person briefed on
  the talks said" the belief is the briefed person's report of what Ruiz and Lee think; the verb of a mental
  state (data/quote_minds.tsv, ``mind``) whose cue lies inside the words of another source's indirect quote is
  kept as a stance of the holder (stored, not listed), not listed as their own statement.
- **A quoted label.** 'his "tough on Ottawa" stance', 'a "stage two" deal': a short quote standing as the
  modifier of the noun right after its closing mark names or labels that thing (a scare quote); it is no
  statement of anyone's and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .arrays import expand_span

__all__ = ["settle_review23"]

# a paragraph that is only a quoted phrase, perhaps numbered: '3. "The Ruiz problem"'
_HEADING = re.compile(r"^(?:\d{1,2}[.)]\s*)?[\"“‘']([^\"“”‘’]{1,80})[\"”’']$")
_HEADING_MAX_WORDS = 8
_MODALS = frozenset({"could", "would", "might", "should", "must", "'d"})
_LABEL_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _minds() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "mind")


def _heading(text: str, q: Quote, pars: Sequence[tuple[int, int]]) -> bool:
    """A direct quote that is a whole paragraph of a few words with no stop inside its marks."""
    if q.kind != "direct":
        return False
    par = next((p for p in pars if p[0] <= q.start < p[1]), None)
    if par is None:
        return False
    m = _HEADING.match(text[par[0] : par[1]].strip())
    if m is None:
        return False
    words = m.group(1).strip()
    return bool(words) and words[-1] not in ".!?,;:" and len(words.split()) <= _HEADING_MAX_WORDS


def _counterfactual(v: Token) -> bool:
    """ "could have shown", "would have said": a modal and "have" on a past participle."""
    kids = [c for c in v.children if c.dep_ == "aux"]
    return v.tag_ == "VBN" and any(c.lower_ in _MODALS for c in kids) and any(c.lower_ == "have" for c in kids)


def _relayed_mind(q: Quote, v: Token, out: list[Quote]) -> bool:
    """A mind's cue inside the words of another source's indirect quote."""
    if v.lemma_.lower() not in _minds() or q.cue_start is None:
        return False
    return any(p is not q and p.kind == "indirect" and p.start <= q.cue_start < p.end and
               (p.speaker_start, p.speaker_end) != (q.speaker_start, q.speaker_end) for p in out)


def _label(doc: Doc, q: Quote) -> bool:
    """A short verbless partial between a determiner or possessor and a noun: 'a "stage two" deal', 'his "tough
    on Ottawa" stance' (read on the surface: the parser often hangs the noun inside the quoted words)."""
    if q.kind != "partial" or not 0 < len(q.text.split()) <= _LABEL_MAX_WORDS or q.text.rstrip()[-1:] in ".!?,;:":
        return False
    span = expand_span(doc, q.start, q.end)
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    i, j = span.start - 1, span.end
    while i >= 0 and doc[i].is_quote:
        i -= 1
    while j < len(doc) and doc[j].is_quote:
        j += 1
    if i < 0 or j >= len(doc) or i == span.start - 1 or j == span.end:
        return False
    before, after = doc[i], doc[j]
    owner = before.pos_ == "DET" or before.tag_ in ("PRP$", "POS")
    return owner and after.pos_ == "NOUN"


def settle_review23(doc: Doc, out: list[Quote], pars: Sequence[tuple[int, int]]) -> list[Quote]:
    """The quotes with the four shapes of the module's text settled (dropped, or stored unlisted)."""
    text = doc_text(doc)
    kept: list[Quote] = []
    for q in out:
        if _heading(text, q, pars) or _label(doc, q):
            continue
        v = verb_at(doc, q.cue_start, q.cue_end) if q.kind != "direct" else None
        if v is not None and q.modality == "asserted" and _counterfactual(v):
            q.modality = "hypothetical"
        elif v is not None and q.kind == "indirect" and _relayed_mind(q, v, out):
            q.kind = "stance"
        kept.append(q)
    return kept

"""Review 18: quotes that another source's report holds, and objects that tell a stance, read after every pass.

- **A forecast inside another's report.** In "Obama will reiterate his stance, while conveying his "openness to
  diplomacy," Rhodes said" and "Lang explained that Ruiz may choose to run a campaign and say that lawmakers are
  "trying to rob the people"" the inner verb (under "will", "may", ..., or an infinitive of purpose: "Obama will use
  the speech to explain ...") tells what the outer source predicts someone will say, not what he said: the inner
  indirect quote or stance is nobody's statement and is dropped, and a partial quote inside it is the outer
  source's words (the source put the marks there), with the outer cue.
- **A stance told by its object.** "revealed his support for the pipeline", "has expressed his dissatisfaction with
  the terms", "proposed tax cuts", "reiterated his stance on X": a verb of expressing or proposing whose object is
  a bare noun phrase (no clause, no quoted words) tells a position its subject took, kind `stance` (stored, not
  listed as words said). PolNeAR counts these as attributions ("expressed their support for Trump", "proposed a
  safe zone"), so they are kept, with their kind changed only.
- **What someone stopped short of saying.** "stopped short of calling the siege a terrorist attack": words not
  said, a position held back; kind `stance` like a refused act (PolNeAR counts "stopped short of endorsing" as an
  attribution, so it is kept, not dropped).
- **Quoted words of an expletive passive.** In "In the letter, it was argued that the mayor has the power to "end
  any inquiry"" the indirect quote has no speaker (nobody is named as arguing), but its partial quote took "it" for
  a speaking organization (the paper named before, which only published the letter): the partial now follows the
  indirect quote of the same cue that holds it.
- **The writer's own report.** "As we reported last week, ..." is the writer's outlet citing itself: no quote.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span, memo_of
from .para_carry import take_attribution
from .review28 import predicted_speech, quoted_in_object, spoken_topic

__all__ = ["settle"]

# auxiliaries that put a verb in the future or in a possible world: what it tells has not been said
_UNASSERTED = frozenset({"will", "would", "may", "might", "could", "shall", "should", "'ll", "'d", "wo", "ca"})
_CLIMB = frozenset({"conj", "xcomp"})
_WRITERS = frozenset({"we", "i", "us"})


@lru_cache(maxsize=1)
def _object_stances() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_object_stances.tsv"))


def verb_at(doc: Doc, start: int | None, end: int | None) -> Token | None:
    """The last verb of a cue's characters ("will reiterate": reiterate; "to explain": explain)."""
    if start is None or end is None:
        return None
    memo = memo_of(doc)  # (the passes after extraction ask for the same cues' verbs many times; issue 18)
    key = ("verb_at", start, end)
    if key not in memo:
        span = expand_span(doc, start, end)
        memo[key] = None if span is None else \
            next((t for t in reversed(span) if t.pos_ in ("VERB", "AUX") and t.lower_ != "to"), None)
    return memo[key]


@dataclass
class _Cue:
    """A quote and its cue's last verb, read from the doc once, when a rule first asks for it."""

    doc: Doc
    q: Quote

    @cached_property
    def verb(self) -> Token | None:
        return verb_at(self.doc, self.q.cue_start, self.q.cue_end)


def _unasserted(v: Token, lo: int, hi: int) -> bool:
    """``v`` or a verb it hangs on, inside the outer quote's words [lo, hi), is under a modal of the future or of
    possibility: told as to come, not as said. The climb goes through conjuncts and infinitives ("may choose to
    run a campaign and say ...") and through an infinitive of purpose ("will use the speech to explain ..."),
    never through another adverbial clause ("..., while Cruz said ..." under a "can't" of the clause before)."""
    t = v
    for _ in range(5):
        if not lo <= t.idx < hi:
            return False
        if any(c.dep_ == "aux" and c.lower_ in _UNASSERTED for c in t.children):
            return True
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.dep_ not in _CLIMB and not purpose or t.head.i == t.i:
            return False
        t = t.head
    return False


def _outers(out: list[Quote]) -> dict[int, list[int]]:
    """For each quote that may be a forecast (by its index in ``out``), the indices, in list order, of the indirect
    quotes of another mention whose words hold its cue. One sweep: the quotes by cue start, the candidates by start;
    a candidate that ends before every cue still to come leaves for good, so each quote reads only those open."""
    cands = sorted((p.start, j) for j, p in enumerate(out) if p.kind == "indirect" and p.cue_start is not None
                   and not p.start <= p.cue_start < p.end)
    asks = sorted((q.cue_start, i) for i, q in enumerate(out) if q.kind in ("indirect", "stance", "partial")
                  and q.cue_start is not None and q.cue_end is not None)
    # the least cue end from each ask on (a candidate ending before it can hold no cue still to come)
    least = [0] * len(asks)
    for k in range(len(asks) - 1, -1, -1):
        end = out[asks[k][1]].cue_end or 0
        least[k] = end if k == len(asks) - 1 else min(end, least[k + 1])
    found: dict[int, list[int]] = {}
    open_: list[int] = []
    nxt = 0
    for k, (cue_start, i) in enumerate(asks):
        while nxt < len(cands) and cands[nxt][0] <= cue_start:
            insort(open_, cands[nxt][1])
            nxt += 1
        open_ = [j for j in open_ if out[j].end >= least[k]]
        q = out[i]
        found[i] = [j for j in open_ if j != i and (q.cue_end or 0) <= out[j].end
                    and (out[j].speaker_start, out[j].speaker_end) != (q.speaker_start, q.speaker_end)]
    return found


def _forecast(cue: _Cue, p: Quote | None) -> Quote | None:
    """``p``, the report holding the cue of the quote, when that cue tells what is to come in it."""
    if cue.q.kind not in ("indirect", "stance", "partial") or p is None:
        return None
    v = cue.verb
    # a finite verb is its own assertion, whatever modal the parse hangs it under ("could backfire, angering his
    # supporters, both of which Clinton praised ...": Clinton praised them)
    if v is None or v.tag_ in ("VBD", "VBZ", "VBP"):
        return None
    return p if _unasserted(v, p.start, p.end) else None


def _object_stance(cue: _Cue) -> bool:
    """An indirect quote whose words are only the bare object of a verb of expressing or proposing."""
    doc, q = cue.doc, cue.q
    if q.kind != "indirect":
        return False
    v = cue.verb
    if v is None or v.lemma_.lower() not in _object_stances():
        return False
    span = expand_span(doc, q.start, q.end)
    if span is None or quoted_in_object(span):
        return False
    root = span.root
    if root.dep_ != "dobj" or root.head.i != v.i or root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    # a clause the object's noun takes ("concern that the rallies ...") is a claim: it stays words said; one on a
    # noun further in ("his support for the pipeline, which could ...") only describes that noun
    return not any(c.dep_ in ("ccomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in root.children)


def _held_back(cue: _Cue) -> bool:
    """'stopped short of calling X Y', 'fell short of endorsing': the cue is what was held back."""
    if cue.q.kind != "indirect":
        return False
    v = cue.verb
    if v is None or v.dep_ != "pcomp" or v.head.lower_ != "of":
        return False
    held = v.head.head
    return held.lemma_.lower() in ("stop", "fall", "come") and any(c.lower_ == "short" for c in held.children)


def _expletive_partial(cue: _Cue, out: list[Quote]) -> Quote | None:
    """The indirect quote of the same passive cue holding the partial ``q`` whose speaker mention is "it"."""
    q = cue.q
    if q.kind != "partial" or q.speaker_start is None or doc_text(cue.doc)[q.speaker_start : q.speaker_end].lower() != "it":
        return None
    v = cue.verb
    if v is None or not any(c.dep_ == "auxpass" for c in v.children):
        return None
    return next((p for p in out if p.kind == "indirect" and p.speaker_start is None and p.cue_start == q.cue_start
                 and p.start <= q.start < p.end), None)


def _writers_own(cue: _Cue) -> bool:
    """'As we reported last week, ...': the writer's outlet citing its own report."""
    q = cue.q
    if q.kind != "indirect" or q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
        return False
    spk = expand_span(cue.doc, q.speaker_start, q.speaker_end)
    v = cue.verb
    return spk is not None and spk.text.lower() in _WRITERS and v is not None and \
        any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)


def settle(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes with review 18's three classes settled (see the module's text)."""
    kept: list[Quote] = []
    outers = _outers(out)  # an outer report turned stance before its turn here holds no forecast: kind read now
    for i, q in enumerate(out):
        cue = _Cue(doc, q)
        outer = next((out[j] for j in outers.get(i, ()) if out[j].kind == "indirect"), None)
        p = _forecast(cue, outer) or _expletive_partial(cue, out)
        if p is not None:
            if q.kind != "partial":
                continue
            take_attribution(q, p)
        elif _writers_own(cue):
            continue
        elif _object_stance(cue) or _held_back(cue) or spoken_topic(doc, q, cue.verb):
            q.kind = "stance"
        elif q.kind in ("indirect", "partial") and predicted_speech(cue.verb):
            q.modality = "hypothetical"  # "critics will say that ...": a forecast in the writer's argument
        kept.append(q)
    return kept

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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .arrays import expand_span
from .survey_shares import settle_shares

__all__ = ["settle_review23"]

# a paragraph that is only a quoted phrase, perhaps numbered: '3. "The Ruiz problem"' (matched in place, space
# around it, so a long paragraph fails in a few characters and is never copied)
_HEADING = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[\"“‘']([^\"“”‘’]{1,80})[\"”’']\s*")
_HEADING_MAX_WORDS = 8
# nothing but spaces and commas between one quote's words and the next one's cue
_GAP = re.compile(r"[ ,]*")
# the words of a bracketed report after its cue: no leading "that", no trailing stop or space
_BRACKET_WORDS = re.compile(r"[\s,;:]*(?:that\s+)?(\w(?:.*[\w\"'”’%])?)[\s.,;:]*", re.DOTALL)
# what opens, closes or ends a bracketed aside
_BRACKET_STOPS = re.compile(r"[()\n]")
_NAMING = frozenset({"call", "dub", "name", "term", "label"})
_MIN_BRACKET_WORDS = 2
_ADDRESSEES = frozenset({"dobj", "dative", "conj"})
_MODALS = frozenset({"could", "would", "might", "should", "must", "'d"})
_LABEL_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _minds() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "mind")


def _heading(text: str, q: Quote, pars: Sequence[tuple[int, int]]) -> bool:
    """A direct quote that is a whole paragraph of a few words with no stop inside its marks."""
    if q.kind != "direct":
        return False
    k = bisect_right(pars, (q.start, len(text) + 1)) - 1  # the paragraphs are in order and apart
    if k < 0 or not q.start < pars[k][1]:
        return False
    m = _HEADING.fullmatch(text, pars[k][0], pars[k][1])
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
    # with a speaker found, a quoted modifier is most often that speaker's word ('described the man as an
    # "extremist, right-wing" terrorist'): left alone
    if q.kind != "partial" or q.speaker is not None or not 0 < len(q.text.split()) <= _LABEL_MAX_WORDS or q.text.rstrip()[-1:] in ".!?,;:":
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


def _in_brackets(text: str, stops: list[int], q: Quote) -> tuple[int, int] | None:
    """The inside of the round brackets around the cue and speaker of an indirect quote, in one paragraph: the
    nearest bracket or line break (``stops``, their offsets) before the cue opens a bracket, the nearest after it
    closes one (looked up, not searched for through the text: once per indirect quote)."""
    if q.kind != "indirect" or q.cue_start is None or q.cue_end is None:
        return None
    i, j = bisect_left(stops, q.cue_start) - 1, bisect_left(stops, q.cue_end)
    if i < 0 or j >= len(stops) or text[stops[i]] != "(" or text[stops[j]] != ")":
        return None
    lo, hi = stops[i], stops[j]
    if q.speaker_start is not None and not lo < q.speaker_start < hi:
        return None
    return lo + 1, hi


def _clip_to_brackets(doc: Doc, text: str, stops: list[int], q: Quote) -> bool:
    """A report told in brackets ("... for removal (44 percent of voters say they want a vote), but ...") holds
    its words inside them: a span reaching out of the brackets is cut to the bracketed words on its side of the
    cue, or, when none are left there, to the words after the cue; False when too little is left (the quote is
    then dropped). A naming verb ("(what economists call spending)") reports nothing and is left alone."""
    inside = _in_brackets(text, stops, q)
    if inside is None or inside[0] <= q.start and q.end <= inside[1] or q.cue_start is None or q.cue_end is None:
        return True
    v = verb_at(doc, q.cue_start, q.cue_end)
    if v is not None and v.lemma_.lower() in _NAMING:
        return True
    # words before the cue end where its source starts ("(at one point as low as 19%, Gutin says)")
    src = q.speaker_start if q.speaker_start is not None and inside[0] <= q.speaker_start < q.cue_start else q.cue_start
    lo, hi = (q.start, min(q.end, inside[1])) if q.start >= q.cue_end else (max(q.start, inside[0]), min(q.end, src))
    for a, b in ((lo, hi), (q.cue_end, inside[1])):
        m = _BRACKET_WORDS.match(text, a, b) if a < b else None
        if m is not None and len(m.group(1).split()) >= _MIN_BRACKET_WORDS:
            q.start, q.end = m.start(1), m.end(1)
            q.text = text[q.start : q.end]
            return True
    return False


def _verbless_then_conj(doc: Doc, p: Quote, q: Quote) -> bool:
    """``q``'s cue is a conjunct of ``p``'s cue right after ``p``'s words, and those words hold no verb: the parser
    cut a "that" clause at a noun it took for its verb ("estimated that 900,000 people age 12 and older ...
    reported a disorder": "age" as the verb, "reported" joined to "estimated")."""
    if p.kind != "indirect" or q.kind != "indirect" or p.speaker_start != q.speaker_start or q.cue_start is None:
        return False
    if not p.end <= q.cue_start < q.start or _GAP.fullmatch(doc_text(doc), p.end, q.cue_start) is None:
        return False  # (matched in place: a pair far apart fails at its first word, the gap is never copied)
    pv, qv = verb_at(doc, p.cue_start, p.cue_end), verb_at(doc, q.cue_start, q.cue_end)
    span = expand_span(doc, p.start, p.end)
    if pv is None or qv is None or span is None or qv.dep_ != "conj" or qv.head.i != pv.i:
        return False
    # (a verb of a relative clause inside, "people, which account for 0.4 percent, ...", is no main verb)
    main = [t for t in span if t.pos_ in ("VERB", "AUX") and
            not any(a.dep_ in ("relcl", "acl") and span.start <= a.i < span.end for a in (t, *t.ancestors))]
    return not main and not any(c.dep_ in ("nsubj", "nsubjpass") for c in qv.children)


def _rejoin(doc: Doc, out: list[Quote]) -> list[Quote]:
    """Each pair of ``_verbless_then_conj`` made one quote again: the first's words run to the end of the second's."""
    kept: list[Quote] = []
    for q in sorted(out, key=lambda r: (r.start, r.end)):
        p = next((r for r in reversed(kept) if _verbless_then_conj(doc, r, q)), None)
        if p is None:
            kept.append(q)
            continue
        p.end = q.end
        p.text = doc_text(doc)[p.start : p.end]
    return kept


def _lost_subject(doc: Doc, q: Quote) -> None:
    """ "told friends that the interview aired at the weekend was a success": the parser hung "that the interview
    aired ..." on "friends" as a relative clause and left "was a success" with no subject; the words start again
    after "that" (in place)."""
    if q.kind != "indirect" or q.cue_start is None:
        return
    span = expand_span(doc, q.start, q.end)
    if span is None or span.start == 0:
        return
    root = span.root
    if root.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return
    cue = root.head
    for m in doc[cue.i + 1 : span.start]:
        rel = m.head
        if m.lower_ == "that" and rel.dep_ == "relcl" and rel.head.head.i == cue.i and rel.head.dep_ in _ADDRESSEES \
                and rel.i < span.start:
            q.start = doc[m.i + 1].idx
            q.text = doc_text(doc)[q.start : q.end]
            return


def _said_here(doc: Doc, q: Quote) -> bool:
    """A partial attributed through a verb in its own sentence ("Ruiz said ... a "narrow" question", "what he
    calls the "crooked" process"): the word is taken as that source's, whether or not the source was found."""
    v = verb_at(doc, q.cue_start, q.cue_end)
    span = expand_span(doc, q.start, q.end)
    return v is not None and v.pos_ == "VERB" and span is not None and v.sent.start == span.sent.start


def settle_review23(doc: Doc, out: list[Quote], pars: Sequence[tuple[int, int]]) -> list[Quote]:
    """The quotes with the four shapes of the module's text settled (dropped, or stored unlisted)."""
    text = doc_text(doc)
    stops = [m.start() for m in _BRACKET_STOPS.finditer(text)]
    kept: list[Quote] = []
    for q in _rejoin(doc, out):
        if _heading(text, q, pars) or _label(doc, q) and not _said_here(doc, q) or \
                not _clip_to_brackets(doc, text, stops, q):
            continue
        _lost_subject(doc, q)
        v = verb_at(doc, q.cue_start, q.cue_end) if q.kind != "direct" else None
        if v is not None and q.modality == "asserted" and _counterfactual(v):
            q.modality = "hypothetical"
        elif v is not None and q.kind == "indirect" and _relayed_mind(q, v, out):
            q.kind = "stance"
        kept.append(q)
    # round 24: a survey's answers told of a share are a stance (last: the spans are cut to their brackets first)
    return settle_shares(doc, kept)

"""Review of round 24 (start): relayed words, bare relays, a clause continued after "but", pressed acts.

The start-of-round review of ten unseen reports found four shapes with the wrong speaker or the wrong words:

- **Words relayed by a source.** In 'He asked about X and said, "...," the office said.' and 'The aide recalled that
  he said, "...," the office said.' a verb of speech right before the opening mark names who spoke the words; the
  attribution after the closing mark is a source relaying them (the office did not say them). The verb before the
  quote attributes it (``voice_before_relay``), as for a closing "according to" (relays.relayed_after).
- **A bare relay.** "recalled that he said," is listed as the words "he said": an indirect quote whose content is
  only a speaker and a verb of speech introducing the direct quote after it says nothing of its own: dropped.
- **A reported clause continued after "but".** "X explained that the evidence had been deemed credible, but ...
  it had been made clear that the testimony had weakened": the parser hangs the second clause on the cue, and the
  quote stopped before it, leaving the half that says the opposite of X's point. A clause after ", but" told in
  the same past perfect as the reported clause (the backshift of reported speech; the writer's own narration is in
  the simple past) continues the words: the quote is extended to it.
- **An act someone is pressed into.** "withheld aid to pressure the president into announcing an inquiry": the
  announcement is the goal of the pressure, not words anyone said (and never the presser's): modality
  ``hypothetical`` (stored, not listed) where the pressing is itself only intended (an infinitive or a gerund).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .arrays import expand_span
from .cue_table import reporting_verbs
from .cues import Attr, Cues, is_verb_cue, mute, np_span, subject_of
from .named_terms import settle_named_terms

__all__ = ["voice_before_relay", "recalled_at", "recalled_words", "settle_review24"]

# what may stand between a verb of speech and the comma before the quoted words: its own adverbials and the one
# told ("said Tuesday", "told reporters")
_CUE_TAIL = frozenset({"npadvmod", "advmod", "dative", "prt", "prep", "pobj", "dobj", "compound", "det", "amod"})
_SUBJECTS = frozenset({"nsubj"})
# verbs of memory or hearing: the speech they report is usually another's
_RECALLING = frozenset({"recall", "remember", "hear", "overhear", "recount"})
# verbs that press someone into an act ("pressure X into announcing")
_PRESSING = frozenset({"pressure", "push", "press", "force", "coerce", "bully", "goad", "browbeat", "strongarm",
                       "cajole", "lure", "trick", "manipulate", "blackmail"})


def _verb_before_comma(doc: Doc, comma: int) -> Token | None:
    """The finite active verb of speech whose own words end at the comma ``comma`` ('and said,', 'told aides,')."""
    for j in range(comma - 1, max(-1, comma - 5), -1):
        t = doc[j]
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP"):
            # every word between the verb and the comma is the verb's own tail
            ok = all(any(a.i == t.i for a in w.ancestors) and w.dep_ in _CUE_TAIL for w in doc[j + 1 : comma])
            return t if ok else None
    return None


def voice_before_relay(doc: Doc, after: Attr, open_tok: int, cues: Cues, masked: list[bool]) -> Attr | None:
    """'he ... said, "...," the office said': the verb of speech right before the opening mark ``open_tok``, with a
    subject of its own before it that can speak, attributes the quote; the cue ``after`` the closing mark only
    relays it. None where no such verb stands before the quote."""
    j = open_tok - 1
    while j > 0 and doc[j].is_space:
        j -= 1
    if j <= 0 or doc[j].text != "," or after.speaker is None:
        return None
    v = _verb_before_comma(doc, j)
    if v is None or masked[v.i] or not is_verb_cue(v, cues) or v.lemma_.lower() in ("ask", "call"):
        return None  # (an asked question is the asker's; "called" names, it reports no words)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return None
    subj = subject_of(v)
    if subj is None or subj.i >= v.i or masked[subj.i] or mute(subj) or subj.dep_ not in _SUBJECTS or \
            subj.lower_ in ("it", "there", "who", "that", "which"):
        return None
    return Attr(v.i, v.i + 1, np_span(doc, subj))


def recalled_words(verb: Token) -> bool:
    """'The aide recalled that he said, "..."': a verb of speech opening a direct quote (a comma and the mark after
    it) inside what a verb of memory or hearing reports is someone else's speech that the subject remembers or
    heard, so its pronoun subject is not bound to the one who recalls."""
    k = verb.i + 1
    return verb.head.lemma_.lower() in _RECALLING and k + 1 < len(verb.doc) and verb.doc[k].text == "," and \
        verb.doc[k + 1].is_quote


def recalled_at(doc: Doc, at: int) -> bool:
    """The pronoun at character ``at`` is the subject of such recalled speech (``recalled_words``)."""
    span = expand_span(doc, at, at + 1)
    return span is not None and span[0].dep_ == "nsubj" and recalled_words(span[0].head)


def _bare_relay(doc: Doc, q: Quote) -> bool:
    """An indirect quote whose words are only a speaker and a verb of speech ("he said") right before a comma and
    the opening mark of a direct quote."""
    span = expand_span(doc, q.start, q.end)
    if q.kind != "indirect" or span is None or len(span) > 3:
        return False
    last = span[-1]
    if last.pos_ != "VERB" or not any(c.dep_ == "nsubj" and span.start <= c.i for c in last.children):
        return False
    k = last.i + 1
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_quote


def _past_perfect(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children)


def _continued_after_but(doc: Doc, text: str, q: Quote) -> None:
    """Extend an indirect quote cut before ', but <clause>' where the clause, hung on the cue, is told in the
    reported clause's past perfect (see the module's text)."""
    cue = verb_at(doc, q.cue_start, q.cue_end)
    span = expand_span(doc, q.start, q.end)
    if cue is None or span is None or q.kind != "indirect" or span.end + 2 >= len(doc):
        return
    root = next((c for c in cue.children if c.dep_ == "ccomp" and span.start <= c.i < span.end), None)
    comma, but = doc[span.end], doc[span.end + 1]
    if root is None or comma.text != "," or but.lower_ != "but" or but.head.i != cue.i or not _past_perfect(root):
        return
    conj = next((c for c in cue.children if c.dep_ == "conj" and c.i > but.i), None)
    # (a clause with a speaker or a verb of speech of its own is another report, not these words)
    if conj is None or not _past_perfect(conj) or conj.lemma_.lower() in reporting_verbs() or \
            any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in conj.children):
        return
    end = conj.right_edge
    while end.i > conj.i and end.is_punct:
        end = doc[end.i - 1]
    q.end = end.idx + len(end.text)
    q.text = text[q.start : q.end]


def _pressed_into(doc: Doc, q: Quote) -> bool:
    """The cue is the act someone is pressed into by an intended pressing ('to pressure X into announcing')."""
    v = verb_at(doc, q.cue_start, q.cue_end)
    if v is None or v.dep_ != "pcomp" or v.head.lower_ != "into":
        return False
    press = v.head.head
    if press.lemma_.lower() not in _PRESSING or not any(c.dep_ == "dobj" for c in press.children):
        return False
    return press.tag_ in ("VB", "VBG") and (press.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ in ("to", "would", "will", "could", "might") for c in press.children))


def _recalled_speakers(doc: Doc, text: str, out: list[Quote]) -> None:
    """'During the call, he ... said, "A," ... The aide recalled that he said, "B,"': the "he" of recalled speech
    is the one whose words the report told last through the same pronoun (the same person's speech, recalled); a
    person merely named in between ("Omar is one of ...") is not. With no such quote before it the speaker is left
    empty (an empty speaker beats a wrong one)."""
    for q in out:
        ss, se = q.speaker_start, q.speaker_end
        if ss is None or se is None or text[ss:se].lower() not in ("he", "she") or not recalled_at(doc, ss):
            continue
        word = text[ss:se].lower()
        prev = [p for p in out if p.end <= q.start and q.start - p.end <= _RECALL_REACH and p.speaker is not None
                and p.speaker_start is not None and p.speaker_end is not None
                and text[p.speaker_start : p.speaker_end].lower() == word]
        last = max(prev, key=lambda p: p.end) if prev else None
        q.speaker = last.speaker if last is not None else None
        q.speaker_name = last.speaker_name if last is not None else None
        q.affiliation = last.affiliation if last is not None else None


# how far back (characters) the quote told through the same pronoun may end
_RECALL_REACH = 800


def settle_review24(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes with bare relays dropped, clauses continued after "but" joined, pressed acts unlisted and
    recalled speech given to its speaker; then round 25's ``settle_named_terms``."""
    text = doc_text(doc)
    _recalled_speakers(doc, text, out)
    kept: list[Quote] = []
    for q in out:
        if _bare_relay(doc, q):
            continue
        _continued_after_but(doc, text, q)
        if q.kind in ("indirect", "partial") and q.modality == "asserted" and _pressed_into(doc, q):
            q.modality = "hypothetical"
        kept.append(q)
    # round 25: terms and names in marks, words said by no one, bare speech clauses and schedule lines (last, as
    # every attribution is settled by then; extract.py is at its size limit)
    return settle_named_terms(doc, kept)

"""Who a quoted fragment is attributed to, and words another agent utters aloud inside a report.

Moved whole from ``extract`` (round 25 tidying, no rule changed): the reporting verb or frame verb above a
fragment, a characterising verb's subject, a possessor of a noun of speech, and the agent of a verb of uttering
aloud ("said gunmen stormed the hotel shouting '...'") that ``extract`` also asks for direct quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .arrays import sent_of
from .cues import (
    Attr,
    Cues,
    attr_from_cue,
    characterising_verbs,
    cue_extent,
    find_cue,
    is_frame_verb,
    is_verb_cue,
    np_span,
    subject_of,
)
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .partial_frames import framed_fragment
from .participles import noun_owner
from .relayed_fragments import misread_relay
from .speaker_words import OWN_WORDS
from .statement_participles import speaking_participle
from .unsaid import passes_on

if TYPE_CHECKING:
    from .extract import _Q

__all__ = ["attribute_partial", "inner_speech"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS

# Verbs too light to attribute the quoted words they govern ("would be a 'watershed'").
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "go", "give", "make", "take", "seem", "appear", "look",
                          "become", "show", "put", "keep"})


# Verbs of uttering aloud: what they govern inside another's report is the utterer's act, told by the reporter
# ("said gunmen stormed the hotel shouting '...'"); verbs like "claim" or "cite" inside a report are left to it.
_VOCAL = frozenset({"shout", "yell", "scream", "chant", "cry", "sing", "shriek", "holler", "whisper", "mutter",
                    "roar", "bellow", "cheer", "sob", "wail", "mumble", "hiss"})


def _previous_open(doc: Doc, k: int, lo: int) -> int | None:
    """The opening mark of the quoted words that end right before token ``k`` (a comma and the closing mark
    between), at most a dozen tokens back and not before ``lo``."""
    j, marks = k - 1, 0
    while j > lo and (doc[j].text == "," or doc[j].text[:1] in _MARKS and marks == 0):
        marks += doc[j].text[:1] in _MARKS
        j -= 1
    if not marks:
        return None  # no closing mark right before: not two quoted renderings
    for i in range(j, max(lo, j - 12), -1):
        if doc[i].text[:1] in _MARKS:
            return i if i - 1 >= lo else None
    return None


def _open_mark(doc: Doc, q: _Q) -> int:
    return q.t0 - 1 if q.t0 > 0 and doc[q.t0 - 1].text[:1] in _MARKS else q.t0


def inner_speech(doc: Doc, q: _Q, before: Attr, open_tok: int) -> Attr | None:
    """'X said gunmen stormed the hotel shouting "..."': words another agent utters aloud inside
    what X said are that verb's agent's (the subject of its clause), never X's; None when no such verb."""
    def speech(t: Token) -> bool:
        return t.lemma_.lower() in _VOCAL and (t.pos_ == "VERB" or t.tag_.startswith("VB"))

    # the verb right before the opening mark ("chanting \"...\"", whatever the parser hung it on), else one
    # that governs the quoted words between the cue and them
    v: Token | None = doc[open_tok - 1] if open_tok - 1 >= before.cue_end and speech(doc[open_tok - 1]) else None
    if v is None and open_tok - 1 > before.cue_end and doc[open_tok - 1].lower_ == "or":
        # 'shouting "Allahu Akbar," or "God is great,"': the other rendering of the words just shouted
        prev = _previous_open(doc, open_tok - 1, before.cue_end)
        v = doc[prev - 1] if prev is not None and speech(doc[prev - 1]) else None
    for anc in doc[q.t0].ancestors if v is None else ():
        if q.t0 <= anc.i < q.t1:
            continue  # a verb of the quoted words themselves
        if anc.i < before.cue_end or anc.i >= open_tok:
            return None  # up to the cue (or past the quote's opening): the cue governs the words
        if speech(anc):
            v = anc
            break
    if v is None:
        return None
    # a participle the parser hung on a noun ("stormed the hotel shouting") acts for its clause's subject
    clause = next((a for a in v.ancestors if a.pos_ == "VERB"), v) if v.dep_ in ("acl", "amod") else v
    subj = subject_of(clause)
    if subj is not None and (subj.dep_ == "nsubjpass" or not before.cue_end <= subj.i < open_tok):
        # the one told does not speak, and "X said, shouting" is X's own: the outer cue stands
        return None
    return Attr(v.i, v.i + 1, np_span(doc, subj) if subj is not None else None, inner=True)


def attribute_partial(doc: Doc, q: _Q, cues: Cues, masked: list[bool]) -> Attr | None:
    """The reporting verb that governs a fragment, or the sentence's cue nearest before it."""
    tok = doc[q.t0]
    a = kept = None  # a mind ("believed", "wanted") keeps the fragment only if no verb above it reports it
    for anc in tok.ancestors:
        if not q.t0 <= anc.i < q.t1 and (owner := noun_owner(anc)) is not None and not masked[owner.i]:
            return Attr(anc.i, anc.i + 1, np_span(doc, owner))  # "Trump's threat ... to 'totally destroy' X"
        if misread_relay(anc, q.t0, q.t1) and is_verb_cue(anc.head, cues):
            continue  # 'X said it had "failed," the Post reported': the Post relays X's words (round 31)
        # a reporting verb, or a verb that attributes what it governs ("lauded", "branded X as")
        if not masked[anc.i] and ((speech := is_verb_cue(anc, cues)) or _frame_with_agent(anc, cues, masked)):
            s, e = cue_extent(doc, anc)
            sent = sent_of(anc)
            a = attr_from_cue(doc, s, e, anc, sent.start, sent.end)
            if a is not None and a.speaker is not None:
                if not passes_on(anc, speech):
                    break
                kept = kept or a
    else:
        a = kept
    if a is not None and a.speaker is not None:
        return inner_speech(doc, q, a, _open_mark(doc, q)) or a if a.cue_end <= q.t0 else a
    sent = sent_of(tok)
    a = find_cue(doc, sent.start, sent.end, range(q.t0 - 1, sent.start - 1, -1), cues, masked, False)
    if a is not None and a.cue_end <= q.t0:
        return inner_speech(doc, q, a, _open_mark(doc, q)) or a
    if a is None or a.speaker is None:
        return _characterised(doc, q, masked) or _possessed_words(doc, q, masked) or \
            framed_fragment(doc, q, masked) or speaking_participle(doc, q.t0, q.t1, masked, cues) or a  # (r29)
    return a


def _possessed_words(doc: Doc, q: _Q, masked: list[bool]) -> Attr | None:
    """A fragment that is what someone's words are ('Rubio's answer was that Crist "would say anything"', 'in
    Forbes' words, "the most entrepreneurial places"'): the possessor of a noun of speech (``OWN_WORDS``) that is
    the subject of a main-clause copula with a that-clause above the fragment, or the object of "in" attached to a
    verb above it."""
    verbs = [t for t in doc[q.t0].ancestors if t.pos_ in ("VERB", "AUX") and not masked[t.i]]
    # "X's answer was that ...": a main-clause copula with a that-clause (not "Trump's view is 'wrong'", a judgement of
    # the view, nor one under a reporting verb, whose subject reports)
    nouns = [c for v in verbs if v.lemma_ == "be" and v.dep_ == "ROOT" and any(k.dep_ == "ccomp" for k in v.children)
             for c in v.children if c.dep_ == "nsubj"]
    nouns += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.lemma_.lower() in OWN_WORDS and owner is not None and not masked[owner.i] and \
                owner.lower_ not in ("its", "their", "our", "my", "your") and owner.ent_type_ not in ("DATE", "TIME"):
            return Attr(noun.i, noun.i + 1, np_span(doc, owner))
    return None


def _characterised(doc: Doc, q: _Q, masked: list[bool]) -> Attr | None:
    """A fragment under the nearest verb above it when that verb characterises in its subject's words ('he
    dubbed Rubio "the little senator"', data/characterising_verbs.tsv): the active subject outside quoted words
    speaks (a passive one is the thing characterised, never the speaker)."""
    verb = next((t for t in doc[q.t0].ancestors if t.pos_ == "VERB"), None)
    if verb is None or masked[verb.i] or verb.lemma_.lower() not in characterising_verbs():
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or masked[subj.i]:
        return None
    s, e = cue_extent(doc, verb)
    sent = sent_of(verb)
    a = attr_from_cue(doc, s, e, verb, sent.start, sent.end)
    return a if a is not None and a.speaker is not None else None


def _frame_with_agent(verb: Token, cues: Cues, masked: list[bool]) -> bool:
    """An attributing verb in the active voice whose subject is outside quoted words ("Japan branded ...")."""
    if not is_frame_verb(verb) or verb.lemma_.lower() in _LIGHT_VERBS or \
            not cues.frames.get(verb.lemma_.lower(), frozenset()) & {"dobj", "ccomp", "xcomp"}:
        return False
    subj = subject_of(verb)
    return subj is not None and subj.dep_ == "nsubj" and not masked[subj.i]

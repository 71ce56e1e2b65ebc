"""Round 36 (issue 18, r36-qspk): a second speaker's clause joined to a first speaker's report is the second's.

"Three-quarters of the voters said they were worried, and more than 4 in 10 said Smith would do best",
"Republicans said the inquiry was botched and Democrats accused the party of stoking it", "about half of voters
say they prefer an outsider, while about 4 in 10 want one with experience": the parser hangs the second clause
inside the first verb's complement, so the first report's words ran on over the second clause and its speaker
became the first one's (PolNeAR tune and train: the second speaker's words given to the first, one of the
frequent speaker misses; a survey's shares are the commonest case).

The first report ends before the joining word and the second clause becomes its own quote of its own subject,
when all of these hold:
- the joining word is "and", "but", "while" or "whereas" (or a semicolon) right before the second subject;
- the second subject is a noun or a name (never a pronoun, a relative word or the first speaker again);
- its verb is finite and a verb of saying of the cue lexicon in the same tense as the first cue ("said ..., and
  Y said", "say ..., while Y say"), or, when the subject is a share of people ("4 in 10", "half", "the same
  number"), one of the attitude verbs a survey reports ("want", "prefer", "would rather see").

Left alone: "He said prices rose and wages fell" (no verb of saying), "He said Jones wants a deal and Brown wants
war" (an attitude verb of a person, not a share: it may still be the first speaker's claim), a second clause whose
subject is "he"/"they" (the same speaker may go on), and marked quotes (their own marks bound them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .cues import Cues, is_verb_cue, np_span
from .poll_shares import share_heads

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_own_clauses"]

_JOINS = frozenset({"and", "but", "while", "whereas", ";"})
# what surveys report of a share of the people asked, besides words said ("4 in 10 want one with experience")
_ATTITUDES = frozenset({"want", "prefer", "favor", "favour", "support", "oppose", "see", "back", "think",
                        "believe", "expect", "feel", "say"})
# a share's head the parser may leave as its own word ("Three-quarters" read as "quarters")
_SHARE_WORDS = frozenset({"quarter", "third", "fifth", "tenth", "half"})
_PAST = frozenset({"VBD"})
_PRESENT = frozenset({"VBZ", "VBP"})
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$", "PRP", "PRP$", "EX", "DT"})


def _tense(v: Token) -> str | None:
    """ "past", "present" or "modal" ("would rather see"), or None for a verb that is not finite."""
    if v.tag_ in _PAST:
        return "past"
    if v.tag_ in _PRESENT:
        return "present"
    if v.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
        return "modal"
    return None


def _is_share(subj: Token) -> bool:
    """A share of people: "half", "three-quarters", "4 in 10", "the same number(s)", "60 percent"."""
    heads = share_heads() | {"percent", "number", "numbers", "share", "majority", "minority", "plurality"}
    if subj.lower_ in heads or subj.lemma_.lower() in heads:
        return True
    # "4 in 10", "more than 4 in 10": the parser heads it with either figure
    return subj.like_num and any(t.lower_ in ("in", "of") for t in subj.subtree)


def _object_joined(subj: Token, v: Token) -> Token | None:
    """In "... had botched the inquiry and Democrats accused ..." the parser makes "the inquiry and Democrats" the
    subject of "accused"; "the inquiry" follows a verb (it is that verb's object), so the conjunct right before
    "accused" is its own subject. A subject opening its clause ("Smith and Jones said") is left whole."""
    lo = subj.left_edge.i
    if lo == 0 or v.doc[lo - 1].pos_ not in ("VERB", "AUX", "ADP"):
        return None
    return next((c for c in subj.children if c.dep_ == "conj" and c.right_edge.i == v.i - 1
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _subject(v: Token) -> Token | None:
    """The verb's subject; for a conjunct the parser left without one, a share it hung on a fronted "about"
    ("and about the same number would rather see ...": "number" the object of "about")."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return _object_joined(subj, v) or subj
    prev = v.doc[v.i - 1] if v.i > 0 else None
    if prev is not None and prev.pos_ in ("PROPN", "NOUN") and prev.dep_ in ("conj", "dobj", "pobj"):
        # "... mishandled the inquiry and Democrats accused ...": the name right before the verb, which the parser
        # joined to the object before it, is the subject in English word order (as in ``coordinated``)
        return prev
    if v.dep_ != "conj":
        return None
    for c in v.children:
        if c.dep_ == "prep" and c.i < v.i and c.lower_ == "about":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _is_share(obj):
                return obj
    return None


def _second_clause(doc: Doc, q: Quote, first: Token, cues: Cues) -> tuple[Token, Token, Token] | None:
    """(joining word, second subject, second verb) inside ``q``'s words, or None."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    tense = _tense(first)
    holder = _subject(first)
    first_share = holder is not None and (_is_share(holder) or holder.lemma_.lower() in _SHARE_WORDS)
    for v in span[2:]:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject(v)
        if subj is None or subj.dep_ == "nsubjpass" or subj.tag_ in _RELATIVE_TAGS:
            continue
        if subj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        lo = subj.head.i if subj.dep_ == "pobj" else subj.left_edge.i  # ("about the same number")
        if lo <= span.start + 1 or lo >= v.i:
            continue
        join = doc[lo - 1]
        if join.lower_ not in _JOINS:
            continue
        if any(c.dep_ == "mark" and c.i != join.i for c in v.children):
            continue  # "after the agency and 14 groups called for it": the "and" joins the subordinate's subjects
        said = is_verb_cue(v, cues) and _tense(v) is not None and _tense(v) == tense
        # a survey's answers told share by share: only after a share's own answer ("half say ..., while 4 in 10
        # want ..."), never inside a poll's finding ("the poll found 28 percent backed X, while 23 percent ...")
        share = _is_share(subj) and first_share
        if said or share and v.lemma_.lower() in _ATTITUDES and _tense(v) is not None:
            return join, subj, v
    return None


def _content_after(doc: Doc, v: Token, end: int) -> tuple[int, int] | None:
    """The characters of the second verb's words: from the token after it (and after an adverb such as "rather"
    or a "that") up to ``end``, the first report's old end."""
    i = v.i + 1
    while i < len(doc) and (doc[i].dep_ in ("advmod", "mark", "neg") and doc[i].head == v or doc[i].lower_ == "that"):
        i += 1
    if i >= len(doc) or doc[i].idx >= end:
        return None
    return doc[i].idx, end


def _split(doc: Doc, q: Quote, cues: Cues, res: Resolver) -> Quote | None:
    first = verb_at(doc, q.cue_start, q.cue_end)
    if first is None or _tense(first) is None:
        return None
    found = _second_clause(doc, q, first, cues)
    if found is None:
        return None
    join, subj, v = found
    lo, hi = np_span(doc, subj)
    if _is_share(subj):  # the whole share ("more than 4 in 10", "about the same number")
        lo, hi = join.i + 1, subj.right_edge.i + 1
    if q.speaker_start is not None and doc[lo].idx <= q.speaker_start < doc[hi - 1].idx + len(doc[hi - 1]):
        return None
    words = _content_after(doc, v, q.end)
    if words is None:
        return None
    text = doc_text(doc)
    a, b = words
    new = Quote(id="", text=text[a:b], kind=q.kind if _is_share(subj) else "indirect", start=a, end=b,
                cue=v.text, cue_start=v.idx, cue_end=v.idx + len(v), modality=q.modality)
    res.fill(new, doc[lo:hi])
    if new.speaker is None and new.speaker_name is None:
        if not _is_share(subj):
            return None
        # a share of people names no entity: the speaker is the share as the report words it ("4 in 10")
        new.speaker_start, new.speaker_end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        new.speaker_name = text[new.speaker_start:new.speaker_end]
    if q.speaker is not None and new.speaker == q.speaker:
        return None
    # the first report ends before the joining word (and the comma before it)
    stop = join.i - 1 if join.i > 0 and doc[join.i - 1].is_punct else join.i
    cut = doc[stop - 1].idx + len(doc[stop - 1])
    if cut <= q.start:
        return None
    q.end, q.text = cut, text[q.start:cut]
    return new


def settle_own_clauses(doc: Doc, out: list[Quote], cues: Cues, res: Resolver) -> list[Quote]:
    """Each report whose words run over a joined clause of another speaker cut there; the clause its own quote."""
    added: list[Quote] = []
    text = doc_text(doc)
    for q in out:
        if q.kind not in ("indirect", "stance") or q.speaker_start is None or q.cue_start is None:
            continue
        if text[q.start:q.end][:1] in "\"“'‘":  # a marked quote is bounded by its marks
            continue
        new = _split(doc, q, cues, res)
        if new is not None:
            added.append(new)
    return out + added if added else out

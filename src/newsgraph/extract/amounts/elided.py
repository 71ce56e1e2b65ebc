"""Figures whose counted noun is left out, and digits that belong to a name (issue 17, review 20 second reading).

* An elided object: "Five of them were charged", "Two of those were released" (a partitive pronoun) and a bare
  figure that is its clause's subject ("three were given fines", "Of the 20 pages, 12 contain ..."). The figure
  counts the noun it refers back to: a fronted "Of the 20 pages," in its own sentence, else the plural nouns
  before it in its sentence and in the sentence before, only when they all name one thing (one canonical
  object), else the one thing a larger figure there counted ("kidnapped 13 Japanese to train spies. Five of them
  returned"). "The two" counts what a figure of the same value just counted ("the two men who ... the two were
  not deemed a threat"); "another 99" what the last figure counted ("97 rockets hit ..., another 99 were
  intercepted"). Both look back over the figure's sentence and the one before. Otherwise the object stays
  empty: an empty object beats a guessed one.
* A name's digits: a number right after the proper noun it modifies, with no noun of its own ("told France 24",
  "on Channel 4"), is part of that name, no count.
* A rated party: a bare figure after "at" on a verb of polling or forecast whose subject is a name ("Likud down to
  20 seats, with the Zionist Union projected at 24") counts what the figure before it in its sentence counted,
  when no other plural noun stands between (round 31).

Read by :mod:`newsgraph.extract.amounts.core` (``_figures``) on parsed Docs only.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...record import canonical_object
from .elided_others import bare_figure, fronted_of, nearest_counted, others_object, rated_party, relative_whole
from .elided_others import counted_plural as _candidate
from .named_pairs import named_pair
from .objects import Anchor, object_phrase
from .parallel_subjects import parallel_noun

__all__ = ["elided_objects", "name_digits"]

_PLAIN = re.compile(r"\d+(?:\.\d+)?")  # "France 24", "Blindness 2.0" (not "Syria 3,000")
_PARTITIVE_PRONOUNS = frozenset({"them", "those", "these"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "another 99", "a further five", "an additional 20": more of the thing last counted
_MORE_WORDS = frozenset({"another", "further", "additional"})
# "more than 40 have signed": a hedge before the figure, read with "than" (round 29)
_THAN_WORDS = frozenset({"more", "fewer", "less"})
# verbs that hold or win a tally: a bare figure after one counts what the same sentence's held figure counted
_HOLD_VERBS = frozenset({"have", "win", "get", "secure", "take", "gain", "receive", "hold", "garner", "capture"})


def name_digits(anchor: Anchor | None) -> bool:
    """The figure is a bare number right after the proper noun it modifies ("France 24"): part of a name. So too
    when the word right before it, capitalised inside the sentence, is the noun the figure was given or hangs on,
    whatever the parse's label ("MiG 29", "CS 50", "must pass Economics 101", "took History 202"): a count never
    follows what it counts (round 34)."""
    if anchor is None or len(anchor.span) != 1:
        return False
    root = anchor.root
    head = root.head
    if anchor.head is not None and anchor.head.i != head.i and anchor.head.i != root.i - 1:
        return False  # the number counts a noun of its own ("France 24 soldiers" is no name)
    if _PLAIN.fullmatch(root.text) is None or root.i == 0:
        return False
    prev = root.doc[root.i - 1]
    if root.dep_ in ("nummod", "compound", "appos") and head.i == prev.i and head.tag_ == "NNP" and head.is_title \
            and not head.is_sent_start:
        return True
    given = anchor.head is not None and anchor.head.i == prev.i
    return (given or head.i == prev.i) and prev.tag_ in ("NNP", "NN") and prev.text[:1].isupper() \
        and not prev.is_sent_start and prev.ent_type_ not in ("DATE", "TIME")


def elided_objects(doc: Doc, figures: list[tuple[dict[str, Any], Anchor | None]]) -> None:
    """Give a count without an object the noun it refers back to, where that noun is clear. ``figures``: the
    kept figures in text order."""
    for n, (rec, anchor) in enumerate(figures):
        if rec["kind"] not in ("count", "percent") or anchor is None:
            continue
        # "20 seats ..., with the Greens projected at 24": the party is no object, even when the parse took a
        # plural name for one ("24 Greens"); the figure counts the same sentence's counted noun (round 31)
        rated = rated_party(anchor.root) if rec["kind"] == "count" and bare_figure(anchor) else frozenset()
        if anchor.head is not None and anchor.head.i not in rated:
            rated = frozenset()  # "put the number of rockets at 12": the figure's own noun, no party
        if rec["object"] is not None and not rated:
            continue
        lo = _window_start(doc, anchor.span)
        counts = [(r, a) for r, a in figures[:n] if a is not None and r["kind"] == "count" and a.span.start >= lo]
        earlier = [(r, a) for r, a in counts if r["object"]]
        if rec["kind"] == "count" and others_object(anchor, rec, earlier):
            continue  # "48 others", "wounded 30 more" (round 30)
        if rated:
            counted = nearest_counted(doc, anchor, earlier, rated)
            rec["object"] = object_phrase(counted) if counted is not None else None
            continue
        if anchor.head is not None:
            continue
        form = _form(anchor, rec.get("approx") is not None)
        if form is None or (rec["kind"] == "percent" and form not in ("partitive", "subject", "relative")):
            continue
        if form in ("partitive", "subject") and any(not r["object"] and _larger(r, rec) for r, _a in counts):
            continue  # "kidnapped 13 to train spies. Five of them": the whole was counted, its noun unknown
        noun: Token | str | None
        if form == "same":  # "the two men ... the two were": the figure of that value just named
            noun = next((_noun_of(r, a) for r, a in reversed(earlier) if r["value"] == rec["value"]), None) or (
                named_pair(doc, lo, anchor.span) if rec["value"] == 2 else None)  # "Biden met Macron. The two ..."
        elif form == "joined":  # "added four more launchers to join the two already in place"
            noun = _joined_noun(anchor, rec, earlier)
        elif form == "held":  # "won 150 votes ..., while Jones had 71": what a figure held in that sentence counted
            noun = _joined_noun(anchor, rec, [(r, a) for r, a in earlier if a.head is not None and _holding(a.head.head)])
        elif form == "more":  # "97 rockets ..., while another 99 were intercepted": more of the last thing counted
            noun = _noun_of(*earlier[-1]) if earlier else None
        elif form == "relative":  # "most Democrats, 75 percent of whom back it": the noun the clause is on
            noun = relative_whole(anchor.root)
        elif rec["kind"] == "percent":  # a share: only of a whole named for it ("80 percent of them", "Of the
            # 300 cases, 70 percent were"), never a larger figure's noun nor a bare subject's guess (round 30)
            noun = _fronted_whole(anchor.root) or (nearest_counted(doc, anchor, earlier) if form == "partitive" else None)
        else:
            noun = (_fronted_whole(anchor.root) or (parallel_noun(anchor.root) if form == "subject" else None)
                    or _antecedent(doc, lo, anchor.span)
                    or (nearest_counted(doc, anchor, earlier) if form == "partitive" else None) or _whole(rec, earlier))
        if noun is not None:
            rec["object"] = noun if isinstance(noun, str) else object_phrase(noun)


def _noun_of(rec: dict[str, Any], anchor: Anchor) -> Token | str:
    """The counted noun of an earlier figure (without the outcome its object may carry: "men killed")."""
    return anchor.head if anchor.head is not None else rec["object"]


def _whole(rec: dict[str, Any], earlier: list[tuple[dict[str, Any], Anchor]]) -> Token | str | None:
    """"kidnapping 13 Japanese to train spies. Five of them returned": the one thing counted just before by a
    larger figure is the whole the part comes from (a figure no larger, "two cities", cannot be)."""
    wholes = [(r, a) for r, a in earlier if _larger(r, rec)]
    # compared by their counted nouns, the outcome left out: "11 individuals were injured -- eight were flown out
    # and three were sent ..." ("individuals injured" and the elided "individuals" are one thing, round 30)
    if len({canonical_object(_noun_text(*w)) for w in wholes}) != 1:
        return None
    return _noun_of(*wholes[-1])


def _noun_text(rec: dict[str, Any], anchor: Anchor) -> str | None:
    noun = _noun_of(rec, anchor)
    return noun if isinstance(noun, str) or noun is None else object_phrase(noun)


def _larger(whole: dict[str, Any], part: dict[str, Any]) -> bool:
    return isinstance(whole["value"], int | float) and whole["value"] > part["value"]


def _window_start(doc: Doc, span: Span) -> int:
    """The first token of the sentence before the figure's (the figure's own when it opens the text)."""
    sent = span.root.sent
    return doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


def _form(anchor: Anchor, hedged: bool = False) -> str | None:
    """How the figure leaves its noun out: "partitive" ("five of them"), "subject" (a bare figure that is its
    clause's subject: "three were given fines"), "same" ("the two"), "more" ("another 99"), "joined" (a verb's object
    "the two": "to join the two already in place"), or None."""
    root = anchor.root
    if not bare_figure(anchor) or root.lower_ == "one":
        return None  # a lone "one" is mostly the pronoun ("one of the reasons"); its own rules decide
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pron = any(g.dep_ == "pobj" and g.lower_ in _PARTITIVE_PRONOUNS for g in c.children)
            if any(g.dep_ == "pobj" and g.lower_ in ("whom", "which") for g in c.children):
                return "relative"  # "Democrats, 75 percent of whom back it" (round 30)
            return "partitive" if pron else None
    mods = [c for c in root.children if c.dep_ in ("det", "amod", "prep", "advmod", "quantmod") and not _than_hedge(c)]
    if hedged:  # "at least 10 had crossed": the hedge read with the figure is no modifier of a noun (review 29)
        mods = [c for c in mods if not (c.dep_ in ("advmod", "quantmod") and c.i < root.i)]
    if len(mods) == 1 and (mods[0].lower_ in _MORE_WORDS or _more_after(mods[0], root)):
        return "more"
    if not mods and root.dep_ == "dobj" and _holding(root.head) and _named_holder(root.head):
        return "held"  # "Smith won 150 votes, while Jones had 71" (round 29)
    if len(mods) == 1 and mods[0].lower_ == "the" and root.dep_ in _SUBJECT_DEPS:
        return "same"  # (not "Of the three, Iran is ...": a whole named again, which the gold leaves empty)
    if len(mods) == 1 and mods[0].lower_ == "the" and root.dep_ == "dobj" and mods[0].i == root.i - 1:
        return "joined"  # "to join the two already in place" (review 29)
    if mods or root.dep_ not in _SUBJECT_DEPS:
        return None  # "the other 140 were guests" has its own rule (a copula's noun)
    return "subject" if root.head.pos_ in ("VERB", "AUX") and root.head.i > root.i else None


def _than_hedge(tok: Token) -> bool:
    """"more than 40", "fewer than 12": a comparison that hedges the figure, no modifier of a noun (round 29)."""
    doc = tok.doc
    return tok.lower_ == "than" or (tok.lower_ in _THAN_WORDS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "than")


def _more_after(mod: Token, root: Token) -> bool:
    """"six more have been stopped": "more" right after the figure, no "than" after it (round 29)."""
    doc = root.doc
    return mod.lower_ == "more" and mod.i == root.i + 1 and not (mod.i + 1 < len(doc) and doc[mod.i + 1].lower_ == "than")


def _named_holder(verb: Token) -> bool:
    """The verb has a named subject of its own: a second party's tally ("while Jones had 71"), not the same
    subject's next deed ("the team has 11 players and won 3")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


def _holding(verb: Token) -> bool:
    """A verb of having or winning a tally: "won 150 votes", "had 71", "secured 27 seats"."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _HOLD_VERBS


def _joined_noun(anchor: Anchor, rec: dict[str, Any], earlier: list[tuple[dict[str, Any], Anchor]]) -> Token | str | None:
    """"sent 300 more troops to join the 5,000 already there": a verb's object "the N" with no noun of its own
    counts what a figure before it in its own sentence just counted (the nearest; one of the same value first).
    Only a count named in the same sentence, never a guess across sentences (review 29)."""
    sent = anchor.span.root.sent
    own = [(r, a) for r, a in earlier if a.span.start >= sent.start and a.head is not None and a.head.tag_ == "NNS"]
    if not own:
        return None
    same = [(r, a) for r, a in own if r["value"] == rec["value"]]
    return _noun_of(*(same or own)[-1])


def _fronted_whole(root: Token) -> Token | None:
    """"Of the 20 pages, 12 contain ...": the whole named before the figure's clause."""
    pobj = fronted_of(root)
    return pobj if pobj is not None and _candidate(pobj) else None


def _source(tok: Token, root: Token) -> bool:
    """The subject of a verb that reports a clause ("Rescuers said at least three are still missing") or that
    governs the figure's own clause: who tells or acts, not the set the figure is part of."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return False
    verb = tok.head
    return any(c.dep_ == "ccomp" for c in verb.children) or verb in root.ancestors


def _antecedent(doc: Doc, lo: int, span: Span) -> Token | None:
    """The plural noun before the figure (its sentence, the one before) that it refers to, when all of them name
    one thing."""
    nouns = [t for t in doc[lo : span.start] if _candidate(t) and not _source(t, span.root)
             and not (t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"))]
    if not nouns or len({canonical_object(object_phrase(t)) for t in nouns}) != 1:
        return None
    return nouns[-1]

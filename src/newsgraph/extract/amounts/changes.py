"""Changes: how a figure moved ("reduce ... from 5,200 to 3,000", "cut by 2,200", "rose 12% to 4.1 million",
"rose to 216 in 2013 from 110 in 2009", "doubled", "halved").

A change hangs on a trigger (a verb or noun of movement from data/change_verbs.tsv) or on a "from X to Y"
pair with X > Y. Each number's role comes from its preposition: from → from_value, to/reach → to_value,
by → delta (or pct for a percent); a bare percent on the verb is pct, a bare count is delta. ``delta`` and
``pct`` are magnitudes (the sign is in ``direction``); when both ends are stated they are derived from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ...lexicon import read_tsv
from .clause_figures import other_clause_figure
from .compound_counts import hyphen_count
from .decided import decided_by
from .forecasts import by_year_forecast
from .grammar import Number, to_number
from .levels import bullet_move, growth_rate, object_move, sent_way, weight_move
from .multipliers import MULTIPLE_WORDS, multiplier_of
from .multipliers import change_lemma as _lemma
from .not_levels import measured_against, outcome_margin, pace_of_move
from .objects import LEVEL_NOUNS as _LEVEL_NOUNS
from .objects import level_clause
from .range_levels import ranged
from .reported_moves import pair_move, share_verb
from .roles import counts_subject, moved_by_figure, role_on_noun
from .votes import casts_votes
from .ways import own_object_to, particle_to, sent_adv, sized_loss, up_down_role, way_of_level, with_way

__all__ = ["MULTIPLE_WORDS", "change_verbs", "particle_verbs", "ChangeDraft", "role_and_trigger", "multiplier_of", "finish_change", "unreal",
           "additions"]

_ROLE_PREPS = frozenset({"from", "to", "by", "at", "of", "after", "past"})
# prepositions that put a figure in a phrase of its own, never in the move ("as", "than", "about", "over" are
# left out: they are the hedges of "as much as", "more than", "about 20 percent")
_FOREIGN_PREPS = frozenset({"for", "on", "with", "among", "against", "into", "through", "like", "including", "per",
                            "between"})
# words that make a compound preposition with "to" ("according to four officials", "due to 3 delays"), never a level
_TO_COMPOUNDS = frozenset({"according", "due", "owing", "thanks", "prior"})
# "up from 10 percent", "down from nearly 900": an adverb of direction with its from-figure
_UP_DOWN = frozenset({"up", "down"})
# words of movement only as verbs: as nouns they name things ("a contract", "a shed", "a sink")
_VERB_ONLY = frozenset({"contract", "shed", "sink"})
# verbs that state where a figure stands, not where it moved
_REACHING = frozenset({"reach"})  # neutral verbs whose bare object is the level the figure reached
_STATIVE = frozenset({"stand", "remain", "stay", "be", "sit", "hover"})
_CENTS = frozenset({"cent", "cents", "pence", "penny"})
_UNITS = frozenset({"dollar", "dollars", "euro", "euros", "pound", "pounds"})  # what a cent is a hundredth of


@lru_cache(maxsize=1)
def change_verbs() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in read_tsv("change_verbs.tsv"):
        if row[0] in ("particle", "growing", "whole") or row[0].startswith("weight"):
            continue
        if row[0] == "rate":
            row = ["increase", row[1]]  # a noun of growth moves up; _rate_nouns() says where it does not
        for w in row[1].split("|"):
            out.setdefault(w.strip().lower(), row[0])
    return out


@lru_cache(maxsize=1)
def particle_verbs() -> frozenset[tuple[str, str]]:
    """(verb, particle) pairs that move a figure only together ("shot up more than 7%"): data/change_verbs.tsv."""
    return frozenset((v, p) for row in read_tsv("change_verbs.tsv") if row[0] == "particle"
                     for w in row[1].split("|") for v, p in [w.strip().lower().split()])


@lru_cache(maxsize=1)
def _growing() -> frozenset[str]:
    """Nouns of a count that only grows ("toll"): data/change_verbs.tsv, row ``growing``."""
    return frozenset(w.strip().lower() for row in read_tsv("change_verbs.tsv") if row[0] == "growing"
                     for w in row[1].split("|"))


@lru_cache(maxsize=1)
def _rate_nouns() -> frozenset[str]:
    """Nouns of a rate of growth ("growth", "expansion"): data/change_verbs.tsv, row ``rate``."""
    return frozenset(w.strip().lower() for row in read_tsv("change_verbs.tsv") if row[0] == "rate"
                     for w in row[1].split("|"))


@lru_cache(maxsize=1)
def _whole() -> frozenset[str]:
    """Verbs that move a possessed figure as a whole ("withdraw its 2,000 troops"): data/change_verbs.tsv, row
    ``whole``."""
    return frozenset(w.strip().lower() for row in read_tsv("change_verbs.tsv") if row[0] == "whole"
                     for w in row[1].split("|"))


@lru_cache(maxsize=1)
def additions() -> dict[str, frozenset[str]]:
    """kind (marker, verb) → words, from data/change_additions.tsv."""
    return {row[0]: frozenset(w.strip().lower() for w in row[1].split("|")) for row in read_tsv("change_additions.tsv")}


@lru_cache(maxsize=1)
def _modality() -> dict[str, frozenset[str]]:
    """kind (modal, intent, condition) → words, from data/change_modality.tsv."""
    return {row[0]: frozenset(w.strip().lower() for w in row[1].split("|")) for row in read_tsv("change_modality.tsv")}


def unreal(trigger: Token | None) -> bool:
    """"would have risen by 5%", "forecasts an expansion of 14%", "in a bid to increase", "can increase trade",
    "has not fallen", "unless members boost spending", "lowering the age to 16 would ...": not a change that
    happened (the annotation rules leave expectations, proposals, requests and conditions out).

    Walks from the trigger up through the clauses above it; "decided to reduce" stays a change (a decision
    taken), and so does a plain "will" (an announced move with its target time); "would" is a reported
    "will" under a verb of saying, else a projection."""
    words = _modality()
    if trigger is not None and (_not_a_move(trigger, words) or by_year_forecast(trigger)):
        return True  # (a forecast: "users will rise to 10 million by 2008")
    if trigger is not None and trigger.pos_ == "NOUN" and _in_than(trigger):
        return True  # "rose 10.7%, less than the 13.7% rise the previous month": a move only compared with
    if trigger is not None and _lemma(trigger) in _rate_nouns() and any(
            c.dep_ == "aux" and c.lower_ == "will" for a in [trigger, *trigger.ancestors][:6] for c in a.children):
        return True  # "will ... generate growth of only 1.8%": a rate in a year ahead is a forecast
    cur, would, fact = trigger, False, False
    prev: Token | None = None
    for _ in range(6):
        if cur is None or (cur is not trigger and _in_than(cur)):
            break  # "less than the 47.3% forecast by analysts and down from 47.1%": a figure compared with
        kids = list(cur.children)
        auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if not fact and (auxes & words["modal"] or {"would", "have"} <= auxes):
            return True
        if cur is trigger and any(c.dep_ == "advmod" and c.lower_ in words["guess"] for c in kids):
            return True  # "ISIS will probably expand its control by 5 percent": a guess, not a move
        if cur is not trigger and _lemma(cur) == "see" and (cur.tag_ in ("VBZ", "VBP") or "will" in auxes):
            return True  # "the government sees the economy growing 0.5%", "will see its economy balloon 86%": a
            # forecast ("saw its stock surge 3%" in the past tense is a move seen)
        if cur is not trigger and _lemma(cur) in words["speech"]:
            return would and _present(cur)  # "said it would cut": a reported "will"; "says a Brexit would raise
            # his costs", "has said his party would cut £35bn": a projection or pledge told now
        if _purpose(cur):
            return True
        would = would or ("would" in auxes and not fact and not decided_by(cur))  # an order's effect: review 17
        if cur.tag_ == "VBG" and cur.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
            return True  # a gerund as subject names the move, it does not report it
        if cur is not trigger and (_lemma(cur) in words["intent"] or cur.lower_ in words["intent"]) \
                and not share_verb(cur, prev):
            return True
        if cur is not trigger and _lemma(cur) in words["proposal"] and prev is not None \
                and prev.dep_ in ("dobj", "xcomp") and prev.tag_ == "VBG":
            return True  # "suggests doubling the money": proposed ("figures suggest prices rose", "the data
            # suggests annual growth of 0.2%": evidence)
        if cur is not trigger and _lemma(cur) == "vote" and prev is not None and prev.dep_ == "xcomp" and casts_votes(cur):
            return True  # "One member voted to raise rates to 5%": a vote cast, the body's decision is elsewhere
        if cur is not trigger and _lemma(cur) in words["intent_to"] and prev is not None and prev.dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children):
            return True  # "is set to halve", "has to trim the deficit" (not "have set out", "had net income")
        if cur.head.i == cur.i:
            break
        fact = fact or _fact_clause(cur)
        prev, cur = cur, cur.head
    return would  # "the party would shrink from 56 seats to 10", said by no one: a projection


def _present(verb: Token) -> bool:
    """The verb of saying is in the present or present perfect ("says", "has said"): a "would" under it is no
    "will" shifted back by a past "said", so it projects or pledges."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _purpose(cur: Token) -> bool:
    """"slapping China with tariffs to force it to reduce its surplus", "a directive ... to reduce costs at least
    20 percent by 2019", "high time for the United States to cut off its aid": an infinitive clause of purpose
    names a goal, not a move made. Not when it tells the result of a move: "only to rebound", a move that goes on
    the same way ("rose 5% to reach a record $20 billion"; "raised taxes to cut the deficit" is a goal), or a
    move by a figure alone after a verb whose subject itself moved ("the index rebounded to gain 2.6%"); an infinitive the parse
    hangs on a noun is no clause of purpose ("a rise in the grant to help councils ... and a 16.4% rise in ...")."""
    head = cur.head
    if cur.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    mine, theirs = trigger_direction(cur), trigger_direction(head)
    if mine is not None and theirs in ("increase", "decrease") and mine in ("neutral", theirs):
        return False
    if mine is not None and theirs is None and not any(
            c.dep_ in ("dobj", "attr", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in head.children) and not any(
            c.dep_ == "dobj" and not any(t.like_num for t in c.subtree) for c in cur.children):
        return False  # ("came ... to cut office costs by 20 percent": a thing of its own moved, a goal)
    return not any(c.lower_ == "only" for c in cur.children)


def _in_than(tok: Token) -> bool:
    """The token is inside a "than" phrase ("worse than the 58% expected by analysts"), where the parse often hangs
    an "and up from X" that belongs to the figure before it."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "than" for t in (tok, *tok.ancestors))


_FACT_MARKS = frozenset({"after", "since", "because"})


def _fact_clause(cur: Token) -> bool:
    """"should set their taxes at reasonable levels after being given an average funding increase of 6%": a
    clause of time or cause after "after", "since", "because" tells what happened; the modal of the clause
    above it is not the move's (a forecast above it still is: "will see its economy balloon 86% next year after
    expanding 4.4% this year")."""
    if cur.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in cur.children)
    return cur.dep_ in ("pcomp", "pobj") and cur.head.lower_ in _FACT_MARKS and cur.tag_ in ("VBG", "VBN")


def _not_a_move(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """The trigger's own clause: negated, a condition, an imperative ("Cut 120,000 jobs" in a programme), or
    an idiom that moves no figure ("fell behind", "fell ill")."""
    kids = list(trigger.children)
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in words["condition"]) for c in kids):
        return True  # "has not fallen", "unless members boost spending"
    if any(c.dep_ == "prep" and c.lower_ == "under" and any(
            g.dep_ == "pobj" and _lemma(g) in words["intent"] for g in c.children) for c in kids) and not _told_past(trigger):
        return True  # "Under the plans, 84,000 jobs will be axed": a move a plan or proposal sets out ("Under the
        # new agenda, rents rose 4%": told in the past, it happened)
    if trigger.tag_ == "VB" and any(c.dep_ == "nsubj" for c in kids) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in kids) and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return True  # "demands that China reduce its surplus": a base form with a subject of its own is a subjunctive
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) or (
        trigger.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.head.children))
    if not infinitive and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words["condition"] for m in c.children)
            and not _counting_condition(trigger, c) for c in kids):
        # "support dropped to 53 percent if the strikes were to last two years", "debts will increase to 134.7m
        # euros ... unless a rescue is agreed": a stated move under a condition is a hypothesis; an infinitive's
        # condition ("threatened to ... increase them to 25% if ...") belongs to the threat or decision above it,
        # which stays a change
        return True
    if _generic(trigger, words):
        return True
    if trigger.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound", "nmod") and c.i < trigger.i and (
            _lemma(c) in words["intent"] or c.lower_ in words["intent"]) and _lemma(c) != "estimate" for c in kids):
        # "the expected growth of 2%", "a planned cut of 2,000 troops": a move named, not one made ("an estimated
        # 10 percent increase" was made, its size is approximate)
        return True
    if trigger.pos_ == "NOUN" and any(c.dep_ == "relcl" and (_lemma(c) in words["intent"] or c.lower_ in words["intent"])
                                      for c in kids):
        return True  # "the 30 percent cuts that Trump proposed", "the 10% rise the union sought" (round 33)
    if trigger.dep_ == "ROOT" and trigger.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return True
    return any(c.dep_ in ("advmod", "prt", "acomp", "oprd") and c.lower_ in words["idiom"] for c in kids)


def _told_past(trigger: Token) -> bool:
    """The trigger verb is in the simple past, or its auxiliary is ("rose", "were cut")."""
    return trigger.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in trigger.children)


def _generic(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """"When combined with its rival, the number rises to 0.095 percent", "there's a 10-point drop when people are
    asked if ...": a move told in the simple present under a "when"/"if" clause is how two counts compare, no
    event (in the past, "fell 2% when the bank raised rates", it happened)."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("attr", "nsubj", "dobj") else trigger
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(t.lower_ in words["generic"] and t.i != trigger.i and (verb in t.ancestors or trigger in t.ancestors)
               for t in trigger.sent)


def _counting_condition(trigger: Token, clause: Token) -> bool:
    """"if automotives are excluded from December's data, retail sales rose just 0.3%": a condition in the present
    tense on a move told in the past says how the figure is counted, it does not make the move a hypothesis
    (a hypothesis about the past is past in form: "if the strikes were to last")."""
    if trigger.tag_ != "VBD":
        return False
    return clause.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in clause.children)


@dataclass
class ChangeDraft:
    trigger: Token | None
    direction: str | None
    verb: str | None
    members: list[tuple[int, str]] = field(default_factory=list)  # (amount index, role)
    pct: Number | None = None
    # the rate is written as a figure ("a four-fold increase"), so the change stands without an object
    figured: bool = False
    # "a net profit of 19bn kronor, compared with a loss of 10.8bn kronor": the from-figure is a loss
    negative_from: bool = False
    # a size written without a figure of its own ("by a quarter of a point": 0.25 points)
    delta: Number | None = None
    # the from-side is a level the move's subject points back at ("that number has dropped to 49 percent"):
    # it keeps the time of its own clause (extract/amounts/pointed.py)
    pointed: bool = False


def trigger_direction(tok: Token) -> str | None:
    """'increase' | 'decrease' | 'neutral' for a trigger token, else None."""
    if tok.pos_ not in ("VERB", "NOUN", "AUX", "ADJ") and not (
            tok.pos_ == "ADV" and tok.dep_ in ("pobj", "dobj") and tok.lower_ not in _UP_DOWN):
        return None  # (an adverb in a noun's place is a mis-tagged noun: "a 40,000-troop drawdown")
    if tok.pos_ == "NOUN" and _lemma(tok) in _VERB_ONLY:
        return None  # "a $700 million contract" is a deal
    if tok.lower_ in _UP_DOWN and _compound_part(tok):
        return None  # "a 650m euro write-down", "a build-up": the second part of a compound noun
    d = change_verbs().get(_lemma(tok))
    if d is None and tok.pos_ == "VERB":
        d = weight_move(tok)
    if d in (None, "neutral") and tok.pos_ == "VERB":
        # "shot up more than 7%", "went down 2%": the particle says which way
        prt = next((c.lower_ for c in tok.children if c.lower_ in _UP_DOWN and (
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1))), None)
        if prt is not None and (_lemma(tok), prt) in particle_verbs():
            return "increase" if prt == "up" else "decrease"
        d = sent_way(tok) or particle_to(tok, particle_verbs()) or d
    if d is None and sized_loss(tok):
        d = "decrease"  # "lost 2.5% to 270 yen": a size and a level
    return d


def _compound_part(tok: Token) -> bool:
    """"write-down", "build-up": "up"/"down" glued by a hyphen to the word before it; a dash set off by spaces
    ("profits of $3.65bn for the quarter - up from $2.89bn") opens an aside, where "up from" keeps its sense."""
    if tok.i < 2:
        return False
    dash, word = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return dash.text in ("-", "–") and word.is_alpha and not dash.whitespace_ and not word.whitespace_


def role_and_trigger(root: Token, kind: str, text_prep: str | None = None) -> tuple[str, Token] | None:
    """Walk up from a number to the nearest trigger; the first from/to/by/at/of met on the way gives the role.

    A bare number needs to hang on the trigger as its object or measure ("cut 2,200 jobs", "rose 12%");
    a number on the trigger's subject ("two bombers dropped ...") is not the size of a move.
    """
    prep: str | None = text_prep if text_prep in _ROLE_PREPS else None
    if outcome_margin(root):
        return None  # "surged to a six-seat victory": the win's margin (not_levels.py)
    cur, value_of = root, False
    for _ in range(7):
        if prep is None and measured_against(cur, root):
            return None  # "over the rival's 24 seats": what the move is measured against
        if cur.dep_ == "prep" and (cur.lower_ in _TO_COMPOUNDS or (cur.lower_ == "to" and cur.head.lower_ in _TO_COMPOUNDS)):
            return None  # "dropped the bomb ..., according to four officials", "due to 3 strikes": not a level
        if cur.dep_ == "prep" and prep is None and cur.lower_ in _FOREIGN_PREPS and not _compared(cur) \
                and not (cur.lower_ == "between" and cur.head.lower_ in _ROLE_PREPS):
            # "ease tensions between the two nations": not the size of the move ("fell to between 3 and 4%" is)
            return None  # "add information about a plan for 40 plants": the figure belongs to another phrase
        if prep is None and _value_of(cur, root):
            if (growth := growth_rate(cur.head, kind, trigger_direction)) is not None:
                return "pct", growth  # "an annual growth rate of 8%": the growth's size
            if _lemma(cur.head) in _modality()["intent"]:
                return None  # "moving ... to a target of close to 11 million": a goal, not a level reached
            value_of = True  # "from a rate of 8.1 percent": the figure is the noun's value, the noun has the role
        else:
            prep = _prep_of(cur, prep)
        nxt = cur.head
        if nxt.i == cur.i:
            return None
        child, child_dep = cur, cur.dep_
        cur = nxt
        if cur.lower_ in _UP_DOWN and (cur.pos_ == "ADV" or (cur.pos_ == "ADP" and (prep == "from" or sent_adv(cur)))) \
                and not _compound_part(cur):  # "write-down": a compound noun
            # ("and up from 57.4%" is tagged a preposition when the parse coordinates it)
            found = up_down_role(cur, prep, child_dep, kind, trigger_direction)
            if found is not None or with_way(cur):
                return found  # ("lost 2.5%, with rival X down 3.4%": the way of another subject, told bare)
        d = trigger_direction(cur)
        if d is None:
            stop, found = _off_trigger(cur, child, child_dep, prep, kind)
            if stop:
                return found
            continue
        if value_of and prep is None and child_dep in ("dobj", "nsubj", "nsubjpass"):
            return "from", cur  # "doubling its pre-war population of 40,000": the moved thing's value before
        if prep is None and root.head.lower_ == "strong" and root.head.dep_ == "amod" and root.nbor(1).text == "-":
            return "from", cur  # "its 3,000-strong workforce": how many there were before the move
        return _role_at(cur, d, prep, child, kind, root)
    return None


def _off_trigger(cur: Token, child: Token, child_dep: str, prep: str | None,
                 kind: str) -> tuple[bool, tuple[str, Token] | None]:
    """A step up from the number reached ``cur``, a word that is no trigger: (True, role) when the walk ends
    there (a role found through a bare move or a level, or None: the figure belongs elsewhere), (False, None)
    when it goes on to ``cur``'s head."""
    seen = (_seen_move(cur, child_dep, kind) or _copular_move(cur, child_dep, kind)) if prep is None else None
    if seen is not None:
        return True, seen
    if prep == "to" and (noun := object_move(cur, child, trigger_direction)) is not None:
        return True, ("to", noun)  # "posted a 7% rise in profits to £1.2bn"
    if (paired := pair_move(cur, child, prep, trigger_direction)) is not None:
        return True, paired  # "There was a drop in arrests, from 1,200 to 800" (round 36)
    if prep in ("to", "by") and (bullet := bullet_move(cur, child, trigger_direction)) is not None:
        return True, ("to" if prep == "to" else "pct" if kind == "percent" else "delta", bullet)
    if prep == "to" and (way := way_of_level(cur, child)) is not None:
        return True, ("to", way)  # "closed up 23 points to 4,812": the level of the "up" and its size
    if prep == "to" and own_object_to(cur, child):
        return True, None  # "declined, pushing the deficit to $12bn": the object's level, not the decline's
    if other_clause_figure(cur, child, prep):
        return True, None  # "accelerated and closed to 50 feet", "the help provided at 27 posts" (review 29)
    if cur.dep_ == "relcl" and prep in ("from", "to") and level_clause(cur):
        return False, None  # "raised the age at which girls can marry from 16 to 19": the noun's levels, moved
    if cur.pos_ in ("VERB", "AUX") and (cur.dep_ == "relcl" or (
            cur.dep_ == "advcl" and any(c.dep_ == "mark" for c in cur.children))):
        # "trade, which amounted to $24 billion", "rose 0.3% after the bank set its rate at 7.0039":
        # a relative or subordinate clause's figure stays in it
        return True, None
    if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "xcomp", "conj") and prep is None:
        return True, None  # a clause of its own that moves nothing
    if cur.dep_ in ("conj", "xcomp") and (cur.lemma_.lower() in _STATIVE or _lemma(cur) in _modality()["intent"]):
        # "dropped to 94.7% and by the end of October stood at 92.9%", "fell to 4.3% and is expected to
        # remain at between 3% and 6%": a later or expected level, told apart
        return True, None
    return False, None


def _value_of(cur: Token, root: Token) -> bool:
    """``cur`` is the "of" that gives a plain noun the figure as its value ("a rate of 8.1 percent", "its
    population of 40,000"); a figure with a noun of its own ("salaries of 5,000 workers") is not one."""
    if not (cur.dep_ == "prep" and cur.lower_ == "of" and cur.head.pos_ == "NOUN"):
        return False
    # a noun that names a level ("a high of 110 strikes", "a peak of 70,300 warheads") takes the figure with
    # its own noun as its value
    level = cur.head.lemma_.lower() in _LEVEL_NOUNS
    return trigger_direction(cur.head) is None and any(
        c.dep_ == "pobj" and (c.i == root.i or (level and root.head.i == c.i and root.dep_ == "nummod"))
        for c in cur.children)


def _seen_move(verb: Token, child_dep: str, kind: str) -> tuple[str, Token] | None:
    """"saw its stock surge as much as 3%": the parse makes "surge" the object of "saw" and hangs the percent
    on "saw"; the percent is the rate of the movement noun or verb that "saw" governs."""
    if kind != "percent" or child_dep != "npadvmod" or verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "ccomp", "xcomp") and c.i < verb.i + 6 and trigger_direction(c) in ("increase", "decrease"):
            return "pct", c
    return None


def _copular_move(verb: Token, child_dep: str, kind: str) -> tuple[str, Token] | None:
    """"The increase for 2019 ... will be 2.6%": a figure that is what a movement noun (the subject) is, is its
    size."""
    if child_dep != "attr" or verb.lemma_.lower() != "be":
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and trigger_direction(c) in ("increase", "decrease") \
                and _lemma(c) not in _rate_nouns():  # "Growth was 1.1%": the rate's level, not a move's size
            return ("pct" if kind == "percent" else "delta"), c
    return None


def _role_at(trig: Token, d: str, prep: str | None, child: Token, kind: str, root: Token) -> tuple[str, Token] | None:
    """The figure's role once the walk reached a trigger (through ``child``): from its preposition, else from
    how it hangs on it."""
    lemma, child_dep = _lemma(trig), child.dep_
    if prep == "after":
        # "widened in June to $32.5 billion after May's $32 billion": where it stood before
        return ("from", trig) if trig.pos_ == "VERB" else None
    if prep == "from":
        return "from", trig
    if prep == "at" and kind == "percent" and child.lower_ == "at" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in ("rate", "pace") for c in child.children):
        return "pct", trig  # "rose at an annual rate of 2.4%": how fast it moved, not a level
    if prep == "at" and kind != "percent" and pace_of_move(child, root):
        return None  # "declining at a rate of 3,000 feet per minute": a pace, no level
    if prep in ("to", "at", "past"):
        # "adding a dozen interceptors to the 26 already there": the base, not the result; "climbed past 600":
        # the level it went beyond ("added 5.3% to 740 yen": after a rate, the level reached)
        if prep == "past" and trig.pos_ != "VERB":
            return None
        added_rate = any(c.dep_ in ("dobj", "npadvmod") and any(t.lower_ in ("%", "percent") for t in c.subtree)
                         for c in trig.children)
        return ("from" if lemma == "add" and not added_rate else "to"), trig
    if prep in ("by", "of"):
        if prep == "of" and trig.pos_ != "NOUN":
            return None
        return ("pct" if kind == "percent" else "delta"), trig
    if hyphen_count(child, root, d):
        return "delta", trig  # "a 40,000-troop drawdown": the move's size, in troops (compound_counts.py)
    if trig.pos_ == "NOUN":
        return role_on_noun(trig, child, kind)
    if child_dep in ("dobj", "nsubjpass") and d != "neutral" and _possessed_level(child, trig):
        return "from", trig  # "reduce its $400 billion surplus": where it stood, not the size of the cut
    if child_dep == "nsubjpass" and d != "neutral" and trig.pos_ == "VERB" and counts_subject(child, root) \
            and not moved_by_figure(trig):
        # "two enterprises were also added to the list", "2,000 jobs will be cut": the passive's subject is
        # what moved, so its size
        return ("pct" if kind == "percent" else "delta"), trig
    if child_dep == "conj" and child.pos_ in ("NOUN", "NUM") and child.i > trig.i and any(
            c.dep_ in ("dobj", "npadvmod") and c.i < child.i and any(t.like_num or t.text[:1].isdigit() for t in c.subtree)
            for c in trig.children):  # (a digit first: "rose 3p, or 2.1%": pence are no like_num)
        # "grew a lacklustre 2.9% in 2001 and 2.5% a year later": the parse hangs the second figure on the verb,
        # after a bare figure of its own; it is a second move (``_draft_of_figure`` gives it the first's role)
        return ("pct" if kind == "percent" else "delta"), trig
    if child_dep in ("dobj", "npadvmod", "attr", "advmod", "oprd"):
        if d == "neutral":
            if lemma not in _REACHING and not any(t.lemma_.lower() == "compare" for t in trig.subtree):
                # "fell two places to number four, taking $8m": what a film took is no level of the move ("took
                # the total to 50" has its level after "to"); "reached 29" is, and so is a figure compared with
                # an earlier one ("took $121.9m, compared with $165.8m last year")
                return None
            return "to", trig
        return ("pct" if kind == "percent" else "delta"), trig
    return None


def _possessed_level(child: Token, trig: Token) -> bool:
    """The moved thing is someone's, with its figure ("its nearly $400 billion trade surplus", "its 40,000-strong
    force"): the figure is the thing's level before the move; a verb that moves the thing as a whole ("withdraw
    its 2,000 troops") moves all of it."""
    return trig.pos_ == "VERB" and any(c.dep_ == "poss" for c in child.children) and _lemma(trig) not in _whole()


def _compared(tok: Token) -> bool:
    return tok.lower_ == "with" and tok.head.lemma_.lower() == "compare"


def _prep_of(cur: Token, prep: str | None) -> str | None:
    """The role preposition once ``cur`` is passed: the first from/to/by/at/of/after met; "compared to/with"
    makes it a from-side ("a 406% increase compared to the 90,554 ... the previous year")."""
    if cur.dep_ == "prep" and prep is None and cur.lower_ in _ROLE_PREPS:
        prep = cur.lower_
    if (cur.lemma_.lower() == "compare" and prep in ("to", "with")) or (cur.dep_ == "prep" and _compared(cur)):
        return "from"
    return prep


def direction_of(draft: ChangeDraft) -> str | None:
    trig = draft.trigger
    if trig is not None and draft.direction == "neutral":
        # "rose again ... and reached 29": the verb it is coordinated with says where it went
        head = trig.head if trig.dep_ == "conj" else None
        if head is not None:
            d = trigger_direction(head)
            if d in ("increase", "decrease"):
                return d
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _growing() for c in trig.children):
            return "increase"  # "bringing the death toll to 240": a toll brought to a level has grown to it
        return None
    return draft.direction


def _level_before(draft: ChangeDraft, frm: dict[str, Any] | None) -> bool:
    """"That is down from a high of 110 strikes": "up/down from X" with no figure of its own to move states only
    where the figure stood before (a pronoun holds the level), still a change."""
    trig = draft.trigger
    if frm is None or trig is None or trig.pos_ not in ("ADV", "ADP") or trig.lower_ not in _UP_DOWN:
        return False
    # the level is a pronoun's, the subject of the copula the adverb hangs on ("That is down from ...")
    return trig.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.pos_ in ("PRON", "DET") for c in trig.head.children)


def _whole_units(level: dict[str, Any]) -> bool:
    """A level in dollars, euros or pounds (money, or a count of "Canadian dollars"), not in pence ("340p")."""
    if level["kind"] == "money":
        return level.get("currency") != "GBX"
    return (level.get("object") or "").lower().rsplit(" ", 1)[-1] in _UNITS


def finish_change(draft: ChangeDraft, amounts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The change record (without id, object and context fields) from its numbers, or None."""
    vals: dict[str, dict[str, Any]] = {}
    for idx, role in draft.members:
        if not ranged(amounts[idx]):  # a range is no one level (range_levels.py, round 37)
            vals.setdefault(role, amounts[idx])
    frm, to = vals.get("from"), vals.get("to")
    if frm is not None and draft.negative_from:
        frm = {**frm, "value": -frm["value"]}
    delta = vals["delta"]["value"] if "delta" in vals else draft.delta
    if delta is not None and to is not None and _whole_units(to) and vals["delta"]["kind"] != "money" \
            and (vals["delta"].get("object") or "").lower().rsplit(" ", 1)[-1] in _CENTS:
        # "fell 35 cents to $59.24": a move of $0.35 ("16.75 pence to 293.5p": both in pence, as written)
        delta = to_number(round(delta / 100, 4))
    pct = vals["pct"]["value"] if "pct" in vals else draft.pct
    mul = multiplier_of(draft.trigger) if draft.trigger is not None else None
    if pct is None and mul is not None and (frm is None or to is None):
        pct = mul[1]  # "double the normal press run to 100,000 copies": a rise of 100 percent
    direction = direction_of(draft)
    if frm is not None and to is not None and frm["value"] != to["value"]:
        trig = draft.trigger
        if direction not in ("increase", "decrease") or trig is None or trig.pos_ != "VERB" \
                or draft.direction == "neutral":
            # a verb of rise or fall says the direction ("the rupee climbed to 43.305 per US dollar, up from
            # 43.41": the quote is inverted); else the two levels do, also over a verb with no way of its own
            # ("revised the toll from 50 to 38" lowered it, though a toll brought to a level mostly grew: round 29)
            direction = "increase" if to["value"] > frm["value"] else "decrease"
        if delta is None:
            delta = to_number(abs(to["value"] - frm["value"]))
        if pct is None and frm["value"] > 0 and to["value"] >= 0:  # no rate across or below zero
            pct = to_number(round(abs(to["value"] - frm["value"]) / abs(frm["value"]) * 100, 2))
    if direction is None or (to is None and delta is None and pct is None and not _level_before(draft, frm)):
        return None
    return {
        "from_value": frm["value"] if frm else None, "to_value": to["value"] if to else None,
        "from_approx": frm.get("approx") if frm else None, "to_approx": to.get("approx") if to else None,
        "delta": delta, "pct": pct, "direction": direction, "verb": draft.verb,
    }

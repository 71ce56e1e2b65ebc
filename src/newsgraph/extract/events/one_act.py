"""One act of violence told by two words is one event: "attacks that killed 14", "the bombing killed three",
"were shot and killed", "stormed the hotel before firing on the guards". Split from ``find.py``: run once per
sentence on what the triggers found, before confidence."""

from __future__ import annotations

from .clause_roles import where_only
from .parties import Party
from .senses import load_senses
from .triggers import Found, _own
from .violence import VIOLENT

__all__ = ["one_violent_event"]


def _same_violence(f: Found, by_tok: dict[int, Found]) -> Found | None:
    """The violent event ``f`` only tells the outcome or another verb of: "attacks that killed 14",
    "the bombing killed three", "were shot and killed" (one predication of harm, one event)."""
    if f.nominal or f.rule.type not in VIOLENT:
        return None
    tok = f.trigger
    heads = []
    if tok.dep_ in {"relcl", "acl"} or (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
        heads.append(tok.head)  # "..., killing five policemen": the outcome of the clause's attack
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in {"before", "after", "while"}:
        heads.append(tok.head.head)  # "stormed the hotel before firing on the guards": one attack, told in steps
    heads.extend(c for c in tok.children if c.dep_ == "nsubj")
    if tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        heads.append(tok.head)
    for h in heads:
        g = by_tok.get(h.i)
        if g is not None and g is not f and g.rule.type in VIOLENT:
            return g
    return _told_cause(f, by_tok)


#: round 37: the marker of a clause that tells what harm came from ("were killed after troops fired"); a "when" or
#: "as" clause is scored as background (its act fell under the threshold when the harm joined it): not read
_CAUSE_MARKS = frozenset({"after"})


def _told_cause(f: Found, by_tok: dict[int, Found]) -> Found | None:
    """Round 37 (issue 19): a harm told with no doer ("a marcher died and four were hurt after the guards
    shot into the square") is the outcome of the act its "after" clause tells with its doer: one
    event (a second ASSAULT with no actor was shown beside the shooting). A clause whose act has no doer, a join
    with no target on either side, or a harm with a doer of its own, stays apart."""
    if f.actors:
        return None
    tok = f.trigger
    # the clause may hang on a harm joined to this one ("was killed and six wounded after ...")
    for c in [c for t in (tok, *(k for k in tok.children if k.dep_ == "conj")) for c in t.children]:
        if c.dep_ != "advcl" or not any(m.dep_ in {"mark", "advmod"} and m.lower_ in _CAUSE_MARKS
                                        for m in c.children):
            continue
        g = by_tok.get(c.i)
        # the joined event needs a target, the act's or the harmed: one with none scored under the threshold
        # ("one marcher was killed after soldiers fired live rounds": "marcher" names no party)
        if g is not None and g is not f and g.rule.type in VIOLENT and g.actors and (g.targets or f.targets):
            return g
    return None


def _premises(p: Party) -> bool:
    """The party is a building or grounds of no state ("the embassy", "the Radisson Blu hotel"), not people; a
    state's premises ("the U.S. Embassy compound", coded USA) stand for the state."""
    words = p.name.lower().split()
    return bool(words) and p.code is None and words[-1] in load_senses().classes.get("premises", (frozenset(), ()))[0]


def one_violent_event(found: list[Found], by_tok: dict[int, Found]) -> list[Found]:
    """Fold each violent event that only tells another's outcome or step into that one (its targets, actors and
    span joined); ``by_tok`` then maps the folded trigger to the event it joined. The events left are returned."""
    out = []
    for f in found:
        g = _same_violence(f, by_tok)
        if g is None or any(_own(a, g.targets) or a.key() in {t.key() for t in g.targets} for a in f.actors):
            # "was wounded while battling police": the one harmed fought; two acts in opposite directions
            out.append(f)
            continue
        harmed = [t for t in f.targets if not _own(t, g.actors)]
        doc = f.trigger.doc
        if not g.targets or harmed and all(_premises(t) or where_only(t, doc) for t in g.targets) and not any(
                _premises(t) for t in harmed):
            # "stormed the embassy, killing two guards", "a strike in Yemen killed X": whom it hit, not where
            g.targets = harmed or g.targets
        if not g.actors:
            g.actors = list(f.actors)
        g.span = (min(g.span[0], f.span[0]), max(g.span[1], f.span[1]))
        by_tok[f.trigger.i] = g
    return out

"""An intended action's own event: the codebook's AGREE for a stated future cooperation, THREATEN for a stated
or conditional hostile act ("willing to withdraw", "may halt ... if"). Split from ``find.py`` (round 23 tidying):
run once per sentence on what the triggers found, before confidence."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import COOPERATIVE, HOSTILE, TriggerRule
from .odds import forecast, open_question
from .open_options import conditioned
from .standing import _FUTURE
from .triggers import _THREAT_MODE, Found

__all__ = ["derived_intents"]

# cue words whose complement is a commitment the report presents as made ("willing to withdraw"): the
# intent is an AGREE/THREATEN of its own; after a plan or a decision the action itself is the event
_COMMITTING = frozenset({"willing", "ready", "prepared", "vow", "swear", "commit", "pledge", "promise", "offer"})


def _conditional(tok: Token) -> bool:
    """An "if"/"unless" clause hangs on the action or on the verb it is the complement of."""
    return conditioned(tok) or conditioned(tok.head)


def _foreign(f: Found) -> bool:
    """Every actor has a code and a target has another one: a counterpart abroad."""
    own = {a.code for a in f.actors}
    return None not in own and any(t.code and t.code not in own for t in f.targets)


def derived_intents(found: list[Found], by_tok: dict[int, Found]) -> list[Found]:
    """AGREE/THREATEN for an intended action whose cue word is not an event trigger itself."""
    out: list[Found] = []
    for f in found:
        if f.modality not in {"intended", "hypothetical", "threatened"} or f.derived_from is not None:
            continue
        cue_tok = f.governor
        if cue_tok is not None and cue_tok.i in by_tok:
            continue  # "agreed to withdraw", "threatened to attack": that event is already there
        carrier = f.head or f.trigger
        future = any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"would", "may", "might"} for c in carrier.children)
        if f.cue not in {"intent", "threat"} and not future:
            continue
        if f.rule.type in {"AGREE", "THREATEN"} or not f.actors:
            continue  # an intent needs someone who intends it
        if forecast(carrier) or open_question(carrier):
            continue  # round 24: a forecast or an open question commits nobody ("Likely, X will collaborate")
        if f.rule.type in COOPERATIVE:
            typ, mode = "AGREE", None
        elif f.rule.type in HOSTILE:
            typ, mode = "THREATEN", _THREAT_MODE.get(f.rule.type) if f.rule.mode is None else f.rule.mode
        else:
            continue
        rule = TriggerRule(f.rule.lemma, f.rule.pos, typ, mode, f.rule.context, ())
        t = cue_tok or f.trigger
        committing = cue_tok is not None and cue_tok.lemma_.lower() in _COMMITTING
        # the codebook codes a stated future cooperation with another state ("Portugal will support Turkey's
        # bid") as AGREE and a conditional hostile action ("may halt ... if") as THREATEN; a future with no
        # foreign counterpart ("Obama will visit the centre", "we will defend our allies") or told in a relative
        # clause ("talks in which A and B will discuss") is the action, intended (round 11: every such AGREE
        # shown on the tune half had no gold event), and its AGREE stays a weak candidate, as a plan's does
        will = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in carrier.children)
        coded = (will and typ == "AGREE" and carrier.dep_ != "relcl" and _foreign(f)) or (
            typ == "THREATEN" and _conditional(carrier))
        # a plan or a bare possibility keeps the action as the event: its intent stays, as a weak candidate
        d = Found(rule=rule, trigger=t, actors=list(f.actors), targets=list(f.targets), mode=mode,
                  derived_from=f.trigger.i, committing=committing, plan=not (committing or coded))
        d.span = (min(f.span[0], t.idx), max(f.span[1], t.idx + len(t.text)))
        d.trigger_span = (min(t.idx, f.trigger.idx), max(t.idx + len(t.text), f.trigger.idx + len(f.trigger.text)))
        out.append(d)
        if committing:
            f.subsumed = True  # the commitment is the event; the action stays with a low confidence
    return out

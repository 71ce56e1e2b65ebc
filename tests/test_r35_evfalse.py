"""Round 35 (issue 19, shown events with no event behind them): an act told inside an "if", "unless" or "whether"
clause that is an embedded question ("asked whether", "declined to say if") is an open question, not the report's
news; it is stored (hypothetical) and held under the default threshold. A condition ("if the US holds exercises,
...") is a hypothetical event and keeps its score. A predicate whose linking verb is negated ("were not angry") is a negated event. Found on shown events of read allsides reports (ranks 1600-1999, every seventh). Rows marked
"before:" were shown at main 2e9fffc0; the guards (an act that carries the clause, "as if", a relative clause
inside the condition, plain acts) must not change. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import events_at

from newsgraph.record import EVENT_MIN_CONFIDENCE

# (text, trigger word, type, shown at the default threshold)
ROWS = [
    # a condition is a hypothetical act, coded as an event (issue 19's modality): it keeps its score (the branch
    # held it; integration narrowed the rule to embedded questions)
    ("North Korea threatened to retaliate if the United States holds joint military exercises with South Korea.",
     "exercises", "COOPERATE", True),
    # before: shown (0.69): an open question
    ("Whether Washington and Tehran will resume negotiations is unclear.", "negotiations", "CONSULT", False),
    # before: shown (0.73): what analysts asked about
    ("Analysts asked whether the rebels had attacked the convoy on purpose.", "attacked", "ASSAULT", False),
    # a condition of a coming act: hypothetical, kept as scored
    ("If the prime minister visits Moscow next week, the opposition will protest.", "visits", "CONSULT", True),
    # below already, held all the same: what a spokesman would not say (an embedded question)
    ("The spokesman declined to say if intelligence officers had met with the defector.", "met", "CONSULT", False),
    ("The army will shell the town unless the rebels surrender their weapons.", "surrender", "RETREAT", False),
    # guards: the act that carries the clause is told
    ("North Korea threatened to retaliate if the United States holds joint military exercises with South Korea.",
     "threatened", "THREATEN", True),
    ("Prosecutors are investigating whether the firm bribed officials.", "investigating", "INVESTIGATE", True),
    ("The army will shell the town unless the rebels surrender their weapons.", "shell", "FIGHT", True),
    # guards: a relative clause inside the condition tells its own act
    ("The minister asked whether the army had arrested the two journalists who criticized the president.",
     "criticized", "DISAPPROVE", True),
    # guards: "as if" compares, it sets no condition
    ("Police arrested the protest leader, as if to warn the others.", "arrested", "COERCE", True),
    # guards: plain acts, and a clause of time
    ("The president met the Japanese prime minister on Friday.", "met", "CONSULT", True),
    ("The army attacked the town after the rebels refused to disarm.", "attacked", "ASSAULT", True),
]


@pytest.mark.parametrize(("text", "word", "typ", "shown"), ROWS)
def test_conditioned_r35(enlp, text, word, typ, shown) -> None:
    evs = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert evs, events_at(enlp, text, word)  # stored either way
    assert any(e["confidence"] >= EVENT_MIN_CONFIDENCE for e in evs) is shown, evs


# (text, trigger word, type, modality): the negation on a linking verb denies its predicate's state
PREDICATES = [
    # before: asserted, shown
    ("The ministers were not angry about the decision.", "angry", "DISAPPROVE", "negated"),
    ("Why aren't more people outraged?", "outraged", "DISAPPROVE", "negated"),
    ("The two leaders were not unhappy with the outcome.", "unhappy", "DISAPPROVE", "negated"),
    # guards: a plain predicate, "not only", and a negated participle that was read before
    ("The ministers were angry about the decision.", "angry", "DISAPPROVE", "asserted"),
    ("The minister was not only angry about the decision but also hurt by it.", "angry", "DISAPPROVE", "asserted"),
    ("The ministers were not outraged by the decision.", "outraged", "DISAPPROVE", "negated"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), PREDICATES)
def test_denied_predicate_r35(enlp, text, word, typ, modality) -> None:
    evs = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert [e for e in evs if e["modality"] == modality], evs
    if modality == "negated":
        assert all(e["confidence"] < EVENT_MIN_CONFIDENCE for e in evs), evs

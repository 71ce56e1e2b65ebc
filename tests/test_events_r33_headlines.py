"""Round 33 (issue 19, headline events): the event a report's title tells is shown where the lead tells it.

Two classes (BENCHMARKS.md, round 33 "evhead"): the title, which is no part of the report text, now lends its
support to a hidden event of the lead of the same type that names a party the title names (one event told twice;
extract/events/headlines.py); and a noun event that is the subject of a verb of happening takes that verb's denial
("denied that a US air strike had taken place": the strike is negated, no shown act). Sentences written here;
"before" rows fail on main 5260320e, guards pass on both.
"""

from __future__ import annotations

import pytest
from conftest import titled_events as _events
from conftest import titled_events_at as _at

SHOWN = 0.625



@pytest.mark.parametrize(("title", "text", "word", "typ"), [
    # before: a passive with no agent, told on the word of state media; the title tells the same act
    ("Vietnam investigates former oil chief Trinh Xuan Thanh",
     "Vietnam's former oil chief Trinh Xuan Thanh is being investigated for corruption, state media say.",
     "investigated", "INVESTIGATE"),
    # before: "was killed" with no agent, under "how"; the title's noun of the same type names the victim
    ("Caruana Galizia murder: Malta gives details of journalist's death",
     "Malta has given its first official account of how journalist Daphne Caruana Galizia was killed, saying a car "
     "bomb was used.", "killed", "ASSAULT"),
    # before: the title's "to protest" tells the lead's purpose clause again
    ("Thousands rally in Kiev to protest Yanukovych",
     "More than 100,000 people filled Independence Square in Kiev on Sunday to protest against President Viktor "
     "Yanukovych.", "protest", "PROTEST"),
])
def test_title_shows_lead_event(enlp, title: str, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    hits = _at(enlp, title, text, word, typ)
    assert hits and hits[0]["confidence"] >= SHOWN, _events(enlp, text, title)


@pytest.mark.parametrize(("title", "text", "word", "typ"), [
    # guard: no title, as on every gold article of the benchmarks
    (None, "Vietnam's former oil chief Trinh Xuan Thanh is being investigated for corruption, state media say.",
     "investigated", "INVESTIGATE"),
    # guard: the title tells another type (an arrest)
    ("Vietnam arrests former oil chief",
     "Vietnam's former oil chief Trinh Xuan Thanh is being investigated for corruption, state media say.",
     "investigated", "INVESTIGATE"),
    # guard: the title tells the type but names no party of the event
    ("Corruption probe widens in Hanoi",
     "Vietnam's former oil chief Trinh Xuan Thanh is being investigated for corruption, state media say.",
     "investigated", "INVESTIGATE"),
    ("Reporter's murder: Malta gives details of journalist's death",
     "Malta has given its first official account of how journalist Daphne Caruana Galizia was killed, saying a car "
     "bomb was used.", "killed", "ASSAULT"),
    # guard: the telling is past the lead (the fourth sentence)
    ("Vietnam investigates former oil chief Trinh Xuan Thanh",
     "The weather was cold in Hanoi on Monday. Markets were calm. Traders waited for news. Vietnam's former oil chief "
     "Trinh Xuan Thanh is being investigated for corruption, state media say.", "investigated", "INVESTIGATE"),
    # guard: a speaker's words in quotation marks
    ("Vietnam investigates former oil chief Trinh Xuan Thanh",
     '"Trinh Xuan Thanh is being investigated for corruption," the spokesman said.', "investigated", "INVESTIGATE"),
    # guard: an infinitive of purpose the modality reader left asserted ("a bill to fund")
    ("House balks over Homeland Security funding",
     "The Senate is on track to pass a bill to fully fund the Department of Homeland Security.", "fund", "AID"),
])
def test_title_leaves_hidden(enlp, title: str | None, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert all(e["confidence"] < SHOWN for e in _at(enlp, title, text, word, typ)), _events(enlp, text, title)


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    # before: the denied happening's subject is not told as done
    ("The Iraqi army and the coalition have denied that a US air strike had taken place on a convoy near Baghdad.",
     "strike", "FIGHT", "negated"),
    ("The ministry denied that a raid had occurred in the village on Friday.", "raid", "COERCE", "negated"),
    # guards: a happening told as done stays asserted; a denied claim was negated before
    ("Police said a raid had occurred in the village on Friday.", "raid", "COERCE", "asserted"),
    ("The army denied reports that its troops had shelled the village.", "shelled", "FIGHT", "negated"),
    ("Envoys pressed ahead on Sunday with talks with the Taliban in Doha.", "talks", "CONSULT", "asserted"),
])
def test_denied_happening(enlp, text: str, word: str, typ: str, modality: str) -> None:  # noqa: ANN001
    hits = _at(enlp, None, text, word, typ)
    assert hits and hits[0]["modality"] == modality, _events(enlp, text, None)

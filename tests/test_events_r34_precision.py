"""Round 34 (evprec, issue 19): shown events with a wrong side or no event behind them, read on tune reports.

Classes read on allsides read ranks 200-259 (/work/cache/r34/r34-evprec/): a quantified subject's doer taken from
outside it, a passive's "by" phrase hung on the object taken as the target, a place an act came "from" as its
target, the owner of a noun of telling as the doer of the act told, the receiver of an act as its doer
(extract/events/bounded_sides.py); and senses that tell no event of their type (data/event_senses.tsv, round 34
rows): a text released, "supervised release", a call held, a view shared, a point accepted, appeal as attraction,
a ploy pulled, a topic discussed while speaking, a civil body disbanded.
Sentences written here; each SIDES, NO_EVENT and EVENT_ROWS entry fails on main 98bb096a, each *GUARDS entry
passes on both.
"""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

SIDES = [
    # a quantified subject: its own "of" group, else nobody
    ("While some in the hall rejected Baker's offer, Governor Lund nodded.", "rejected", "REJECT", "actors", ""),
    # a passive's "by" phrase on the object is the doer, not the target
    ("We have been denied entry by border guards, Tomas Brenner said.", "denied", "REJECT", "actors", "border guards"),
    ("We have been denied entry by border guards, Tomas Brenner said.", "denied", "REJECT", "targets", ""),
    # a place an act came from is no target
    ("Lund and Baker met for an hour, after a launch of rockets from Gaza.", "met", "CONSULT", "targets", ""),
    ("Lund and Baker met for an hour, after a launch of rockets from Gaza.", "launch", "MOBILIZE", "targets", ""),
    # the owner of a noun of telling did not do the act told
    ("Reporter Mara Quill, who has been sharp in her coverage of the probe of the Russia probe, had a scoop.", "probe",
     "INVESTIGATE", "actors", ""),
    # the receiver of an act is its target
    ("Iraq did receive a warning that the strike was coming.", "warning", "THREATEN", "actors", ""),
]

SIDE_GUARDS = [
    ("Iraq did receive a warning that the strike was coming.", "warning", "THREATEN", "targets", "Iraq"),
    ("Quill's account of the raid by the police was long.", "raid", "COERCE", "targets", ""),
    ("Most of the opposition senators criticized the budget plan, Governor Lund said on Friday.", "criticized",
     "DISAPPROVE", "actors", "senators"),
    ("Both leaders met in Paris on Monday.", "met", "CONSULT", "actors", "leaders"),
    ("Police arrested the gunman on Friday.", "arrested", "COERCE", "actors", "Police"),
    ("The convoy was attacked by gunmen near the border.", "attacked", "ASSAULT", "actors", "gunmen"),
    ("The envoy was denied a visa by the embassy.", "denied", "REJECT", "actors", "embassy"),
    ("The envoy was denied a visa by the embassy.", "denied", "REJECT", "targets", "envoy"),
    ("Hamas fired rockets from Gaza at Israel.", "fired", "ASSAULT", "targets", "Israel"),
    ("Reports said Trump had threatened to withhold military aid from Ukraine.", "threatened", "THREATEN", "targets",
     "Ukraine"),
    ("Durham's probe of the FBI continues.", "probe", "INVESTIGATE", "actors", "Durham"),
    ("Israel received a warning from Iran.", "warning", "THREATEN", "actors", "Iran"),
    ("Israel received a warning from Iran.", "warning", "THREATEN", "targets", "Israel"),
    ("Ukraine received military aid from the United States.", "aid", "AID", "targets", "Ukraine"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), SIDES + SIDE_GUARDS)
def test_side(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


NO_EVENT = [
    ("Senator Hale also released a minority rebuttal to the findings.", "released", "RETREAT"),
    ("He was also handed two years of supervised release.", "release", "RETREAT"),
    ("Senior agency officials had a call on Sunday night after the shooting.", "call", "DEMAND"),
    ("Britain said it shares the American intelligence assessment.", "shares", "COOPERATE"),
    ("But I fully accept that the prosecutor could not prove the crime.", "accept", "AGREE"),
    ("The governor disbanded the advisory committee on Monday.", "disbanded", "RETREAT"),
    ("Discussing military funding, the governor noted that few towns had paid.", "Discussing", "CONSULT"),
    ("The mayor pulled a stunt during the campaign.", "pulled", "CONCEDE"),
]

# guards: no event on main already, none now (a row of the sense table kept for the tune report's wording)
NO_EVENT_GUARDS = [
    ("The port is a source of export value and foreign investment appeal.", "appeal", "DEMAND"),
]

EVENT_ROWS = [
    ("The mayor held a call with the governor on Monday.", "call", "CONSULT"),
]

EVENT_GUARDS = [
    ("The rebels released two hostages on Friday.", "released", "RETREAT"),
    ("The opposition called for new protests on Tuesday.", "called", "DEMAND"),
    ("Britain and France agreed to share intelligence about the plot.", "share", "COOPERATE"),
    ("Iran accepted the proposal on Monday.", "accepted", "AGREE"),
    ("The senator pulled out of the race.", "pulled", "CONCEDE"),
    ("The army disbanded the militia.", "disbanded", "RETREAT"),
    ("Officials said Trump and Putin discussed trade.", "discussed", "CONSULT"),
    ("The United Nations made an appeal for calm.", "appeal", "DEMAND"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NO_EVENT + NO_EVENT_GUARDS)
def test_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word", "typ"), EVENT_ROWS + EVENT_GUARDS)
def test_event_kept(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


def _meeting(start: int, actors: list[tuple[str, str, str]], targets: list[tuple[str, str, str]]):  # noqa: ANN202
    from newsgraph.record import Event, Party

    def party(t: tuple[str, str, str]) -> Party:
        return Party(name=t[0], entity=t[1], code=t[2], country=t[2])

    return Event(type="CONSULT", start=start, end=start + 10, actors=[party(a) for a in actors],
                 targets=[party(t) for t in targets], trigger_start=start, trigger_end=start + 3, confidence=0.8)


OBAMA, ABBAS, NETANYAHU = ("Obama", "E1", "USA"), ("Abbas", "E2", "PSE"), ("Netanyahu", "E3", "ISR")


@pytest.mark.parametrize(("later", "folded"), [
    # "Obama and Abbas met" ... "when he met with Netanyahu": two pairs, two meetings (folded on main 98bb096a)
    (_meeting(500, [OBAMA], [NETANYAHU]), False),
    # guards: "... after talks with Abbas" names no side the first lacks: one meeting
    (_meeting(500, [], [ABBAS]), True),
    (_meeting(500, [OBAMA], [ABBAS]), True),
])
def test_two_pairs_two_meetings(later, folded: bool) -> None:  # noqa: ANN001
    from newsgraph.extract.events.report import merge_duplicates

    first = _meeting(0, [OBAMA, ABBAS], [])
    merged = merge_duplicates([(first, "meet", False, True, False, False), (later, "meet", False, True, False, False)])
    assert (len(merged) == 1) is folded

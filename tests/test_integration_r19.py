"""Round 19 integration mends, found by reading the merged change on 60 reports no engineer read (allsides dev lines
551-1000/3400-3609, pool19 ranks 161-220): (1) teams "set to meet" in a fixture gave a shown CONSULT once round 19's
raised-subject rule gave the meeting its actors; meeting in a final, a match or a derby is no meeting; (2) round 19's
dash cut took a said claim's own prepositional tail ("- beyond the fact that ...") for the writer's clause. The real
reports are read from ../shared (skipped when absent, a failure under CI=true); the other sentences were written
for these tests."""

from __future__ import annotations

import pytest
from conftest import allsides_report as _allsides

import newsgraph

FIXTURES = [
    # (text, a CONSULT expected)
    ("The two city rivals had been set to meet in the derby on Sunday, but the league called it off.", False),
    ("United and Rovers are due to meet in the semi-final in May.", False),
    ("The old rivals were set to meet in El Clasico at the end of the month.", False),
    ("The foreign ministers of Peru and Chile are set to meet in Lima on Monday.", True),
    ("Kerry and Lavrov met in Geneva to discuss the ceasefire.", True),
]


@pytest.mark.parametrize(("text", "consult"), FIXTURES)
def test_a_fixture_is_no_meeting(text: str, consult: bool) -> None:
    rec = newsgraph.extract(text, published="2019-10-20")
    assert any(e.type == "CONSULT" for e in rec.events) is consult


DASH_TAILS = [
    # (text, the indirect quote's words): a tail opened by a preposition or subordinator other than "as" goes on
    ("Jane Roe, an analyst at the institute, said that there is no sign the navy caused the failure - beyond the fact "
     "that it has the means.",
     "there is no sign the navy caused the failure - beyond the fact that it has the means"),
    ("The minister said that the border will stay closed - unless the talks in Vienna succeed.",
     "the border will stay closed - unless the talks in Vienna succeed"),
    # the writer's comparison after the dash is still cut (round 19 rquotes' class)
    ("Tom Diaz said that the treaty cannot be reopened - as have many senators of both parties.",
     "the treaty cannot be reopened"),
]


@pytest.mark.parametrize(("text", "words"), DASH_TAILS)
def test_dash_tail_of_a_said_claim(text: str, words: str) -> None:
    rec = newsgraph.extract(text, published="2019-10-20")
    assert [q.text for q in rec.quotes if q.kind == "indirect"] == [words]


def test_real_report_fixture_postponed() -> None:
    """allsides HZUHgKJXhQHBnO8h (undated): two football clubs "set to meet" in their fixture showed a CONSULT."""
    d = _allsides("HZUHgKJXhQHBnO8h")
    rec = newsgraph.extract(d["text"], title=d.get("title"), published=None)
    assert not any(e.type == "CONSULT" and "set to meet" in rec.text[e.start:e.end] for e in rec.events)


def test_real_report_claim_tail_kept() -> None:
    """allsides xl3oULAUTCYCoaFg: a former official's claim kept its "- beyond the fact that ..." tail."""
    d = _allsides("xl3oULAUTCYCoaFg")
    rec = newsgraph.extract(d["text"], title=d.get("title"), published=d.get("date") or None)
    tails = [q for q in rec.quotes if q.text.startswith("there is no evidence the U.S. military")]
    assert tails and all(q.text.endswith("that capability") for q in tails)


# -- the round's change read once more (three reviewers who wrote none of it): the mends, with sentences written here


def _parties(text: str) -> list[tuple[str, list[str], list[str]]]:
    rec = newsgraph.extract(text, published="2019-01-01")
    return [(e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in rec.events]


def test_asked_party_acts_not_the_asker() -> None:
    """A passive governor's "by" phrase is no actor of the verb joined to its infinitive."""
    assert ("FIGHT", ["Russia"], ["Ukraine"]) in _parties(
        "Russia was asked by France to withdraw its troops and attacked Ukraine.")


def test_possessor_of_a_subpoena_stays_target() -> None:
    """A subpoena's possessor is its issuer, the target of fighting it; a compounded name is its addressee."""
    assert _parties("The government will fight Congress's subpoena.") == [("REJECT", ["government"], ["Congress"])]


def test_stored_stance_is_no_document_and_hands_nothing_on() -> None:
    from newsgraph.record import listed_quote

    rec = newsgraph.extract("The panel met on Tuesday in Washington.\n\nThe report's findings echo earlier remarks by "
                            "the mayor about the budget.", published="2019-01-01")
    assert not any(listed_quote(q.kind, q.modality) for q in rec.quotes)
    rec = newsgraph.extract('Senator Maria Lopez expects a record turnout in the fall.\n\n"We have never seen '
                            'anything like this before in our state," came the reply.', published="2019-01-01")
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert direct and all(q.speaker_name is None for q in direct)


@pytest.mark.parametrize(("text", "country"), [
    ("Moscow warned Russia, Georgia and Moldova against joining the pact.", "GEO"),
    ("On Monday, Georgia recalled its ambassador from Moscow.", "GEO"),
    ("He was born in Atlanta, Georgia, and moved to Texas.", "USA"),
])
def test_georgia_after_a_comma(text: str, country: str) -> None:
    rec = newsgraph.extract(text, published="2019-01-01")
    assert [e.country for e in rec.entities if e.name == "Georgia"] == [country]


@pytest.mark.parametrize(("text", "objects"), [
    ("Iran received $1.7 billion in return for the prisoners.", [None]),
    ("The court awarded £60,000 in damages.", ["damages"]),
])
def test_money_in_a_fixed_phrase(text: str, objects: list[str | None]) -> None:
    rec = newsgraph.extract(text, published="2019-01-01")
    assert [a.object for a in rec.amounts] == objects


def test_bare_figure_keeps_count_beside_a_stuck_scale() -> None:
    rec = newsgraph.extract("Revenue grew from 500 to $2bn last year.", published="2019-01-01")
    assert [a.dimension for a in rec.amounts if a.text == "500"] == ["count"]


@pytest.mark.parametrize(("par", "kind"), [
    ("Fighting ISIS: Kurdish fighters seek more help from U.S.", "heading"),
    ("Trump: I will not step down, we will win in the U.S.", "body"),
    ("Update: The president said he will fly back to the U.S.", "body"),
])
def test_labelled_headline_or_speaker_line(par: str, kind: str) -> None:
    from newsgraph.clean import classify

    assert classify(par) == kind

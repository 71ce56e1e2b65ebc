"""Type repairs from a report's own evidence, and names that are no one entity (review 17); sentences written
for these tests."""

from __future__ import annotations

import pytest

import newsgraph


def rows(text: str) -> dict[str, str]:
    rec = newsgraph.extract(text, published="2021-05-04")
    return {e.name: e.type for e in rec.entities}


def places(text: str) -> dict[str, str | None]:
    rec = newsgraph.extract(text, published="2021-05-04")
    return {p.name: p.feature for p in rec.places}


@pytest.mark.parametrize("text, name, kind", [
    # a kind noun before the name types it, given name or not
    ("The weekly Charlie Hebdo printed a new cover on Monday. Charlie Hebdo said its staff would keep working.",
     "Charlie Hebdo", "ORG"),
    ("Security firm Mandiant said the hackers were Chinese. Mandiant said in its report that the group was active.",
     "Mandiant", "ORG"),
    # a person's role in apposition makes a one-word name tagged ORG a person
    ("Charb, the editor of the magazine, was killed. Charb said he would not stop drawing.", "Charb", "PERSON"),
    # persons are not numbered: a pipeline is a facility
    ("Russia says Nord Stream 2 will be finished this year. Critics say Nord Stream 2 would make Europe dependent.",
     "Nord Stream 2", "FAC"),
    # the vessel is no province
    ("The carrier Liaoning sailed past Taiwan, the ministry said. Officials said the Liaoning was tracked.",
     "Liaoning", "PRODUCT"),
    # unchanged: a person with a role, a news agency, a province written as one
    ("John Smith, the editor of the paper, resigned. Reuters, the news agency, reported it.", "John Smith", "PERSON"),
    ("John Smith, the editor of the paper, resigned. Reuters, the news agency, reported it.", "Reuters", "ORG"),
    ("The factory in Liaoning province closed, officials in Liaoning said.", "Liaoning", "GPE"),
    ("The website's publisher Jason O'Reilly said it would appeal.", "Jason O'Reilly", "PERSON"),
    ("King Charles III visited the museum on Monday, the palace said.", "Charles III", "PERSON"),
])
def test_type_from_evidence(text: str, name: str, kind: str) -> None:
    assert rows(text).get(name) == kind


@pytest.mark.parametrize("text, absent, present", [
    ("U.S.-Iranian relations worsened as United States-China talks stalled, officials said.",
     ["U.S.-Iranian", "United States-China"], []),
    pytest.param("The talks were held in Guinea-Bissau on Monday, officials said.", [], ["Guinea-Bissau"],
                 marks=pytest.mark.xfail(strict=True, reason="NER cuts the name to 'Guinea' (so before this round)")),
    ("Ships sailed in the East and South China Seas, the Navy said.", ["East"], ["Navy"]),
    ("The Iowa Republican reported that Republican Senator Chuck Grassley voted no.", ["Republican"],
     ["Chuck Grassley"]),
    # review 18: a party word qualifying a common noun is an adjective, as "Islamic" below (was kept in round 17)
    ("Republican voters in Iowa were angry, the survey found.", ["Republican"], ["Iowa"]),
    ("Islamic militants attacked a base near the border, the army said.", ["Islamic"], []),
    ("Chinese President Xi Jinping met the visitors on Monday.", [], ["Chinese", "Xi Jinping"]),
    ("Christians United for Israel held a meeting in Washington, its director said.", ["Israel", "Christians"],
     ["Christians United for Israel"]),
])
def test_no_one_entity(text: str, absent: list[str], present: list[str]) -> None:
    got = rows(text)
    for name in absent:
        assert name not in got
    for name in present:
        assert name in got


def test_baltic_states_one_row_and_no_sea() -> None:
    text = "The Baltic states fear Russia. The Baltics have asked NATO for troops near the Baltic, officials said."
    got = rows(text)
    assert "Baltic states" in got and "Baltics" not in got
    assert places("The Baltic states fear Russia, officials in Brussels said.").get("Baltic Sea") is None


def test_group_named_for_a_state_places_no_state() -> None:
    rec = newsgraph.extract("Christians United for Israel held a meeting in Washington, its director said.",
                            published="2021-05-04")
    assert "Israel" not in {p.name for p in rec.places}
    assert all(e.country is None for e in rec.entities if e.name == "Christians United for Israel")


@pytest.mark.parametrize("text, name, kept", [
    ("Afghan-American voters in Virginia backed the bill, the survey found.", "Afghan-American", True),
    ("Philippine President Rodrigo Duterte spoke in Manila on Monday.", "Philippine", True),
    ("Labour MP Jane Roe said the vote would fail.", "Labour", False),
])
def test_groups_and_persons_kept(text: str, name: str, kept: bool) -> None:
    assert (name in rows(text)) is kept


@pytest.mark.parametrize("text, rows_of_body", [
    ("Iran's Revolutionary Guard Corps seized a tanker. The IRGC said it had broken the rules.", 1),
    ("The Iranian Revolutionary Guard Corps met on Monday. Later, an IRGC spokesman said the drills went on.", 1),
    # a state's initial only joins the state's own body: "Kenya's Revolutionary Guard Corps" is no IRGC
    ("Kenya's Revolutionary Guard Corps marched. The IRGC said it had broken the rules.", 2),
])
def test_acronym_with_the_state_initial_is_one_row(text: str, rows_of_body: int) -> None:
    got = [n for n, t in rows(text).items() if t == "ORG"]
    assert len(got) == rows_of_body, got


# NER's spans forced as they may come: the long form tagged NORP, or its people's adjective cut off.
@pytest.mark.parametrize("spans", [
    [("Iranian Revolutionary Guard Corps", "NORP"), ("IRGC", "ORG")],
    [("Iranian", "NORP"), ("Revolutionary Guard Corps", "ORG"), ("IRGC", "ORG")],
    [("Iranian Revolutionary Guard Corps", "ORG"), ("IRGC", "ORG")],
])
def test_acronym_joins_long_form_as_ner_cut_it(nlp, spans: list[tuple[str, str]]) -> None:  # noqa: ANN001
    from newsgraph.extract.entities import extract_entities

    text = "Commanders of the Iranian Revolutionary Guard Corps met on Monday. Later, the IRGC said the drills went on."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(sub), text.index(sub) + len(sub), label=label) for sub, label in spans]
    orgs = [(e.name, len(e.mentions)) for e in extract_entities(doc) if e.type == "ORG"]
    assert orgs == [("IRGC", 2)]


@pytest.mark.parametrize("text, span, kept", [
    # scores and minutes NER keeps in a name's span are no numbered facility (integration, round 17: unseen
    # sport reports gave "Jie Zheng 6-2 7-5" and "Brownlow 32" as FAC rows)
    ("Lopez defeated Jie Zheng 6-2 7-5 on Tuesday.", "Jie Zheng 6-2 7-5", False),
    ("Brownlow 32 scored the only goal.", "Brownlow 32", False),
    ("Critics say Nord Stream 2 would make Europe dependent.", "Nord Stream 2", True),
])
def test_scores_and_minutes_make_no_facility(nlp, text: str, span: str, kept: bool) -> None:  # noqa: ANN001
    from newsgraph.extract.entities import extract_entities

    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(span), text.index(span) + len(span), label="PERSON")]
    assert any(e.type == "FAC" for e in extract_entities(doc)) is kept

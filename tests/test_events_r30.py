"""Round 30 (issue 19): a thing judged in a preposition's phrase is aimed at its owner ("unhappy with Mr. Putin's
response"), talks, work or a deal "on" a country are about it (no partner), a hardship's toll and a flood of paper
are no attack (extract/events/party_words.py ``judged_owner``, triggers.py ``_MATTER_PREPS``; data/event_senses.tsv
classes ``hardship``, ``paper_barrage``), a feeling told with a "that" clause is aimed at the clause's named subject
(feared.py), concern about a plight is sympathy (class ``plight``), refusing to rule out is no rejection, an alert issued is
no mobilization. Sentences written here; each "changed" row was wrong on main 5016258a,
each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at


def _typed(enlp, text: str, word: str, typ: str) -> list[dict]:  # noqa: ANN001
    return [e for e in events_at(enlp, text, word) if e["type"] == typ]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: the owner of the thing judged is the target (main: target empty)
    ("The French foreign minister said he was unhappy with Mr. Putin's response to the crisis.", "unhappy",
     "DISAPPROVE", "targets", "Putin"),
    ("Officials in Oslo expressed outrage over Sweden's decision to close the border.", "outrage", "DISAPPROVE",
     "targets", "Sweden"),
    # guards: an own pronoun or no owner leaves the target empty; a named target and an object's owner stay
    ("The senator was unhappy with his own response.", "unhappy", "DISAPPROVE", "targets", ""),
    ("The senator was unhappy with the response.", "unhappy", "DISAPPROVE", "targets", ""),
    ("The governor said he was frustrated with the Biden administration.", "frustrated", "DISAPPROVE", "targets",
     "Biden administration"),
    ("The committee rejected Ricardo Lopez's request on Monday.", "rejected", "REJECT", "targets", "Ricardo Lopez"),
    # changed: a feeling told with a "that" clause is aimed at the clause's named subject (main: target empty)
    ("The Danish government voiced concern that Russia was building new bases.", "concern", "DISAPPROVE", "targets",
     "Russia"),
    ("The ministers are seriously concerned that China has placed missiles on the reef.", "concerned", "DISAPPROVE",
     "targets", "China"),
    # guards: feared harm to people, a pronoun subject, a passive subject name no target
    ("Aid groups in Chad expressed concern that civilians could be hurt.", "concern", "DISAPPROVE", "targets", ""),
    ("Germany is angry that it was left out of the talks.", "angry", "DISAPPROVE", "targets", ""),
    # changed: talks, work or a deal "on" a country are about it, the country is no partner (main: target the country)
    ("Japan and Australia agreed to cooperate closely on Venezuela.", "agreed", "AGREE", "targets", ""),
    ("The two leaders held talks on Syria in Paris on Monday.", "talks", "CONSULT", "targets", ""),
    ("Spain and Italy cooperated closely on Libya last year.", "cooperated", "COOPERATE", "targets", ""),
    # guards: the partner "with" stays; sanctions and calls "on" a party keep it
    ("Spain held talks with Morocco on migration.", "talks", "CONSULT", "targets", "Morocco"),
    ("The United States imposed sanctions on Iran on Monday.", "sanctions", "SANCTION", "targets", "Iran"),
    ("The president called on Congress to act.", "called", "DEMAND", "targets", "Congress"),
])
def test_r30_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: a hardship's toll is no attack (main: ASSAULT)
    ("A long government shutdown would injure thousands of families in Ohio.", "injure", "ASSAULT"),
    ("Hunger and thirst will kill the stranded hikers in the canyon.", "kill", "ASSAULT"),
    ("Inflation is killing small shops in the valley.", "killing", "ASSAULT"),
    # changed: concern or worry about a plight or for people in it is sympathy (main: DISAPPROVE)
    ("The union said it was concerned about the doctors working in the camps.", "concerned", "DISAPPROVE"),
    ("The minister is worried about the safety of the sailors.", "worried", "DISAPPROVE"),
    ("The agency expressed concern about the humanitarian crisis in Chad.", "concern", "DISAPPROVE"),
    # changed: refusing to rule out an act rejects nothing (main: REJECT); an alert issued is a notice (main: MOBILIZE)
    ("The defence minister refused to rule out air strikes on the camps.", "refused", "REJECT"),
    ("The consulate issued an alert for travellers in the north.", "alert", "MOBILIZE"),
    # changed: bombarding someone with paper or words is no shelling (main: ASSAULT)
    ("The North bombarded its neighbour with propaganda leaflets last week.", "bombarded", "ASSAULT"),
])
def test_r30_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not _typed(enlp, text, word, typ), events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # guards: concern about a party's act stays DISAPPROVE
    ("Portugal is concerned about Iran's missile program.", "concerned", "DISAPPROVE"),
    ("Norway expressed concern over Russia's troop build-up.", "concern", "DISAPPROVE"),
    # guards: a refusal to act and forces put on alert stay
    ("The parliament refused to approve the budget.", "refused", "REJECT"),
    ("The army put its troops on high alert on Monday.", "alert", "MOBILIZE"),
    # guards: people, gunfire and shells still kill or shell
    ("Gunmen killed 12 people in the market on Friday.", "killed", "ASSAULT"),
    ("Israeli fire killed two Palestinians near the fence.", "killed", "ASSAULT"),
    ("The army bombarded the town with artillery shells.", "bombarded", "FIGHT"),
])
def test_r30_event_kept(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert _typed(enlp, text, word, typ), events_at(enlp, text, word)

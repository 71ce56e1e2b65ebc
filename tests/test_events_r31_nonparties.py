"""Round 31, wave 2 (issue 19, wrong parties: facilities, dates, photo credits, occasions, towns as doers, victims
as doers; extract/events/nonparties.py). A facility hit is where, not whom ("attacked a Saudi airport"); a photo
credit joined to a caption's subject is no protester; an occasion does not bomb; a town does not fight; the subject
of a gapped passive ("has been pushed out and its commander killed") is the one harmed; a possessive apostrophe
("the nurses' anger") opens no quote, so the "They" after it continues the sentence's subject. Guards: a country, a
capital, a province, an embassy, a town hit and the subject of an active verb keep their places. Sentences written
here; each "changed" row was wrong on main 0646b5ba, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: a facility is no target; a photo credit is no protester
    ("Houthi rebels attacked a Saudi airport near the border, wounding 15 civilians, the military said.",
     "attacked", "ASSAULT", "targets", ""),
    ("Militants attacked Times Square with a car bomb.", "attacked", "ASSAULT", "targets", ""),
    ("Anna Berg/Reuters Demonstrators protest outside the parliament against the prime minister's decision to "
     "dissolve the assembly.", "protest", "PROTEST", "actors", ""),
    # changed: the subject of a gapped passive is harmed, not the harmer
    ("In Yemen, the group has been pushed out of large areas and its commander killed, but it is far from beaten.",
     "killed", "ASSAULT", "actors", ""),
    ("In Yemen, the group has been pushed out of large areas and its commander killed, but it is far from beaten.",
     "killed", "ASSAULT", "targets", "its commander"),
    # guards: a capital stands for its government; an embassy for its state; a province and a city government act
    ("Moscow warned Washington against new steps.", "warned", "THREATEN", "actors", "Moscow"),
    ("Moscow warned Washington against new steps.", "warned", "THREATEN", "targets", "Washington"),
    ("The Chinese embassy condemned the decision.", "condemned", "DISAPPROVE", "actors", "Chinese embassy"),
    ("Protesters stormed the embassy in Tehran and attacked the guards.", "stormed", "ASSAULT", "targets",
     "embassy"),
    ("Texas sued the federal government over the rule.", "sued", "DISAPPROVE", "actors", "Texas"),
    ("Boston and Denver have banned cashless businesses.", "banned", "COERCE", "actors", "Boston"),
    # guards: a country or a town attacked stays the target (the events gold names them); an active verb's
    # subject stays its actor; a named person's credit-free name stays
    ("Russian forces attacked Ukraine in February.", "attacked", "FIGHT", "targets", "Ukraine"),
    ("Russian missiles struck Kyiv on Monday, officials said.", "struck", "FIGHT", "targets", "Kyiv"),
    ("Two suicide bombings hit Samara on Sunday, killing at least 20 people.", "bombings", "ASSAULT",
     "targets", "Samara"),
    ("Soldiers killed three villagers on Monday.", "killed", "ASSAULT", "actors", "Soldiers"),
    ("The rebels fought the army in Aleppo.", "fought", "FIGHT", "targets", "army"),
    # changed (continued.py): a possessive apostrophe ("the nurses' anger") opens no quote, so a sentence-opening
    # "They" continues the plural subject before it
    ("Democrats share the nurses' anger over the cuts. They mostly backed the union in the strike.", "backed",
     "SUPPORT", "actors", "Democrats"),
    ("Democrats share the nurses' anger over the cuts and Congress' slow pace. They mostly backed the union in the "
     "strike.", "backed", "SUPPORT", "actors", "Democrats"),
    ("Democrats share the nurses’ anger over the cuts. They mostly backed the union in the strike.", "backed",
     "SUPPORT", "actors", "Democrats"),
    # guard: a quoted phrase in the sentence before still stops it
    ("Democrats called the plan 'a disgrace' on Monday. They mostly backed the union in the strike.", "backed",
     "SUPPORT", "actors", ""),
    ("Democrats called the plan ‘a waste of funds’ on Monday. They mostly backed the union in the strike.", "backed",
     "SUPPORT", "actors", ""),
])
def test_r31_nonparties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


def test_r31_date_is_no_target(enlp) -> None:  # noqa: ANN001
    """A date the finder took into a side ("killed the general and two others Friday": "Friday" as a target, review
    D) is dropped; the person beside it stays. Built on the finder's output shape, since whether the parser hangs
    the date on the object depends on the sentences around it."""
    from newsgraph.extract.events.lexicon import TriggerRule, load_event_lexicon
    from newsgraph.extract.events.nonparties import non_parties
    from newsgraph.extract.events.parties import Party, PartyResolver
    from newsgraph.extract.events.triggers import Found
    from newsgraph.lexicon import load_lexicon

    text = "A car bomb killed the general and two aides Friday."
    doc = enlp(text)
    res = PartyResolver(doc, load_event_lexicon(), load_lexicon(), text)
    day, gen = text.index("Friday"), text.index("general")
    found = Found(rule=TriggerRule("kill", "V", "ASSAULT", None, None), trigger=doc[3],
                  targets=[Party("general", start=gen, end=gen + 7), Party("Friday", start=day, end=day + 6)])
    non_parties([found], res)
    assert [p.name for p in found.targets] == ["general"]

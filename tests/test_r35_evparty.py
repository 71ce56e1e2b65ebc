"""Round 35 (issue 19, events' parties): parties left empty though the sentence names them, and a country code
taken from a role's topic word rather than the party.

Four rules (extract/events/set_off.py; argument_roles._labelled_target, _called_on, _set_out with "bound for";
topic_country.py). Sentences
written here. Each row is (text, trigger word, type, side, expected names; or for codes the expected code);
guard rows are near misses that must keep their old answer.
"""

from __future__ import annotations

import pytest
from conftest import event_at


def _names(parties: list[dict]) -> set[str]:
    return {p["name"] for p in parties}


@pytest.mark.parametrize(("text", "word", "typ", "side", "expected"), [
    # a subject stranded before ", meanwhile," (parsed as an adverbial noun) is the actor
    ("Mr. Halvorsen, meanwhile, has consistently criticized Mr. Netanyahu for isolating Israel abroad.",
     "criticized", "DISAPPROVE", "actors", {"Halvorsen"}),
    # a verb of labelling whose object the parser made the predicate's subject: the one labelled is the target
    ("Before taking office, Trump declared NATO \"obsolete\" but has since softened his stance.",
     "declared", "DISAPPROVE", "targets", {"NATO"}),
    # the ones called on, left empty by the clause rules, are the request's target
    ("The cleric called on the armed forces to investigate the crash.",
     "called", "DEMAND", "targets", {"armed forces"}),
    # "bound for <place> to meet": the one bound is the actor, not the place the parser made the meeting's subject
    ("Foreign Minister Anna Lindqvist arrived in Riyadh on Monday. Lindqvist is also bound for Abu Dhabi to meet "
     "with the crown prince.", "meet", "CONSULT", "actors", {"Anna Lindqvist"}),
    # guard: "bound by a treaty to meet" keeps its subject
    ("The delegation is bound by the treaty to meet with Iran.", "meet", "CONSULT", "actors", {"delegation"}),
    # guard: a normal subject stays the actor
    ("Mr. Halvorsen has consistently criticized Mr. Netanyahu for isolating Israel abroad.",
     "criticized", "DISAPPROVE", "actors", {"Halvorsen"}),
    # guard: a labelled thing referred to by a pronoun is no party
    ("The minister spoke to reporters on Monday, calling it a grave mistake by the pilots.",
     "calling", "DISAPPROVE", "targets", set()),
    # guard: "called on them" stays to the pronoun rules (left empty here: no one named before)
    ("The minister called on them to end the strike.", "called", "DEMAND", "targets", set()),
])
def test_named_sides(enlp, text: str, word: str, typ: str, side: str, expected: set[str]) -> None:  # noqa: ANN001
    ev = event_at(enlp, text, word, typ)
    assert _names(ev[side]) == expected, ev


@pytest.mark.parametrize(("text", "word", "typ", "code"), [
    # a role that names a country only as its topic gives the person no code
    ("Daniel Whitcombe, a North Korea observer, criticized the regime on Monday.", "criticized", "DISAPPROVE",
     None),
    ("Daniel Whitcombe, a China expert at a think tank, condemned the plan.", "condemned", "DISAPPROVE", None),
    # guard: a nationality in the role is the person's
    ("Daniel Whitcombe, a North Korean defector, criticized the regime on Monday.", "criticized", "DISAPPROVE",
     "PRK"),
    # guard: a country's possessive opening the role is the person's office
    ("Li Wenhao, China's ambassador to the UN, condemned the plan.", "condemned", "DISAPPROVE", "CHN"),
    # guard: an abbreviated country name used as an adjective ("U.S. official")
    ("Daniel Whitcombe, a U.S. official, condemned the plan.", "condemned", "DISAPPROVE", "USA"),
])
def test_topic_country(enlp, text: str, word: str, typ: str, code: str | None) -> None:  # noqa: ANN001
    ev = event_at(enlp, text, word, typ)
    assert [p.get("code") for p in ev["actors"]] == [code], ev

"""Round 32 (places that are the wrong referent): a country's own name is the country, not its own division of
that name (the State of Mexico) nor a small namesake abroad (Mexico, N.Y.); a name that qualifies the place before
it is the division it names ("Spokane, Washington" is the state, while "the White House in Washington" stays the
capital); a name after a capitalized word and a Romance connector ends a longer name ("the Gare du Nord" is no
Nord, Haiti); a village reached only through a shortening of its own name ("Longpont" for Longpont-sur-Orge) is
left out; "the Deep State" is no village; a division's own short name in capitals is an acronym ("the GAO"); a
reporter's sign-off ("Jackson reported from") is no town. Sentences written here; rows marked "before:" failed at
main c1742e2d, the others are guards."""

from __future__ import annotations

import pytest

from newsgraph import extract


def places_of(text: str) -> dict[str, list[tuple[str | None, str | None, str]]]:
    """Each mention's text -> the readings of the places it is a mention of (in order of the places)."""
    out: dict[str, list[tuple[str | None, str | None, str]]] = {}
    for p in extract(text).places:
        for m in p.mentions:
            out.setdefault(m.text, []).append((p.country, p.admin1, p.feature))
    return out


@pytest.mark.parametrize(("text", "name", "want"), [
    # before: the State of Mexico (a division near Mexico City), on nearness
    ("Mexico said it would send troops to its northern border, officials in Mexico City said.", "Mexico",
     [("MEX", None, "country")]),
    # before: Mexico, New York (1,574 people), on the story's state
    ("The New York mayor met migrants who crossed the US-Mexico border. The New York congresswoman spoke too.",
     "Mexico", [("MEX", None, "country")]),
    # before: Denmark, South Carolina
    ("Senators from Ohio and Kentucky met in Columbus; one recalled the cartoons in Denmark.", "Denmark",
     [("DNK", None, "country")]),
    # guards: a cue reads the division; a qualifier and a nearby town read a namesake abroad
    ("Floods hit the state of Mexico, east of the capital, on Sunday.", "Mexico", [("MEX", "Mexico", "admin1")]),
    ("Police in Lebanon, Pennsylvania, said the man drove from Harrisburg.", "Lebanon",
     [("USA", "Pennsylvania", "city")]),
    ("Mexico and Canada signed the trade pact on Monday.", "Mexico", [("MEX", None, "country")]),
])
def test_country_name_is_the_country(text: str, name: str, want: list[tuple[str | None, str | None, str]]) -> None:
    assert places_of(text)[name] == want


@pytest.mark.parametrize(("text", "want"), [
    # before: the capital, both mentions one place
    ("A man from Spokane, Washington, was arrested. The White House in Washington declined to comment.",
     [("USA", "Washington", "admin1"), ("USA", "District of Columbia", "city")]),
    # before: the state, both mentions one place
    ("The company is based in Seattle, Washington, and employs 500 people. Lawmakers in Washington met today.",
     [("USA", "Washington", "admin1"), ("USA", "District of Columbia", "city")]),
    # guards: a cue; a list of cities (nothing before "Washington" lies inside the state)
    ("The governor of Washington state signed the bill. In Washington, lawmakers in Congress debated it.",
     [("USA", "Washington", "admin1"), ("USA", "District of Columbia", "city")]),
    ("Several large cities, including Chicago, Washington, and Boston, declined to take part.",
     [("USA", "District of Columbia", "city")]),
])
def test_a_qualifier_is_its_division(text: str, want: list[tuple[str | None, str | None, str]]) -> None:
    assert places_of(text)["Washington"] == want


@pytest.mark.parametrize(("text", "name", "placed"), [
    # before: Nord, Haiti
    ("Protesters gathered outside the Gare du Nord station after the strike began in France.", "Nord", False),
    # before: Mrzeżyno, Poland (a village whose other name is Deep)
    ("Welcome to the Deep State, the author wrote in his book about Washington.", "Deep State", False),
    # before: Gao, Mali
    ("The audit was released by the GAO on Tuesday, officials in Washington said.", "GAO", False),
    # before: Jackson, Mississippi
    ("The minister spoke for an hour.\nJackson reported from Ho Chi Minh City.", "Jackson", False),
    # before: Longpont-sur-Orge, whose other name Longpont is
    ("The fire broke out in Longpont, a village north of Paris, on Sunday.", "Longpont", False),
    # guards: the places themselves, and a division named with its word
    ("Floods hit Sindh Province and Punjab, officials in Pakistan said.", "Sindh Province", True),
    ("Troops entered Idlib Province on Monday, Turkey said.", "Idlib Province", True),
    ("The minister flew to Lyon and then to Marseille for talks.", "Lyon", True),
    ("Jackson police reported a shooting on Monday in Mississippi.", "Jackson", True),
    ("Ann Lee in Istanbul contributed to this report.", "Istanbul", True),
    ("Rain fell across the Nord department and in Lille.", "Lille", True),
    ("Voters in Iowa and Ohio went to the polls.", "Iowa", True),
])
def test_part_of_another_name_is_no_place(text: str, name: str, placed: bool) -> None:
    assert (name in places_of(text)) is placed, places_of(text)

"""Review 15's classes (main 4615a9f, findings of 8 unseen reports): a famous namesake reached by a father's name
or a regnal name, names cut at a title's word, units as objects, spoken totals and idiom numbers, and dates that
are no dates or are anchored on an event. Hand-written texts only."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.actors import office_holder
from newsgraph.extract.amounts.scan import amounts_in


def _rec(text: str, published: str = "2015-01-23"):
    return newsgraph.extract(text, published=published)


def _names(rec) -> set[str]:
    return {e.name for e in rec.entities}


# -- (a) a father's name after "bin" is no surname; a regnal name is a given name -----------------------------
@pytest.mark.parametrize("text, not_linked", [
    ("King Salman pledged on Friday to keep the oil policy. Salman, 79, took the throne overnight.",
     "Mohammed bin Salman"),
    ("The late King Fahd ruled the country for two decades, officials said on Friday.", "Rashid Ahmed Bin Fahd"),
])
def test_a_regnal_or_patronymic_name_is_no_famous_namesake(text, not_linked):
    rec = _rec(text)
    assert not_linked not in _names(rec)


@pytest.mark.parametrize("surname, written, on, expected", [
    ("salman", "salman", "2016-05-01", None),                          # the son, reached by his father's name
    ("salman", "bin-salman", "2016-05-01", "Mohammed bin Salman"),     # the son, written with "bin"
    ("fahd", "fahd", "2015-01-23", None),                              # an Emirati "Bin Fahd": no King Fahd
    ("trump", "trump", "2018-05-01", "Donald Trump"),                  # an ordinary surname still finds its holder
])
def test_office_holder_skips_a_fathers_name(surname, written, on, expected):
    got = office_holder(surname, on, written)
    assert (got[0] if got else None) == expected


def test_a_speaker_under_a_regnal_title_keeps_his_own_row():
    rec = _rec("King Salman said on Friday that the kingdom would keep its oil policy.")
    q = rec.quotes[0]
    by_id = {e.id: e.name for e in rec.entities}
    assert by_id.get(q.speaker) == "Salman"


# -- (b) names cut at a title's word, head nouns tagged as people, coordinated names ---------------------------
@pytest.mark.parametrize("text, present, absent", [
    ("Two months ago, then-Secretary of State Rex Tillerson announced that troops would stay.",
     "Rex Tillerson", "State Rex Tillerson"),
    ("Commerce Secretary Wilbur Ross said the company would pay a fine.", "Wilbur Ross", "Commerce"),
    ("The two men said they had met the Swedish Embassy staff twice.", "Swedish Embassy", "Embassy"),
    ("A survey by the Pew Research Center for the People and the Press found that most voters agreed. The "
     "Associated Press reported the figures on Monday.",
     "Pew Research Center for the People and the Press", "Press"),
])
def test_cut_names_are_repaired(text, present, absent):
    rec = _rec(text, "2018-03-30")
    names = _names(rec)
    assert present in names and absent not in names
    assert all(absent not in e.aliases for e in rec.entities)


@pytest.mark.parametrize("text, kept", [
    ("Google CEO Sundar Pichai said the firm would appeal.", "Google"),    # an employer before a title: kept
    ("Pentagon spokesman John Kirby said the strike hit its target.", "Pentagon"),
])
def test_an_employer_before_a_title_is_kept(text, kept):
    assert kept in _names(_rec(text, "2018-03-30"))


# -- (c) amounts: units are no objects, a spoken total is one number, "zero to 60" is no figure ----------------
@pytest.mark.parametrize("text, objects", [
    ("The prisoner has lost 15 pounds (6.8 kilograms) since his arrest, his sister said.", {None}),
    ("The shipment weighed 40 tons when it reached the port.", {"shipment"}),  # a noun of the thing stays
])
def test_a_weight_unit_is_no_object(text, objects):
    rec = _rec(text, "2014-09-01")
    assert {a.object for a in rec.amounts} == objects


@pytest.mark.parametrize("text, values", [
    ("The company will pay a billion 400 million dollars, the minister said.", [1_400_000_000]),
    ("They raised two billion 300 million euros.", [2_300_000_000]),
    ("The plan cost a billion dollars and 400 million euros.", [1_000_000_000, 400_000_000]),  # two sums
])
def test_a_spoken_total_is_one_number(text, values):
    assert [q.value for q in amounts_in(text)] == values


@pytest.mark.parametrize("text, n", [
    ("The country went from zero to 60 in about eight months.", 0),
    ("The car goes from zero to 60 mph in four seconds.", 2),     # a speed: figures
    ("Membership grew from zero to 60 members in a year.", 2),    # a count of members
])
def test_zero_to_sixty_is_an_idiom(text, n):
    assert len(amounts_in(text)) == n


def test_zero_to_sixty_is_no_change():
    rec = _rec("The country went from zero to 60 in about eight months, an expert said.", "2013-03-15")
    assert not rec.changes and not rec.amounts


# -- (d) dates: "too soon to know", a discourse "Now,", a count of units before a named event ------------------
@pytest.mark.parametrize("text, surface, value", [
    ("It is too soon to know whether the program worked, the senator said.", "soon", None),
    ("The vote will come soon, the senator said.", "soon", "FUTURE_REF"),
    ('"Now, if they break the deal again, we will act," the minister said.', "Now", None),
    ('"Now we are ready," the minister said.', "Now", "PRESENT_REF"),
    ("Voters are angry now, the poll found.", "now", "PRESENT_REF"),
    # round 16: "two hours before the president's speech" is a date counted from that event, here undated: the row
    # moved to tests/test_time_event_offsets.py, which asserts its type as well (a None value alone cannot fail)
    ("The ministry had issued its statement two days before.", "two days before", "2018-03-28"),
])
def test_non_dates_and_event_anchored_offsets(text, surface, value):
    rec = _rec(text, "2018-03-30")
    got = {t.text: t.value for t in rec.times}
    assert got.get(surface) == value


@pytest.mark.parametrize("text, surface, value", [
    ("The guards work eight hours a day in the camp.", "a day", None),          # a rate's base
    ("In a year without a strong candidate on the ticket, turnout may fall.", "a year", None),
    ("The talks lasted a day, officials said.", "a day", "P1D"),                  # a length stays
    ("The company paid $5 a day to each worker.", "a day", None),
])
def test_rates_and_kinds_of_year_are_no_durations(text, surface, value):
    rec = _rec(text, "2012-11-30")
    assert {t.text: t.value for t in rec.times}.get(surface) == value


@pytest.mark.parametrize("text, expected", [
    ("President Maria Lopez met the North Korean leader on Sunday.", "Maria Lopez"),  # a lede, not a headline
    ("NORTH KOREAN LEADER MEETS LOPEZ\nThe North Korean leader met Maria Lopez on Sunday.", "North Korean"),
])
def test_a_lede_of_names_is_prose_and_capitals_are_no_spelling(text, expected):
    assert expected in _names(_rec(text, "2019-06-30"))


def test_a_title_case_headline_still_defers_its_names():
    from newsgraph.extract.entity_cuts import prose_sentence
    assert not prose_sentence("Troops Withdraw From Iraq After Talks")
    assert prose_sentence("President Maria Lopez met the North Korean leader on Sunday.")


@pytest.mark.parametrize("text, who, roles", [
    ("Guests included British Prime Minister Maria Lopez, the Prince of Monaco, French President Paul Martin and the "
     "Pope.", "Maria Lopez", ["Prime Minister"]),          # a list of guests: the next item is no role
    ("Maria Lopez, the mayor of the city, told reporters on Monday that the road would open.", "Maria Lopez",
     ["mayor of the city"]),
    ("Maria Lopez, the mayor, and Paul Martin, the governor, met on Monday.", "Maria Lopez", ["mayor"]),
])
def test_an_item_of_a_list_of_people_is_no_role(text, who, roles):
    rec = _rec(text, "2013-12-10")
    assert next(e.roles for e in rec.entities if e.name == who) == roles

"""Amounts and changes: the number grammar (pure, no spaCy), the scanner's skip rules, the Doc layer's objects,
owners, locations and changes, property tests, and a quality floor on the hand-annotated news gold."""

from __future__ import annotations

import sys
from typing import Any

import pytest
import spacy
from conftest import ROOT, need_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.amounts import extract_amounts, format_indian, parse_number, scan, spell_out
from newsgraph.extract.amounts.grammar import parse_spelled
from newsgraph.extract.amounts.scan import amounts_in


# ---------------------------------------------------------------------------------------------------
# one written number
# ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("150,000", 150000), ("1,50,000", 150000), ("12,34,56,789", 123456789), ("1,234,567", 1234567),
        ("4.1", 4.1), (".5", 0.5), ("5200", 5200), ("4.1 million", 4100000), ("3bn", 3000000000),
        ("200m", 200000000), ("75k", 75000), ("2 lakh", 200000), ("5 crore", 50000000), ("1.5 trillion", 1.5e12),
        ("three thousand", 3000), ("a dozen", 12), ("two dozen", 24), ("half a million", 500000), ("two", 2),
        ("fifty-two", 52), ("one hundred and twenty", 120), ("a hundred", 100),
        ("two million three thousand four hundred five", 2003405), ("zero", 0),
        # not one number
        ("two three", None), ("1,23,4", None), ("12,34", None), ("", None), ("dozens", None), ("4.1 zillion", None),
        ("thousand thousand", None), ("twenty twenty", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    got = parse_number(text)
    assert got == value
    if value is not None:
        assert isinstance(got, int) == float(value).is_integer()  # JSON ints stay ints: 5200, never 5200.0


# ---------------------------------------------------------------------------------------------------
# amounts in plain text
# ---------------------------------------------------------------------------------------------------
def _amounts(text: str) -> list[tuple[Any, ...]]:
    return [(q.text, q.value, q.kind, q.unit or q.currency, q.approx, q.low, q.high) for q in amounts_in(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("reduce troops from 5,200 to 3,000.", [("5,200", 5200, "count", None, None, None, None),
                                               ("3,000", 3000, "count", None, None, None, None)]),
        ("nearly 1,50,000 service members", [("1,50,000", 150000, "count", None, "nearly", None, 150000)]),
        ("The two leaders met.", [("two", 2, "count", None, None, None, None)]),
        ("It cost $3.5 billion.", [("$3.5 billion", 3500000000, "money", "USD", None, None, None)]),
        ("a US$ 200 fee", [("US$ 200", 200, "money", "USD", None, None, None)]),
        ("€5m and £200m", [("€5m", 5000000, "money", "EUR", None, None, None),
                           ("£200m", 200000000, "money", "GBP", None, None, None)]),
        ("₹1.2 lakh", [("₹1.2 lakh", 120000, "money", "INR", None, None, None)]),
        ("Rs 500 or Rs. 5 crore", [("Rs 500", 500, "money", "INR", None, None, None),
                                   ("Rs. 5 crore", 50000000, "money", "INR", None, None, None)]),
        ("500 rupees and 3 million dollars", [("500 rupees", 500, "money", "INR", None, None, None),
                                              ("3 million dollars", 3000000, "money", "USD", None, None, None)]),
        ("5 million pounds", [("5 million pounds", 5000000, "money", "GBP", None, None, None)]),
        ("rose 12% to 4.1 million", [("12%", 12, "percent", None, None, None, None),
                                     ("4.1 million", 4100000, "count", None, None, None, None)]),
        ("10 percent, 3.5 per cent", [("10 percent", 10, "percent", None, None, None, None),
                                      ("3.5 per cent", 3.5, "percent", None, None, None, None)]),
        ("a range of 500-5,500km", [("500-5,500km", 500, "measure", "kilometre", None, 500, 5500)]),
        ("between 10 and 20 people", [("10 and 20", 10, "count", None, None, 10, 20)]),
        ("$3-5 billion", [("$3-5 billion", 3000000000, "money", "USD", None, 3000000000, 5000000000)]),
        ("up to 1,000km", [("1,000km", 1000, "measure", "kilometre", "up to", None, 1000)]),
        ("140,000-some troops", [("140,000-some", 140000, "count", None, "some", None, None)]),
        ("well over 30 nations", [("30", 30, "count", None, "over", 30, None)]),
        ("at least 24 others", [("24", 24, "count", None, "at least", 24, None)]),
        ("more than 100 gunmen", [("100", 100, "count", None, "more than", 100, None)]),
        ("less than 60 authorizations", [("60", 60, "count", None, "less than", None, 60)]),
        ("roughly $3 billion", [("$3 billion", 3000000000, "money", "USD", "roughly", None, None)]),
        ("about 75 miles", [("75 miles", 75, "measure", "mile", "about", None, None)]),
        ("1.8 million barrels a day", [("1.8 million barrels a day", 1800000, "measure", "barrel per day", None,
                                        None, None)]),
        ("reads .00004%", [(".00004%", 0.00004, "percent", None, None, None, None)]),
        ("a dozen eggs, half a million people", [("a dozen", 12, "count", None, None, None, None),
                                                 ("half a million", 500000, "count", None, None, None, None)]),
        ("€10M then €10B and $2.174T", [("€10M", 10000000, "money", "EUR", None, None, None),
                                         ("€10B", 10000000000, "money", "EUR", None, None, None),
                                         ("$2.174T", 2174000000000, "money", "USD", None, None, None)]),
    ],
)
def test_amounts_in_text(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    "text, surface, reason",
    [
        ("COVID-19 concerns", "19", "code"), ("F-16 jets", "16", "code"), ("the G-7 summit", "7", "code"),
        ("after 9/11", "9", "date"), ("after 9/11", "11", "date"), ("open 24/7", "24", "date"),
        ("a Boeing 737 jet", "737", "code"), ("Section 702 of the act", "702", "code"),
        ("on page six", "six", "code"), ("the 25th Infantry Division", "25", "ordinal"),
        ("Call 555-123-4567 now", "555", "phone"), ("called 9-1-1", "9", "phone"),
        ("at 10:30 a.m.", "10", "time"), ("at 10 a.m.", "10", "time"), ("on August 9, 2013", "9", "date"),
        ("on August 9, 2013", "2013", "year"), ("in the 1990s", "1990", "year"), ("in fiscal 2018", "2018", "year"),
        ("1. First item", "1", "list"), ("a three-year civil war", "three", "duration"),
        ("for 15 years", "15", "duration"), ("the 31-year-old", "31", "duration"), ("he is 27 years old", "27", "duration"),
        ("30 times the size", "30", "multiplier"), ("a two-state solution", "two", "modifier"),
        ("the new 5G network", "5", "code"), ("stand united as one", "one", "pronoun"),
        ("the Gang of Seven summit", "Seven", "name"), ("one part in a million", "a million", "ratio"),
        ("Watch the clip 03:41", "41", "time"), ("Gallery (12 Images)", "12", "caption"),
        ("the 1960-64 talks", "64", "year"), ("the blog 38 North said", "38", "name"),
        ("in a week or two", "two", "duration"), ("the Group of 20 nations", "20", "name"),
        # a tally or score, higher first: no count of the noun after it, and no range
        ("passed in a 226-183 vote", "226", "tally"), ("passed in a 226-183 vote", "183", "tally"),
        ("the court ruled 5-4 on Monday", "5", "tally"), ("the bill passed, 52–48.", "48", "tally"),
    ],
)
def test_not_amounts(text: str, surface: str, reason: str) -> None:
    hits = [q for q in scan(text) if text[q.num_start : q.num_end] == surface]
    assert hits, f"{surface!r} not scanned in {text!r}"
    assert hits[0].skip == reason
    assert not any(text[q.num_start : q.num_end] == surface for q in amounts_in(text))


def test_from_to_pair_is_left_for_the_doc_layer() -> None:
    qs = amounts_in("cut from about 5,200 to 3,000 troops")
    assert [(q.value, q.pair_role, q.approx) for q in qs] == [(5200, "from", "about"), (3000, "to", None)]


# ---------------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_western_and_indian_grouping_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(format_indian(n)) == n
    assert [q.value for q in amounts_in(f"there were {n:,} people")] == [n]
    assert [q.value for q in amounts_in(f"there were {format_indian(n)} people")] == [n]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_spelled_out_round_trip(n: int) -> None:
    assert parse_spelled(spell_out(n)) == n
    assert parse_number(spell_out(n)) == n


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parsers_never_raise(text: str) -> None:
    parse_number(text)
    for q in scan(text):
        assert 0 <= q.start <= q.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,. -$%€£₹kmbnlakhcrore toandbetweenfrom", max_size=80))
def test_scan_never_raises_on_number_soup(text: str) -> None:
    for q in scan(text):
        assert q.text == text[q.start : q.end]


# ---------------------------------------------------------------------------------------------------
# over a parsed Doc
# ---------------------------------------------------------------------------------------------------
def _doc_amounts(nlp: Any, text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    doc = nlp(text)
    assert not doc._.newsgraph_errors
    return doc._.newsgraph_amounts, doc._.newsgraph_changes


# Review 12: a bare figure after "and" that an outcome word follows counts that outcome, not the conjunct's noun;
# each number of a list after a designating word is a label; a proper name in the object is kept whole.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thirty-three dead bodies and more than 100 wounded were brought to the hospital.",
         [(33, "dead bodies"), (100, "wounded")]),                                   # was 'bodies wounded'
        ("Five soldiers and 20 injured were taken to hospital.", [(5, "soldiers"), (20, "injured")]),  # 'soldiers injured'
        # ...a noun after the figure keeps its own
        ("The attack killed five soldiers and 20 civilians.", [(5, "soldiers killed"), (20, "civilians killed")]),
        # labels: no count (was 1000 'cases', 4000 'Case')
        ("The charges came in investigations listed as cases 1000, 2000 and 4000.", []),
        ("Case 4000 alleges that he traded favours for coverage.", []),
        ("There were 2,000 cases and 40 deaths.", [(2000, "cases"), (40, "deaths")]),
        # a proper name's first word is kept in the object (was 'York Police Department officers')
        # (round 21, issue 17: "the deaths of" two officers counts deaths, so the outcome joins the object)
        ("He spoke of the deaths of two New York Police Department officers.",
         [(2, "New York Police Department officers killed")]),
        ("Some 300 new troops arrived.", [(300, "troops")]),
    ],
)
def test_review12_amount_classes(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    amounts, _ = _doc_amounts(nlp_amounts, text)
    assert [(a["value"], a["object"]) for a in amounts] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part named with "including", and a count coordinated after it, share the verb's outcome
        ("The shelling killed 90 villagers, including 30 children, and four soldiers.",
         [(90, "deaths"), (30, "deaths"), (4, "deaths")]),
        ("Police arrested 40 protesters, including 12 students.", [(40, "arrests"), (12, "arrests")]),
        # without a verb of outcome the part keeps its own noun
        ("About 300 people, including 40 children, attended the rally.", [(300, "people"), (40, "children")]),
        # a sum paid or billed for a thing: the thing, and the same for a conversion in apposition
        ("The hospital billed $2m (£1.5m) for the patient's treatment.",
         [(2000000, "treatment.usd"), (1500000, "treatment.gbp")]),
        ("The ministry paid $5,000 for each rifle.", [(5000, "rifle.usd")]),
        # "for" a time, or a sum with no "for", names no object: none beats a wrong one
        ("The company spent $3 billion for the year.", [(3000000000, None)]),
        ("They never paid the $2m.", [(2000000, None)]),
        # a bare number that a copula and a noun follow counts that noun (the parser had coordinated "the
        # other 40" with the noun of the clause before and named them 'children')
        ("Of the passengers, 12 were children and the other 40 were adults.", [(12, "children"), (40, "adults")]),
        ("Some 20 were soldiers, and the remaining 15 were civilians.", [(20, "troops"), (15, "civilians")]),
        ("Five were killed in the blast.", [(5, "deaths")]),
        # ...but not the object of a verb before it, nor a percent (a share of something not named there)
        ("The pair who killed 14 were supporters of the group.", [(14, "deaths")]),
        ("It says 83 percent are citizens.", [(83, None)]),
    ],
)
def test_outcome_spreads_and_sums_paid_for(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    amounts, _ = _doc_amounts(nlp_amounts, text)
    got = [(a["value"], a["measure"].split(":")[0] if a["measure"] else None) for a in amounts]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Pentagon said it will cut the number of US soldiers based in Iraq from 4,800 to 2,500.",
         [(4800, "soldiers", "USA", "IRQ", "troops:USA:IRQ"), (2500, "soldiers", "USA", "IRQ", "troops:USA:IRQ")]),
        ("The war in Iraq dragged on for years. At its height, the United States had nearly 1,50,000 service "
         "members stationed in the country.", [(150000, "service members", "USA", "IRQ", "troops:USA:IRQ")]),
        ("Police said at least 14 people were killed and 30 were wounded.",
         [(14, "people killed", None, None, "deaths:-:-"), (30, "wounded", None, None, "injured:-:-")]),
        ("Analysts estimated that 12,000 of the files dealt with naval matters.",
         [(12000, "files", None, None, "files:-:-")]),
        ("About 15,000 transgender troops are serving openly.", [(15000, "transgender troops", None, None,
                                                                  "troops:-:-")]),
        ("Russia deployed 2,000 Russian soldiers in Syria.", [(2000, "Russian soldiers", "RUS", "SYR", "troops:RUS:SYR")]),
        ("The Chinese carmaker has received some $40 billion in state loans.",
         [(40000000000, "state loans", "CHN", None, "loans.usd:CHN:-")]),
        ("Nokia will supply up to 40 percent of the region's mobile network.",
         [(40, "mobile network", None, None, "network.pct:-:-")]),
        # a hyphenated noun is one word: the counted thing is "co-workers", never "co"
        ("The gunman shot 14 of his co-workers at the plant.", [(14, "co-workers", None, None, "co-workers:-:-")]),
        ("Some 40 well-wishers waited outside.", [(40, "well-wishers", None, None, "well-wishers:-:-")]),
        # "one" restating a noun before an adjective of difference is no count
        ("The agency saw another threat, one distinct from the attack in Paris.", []),
        ("They chose a new plan, one similar to the old.", []),
        # people named by where they live: "of" names their place; citizens "of" a country are whose, not where
        ("Troops evacuated 1,200 residents of Mosul on Sunday.",
         [(1200, "residents evacuated", None, "IRQ", "displaced:-:IRQ")]),
        ("The army moved 300 citizens of Britain out of Lebanon.", [(300, "citizens", None, None, "people:-:-")]),
        # the figures of a level clause ("the age at which ...") measure its noun, not the clause's subject
        ("Parliament raised the minimum age at which girls can marry from 16 to 19.",
         [(16, "age", None, None, "age:-:-"), (19, "age", None, None, "age:-:-")]),
    ],
)
def test_objects_owners_locations(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    amounts, _ = _doc_amounts(nlp_amounts, text)
    got = [(a["value"], a["object"], a["owner"], a["location"], a["measure"]) for a in amounts]
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0]
        assert (e[1] is None and g[1] is None) or (e[1] is not None and g[1] is not None and e[1] in g[1])
        assert g[2:] == e[2:]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Pentagon will reduce the number of US troops stationed in Iraq from 5,200 to 3,000.",
         [(5200, 3000, "decrease", 2200, "reduce", "troops:USA:IRQ")]),
        ("The company said it would cut its workforce by 2,200.", [(None, None, "decrease", 2200, "cut", None)]),
        ("Exports rose 12% to 4.1 million tonnes.", [(None, 4100000, "increase", None, "rise", None)]),
        ("The number of attacks rose to 216 in 2013 from 110 in 2009.",
         [(110, 216, "increase", 106, "rise", "attacks:-:-")]),
        ("The number of refugees doubled last year.", [(None, None, "increase", None, "double", "refugees:-:-")]),
        ("The garrison was halved.", [(None, None, "decrease", None, "halve", None)]),
        ("Troop numbers went from 9,000 to 4,000 in a year.", [(9000, 4000, "decrease", 5000, "go", None)]),
        ("Casualties: from 9,000 to 4,000.", [(9000, 4000, "decrease", 5000, None, None)]),
        ("Deaths reached 5,373 - an increase of 439 in a day.", [(None, 5373, "increase", 439, "increase", None)]),
        ("The US will withdraw 2,000 troops from Syria.", [(None, None, "decrease", 2000, "withdraw", "troops:USA:SYR")]),
        ("Two B-2 bombers dropped dummy munitions.", []),
        ("On a tally of 58 to 42, the vote failed.", []),
        # a measure moved "from A to B" that the parse hangs on the noun's level clause
        ("Parliament raised the minimum age at which girls can marry from 16 to 19.",
         [(16, 19, "increase", 3, "raise", "age:-:-")]),
        ("The council lowered the age at which people may vote from 18 to 16.",
         [(18, 16, "decrease", 2, "lower", "age:-:-")]),
        ("The bank raised the rate at which it lends from 2% to 3%.", [(2, 3, "increase", 1, "raise", None)]),
    ],
)
def test_changes(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    amounts, changes = _doc_amounts(nlp_amounts, text)
    got = [(c["from_value"], c["to_value"], c["direction"], c["delta"], c["verb"], c["measure"]) for c in changes]
    assert len(got) == len(expected), changes
    for g, e in zip(got, expected, strict=True):
        assert g[:5] == e[:5]
        if e[5] is not None:
            assert g[5] == e[5]
    ids = {c["id"] for c in changes}
    assert {a["change"] for a in amounts if a["change"]} <= ids


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive's subject is what moved
        ("Officials said three companies were also added to the sanctions list.",
         [(None, None, "increase", 3, None)]),
        # "compared to Y <earlier time>" reaches over a title's full stop
        ("Forty-two percent said Mr. Smith should stay, compared to just 30% who said so last year.",
         [(30, 42, "increase", 12, 40)]),
        # the parse makes the movement noun the object of "saw"
        ("The firm saw its shares surge as much as 4% on Monday.", [(None, None, "increase", None, 4)]),
        # a second level coordinated with the first is a change of its own
        ("Spending dipped to $1.5 billion the next year and roughly $1.2 billion in 2012.",
         [(None, 1500000000, "decrease", None, None), (None, 1200000000, "decrease", None, None)]),
        ("Sales showed a drop of 16% in Japan and 18% in Korea.",
         [(None, None, "decrease", None, 16), (None, None, "decrease", None, 18)]),
        # a multiplier verb with a target
        ("The paper will double its print run to 200,000 copies.", [(None, 200000, "increase", None, 100)]),
        # the figure of "a rate of", "its population of" takes the noun's role
        ("Growth fell from an annual rate of 7.2 percent in 2018 to 4.1 percent in 2019.",
         [(7.2, 4.1, "decrease", 3.1, 43.06)]),
        ("Refugees have doubled the town's population of 30,000.", [(30000, None, "increase", None, 100)]),
        # the subject's apposition is where a rate moved from
        ("Its stockpile - 8,000 kilograms - will be cut 90 percent.", [(8000, None, "decrease", None, 90)]),
        # a difference of two percents
        ("Approval dropped by 12 percentage points.", [(None, None, "decrease", 12, None)]),
        # seats won rise the count; the total it took them to is where they went
        ("The party gained 25 seats to take its total to 240 seats.", [(None, 240, "increase", 25, None)]),
        # a stock index's number is its name, not where it moved from
        ("The S&P 500 dropped 26.13 points, or 1.3%, to 1,946.16.", [(None, 1946.16, "decrease", 26.13, 1.3)]),
        # round 4: more of the same sent or given is a rise of that size
        ("The ministry said it was sending 2,500 additional soldiers to the north.", [(None, None, "increase", 2500, None)]),
        ("About 400 more police officers will be deployed to the city.", [(None, None, "increase", 400, None)]),
        ("The bank has provided the city more than $3 billion since 2010.", []),
        # a movement noun apposed or attributed to a figure: that figure is the level reached
        ("There were 4,120 complaints filed this year, a 30 percent increase over last year.",
         [(None, 4120, "increase", None, 30)]),
        ("The $600 billion in the plan represents a $12 billion reduction from the request.",
         [(None, 600000000000, "decrease", 12000000000, None)]),
        ("The increase for next year, approved in May, will be 3.1%.", [(None, None, "increase", None, 3.1)]),
        # a participle of movement moves the object of its clause
        ("Supplies covered no more than 80% of the need — dropping to 40% after the storm.", [(80, 40, "decrease", 40, 50)]),
        # a bare figure on a rising verb that also names its level is the size; cents are hundredths
        ("Brent crude spiked $4, to $70 a barrel.", [(None, 70, "increase", 4, None)]),
        ("The shares fell 35 cents to $12.40.", [(None, 12.4, "decrease", 0.35, None)]),
        ("The toll climbed past 900 on Friday.", [(None, 900, "increase", None, None)]),
        ("Arrests rose 20-fold in a decade.", [(None, None, "increase", None, 1900)]),
        ("The report shows a three-fold increase in attacks.", [(None, None, "increase", None, 200)]),
        # not moves: a guess, a kind named by a hyphened figure, a law's section
        ("Analysts said the group will probably expand its territory by 5 percent.", []),
        ("The country added a 5-megawatt reactor to the site.", []),
        ("Expanding the 287(g) program was approved.", []),
        # hypotheses and schedules are not moves
        ("Support dropped to 41 percent if the war were to last two years.", []),
        ("The army is slated to shrink to about 440,000.", []),
        ("Output is moving from 9 million barrels a day to a target of 10 million barrels a day.", []),
    ],
)
def test_change_patterns(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    _amounts, changes = _doc_amounts(nlp_amounts, text)
    got = [(c["from_value"], c["to_value"], c["direction"], c["delta"], c["pct"]) for c in changes]
    assert got == expected, changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # a toll is located where its event happened: the one country its sentence names
        ("The Madrid airport reopened the morning after the attack that killed 12 people and wounded nearly 90.",
         [(12, "deaths:-:ESP"), (90, "injured:-:ESP")]),
        # ... unless that place is another figure's own ("in Brussels ... killing 32")
        ("The concert hall attacks in November, which left 130 dead, were so severe that the bombings in Brussels "
         "months later, killing 32, seemed less so.", [(130, "deaths:-:-"), (32, "deaths:-:BEL")]),
        # only tolls: seats won in a place named elsewhere in the sentence are not the place's
        ("The vote in Madrid gave the party 30 seats.", [(30, "seats:-:-")]),
        # a country named as the one acting ("US airstrikes", "the U.S. military said") is no place of the toll
        ("At least 25 people were killed in US airstrikes on Sunday.", [(25, "deaths:-:-")]),
        ("The U.S. military said airstrikes overnight killed 13 fighters.", [(13, "deaths:-:-")]),
        # ... while a city's name on a noun still places it, and a country's on a noun of no actor
        ("The Madrid airport reopened after the attack that killed 12 people.", [(12, "deaths:-:ESP")]),
        ("Officials said the Spain bombing that killed 70 people was planned abroad.", [(70, "deaths:-:ESP")]),
    ],
)
def test_outcome_places(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    amounts, _ = _doc_amounts(nlp_amounts, text)
    assert [(a["value"], a["measure"]) for a in amounts] == expected


def test_rose_pct_and_ids(nlp_amounts: Any) -> None:
    amounts, changes = _doc_amounts(nlp_amounts, "Exports rose 12% to 4.1 million tonnes. Imports fell 3%.")
    assert [(c["id"], c["pct"], c["direction"]) for c in changes] == [("C1", 12, "increase"), ("C2", 3, "decrease")]
    assert [a["change"] for a in amounts] == ["C1", "C1", "C2"]


def test_blank_pipeline_without_parser() -> None:
    """Without a parser the object is the word after the number; nothing raises."""
    import newsgraph.extract.entities
    import newsgraph.extract.places
    import newsgraph.extract.times  # noqa: F401  (these imports register the factories)
    from newsgraph.extract.amounts import make_amounts  # noqa: F401

    nlp = spacy.blank("en")
    for upstream in ("newsgraph_entities", "newsgraph_times", "newsgraph_places"):  # what amounts reads
        nlp.add_pipe(upstream)
    nlp.add_pipe("newsgraph_amounts")
    doc = nlp("The two leaders met. COVID-19 cut 5,200 jobs in 2020.")
    got = [(a["value"], a["object"]) for a in doc._.newsgraph_amounts]
    assert got == [(2, "leaders"), (5200, "jobs")]
    assert doc._.newsgraph_changes == []


def test_component_records_failures_instead_of_raising(nlp_amounts: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    mod = sys.modules["newsgraph.extract.amounts"]

    def boom(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(mod, "extract_amounts", boom)
    doc = nlp_amounts("There were 5 people.")
    assert doc._.newsgraph_amounts == [] and doc._.newsgraph_errors == [{"family": "amounts", "message": "RuntimeError: boom"}]


def test_extract_amounts_matches_record_schema(nlp_amounts: Any) -> None:
    from newsgraph.record import Amount, Change

    doc = nlp_amounts("The Pentagon cut US troops in Iraq from 5,200 to 3,000 and spent $3 billion.")
    amounts, changes = extract_amounts(doc)  # the contract: record models
    assert all(isinstance(a, Amount) for a in amounts) and all(isinstance(c, Change) for c in changes)
    assert any(a.currency == "USD" and a.kind == "money" and a.dimension == "money" for a in amounts)
    assert [c.measure for c in changes] == ["troops:USA:IRQ"]


# ---------------------------------------------------------------------------------------------------
# quality floor on the hand-annotated news gold (test split: the articles not used for tuning)
# ---------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_news_gold_quality_floor() -> None:
    need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_amounts

    res = eval_amounts.evaluate(ROOT / "benchmarks" / "gold" / "amounts_news.jsonl", "test", peer=False)
    m = res["metrics"]
    # a little under what the check split reaches (value F1 0.99, canonical object 0.95, dimension 1.0,
    # change F1 0.70 over 43 changes); the canonical object is what keys a series (issue 17)
    assert m["value_f1"] >= 0.95
    assert m["canonical_object_acc"] >= 0.9
    assert m["dimension_acc"] >= 0.95
    assert m["change_f1"] >= 0.65



def test_first_kind_of_a_member_that_is_no_kept_figure() -> None:
    """A coordinated second level reads the first member's kind; a position no kept figure holds gives the
    default instead of raising StopIteration (which dropped every amount of the article)."""
    from types import SimpleNamespace

    from newsgraph.extract.amounts.drafts import _kind_at

    qs = [SimpleNamespace(kind="money"), SimpleNamespace(kind="count")]
    pos_of = {0: 0, 1: 1}
    assert _kind_at(qs, pos_of, 1, "percent") == "count"  # type: ignore[arg-type]
    assert _kind_at(qs, pos_of, 7, "percent") == "percent"  # type: ignore[arg-type]

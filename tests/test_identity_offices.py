"""Identity across reports (issue 16), round 7: offices as evidence. Rule 2: a bare surname under an office
that the report's one full-named person of that surname does not hold is not that person ("the former vice
president, Biden," beside Hunter Biden is Joe Biden); one she does hold stays hers. Rule 3: a person's
country comes from a national title, an office of a named country or a nationality, never from a country
named as the topic of a noun ("Vietnam veteran", "the Russia investigation"). Hand-written texts only."""

from __future__ import annotations

import pytest
from kb_records import record

from newsgraph.lexicon import load_lexicon
from newsgraph.person_country import person_country
from newsgraph.person_namesakes import title_at
from newsgraph.persons import repair_record
from newsgraph.record import Mention


def _persons(text: str, date: str, names: list[str]) -> list[tuple[str, list[str]]]:
    ents, taken = [], []
    for i, n in enumerate(names):
        spans, at = [], text.find(n)
        while at >= 0:
            if not any(a <= at < b for a, b in taken):
                spans.append({"start": at, "end": at + len(n), "text": n})
                taken.append((at, at + len(n)))
            at = text.find(n, at + len(n))
        ents.append({"id": f"E{i + 1}", "name": n, "type": "PERSON", "mentions": spans})
    out = repair_record(record(text, date, entities=ents))
    return [(e.name, [m.text for m in e.mentions]) for e in out.entities if e.type == "PERSON"]


@pytest.mark.parametrize("before, expected", [
    ("Vice President ", "vice president"),
    ("said former vice president ", "vice president"),
    ("the former vice president, ", "vice president"),   # an apposition before the name
    ("then-Vice President ", "vice president"),
    ("said Mr. ", None),                                   # an honorific is no office
    ("his son, ", None),
])
def test_title_at_reads_the_office_however_written(before, expected):
    text = before + "Biden said so."
    m = Mention(start=len(before), end=len(before) + 5, text="Biden")
    assert title_at(text, m, load_lexicon()) == expected


@pytest.mark.parametrize("text, expected", [
    # the office is not Hunter's: the holder of that office (reference actors, on the report's date)
    ("Hunter Biden joined the board of Burisma. The former vice president, Biden, said he never discussed it.",
     [("Hunter Biden", ["Hunter Biden"]), ("Joe Biden", ["Biden"])]),
    ("Hunter Biden joined the board. Vice President Biden was leading Ukraine policy then.",
     [("Hunter Biden", ["Hunter Biden"]), ("Joe Biden", ["Biden"])]),
    # no office on the bare surname: the report's one Biden
    ("Hunter Biden joined the board. Biden, 49, said he was paid well.",
     [("Hunter Biden", ["Hunter Biden", "Biden"])]),
])
def test_an_office_the_full_named_relative_does_not_hold(text, expected):
    assert _persons(text, "2019-09-30", ["Hunter Biden", "Biden"]) == expected


def test_an_office_the_full_named_person_holds_stays_hers():
    text = ("Leung appeared with Chief Secretary Carrie Lam on Monday. Leung said his chief secretary, Lam, had "
            "received the letter and he appointed Lam to meet the students.")
    got = _persons(text, "2014-10-02", ["Carrie Lam", "Lam"])
    assert got == [("Carrie Lam", ["Carrie Lam", "Lam", "Lam"])]


@pytest.mark.parametrize("role, expected", [
    ("Arizona Republican and Vietnam veteran", None),       # a war, not a nationality (McCain was VNM)
    ("special counsel overseeing the Russia investigation", None),
    ("special counsel investigating Russian interference in the 2016 election", None),
    ("Brennan sputters about Trump as a “Russian asset", None),
    ("North Korea analyst", None),
    ("Syria debate may last weeks", None),
    ("outspoken critic of Russian President Vladimir Putin", None),
    ("his Mexican counterpart Enrique Pena Nieto and Canadian Prime Minister Justin Trudeau", None),
    ("former governor of New Jersey", None),                 # not Jersey
    ("Iraqi Prime Minister", "IRQ"),
    ("Iraq's prime minister", "IRQ"),
    ("President of Iraq", "IRQ"),
    ("German defence minister", "DEU"),
    ("Iran’s top diplomat", "IRN"),
    ("a Russian billionaire", "RUS"),
    ("29-year-old American and NSA contract worker", "USA"),
    ("U.S. deputy national security adviser", "USA"),
    ("head of Russia’s internal security service", "RUS"),
])
def test_a_role_gives_a_country_only_as_a_nationality_or_an_office(role, expected):
    text = "He spoke."
    assert person_country(record(text, "2017-01-01"), [], [role], load_lexicon()) == expected

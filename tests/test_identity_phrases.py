"""Identity across reports (issue 16), round 7: rule 5 on phrases NER types PERSON that no person's name is
shaped like (newsgraph.person_phrases): ticker text in capitals, a work's or an organization's title, a
product's shape, an ordinal or a place's head first, a title or a place after a common word, a relative's
nickname, a nickname before a surname, a letter name, words of a sentence, a group in plural, a people's
adjective, and a place's short name. Each class has cases that must be dropped or cut and real names of the
same shape that must stay. Hand-written texts only."""

from __future__ import annotations

import pytest
from kb_records import record

from newsgraph.persons import repair_record


def _ents(text: str, ents: list[tuple[str, str]]) -> list[dict]:
    """One entity per (name, type), with a mention at each occurrence of the name in the text."""
    out = []
    for i, (n, t) in enumerate(ents):
        spans, at = [], text.find(n)
        while at >= 0:
            if not any(a <= at < b for e in out for a, b in ((m["start"], m["end"]) for m in e["mentions"])):
                spans.append({"start": at, "end": at + len(n), "text": n})
            at = text.find(n, at + len(n))
        out.append({"id": f"E{i + 1}", "name": n, "type": t, "mentions": spans})
    return out


def _persons(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    out = repair_record(record(text, "2020-01-01", entities=_ents(text, ents)))
    for e in out.entities:
        assert all(out.text[m.start:m.end] == m.text for m in e.mentions)
    return [(e.name, [m.text for m in e.mentions]) for e in out.entities if e.type == "PERSON"]


@pytest.mark.parametrize("text, ents, expected", [
    # ticker text: words in capitals that no person of the report carries in ordinary case
    ("On his own station, he taps: LEE HELM. Then ACCEPT.", [("LEE HELM", "PERSON")], []),
    ("He clicked STORY to read on.", [("STORY", "PERSON")], []),
    ("DONALD TRUMP WINS. Donald Trump won the vote.", [("DONALD TRUMP", "PERSON"), ("Donald Trump", "PERSON")],
     [("DONALD TRUMP", ["DONALD TRUMP"]), ("Donald Trump", ["Donald Trump"])]),
    ("Like JFK and FDR before him, he spoke.", [("JFK", "PERSON")], [("JFK", ["JFK"])]),  # three initials
    # a work's or an organization's title
    ("Whoever hosts “The Late Show With Stephen Colbert” will not be him.",
     [("Show With Stephen Colbert", "PERSON")], []),
    ("Different weapons. Different TO&E and, in the end, defeat.", [("Different TO&E", "PERSON")], []),
    # a product's shape
    ("Facebook messages, Apple iMessages and every service.", [("Apple iMessages", "PERSON")], []),
    ("According to MyFox Los Angeles, advocates met.", [("MyFox Los Angeles", "PERSON")], []),
    ("Joseph diGenova said so.", [("Joseph diGenova", "PERSON")], [("Joseph diGenova", ["Joseph diGenova"])]),
    # an ordinal first
    ("incorporation into Hitler's ascendant Third Reich.", [("Third Reich", "PERSON")], []),
    ("The First Lady Melania Trump spoke.", [("First Lady Melania Trump", "PERSON")],
     [("Melania Trump", ["First Lady Melania Trump"])]),
    # a place's head first
    ("Hook may have climbed to the top of Mount Trump, but lost.", [("Mount Trump", "PERSON")], []),
    ("Adam Mount, a fellow, spoke.", [("Adam Mount", "PERSON")], [("Adam Mount", ["Adam Mount"])]),
    # a title after a common word; a surname that is a title stays
    ("The self-titled America's Toughest Sheriff spoke.", [("Toughest Sheriff", "PERSON")], []),
    ("Sen. Angus King spoke.", [("Angus King", "PERSON")], [("Angus King", ["Angus King"])]),
    ("Sharjeel Imam was held.", [("Sharjeel Imam", "PERSON")], [("Sharjeel Imam", ["Sharjeel Imam"])]),
    # a place after a common word
    ("He wrote for Jack Kemp's Empower America, a group.", [("Empower America", "PERSON")], []),
    ("Land of Lincoln in Illinois and Healthy CT in Connecticut closed.", [("Healthy CT", "PERSON")], []),
])
def test_phrase_shapes(text, ents, expected):
    assert _persons(text, ents) == expected


@pytest.mark.parametrize("text, ents, expected", [
    # a relative's nickname: the report's person of that given name, else nobody
    ("Joe Biden spoke. \"It's the man with the brain vs. Crazy Uncle Joe,\" a pollster said.",
     [("Joe Biden", "PERSON"), ("Uncle Joe", "PERSON")], [("Joe Biden", ["Joe Biden", "Joe"])]),
    ("Uncle Sam pays the bill.", [("Uncle Sam", "PERSON")], []),
    # a title alone is nobody, unless a person of the report has it as a surname
    ("Arizona Sheriff Joe Arpaio spoke. The Sheriff left.", [("Joe Arpaio", "PERSON"), ("Sheriff", "PERSON")],
     [("Joe Arpaio", ["Joe Arpaio"])]),
    # a nickname before a surname the report gives a person
    ("Trump spoke. Prompter Trump will be as dishonest as Twitter Trump, he said.",
     [("Prompter Trump", "PERSON"), ("Twitter Trump", "PERSON"), ("Trump", "PERSON")],
     [("Trump", ["Trump", "Trump", "Trump"])]),
    # a letter name closes its sentence
    ("Rob Harrelson came. He is from Generation X. Harrelson, 21, thinks so.",
     [("Rob Harrelson", "PERSON"), ("Generation X. Harrelson", "PERSON")],
     [("Rob Harrelson", ["Rob Harrelson", "Harrelson"])]),
])
def test_nicknames_titles_and_letters(text, ents, expected):
    assert _persons(text, ents) == expected


@pytest.mark.parametrize("text, ents, expected", [
    # an epithet before words that name nobody
    ("It was brought to you by Dirty Cops and the DNC.", [("Dirty Cops", "PERSON")], []),
    # a word of the language before words the report writes in lower case
    ("This should NOT be allowed. Rigged Witch Hunt! The witch hunt goes on.", [("Rigged Witch Hunt", "PERSON")], []),
    # a common word inside a longer title-case phrase, and the group's name in plural
    ("groups such as the Old Order Amish or Old Order Mennonites, and 50,000 Mennonites in the U.S.",
     [("Order Mennonites", "PERSON"), ("Mennonites", "PERSON")], []),
    # a common word before a word coined from a surname
    ("Build a wall, like the GOP promised.\n\nKill Obamacare, like the GOP promised.", [("Kill Obamacare", "PERSON")],
     []),
    # a people's adjective
    ("The Britons voted.", [("Britons", "PERSON")], []),
    # real names of these shapes stay
    ("Liu He met the team and he left.", [("Liu He", "PERSON")], [("Liu He", ["Liu He"])]),
    ("Sister Souljah spoke.", [("Sister Souljah", "PERSON")], [("Sister Souljah", ["Sister Souljah"])]),
    ("Crooked Hillary, said Hillary Clinton's rival.", [("Crooked Hillary", "PERSON"), ("Hillary Clinton", "PERSON")],
     [("Hillary Clinton", ["Crooked Hillary", "Hillary Clinton"])]),
])
def test_words_of_a_sentence(text, ents, expected):
    assert _persons(text, ents) == expected


def test_a_places_short_name_is_no_person():
    text = ("Checks would not have prevented the Sandy Hook tragedy. \"The further away you get from [Sandy Hook],\" "
            "he said. The shooting at Sandy Hook Elementary School shocked the nation.")
    ents = [("Sandy Hook Elementary School", "ORG"), ("Sandy Hook", "PERSON")]
    assert _persons(text, ents) == []
    # a person after whom an institution is named keeps his mentions
    text = "President John F. Kennedy spoke. The John F. Kennedy School of Government is at Harvard."
    ents = [("John F. Kennedy School of Government", "ORG"), ("John F. Kennedy", "PERSON")]
    assert _persons(text, ents) == [("John F. Kennedy", ["John F. Kennedy"])]

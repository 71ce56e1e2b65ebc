"""Hover cards inside a sentence (newsgraph.inline_cards): the name shown stays, the card is blanked in the Doc.

The sentences are written here in the shape of The Hill's scraped cards (full name glued to other stories'
headlines, closed by "MORE"); names and headlines are invented or generic.
"""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.inline_cards import card_spans, mask_cards

CARD = ("Senator Dana Whitlock Dana Marie WhitlockWhitlock unveils farm bill | Storm delays votes in Senate "
        "Five takeaways from the 2019 budget fight MORE (D-Ore.) said on Tuesday that the deal was dead.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # glued full name: the card starts right after the name shown
        (CARD, "Senator Dana Whitlock (D-Ore.) said on Tuesday that the deal was dead."),
        # a nickname in brackets and a possessive after MORE
        ("Leader Bob Kessler Robert (Bob) Allan KesslerGOP senators plan recess votes MORE's team objected.",
         "Leader Bob Kessler's team objected."),
        # the full name before the first headline with a space (no glue)
        ("Speaker Paul Brandt Paul Davis Brandt Retirees should say no to the plan MORE (R-Wis.) agreed.",
         "Speaker Paul Brandt (R-Wis.) agreed."),
        # the shown name glued to the card's first name
        ("a plea from George OrlovGeorge Demetrios OrlovThe Morning Report: votes ahead MORE, an aide.",
         "a plea from George Orlov, an aide."),
        # "Jr." stays with the name shown
        ("It included Donald Fenwick Jr. Donald (Don) John FenwickFenwick's book debuts at No. 1 MORE and others.",
         "It included Donald Fenwick Jr. and others."),
        # the glued reading wins over "Rex Tall Rex": the surname shown is kept
        ("Secretary Rex Tallon Rex Wayne TallonTallon speaks on trade MORE delivered a speech.",
         "Secretary Rex Tallon delivered a speech."),
    ],
)
def test_card_is_blanked_and_the_sentence_kept(text: str, kept: str) -> None:
    masked = mask_cards(text)
    assert len(masked) == len(text)  # every offset holds
    assert " ".join(masked.split()).replace(" 's", "'s").replace(" ,", ",") == kept


@pytest.mark.parametrize(
    "text",
    [
        "READ MORE: The fall of the city, explained.",
        "If you enjoyed this article, join us. LEARN MORE",
        "HOUSE DEMS PLANNING MORE PROBES, EVEN AS THE TALKS GO ON",
        "NATO countries must pay MORE, the president wrote.",
        # a repeated surname with name words between but no MORE closer on the line
        "Paul Brandt met Paul Davis Brandt's lawyers.\nMORE to come.",
        "The senator, Ryan, thanked Paul Ryan Thompson and others for MORE money.",
    ],
)
def test_not_a_card(text: str) -> None:
    assert card_spans(text) == []
    assert mask_cards(text) == text


def test_facts_of_the_card_are_gone_and_the_record_keeps_its_text() -> None:
    text = ("Washington\n\n" + CARD + "\n\nThe committee will meet again in March, Whitlock said.")
    rec = newsgraph.extract(text, published="2019-11-12")
    assert rec.text == text  # the record's text keeps the card
    start, end = card_spans(text)[0]
    for fact in [*rec.times, *rec.quotes, *rec.amounts, *rec.events]:
        assert fact.end <= start or fact.start >= end, fact  # nothing read from the card
    assert not [t for t in rec.times if t.text == "2019"]  # the headline's year is no date of the report
    said = [q for q in rec.quotes if q.cue == "said" and "deal was dead" in q.text]
    assert said and said[0].speaker_name and "Whitlock" in said[0].speaker_name

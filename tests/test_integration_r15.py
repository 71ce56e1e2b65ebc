"""Mends from the round-15 integration read (100 unseen allsides reports, every changed fact judged): one table per
class, sentences written here."""

from __future__ import annotations

import pytest

from newsgraph.extract.entity_cuts import prose_sentence


@pytest.mark.parametrize("par, prose", [
    # a lede or a caption full of names is prose (review 15)
    ("President Maria Lopez met the North Korean leader on Sunday.", True),
    ("Governor Ana Silva and her husband, Judge Paul Silva, wave to the crowd at the State Ball in Lisbon on Friday.",
     True),
    # a sign-up box's list of countries ends with a period too, but is a list of names
    ("Sign up for the newsletter you need right now. Choose your country Albania Algeria Andorra Angola Argentina "
     "Armenia Australia Austria Bahamas Bahrain Belgium Belize Benin Bhutan Bolivia Brazil Bulgaria Burundi "
     "Cambodia Canada Chile China Colombia Croatia Cuba Cyprus Denmark Ecuador Egypt Estonia Please.", False),
    # a title-case headline is no sentence
    ("Troops Withdraw From Iraq After Talks", False),
])
def test_a_list_of_names_is_no_prose(par: str, prose: bool) -> None:
    assert prose_sentence(par) is prose


@pytest.mark.parametrize("text, expected", [
    # sterling in the singular is what moved; a weight in the plural is no object (review 15)
    ("The pound fell as much as 1.5% against the dollar on Monday.", [("1.5%", "pound")]),
    ("He lost 15 pounds while he was held.", [("15", None)]),
])
def test_the_pound_is_sterling_and_pounds_a_weight(text: str, expected: list[tuple[str, str | None]]) -> None:
    import newsgraph

    rec = newsgraph.extract(text, published="2019-03-01")
    assert [(a.text, a.object) for a in rec.amounts] == expected


@pytest.mark.parametrize("text, expected", [
    # a count or a share takes no position; a named person does
    ("The public split down the middle, with 43% supporting involvement and 40% opposing it.", []),
    ("Senator Ana Ruiz backed the strikes on Tuesday.", [("stance", "Ana Ruiz")]),
])
def test_no_stance_of_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    import newsgraph

    rec = newsgraph.extract(text, published="2019-03-01")
    assert [(q.kind, q.speaker_name) for q in rec.quotes] == expected


@pytest.mark.parametrize("text, speaker", [
    # a common noun between the name and the text: the text is that body's, not the named person's or place's
    ("Barack Obama spoke on Monday. An Obama administration report found that the program cost more than planned.",
     None),
    ("Some US media reports suggest the talks have stalled.", None),
    # the pollster named right before its poll is its author (review 15)
    ("A new Gallup poll found that most voters back the plan.", "Gallup"),
])
def test_the_author_of_a_report(text: str, speaker: str | None) -> None:
    import newsgraph

    rec = newsgraph.extract(text, published="2019-03-01")
    names = [q.speaker_name if q.speaker else None for q in rec.quotes]
    assert names == [speaker]

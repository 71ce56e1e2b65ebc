"""Review 16's leftovers (round 17): cues inside conditions, clauses with an object gap, denied charges and names
inside a body's name as quotes and entities; investigators as accusers; member votes, forecasts by a year and a
Budget's bulleted measures as changes; figures told over "the past month" as times. Hand-written texts only."""

from __future__ import annotations

import pytest

import newsgraph


def _rec(text: str, published: str | None = "2005-03-15"):
    return newsgraph.extract(text, published=published, min_confidence=0.0)


def _quotes(rec) -> list[str]:
    return [rec.text[q.start:q.end] for q in rec.quotes]


# -- (1) quotes: a cue inside an "if" / "even if" / "unless" clause says nothing --------------------------------
@pytest.mark.parametrize("text, gone", [
    ("Even if the minister had meant to say that taxes would rise, nobody heard it.", "taxes would rise"),
    ("If the mayor had said that the bridge was safe, the council would have closed it anyway.",
     "the bridge was safe"),
    ("Nobody would have listened if the coach had claimed the referee was biased.", "the referee was biased"),
    ("Unless the company announces that the plant will close, the workers will stay.", "the plant will close"),
])
def test_a_cue_inside_a_condition_is_no_statement(text, gone):
    assert not any(gone in q for q in _quotes(_rec(text)))


@pytest.mark.parametrize("text, kept", [
    ("The minister said that if taxes rose, she would resign.", "she would resign"),
    ("The coach said the referee was biased, even if nobody else saw it.", "the referee was biased"),
])
def test_a_condition_inside_the_words_stays(text, kept):
    assert any(kept in q for q in _quotes(_rec(text)))


# -- (1) quotes: a clause whose object is the noun outside it -------------------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("It was the sentence that Jones says he has now corrected.", "he has now corrected"),
    ("Critics seized on the sentence, which Jones says he has now corrected.", "he has now corrected"),
    ("The paper printed the sentence Jones says he has now corrected.", "he has now corrected"),
    ("He apologized on Tuesday for the sentence Jones says he has now corrected in the report.",
     "he has now corrected"),
])
def test_a_relative_with_an_object_gap_is_no_quote(text, gone):
    assert not any(gone in q for q in _quotes(_rec(text)))


@pytest.mark.parametrize("text, kept", [
    ("It was the day that Jones says he was fired.", "he was fired"),
    ("The problem is that Jones says he has resigned.", "he has resigned"),
    ("Critics seized on the claim, which Jones says is false.", "is false"),
])
def test_a_whole_clause_in_a_relative_stays(text, kept):
    assert any(kept in q for q in _quotes(_rec(text)))


# -- (1) quotes: the charge denied is no words said ----------------------------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("Senator Walters has denied collusion with the lobbyists.", "collusion"),
    ("The actor denied any involvement in the scheme.", "involvement"),
    ("The firm denied the charges of fraud.", "charges"),
])
def test_a_denied_charge_is_no_quote(text, gone):
    assert not any(gone in q for q in _quotes(_rec(text)))


@pytest.mark.parametrize("text, kept", [
    ("The company denied reports that it had sold the unit.", "it had sold the unit"),
    ("The minister denied that he had lied.", "he had lied"),
    ('The ministry denied "any wrongdoing" by its staff.', "any wrongdoing"),
])
def test_a_denial_with_content_stays(text, kept):
    assert any(kept in q for q in _quotes(_rec(text)))


# -- (1) entities: a person's name inside a body's name -------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("The singer announced the plan at a meeting of the Clinton Global Initiative on Thursday.",
     "Clinton Global Initiative"),
    ("Clinton Global Initiative members pledged money for schools.", "Clinton Global Initiative"),
    ("Speaking at the annual Clinton Global Initiative meeting, the actress said the fund was growing.",
     "Clinton Global Initiative"),
])
def test_a_name_inside_a_bodys_name_is_no_person(text, body):
    rec = _rec(text)
    assert not any(e.type == "PERSON" for e in rec.entities)
    assert any(e.name == body and e.type == "ORG" for e in rec.entities)


@pytest.mark.parametrize("text", [
    "The actress won a Tony Award for the play in 2003.",
    "The film won a Tony Award and a Screen Actors Guild Award last year.",
])
def test_an_award_named_for_someone_is_no_row(text):
    rec = _rec(text)
    assert not any("Award" in e.name or e.type == "PERSON" for e in rec.entities)


def test_the_person_named_alone_stays_a_person():
    rec = _rec("Bill Clinton said the money would help. The Clinton Foundation agreed.")
    assert any(e.name == "Bill Clinton" and e.type == "PERSON" for e in rec.entities)


# -- (2) events: investigators accuse --------------------------------------------------------------------------
@pytest.mark.parametrize("text, actor, target", [
    ("Investigators have accused the firm of hiding losses from its shareholders.", "Investigators", "firm"),
    ("Detectives accused the company of destroying evidence.", "Detectives", "company"),
    ("The investigators criticized the firm.", "investigators", "firm"),
])
def test_investigators_accuse(text, actor, target):
    rec = _rec(text)
    ev = [e for e in rec.events if e.type == "DISAPPROVE"]
    assert ev and any(p.name == actor for p in ev[0].actors) and any(p.name == target for p in ev[0].targets)


# -- (3) changes: a member's vote, a forecast by a year, a Budget's bullets -----------------------------------
def _changes(text: str) -> list:
    return _rec(text).changes


@pytest.mark.parametrize("text", [
    "One member of the committee voted to raise rates to 5%.",
    "Two of the nine members voted to raise rates to 5%.",
    "Mr King voted to raise rates to 5%.",
    "The number of users will rise to 10 million by 2008, according to a report by a research firm.",
    "The research firm said the number of users would grow to 10 million by 2008.",
    "Sales are expected to rise to 5m units by 2008.",
])
def test_votes_and_forecasts_are_no_change(text):
    assert _changes(text) == []


@pytest.mark.parametrize("text, direction, to_value", [
    ("The committee voted to raise rates to 5%.", "increase", 5),
    ("The board voted to cut the dividend to 10p.", "decrease", 10),
    ("The firm said it will cut its staff to 2,000 by 2008.", "decrease", 2000),
    ("Child benefit will rise to £63 next month.", "increase", 63),
    ("The Budget's main measures:\n\n- Increased spending on schools to £3bn.\n", "increase", 3e9),
    ("Key points:\n- Reduced corporate tax rates to 30%\n- More money for roads", "decrease", 30),
])
def test_decisions_and_measures_are_changes(text, direction, to_value):
    ch = _changes(text)
    assert len(ch) == 1 and ch[0].direction == direction and ch[0].to_value == to_value


def test_a_bulleted_measure_by_a_rate():
    ch = _changes("Measures:\n- Increased flow of funds to farmers by 30%.\n")
    assert len(ch) == 1 and ch[0].direction == "increase" and ch[0].pct == 30


@pytest.mark.parametrize("text", [
    "The minister promised increased spending on schools to £3bn.",
    "Firms want reduced taxes to 20%.",
])
def test_a_participle_inside_a_sentence_is_no_bullet(text):
    assert _changes(text) == []


# -- (4) times: a figure over "the past month" has no point time ----------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("The firm said on Tuesday that it had sold 2 million phones over the past month.", "2 million"),
    ("Figures released on Monday show downloads rose 20% over the past month.", "20%"),
    ("The band said on Friday it had sold 300,000 albums in the last three months.", "300,000"),
])
def test_a_figure_over_a_past_stretch_takes_no_point(text, figure):
    rec = _rec(text)
    am = next(a for a in rec.amounts if a.text == figure)
    assert am.time is None


@pytest.mark.parametrize("text, figure, time", [
    ("On Tuesday the firm sold 2 million phones, its best day in the past month.", "2 million", "2005-03-15"),
    ("The firm said on Tuesday that it had sold 2 million phones in 2004.", "2 million", "2004"),
    ("The firm sold 2 million phones last month.", "2 million", "2005-02"),
    ("The economy shrank 0.2% in the last three months of 2004.", "0.2%", "2004"),
])
def test_a_figure_with_its_own_point_keeps_it(text, figure, time):
    rec = _rec(text)
    assert next(a for a in rec.amounts if a.text == figure).time == time

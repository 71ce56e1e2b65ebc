"""Round 17 (r17-ptrace): three of review 17's quote rules narrowed to the classes they were written for, after
they lost right speakers or attributions on PolNeAR train and the dev tune half. Hand-written sentences only.

- members apposed to named people: only a plural appositive ("Ann Lee and Tom Ruiz, members of ... who");
  a singular one ("Ann Lee, a retired judge who ...") stays the speaker mention (it is the same person);
- the hearer of a passive of telling: only the participle "told"/"informed" itself, not an active "telling"
  whose subject the sentence's passive verb lends it;
- a negated "offer": nothing said only when the object is particulars ("would not offer details")."""

from __future__ import annotations

import pytest

import newsgraph


def _rec(text: str):
    return newsgraph.extract(text, published="2019-05-09", min_confidence=0.0)


def _said(rec) -> list:
    return [q for q in rec.quotes if q.kind not in ("stance", "topic", "impersonal", "term")]


def _speaker_words(rec, q) -> str | None:
    return rec.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None


@pytest.mark.parametrize("text, mention, name", [
    ("Ann Lee, a retired judge who says the law is flawed, spoke on Monday.", "a retired judge", "Ann Lee"),
    ("The bill was backed by Tom Ruiz, a Texas rancher who argued that the border needed more agents.",
     "a Texas rancher", "Tom Ruiz"),
])
def test_a_singular_appositive_before_who_stays_the_speaker_mention(text, mention, name):
    rec = _rec(text)
    qs = _said(rec)
    assert [_speaker_words(rec, q) for q in qs] == [mention]
    assert [q.speaker_name for q in qs] == [name]  # the same person either way


def test_plural_members_apposed_to_named_people_are_still_those_people():
    rec = _rec("Senators Ann Lee and Tom Ruiz, members of the Senate Finance Committee who have said the plan is "
               "flawed, voted against it.")
    assert [q.speaker_name for q in _said(rec)] == ["Tom Ruiz"]


@pytest.mark.parametrize("text, speaker", [
    ("The singer was booed by the crowd after telling them that they were wrong.", "The singer"),
])
def test_an_active_telling_after_a_passive_verb_keeps_its_teller(text, speaker):
    rec = _rec(text)
    assert [_speaker_words(rec, q) for q in _said(rec)] == [speaker]


@pytest.mark.parametrize("text", [
    "The network was told that the talks had stalled.",
    "The families were informed that the bodies had been found.",
])
def test_the_hearer_of_told_is_still_no_speaker(text):
    qs = _said(_rec(text))
    assert qs and all(q.speaker_name is None and q.speaker_start is None for q in qs)


@pytest.mark.parametrize("text, kept", [
    ("The agency is not offering veterans the treatment that doctors recommend.", True),
    ("The firm would not offer many details about the deal.", False),
    ("The spokesman did not offer any comment on the report.", False),
    ("The ministry would not offer any information about the prisoners.", False),
])
def test_a_negated_offer_says_nothing_only_of_particulars(text, kept):
    # round 24: an offer of a thing that is no words given ("offering veterans the treatment") is stored as a
    # stance (quotes/told_acts.py), negated here; particulars refused still give nothing at all
    assert bool(_rec(text).quotes) is kept

"""Round 36 (qrole, issue 18 point 2): an unnamed role speaker followed by the body it speaks for ("an official of
the Harbor Authority said", "a spokeswoman for the Coast Guard said") read as the generic role alone ("an
official"). The body now goes in ``affiliation`` (organizations and places only) and the written speaker name takes
in the phrase; the person is still no entity. Sentences written here; each "changed" row had the bare role as its
speaker name on fd823825, each guard row keeps what it had."""

from __future__ import annotations

import pytest


def _speaker(text: str, words: str) -> tuple[str | None, str | None, str | None]:
    """(speaker entity's name, speaker_name, affiliation's name) of the first quote starting with ``words``."""
    import newsgraph

    rec = newsgraph.extract(text, published="2025-03-10")
    names = {e.id: e.name for e in rec.entities}
    hits = [(names.get(q.speaker or ""), q.speaker_name, names.get(q.affiliation or ""))
            for q in rec.quotes if q.text.startswith(words)]
    assert hits, [(q.text, q.speaker_name) for q in rec.quotes]
    return hits[0]


@pytest.mark.parametrize(("text", "words", "name", "body"), [
    # changed: the body named after the singular role
    ('The Harbor Authority closed two piers on Monday. "We had no choice," an official of the Harbor Authority '
     "said.", "We had no choice", "an official of the Harbor Authority", "Harbor Authority"),
    ("Boats searched the bay until dusk. A spokeswoman for the Coast Guard said the search would resume at dawn.",
     "the search would resume", "A spokeswoman for the Coast Guard", "Coast Guard"),
    ("Talks stalled again in Vienna. An official with the International Atomic Energy Agency said inspectors "
     "were waiting for visas.", "inspectors were waiting", "An official with the International Atomic Energy "
     "Agency", "International Atomic Energy Agency"),
])
def test_role_names_its_body(text: str, words: str, name: str, body: str) -> None:
    who, written, aff = _speaker(text, words)
    assert who is None and written == name and aff == body


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: a plural group already speaking as the body keeps its whole written name
    ("The fleet stayed in port. Officials at the Pentagon said the ships would sail next week.",
     "the ships would sail", "Officials at the Pentagon"),
])
def test_group_keeps_whole_name(text: str, words: str, name: str) -> None:
    who, written, _aff = _speaker(text, words)
    assert who == "Pentagon" and written == name


@pytest.mark.parametrize(("text", "words", "name"), [
    # guard: no named body after the role ("the agency" is no name): the role as it was
    ("The Harbor Authority closed two piers. An official with the agency said the piers would reopen in May.",
     "the piers would reopen", "An official"),
    # guard: two bodies named together: no one body
    ("Iran and China met on Monday. A spokesman for Iran and China said the talks went well.",
     "the talks went well", "A spokesman"),
    # guard: a named holder of the office keeps the speaker ("the spokesman" after the name)
    ("Acme Corp. spokesman John Miller gave no figures on Monday. \"We do not comment on sales,\" the spokesman "
     "said.", "We do not comment on sales", "John Miller"),
    # guard: a spokesman for a person: the person is no affiliation, never the speaker, nor in the written name
    ("Senator Jane Roe skipped the vote. A spokesman for Senator Jane Roe said she was ill.", "she was ill",
     "A spokesman"),
])
def test_role_guards(text: str, words: str, name: str) -> None:
    who, written, aff = _speaker(text, words)
    assert written == name
    assert who in (None, "John Miller") and aff is None


@pytest.mark.parametrize(("text", "words", "body"), [
    # changed: the body named before the role, and named elsewhere in the report
    ("The Harbor Authority closed two piers. A Harbor Authority spokeswoman said the piers would reopen in May.",
     "the piers would reopen", "Harbor Authority"),
])
def test_body_named_before_role(text: str, words: str, body: str) -> None:
    who, _written, aff = _speaker(text, words)
    assert who is None and aff == body


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: "the official" taken up from "a Harbor Authority official" speaks for the same body
    ("The Harbor Authority closed two piers. A Harbor Authority official said the piers were unsafe. Repairs "
     "would take a month, the official said.", "Repairs would take a month", "Harbor Authority"),
])
def test_introduced_official_keeps_body(text: str, words: str, name: str) -> None:
    who, _written, _aff = _speaker(text, words)
    assert who == name


@pytest.mark.parametrize(("text", "words"), [
    # guard: a lone name before the role that nothing else in the report names is no affiliation
    ("A Booker spokeswoman said the senator would vote no.", "the senator would vote no"),
    # guard: a nationality word before the role is no body
    ("A Turkish official said the airport would reopen.", "the airport would reopen"),
])
def test_named_before_guards(text: str, words: str) -> None:
    who, _written, aff = _speaker(text, words)
    assert who is None and aff is None

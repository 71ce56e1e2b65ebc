"""Round 22, wave 2: listed quotes and entity rows the round-22 review still found wrong (not quotes, spans,
a guidance's issuer, words of an illness's name as persons). Sentences written here; each first-table row's
expectation failed on main 133cbdfd."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.record import listed_quote


def _listed(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker_name, q.text) for q in extract(text).quotes if listed_quote(q.kind, q.modality)]


@pytest.mark.parametrize("text", [
    # medical tests and scans report nothing anyone said
    "One early clue was the patient's blood work, which showed his lungs were exposed to mould.",
    "Her X-ray revealed that two ribs were broken.",
    "Tests showed his liver was badly damaged.",
    "The biopsy confirmed the growth was harmless.",
    # a place serving people offers a thing, not words
    "Reporters visited the webpage of the shopping centre that offers this rare treatment.",
    "The clinic offers free scans to children every Saturday.",
    "The website offers same-day delivery across the city.",
])
def test_not_listed(text: str) -> None:
    assert _listed(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # guards: a person or a body offering words, and a doctor reading a test, still speak
    ("The mayor offered his condolences to the families on Sunday.", "The mayor"),
    ("The hospital offered an apology to the family.", "The hospital"),
    ("The scan showed a small tumour, doctors said.", "doctors"),
])
def test_still_listed(text: str, speaker: str) -> None:
    assert any(name == speaker for _k, name, _t in _listed(text)), _listed(text)


@pytest.mark.parametrize(("text", "cue", "words", "speaker"), [
    # guidance from a named issuer is the issuer's
    ("Patients should rest for a week, according to guidance from the World Health Organization.", "according to",
     "Patients should rest for a week", "World Health Organization"),
    # a bracketed sentence opened by another speaker's "as" clause
    ("The mayor has a heart condition. (As the analyst Dr. Mia Holt noted last year, the mayor's illness meant a "
     "high risk of a stroke, according to guidance from the Lister Institute.)", "according to",
     "the mayor's illness meant a high risk of a stroke", "Lister Institute"),
    ("The mayor has a heart condition. (As the analyst Dr. Mia Holt noted last year, the mayor's illness meant a "
     "high risk of a stroke, according to guidance from the Lister Institute.)", "noted",
     "the mayor's illness meant a high risk of a stroke", "Mia Holt"),
    # the hearer is no part of what was told
    ("Smith told cheering nurses that they weren't \"asking for too much.\"", "told",
     "they weren't \"asking for too much.\"", "Smith"),
    ("The mayor, who has broken with her party on housing, told cheering tenants that they weren\u2019t \u201casking "
     "for a palace.\u201d\n\nShe left at noon.", "told", "they weren\u2019t \u201casking for a palace.\u201d", "The mayor"),
    # a quotation opened in the told clause runs to its closing mark
    ("Kowalski told CNN in 2018 that Roe \"wrote that whole speech. I didn't write that speech.\"\n\nThe record was "
     "thin.", "told", "Roe \"wrote that whole speech. I didn't write that speech.\"", "Kowalski"),
    # guards: plain told and according to are unchanged; an infinitive told stays
    ("The coach told them to say that the match was fixed.", "told them", "to say that the match was fixed",
     "The coach"),
    ("Smith told angry nurses that they were not asking for too much.", "told",
     "they were not asking for too much", "Smith"),
    ("According to federal guidance, schools may reopen in May.", "according to", "schools may reopen in May",
     "federal guidance"),
])
def test_spans_and_speakers(text: str, cue: str, words: str, speaker: str) -> None:
    hits = [(t, name) for k, name, t in _listed(text) if k == "indirect" and
            any(q.cue == cue or (q.cue or "").lower() == cue for q in extract(text).quotes if q.text == t)]
    assert (words, speaker) in hits, _listed(text)


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("The couple had bought a feather duvet. Taylor had Feather Duvet Lung disease, which scars the lungs.\n\n"
     "Feather Duvet Lung disease\n\nDoctors said it is rare.", {"Duvet", "Lung", "Duvet Lung"}, {"Taylor"}),
    # guards: a person named Lung, and an eponym never written in lower case, are untouched
    ("Dr. Ruth Lung said the disease was rare.", set(), {"Ruth Lung"}),
])
def test_illness_name_words(text: str, absent: set[str], present: set[str]) -> None:
    names = {e.name for e in extract(text).entities}
    assert not names & absent and present <= names, names

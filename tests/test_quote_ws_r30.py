"""Round 30 (q4, issue 18, wrong speakers on real reports): a one-word surname that is a reporting verb's subject
where the entity layer tagged no mention ("Townsend said", read as a common noun) is that person's mention when a
later "he"/"she" looks back (quotes/named_again.py ``unlinked_reporters``): the "she said" after it went to a man
named before, whose gender the wrong "she" then fixed for the rest of the report. Sentences written here; each
"changed" row had another speaker on main 50bde5b5, each guard keeps what was right. Also: an event or a measure
("the lockdown", "the fiasco") as a cue's subject speaks for no one (data/quote_mute_nouns.tsv), and "crooned" right
after the marks is a weak cue (data/quote_cues.tsv): the words were the event's, or a man named a paragraph before."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

_GENERAL = "Maj. Gen. Alice Townsend commands the mission in the north.\n\n"
_CLINIC = "Dr. Alice Townsend runs the clinic in the north.\n\n"
_PRESIDENT = "President Okello told reporters on Friday that aides would draft a plan. "


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: the surname missed by the entity layer spoke right before the pronoun
    (_GENERAL + _PRESIDENT + 'Townsend said the plan would take months.\n\n"We will keep at it," she said.',
     "We will keep at it", "Alice Townsend"),
    (_CLINIC + _PRESIDENT + 'Townsend worries that the plan will take months.\n\n"We will keep at it," she says.',
     "We will keep at it", "Alice Townsend"),
])
def test_unlinked_surname_is_antecedent(text: str, words: str, name: str) -> None:
    assert quote_of(text, words)[0] == name


@pytest.mark.parametrize(("text", "words", "name"), [
    # guard: a pronoun of the other gender passes the surname over
    (_GENERAL + _PRESIDENT + 'Townsend warned that the plan would take months.\n\n"We will keep at it," he said.',
     "We will keep at it", "Okello"),
    # guard: the surname's own words keep their speaker
    (_GENERAL + _PRESIDENT + 'Townsend said the plan would take months.', "the plan would take months",
     "Alice Townsend"),
])
def test_unlinked_surname_guards(text: str, words: str, name: str) -> None:
    who = quote_of(text, words)[0]
    assert who is not None and name in who


@pytest.mark.parametrize(("text", "thing"), [
    # changed: the event or measure was the speaker of the sayer's words
    ("A virologist, Dr. Meena Rao, said before the lockdown was announced on Monday that the country had been "
     "forced to act late.", "lockdown"),
    ("However it began, the fiasco made clear that the city will not pay for better policing, says Paul Varga of "
     "the institute.", "fiasco"),
])
def test_event_speaks_for_no_one(text: str, thing: str) -> None:
    facts = quote_facts(text)
    assert not any(name and thing in name for _k, _w, _who, name in facts), facts


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: a song's line is the singer's (it had no speaker, or a person named before)
    ('The band had barely left the stage when the crowd joined in. "The town went to sleep early," crooned one '
     "singer.", "The town went to sleep early", "one singer"),
    # guards: a body speaking of the measure, and a sayer whose sentence names the event, keep their speaker
    ("The ministry said the lockdown would last three weeks.", "the lockdown would last", "The ministry"),
    ("However it began, the fiasco made clear that the city will not pay for better policing, says Paul Varga of "
     "the institute.", "However it began", "Paul Varga"),
])
def test_event_and_song_speakers(text: str, words: str, name: str) -> None:
    assert quote_of(text, words)[1] == name

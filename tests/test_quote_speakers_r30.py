"""Round 30 (issue 18, PolNeAR speakers read on train and the dev tune half): the speaker of an "as X puts it"
clause (quotes/put_it.py), posts, tallies and calculations as authored texts (quotes/kinds.py), a verb of wording
the parser read as a noun after a quote ("the email read": quotes/misparsed_cues.py), a whole quote on a
'Name: ...' line (quotes/label_fragments.py), a title's name before a party tag (quotes/speaker_names.py). Sentences written here; each
"changed" row had no or another speaker on main 5016258a, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

import newsgraph

_quotes = quote_facts
_of = quote_of


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: the set phrase "as X puts it" names whose words the fragment after it are
    ('As The Globe\'s Ann Kerr puts it, Lowe is trying to make the council "an offer it can\'t refuse."',
     "an offer it can", "Ann Kerr"),
    # changed: the clause right after the words names their source, over a cue's subject further off
    ('Several senators share her worry, because the main test for the visa is "money and little else," as a '
     "Homeland Security memo put it.", "money and little else", "Homeland Security"),
    ('"We are ready," Ward said. The club is "the best run club in the north," as Ann Kerr put it.',
     "the best run club in the north", "Ann Kerr"),
    # changed: a whole quote on a 'Name: ...' line is the label's, a person the report names
    ("Senator Ann Lopez spoke at the forum on Monday.\n\nLopez: Well, no one is like, 'My savings are special.'",
     "My savings are special", "Ann Lopez"),
    # changed: a titled name with its party tag after it ("(R-OH)") is the name's person, not the title word
    ('Speaker of the House Dan Ward (R-OH) said the talks would resume.', "the talks would resume", "Dan Ward"),
    ('Speaker of the House Rep. Dan Ward (R-OH) said "images like that have got no place in a campaign."',
     "images like that", "Dan Ward"),
    # changed: a post, a tally and calculations by or from someone are that one's
    ("Those fears are overblown, according to a post from Ann Kerr.", "Those fears are overblown", "Ann Kerr"),
    ("The governor leads with 210 delegates, according to a tally by the Associated Press.",
     "The governor leads with 210 delegates", "Associated Press"),
])
def test_changed(text: str, words: str, name: str) -> None:
    who, said_name = _of(text, words)
    assert name in (who or "", said_name or ""), _quotes(text)


@pytest.mark.parametrize(("text", "words", "mention"), [
    # changed: "read" and "states" after a text noun closing the sentence are its verb, the text the source
    ('"Friend, let me be honest. I can beat Lowe," the email read.', "Friend, let me be honest", "the email"),
    ('"If he wants to be mayor, he has to answer for this," the editorial read.', "If he wants", "the editorial"),
    ('"Family leave is unpaid," the document states.', "Family leave is unpaid", "the document"),
])
def test_text_read(text: str, words: str, mention: str) -> None:
    rec = newsgraph.extract(text, published="2025-03-10")
    hits = [q for q in rec.quotes if q.text.startswith(words)]
    assert hits and hits[0].speaker_start is not None, rec.quotes
    assert text[hits[0].speaker_start : hits[0].speaker_end] == mention
    assert hits[0].speaker is None  # a text, no person or body


@pytest.mark.parametrize(("text", "words", "name"), [
    # guard: "put" with another object names nobody's words: the fragment keeps its own speaker or none
    ('As Mayor Dan Ruiz put the plan to voters, Kerr said the city would "never go broke again."',
     "never go broke again", "Kerr"),
    # guard: a quote with its own speaker after the clause keeps it
    ('As Kerr puts it, the council is stuck. "We have no money," Mayor Dan Ruiz said.', "We have no money",
     "Dan Ruiz"),
    # guard: a cue between the words and the clause keeps the cue's speaker
    ('Kerr wants a deal "before the summer," Dan Ward said, as he put it.', "before the summer", "Dan Ward"),
    # guard: a label that names no one gives the line's quote no speaker; a cue's speaker stays
    ('Update: "The meeting is off," the club said.', "The meeting is off", "the club"),
    # guard: a fragment the clause's own verb attributes keeps that speaker (right on main too)
    ('Senator Tom Pell wants lower rates. As Pell put it, the bank should "stop punishing savers" now.',
     "stop punishing savers", "Tom Pell"),
    # guard: the tag after a plain titled name changes nothing
    ('Sen. Ann Kerr (D-Ohio) said the talks would resume.', "the talks would resume", "Ann Kerr"),
    # guard: a letter with no author named stays its own source, a poll its pollster's
    ("The plan failed, according to a Gallup poll.", "The plan failed", "Gallup"),
    # guard: "read" after a person is that person's reading aloud, already a cue
    ('"We will not back down," Kerr read from the statement.', "We will not back down", "Kerr"),
])
def test_guards(text: str, words: str, name: str) -> None:
    who, said_name = _of(text, words)
    assert name in (who or "", said_name or ""), _quotes(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: a tally with no author names nobody (no earlier Kerr taken for it)
    ("Kerr spoke on Monday. The governor leads with 210 delegates, according to a tally.", "The governor leads"),
    # guard: "as X puts it" in another sentence names nothing here
    ('As Kerr puts it, the council is stuck. Critics say the city must "stop the bleeding" soon.', "stop the bleeding"),
])
def test_no_person(text: str, words: str) -> None:
    who, _said = _of(text, words)
    assert who != "Kerr", _quotes(text)

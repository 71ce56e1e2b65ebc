"""Round 26 (issue 18, direct quotes): speakers of direct quotes in '"A," X said ... . "B."' chains
(extract/quotes/chain_voice.py), replies told as "shot back" / "retaliated" (data/quote_cues.tsv), and a run-on
quote whose closing attribution follows an aspectual "began to" (run_on.py). Sentences written here."""

from __future__ import annotations

import pytest

from newsgraph import extract


def _speaker(text: str, start: str) -> str | None:
    hits = [q for q in extract(text).quotes if q.text.startswith(start)]
    assert hits, [(q.kind, q.text) for q in extract(text).quotes]
    return hits[0].speaker_name


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the second quote of a chain goes on with the first one's speaker, not with a verb of speech hung on the
    # attribution (a participle's object, an adverbial clause, a relative clause)
    ('"We will not sign this deal," said Marta Diaz, using a phrase Jim Brooks has used to describe the '
     'union, on a call with reporters. "The board wrote it in a hurry."', "The board wrote", "Marta Diaz"),
    ('"The contracts stand," Acme spokesman Ron Lee told the Journal in May, after Mayor Bill Cole stated an '
     'interest in ending them. "They are fully binding."', "They are fully", "Ron Lee"),
    ('"Do voters read the news?" said Bob Mills, a county delegate and Hale supporter who has accused rivals of '
     'spreading rumors. '
     '"I doubt that they do."', "I doubt", "Bob Mills"),
    # guards: the first quote keeps its own speaker; a sentence of the writer's between the quotes keeps its verb
    ('"We will not sign this deal," said Marta Diaz, using a phrase Jim Brooks has used to describe the '
     'union, on a call with reporters. "The board wrote it in a hurry."', "We will not sign", "Marta Diaz"),
    ('"We have won the county," Tom Hale said on Sunday. Ana Ruiz replied that the count was not over. '
     '"Nobody has won anything yet."', "Nobody has won", "Ana Ruiz"),
])
def test_chain_goes_on_with_the_first_speaker(text: str, start: str, speaker: str) -> None:
    assert _speaker(text, start) == speaker


@pytest.mark.parametrize(("text", "start", "speaker"), [
    ('At the debate Tom Hale kept interrupting. "Tom wants to look tough tonight," Ana Ruiz shot back. '
     '"Let me finish."', "Tom wants", "Ana Ruiz"),
    ('Reporters asked the mayor about the attack. "Paris will always be Paris," an angry Marc Dubois retaliated.',
     "Paris will", "Marc Dubois"),
    # the run-on words hold "began to": no earlier cue, so the closing ", Ana Ruiz said" names the speaker
    ('Ana Ruiz spoke about the fund on Monday. "There is a sense of calm now," and gifts began to come in again '
     'last month, Ana Ruiz said.', "There is a sense", "Ana Ruiz"),
])
def test_reply_cues_and_aspectual_run_on(text: str, start: str, speaker: str) -> None:
    assert _speaker(text, start) == speaker


def test_a_said_before_the_run_on_words_stays_the_cue() -> None:
    # a verb of speech right after the quote is its cue; the later ", an aide said" is not (round 23's guard)
    text = '"We are done here," Tom Hale said, and the talks began to stall, an aide said.'
    assert _speaker(text, "We are done") == "Tom Hale"


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the parser reads the verb after an apposition as a participle on the name: the name speaks
    ('"Not us, but we cannot argue with it," Mike Murphy, the head of the group, tweeted on Friday with an image '
     'of the plane.', "Not us", "Mike Murphy"),
    ('"Will the mayor ever say the words? If not he should resign!" the nominee, Paul Hale, tweeted Sunday after '
     'an attack.', "Will the mayor", "Paul Hale"),
    # guard: a participle with a by-agent of its own ("signed by") hands the quote to no name inside it (round 34:
    # the signer is the issuer when the entity layer knows the name; it does not here, and a bare "the letter" is no
    # speaker's name: empty, quotes/document_issuers.py)
    # (round 35, issue 18: a document with no issuer found is named as the source, not left empty)
    ('"This is the plan," the letter, signed by Ana Ruiz, said.', "This is the plan", "the letter"),
])
def test_verb_read_as_a_participle_on_the_name(text: str, start: str, speaker: str | None) -> None:
    assert _speaker(text, start) == speaker

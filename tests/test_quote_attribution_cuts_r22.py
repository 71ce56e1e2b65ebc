"""Round 22 (start-of-round review, class 4): spans and speakers of "according to" and of a duration doer
(extract/quotes/attribution_cuts.py). Sentences written here; every row's expectation failed on main bd58f551."""

from __future__ import annotations

import pytest

from newsgraph import extract


def _quote(text: str, cue: str) -> tuple[str, str | None]:
    hits = [q for q in extract(text).quotes if (q.cue or "").lower() == cue and q.kind == "indirect"]
    assert hits, [(q.cue, q.text) for q in extract(text).quotes]
    return hits[0].text, hits[0].speaker_name


@pytest.mark.parametrize(("text", "cue", "words"), [
    # a dateline is no words said
    ("(Reuters) Mayor Tom Kyle, according to his office, flew to Denver on Sunday for a short visit.",
     "according to", "Mayor Tom Kyle, according to his office, flew to Denver on Sunday for a short visit"),
    # another speaker's "as" clause opens the sentence
    ("As the analyst Dr. Mia Holt noted last year, the drug cut the risk of a stroke by a third, according to "
     "figures from the Lister Institute.", "according to", "the drug cut the risk of a stroke by a third"),
    # "according to" inside dashes vouches for the words between them only
    ("Given that record -- and the fact that the council has missed 40 deadlines since 2019, according to the "
     "city auditor -- there is little reason to trust the new plan.", "according to",
     "and the fact that the council has missed 40 deadlines since 2019"),
])
def test_according_spans(text: str, cue: str, words: str) -> None:
    assert _quote(text, cue)[0] == words


def test_duration_is_no_speaker() -> None:
    text, speaker = _quote("The coach spent ten minutes explaining why the match had been called off.", "explaining")
    assert speaker == "The coach" and text == "why the match had been called off"


def test_a_website_is_not_an_outlet_of_the_paragraph_before() -> None:
    text = ("Reporters from Reuters, the BBC and Le Monde have all written about the cafe.\n\n"
            "We looked for the owners and found the page of the shopping centre. According to the website, the cafe "
            "is called 'Pure Air'.")
    q = next(q for q in extract(text).quotes if (q.cue or "").lower() == "according to")
    assert q.speaker is None and q.speaker_name == "the website"


def test_a_website_is_not_an_outlet_of_the_line_before() -> None:
    # round 23 tidying: the rule reads the cleaned paragraphs, where one newline also ends a paragraph (a news
    # feed's one line per paragraph); it split on blank lines only and kept "Le Monde" as the speaker here
    text = ("Reporters from Reuters, the BBC and Le Monde have all written about the cafe.\n"
            "We looked for the owners and found the page of the shopping centre. According to the website, the cafe "
            "is called 'Pure Air'.")
    q = next(q for q in extract(text).quotes if (q.cue or "").lower() == "according to")
    assert q.speaker is None and q.speaker_name == "the website"


@pytest.mark.parametrize(("text", "cue", "words", "speaker"), [
    # guards: plain "according to" keeps the whole clause and its source
    ("Putin met the envoy on Monday, according to the Kremlin.", "according to", "Putin met the envoy on Monday",
     "Kremlin"),
    ("According to Reuters, the cafe is called 'Pure Air' by its owners.", "according to",
     "the cafe is called 'Pure Air' by its owners", "Reuters"),
])
def test_plain_according_unchanged(text: str, cue: str, words: str, speaker: str) -> None:
    assert _quote(text, cue) == (words, speaker)

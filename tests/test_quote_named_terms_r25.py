"""Round 25 (issue 18 item 5): terms and names in marks, a scan as the one who "showed", words said by no one, a
typo's repeated cue and a schedule line are no listed quotes; real short quotes and the words people did say in
scare quotes stay listed. Sentences written here; the rows of the first two tables fail on main
fd65c8e7 (each was listed there), the guards pass on both."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.record import listed_quote

# round 37 (r37-qnq2, tests/test_r37_stance_terms.py): a short verbless phrase in marks that no pass gives a
# speaker or a cue is kind "term" (stored and scored, never listed): these rows, a speakerless listed fragment
# here, now read so by design; strict, so the row fails if the phrase is listed again
R37_TERM = pytest.mark.xfail(reason="r37: speakerless verbless phrase is kind term, not listed", strict=True)


def _listed(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker_name, q.text) for q in extract(text).quotes if listed_quote(q.kind, q.modality)]


def _stored(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.kind, q.modality, q.speaker_name, q.text) for q in extract(text).quotes
            if not listed_quote(q.kind, q.modality)]


@pytest.mark.parametrize(("text", "words"), [
    # a term in marks that names an illness: a complement of "is called", of "the term ... is", of "there is"
    ("When the dust comes from mouldy hay, the illness is called “hay farmer’s lung.” Doctors see it each winter.",
     "hay farmer’s lung."),
    ("When it comes from parrots, the term most often used is “parrot keeper’s lung.”", "parrot keeper’s lung."),
    ("Then there is “hot spa pool lung,” which sounds cosy but is not.", "hot spa pool lung"),
    ("Keep in mind that conditions like “hot spa pool lung” remain rare.", "hot spa pool lung"),
    # a title set beside its noun
    ("The order, “Coastal Flood Readiness and Recovery,” is in line with the governor’s view that the sea is rising.",
     "Coastal Flood Readiness and Recovery"),
    # a name given ("known as"), not carried to the speaker before it either (a row of test_quote_speakers_r18,
    # which expected it listed with no speaker)
    ('"We are ready," said Jim Hale. His side is known as the "Red Tide Boys" around town.', "Red Tide Boys"),
    # a slogan as the subject of the writer's verb, and as the name of the campaign after it
    ("The agency launched the campaign on Tuesday.\n\n“Smoke less. Live more” is running on radio and billboards.",
     "Smoke less. Live more"),
    ("Nobody has forgotten the “Smoke less. Live more” campaign of last spring.", "Smoke less. Live more"),
    # a scan as the one who "showed": a short term in marks inside what it showed leaves it a thing
    ("A CT of her knee showed a “moth-eaten” pattern in the bone.", "a “moth-eaten” pattern in the bone"),
    # words no one said: "nothing indicated that ..." (stored as negated, below)
    ("His job was in a bakery, and nothing indicated that he had breathed in any mould.",
     "he had breathed in any mould"),
    # a typo's repeated cue is no words of its own
    ("“We have played well all month,” she said she said she told them.", "she said she told them"),
    # a schedule line under an all-capitals heading, one of a run of such lines
    ("The Hawks won 101-99.\n\nCOMING UP\n\nHawks: Visit the Bulls on Sunday.\n\nBulls: Host the Hawks on Sunday.",
     "Visit the Bulls on Sunday"),
])
def test_not_listed(text: str, words: str) -> None:
    listed = _listed(text)
    assert not any(w == words for _k, _n, w in listed), listed


@pytest.mark.parametrize(("text", "kind", "modality", "words"), [
    ("His job was in a bakery, and nothing indicated that he had breathed in any mould.", "indirect", "negated",
     "he had breathed in any mould"),
    ("No one has offered any explanation for the missing funds.", "indirect", "negated",
     "any explanation for the missing funds"),
])
def test_stored(text: str, kind: str, modality: str, words: str) -> None:
    assert any(k == kind and m == modality and w == words for k, m, _n, w in _stored(text)), _stored(text)


@pytest.mark.parametrize(("text", "words"), [
    # words people did say stay listed: a scare quote with its speaker, a characterisation, a short quote
    ("Senator Ruiz called the plan “a disaster.”", "a disaster."),
    ("The mayor spoke of a “betrayal” by the council.", "a “betrayal” by the council"),
    ("“It was a shock,” said the coach.", "It was a shock"),
    ("The coach said his team was “a good side” that would recover.", "a good side"),
    # verbless words in marks that repeat someone's words, outside a naming context
    pytest.param("The rally ended with a chant of “never again today” from the crowd.", "never again today", marks=R37_TERM),
    pytest.param("Building the fence constitutes a “clear breach of the old treaty.”", "clear breach of the old treaty.", marks=R37_TERM),
    # a witness's words as the subject of the writer's verb, with no campaign or work told of before
    ("The storm hit the coast at dawn.\n\n“It looks like a wall of water” swept through the town.",
     "It looks like a wall of water"),
    # a naming verb with a speaker, or of a person, is someone's characterisation
    ("Officials have called the deal a “twenty million dollar blunder.”", "twenty million dollar blunder."),
    pytest.param("The mayor has been called the “king of the night shift” for his late hours.", "king of the night shift", marks=R37_TERM),
    # a body's word said of a thing in marks ("described ... as") stays listed
    ("The IAAF described their excuses for missing the tests as “unacceptable”.", "unacceptable"),
    # a quote at a paragraph's end is no label of the noun opening the next paragraph
    ("He said the officers were, “in fits and starts, trying to do the right thing.”\n\nActs of protest are "
     "common, he said.", "in fits and starts, trying to do the right thing."),
    # a report of words and a report with a clause stay listed
    ("The ministry reported that two more patients had died.", "two more patients had died"),
    # a person's colon line is a statement, not a schedule line
    ("Smith: “We will host them again next year.”", "We will host them again next year."),
    # a finding in a clause, reported by a speaker, stays listed (the rule reads only a thing's noun object)
    ("Tests showed the water was safe to drink, the ministry said.", "Tests showed the water was safe to drink"),
])
def test_said_words_stay(text: str, words: str) -> None:
    listed = _listed(text)
    assert any(w == words for _k, _n, w in listed), listed

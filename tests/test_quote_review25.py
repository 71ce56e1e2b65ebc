"""Round 25 (start-of-round review, quote class 1): quotes given to the wrong voice (extract/quotes/review25.py,
quotes/name_slips.py, the "clarify" cue). Sentences written here; each "changed" row was wrong on main fd65c8e7,
each guard keeps a speaker that was right."""

from __future__ import annotations

import pytest

from newsgraph import extract

_RIVALS = (
    "Northwind, run by chief executive Carl Brandt, makes billing software. \"Our customers stay for years,\" Brandt "
    "told reporters. \"We ship every week,\" Brandt said.\n"
    "Southgate, its largest rival, is catching up. \"We doubled our sales team,\" Ivan Holm, a Southgate vice "
    "president, told reporters.\n"
    "Brandt promised that Northwind will stay \"simple and cheap.\"\n"
    "\"Price still wins deals,\" he continued.\n"
    "Holm did not match that promise. But he emphasized that Southgate listens to its largest clients.\n"
    "\"What every client asks us for is fewer invoices,\" he said.")

_GIVEN_NAME = (
    "Health Minister Dzulkifli Rahman said no private money paid for the visits. "
    "In Parliament on Monday, Anwar said sponsors covered part of the costs.\n"
    "At today's briefing, Dzulkifli also clarified that the adviser travelled in his official role.\n"
    "\"I checked with the finance ministry that every ticket was paid from the budget,\" he said.")

_IT_SAID = (
    "Fires broke out in 12 places across the city, the rescue service said in a Telegram post. "
    "Two schools were also hit, it said.")

_LIST = (
    "June 3, 2001: Truck race. After 300 laps, Dale Brook crossed the finish line first. Attendance: 50,000.\n"
    "Oct. 2, 1936: Harold Brown speech. In President Brown's first visit to the city, he spoke from his car to a "
    "crowd of 60,000, stating \"No city has a prouder record of helping its poor.\"")

_PLAQUE = (
    "May 1, 1960: The hall staged a rally, with Mary Ward as the main speaker. Ward said, \"Now is the hour to "
    "act.\" Attendance: 9,000.\n"
    "Sept. 5, 1980: \"The Holy Father. Honouring the first Mass held in this city. Welcome, friend.\" Plaque "
    "displayed 1980.")


def _speaker(text: str, words: str) -> str | None:
    rec = extract(text, published="2024-05-01")
    hits = [q for q in rec.quotes if q.text.startswith(words)]
    assert hits, [q.text for q in rec.quotes]
    return hits[0].speaker_name


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed: the second "he" after another's "he emphasized" is that one's, not the first chief's
    (_RIVALS, "What every client asks", "Ivan Holm"),
    # guards: the first chief keeps his own quotes
    (_RIVALS, "Price still wins deals", "Carl Brandt"),
    (_RIVALS, "We doubled our sales team", "Ivan Holm"),
    # changed: a given name the entity layer typed ORG is that person; "clarified" reports his words
    (_GIVEN_NAME, "I checked with the finance ministry", "Dzulkifli Rahman"),
    (_GIVEN_NAME, "the adviser travelled", "Dzulkifli Rahman"),
    (_GIVEN_NAME, "sponsors covered", "Anwar"),
    # changed: "it said" is the service that spoke, not the channel named in its cue's adjunct
    (_IT_SAID, "Two schools were also hit", "the rescue service"),
    # changed: the "he" of a new dated list entry is the person that entry names
    (_LIST, "No city has a prouder record", "Harold Brown"),
    # changed: a plaque's words have no speaker; guard: the rally speaker keeps hers
    (_PLAQUE, "The Holy Father", None),
    (_PLAQUE, "Now is the hour", "Mary Ward"),
])
def test_speaker(text: str, words: str, speaker: str | None) -> None:
    assert _speaker(text, words) == speaker


_HALL = ("Mary Ward spoke to the crowd. Ward said, \"Now is the time to act on housing.\"\n"
         "\"Welcome to all who enter this hall in peace.\" The plaque still hangs by the gate.")
_SIGNS = ("Mary Ward spoke to the crowd. Ward said, \"Now is the time to act on housing.\"\n"
          "\"We will build ten thousand homes in five years.\" Later she signs the pledge on stage.")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed: words a plaque bears, carried from the paragraph before, have no speaker
    (_HALL, "Welcome to all", None),
    # guard: "signs" as a verb names no inscription; the lone quote stays the speaker's (round 18 carry)
    (_SIGNS, "We will build", "Mary Ward"),
])
def test_inscriptions(text: str, words: str, speaker: str | None) -> None:
    assert _speaker(text, words) == speaker


_LOCAL = ("Russia fired 40 drones at the capital overnight. A school was damaged, Mayor Ivan Petrenko said. "
          "{who} reported shops across the city also were damaged.")


@pytest.mark.parametrize(("who", "entity"), [
    # changed: a town's or a region's authorities are not the country named last (was Russia)
    ("Local authorities", None),
    ("City authorities", None),
])
def test_local_authorities_guess_no_country(who: str, entity: str | None) -> None:
    rec = extract(_LOCAL.format(who=who), published="2024-05-01")
    hits = [q for q in rec.quotes if q.text.startswith("shops across")]
    assert hits and hits[0].speaker == entity and hits[0].speaker_name == who, hits


def test_pronouns_with_a_person_named_between_keep_the_resolver() -> None:
    # guard: a person named between two "he" speakers breaks the chain
    text = ("Analyst Tom Reed said prices would rise. But he stressed that demand stays strong.\n"
            "Carl Brandt, the chief executive, disagreed. \"Costs are falling fast,\" he said.")
    assert _speaker(text, "Costs are falling fast") == "Carl Brandt"

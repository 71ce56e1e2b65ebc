"""Round 28 (independent review of twelve unseen reports, issue #18 items 1 and 5): acts and topics listed as
quotes, and "he"/"she" speakers given to the wrong person (extract/quotes/review28.py, quote_object_stances.tsv,
quotes/pronouns.py). Sentences written here; each "changed" row was wrong on main 688f02f1, each guard keeps
what was right."""

from __future__ import annotations

import pytest

from newsgraph import extract

_APPOINT = ("President Lena Marsh said Friday she will appoint Carla Reyes, a former Treasury official, as her new "
            "housing \u201cczar.\u201d\n\n"
            "\u201cCarla Reyes is coming back,\u201d the president said on \u201cMorning Show.\u201d\n\n"
            "Ms. Reyes, 52, is the blunt former director of the Housing Agency. She has been working lately as a "
            "contributor for a radio station, where she is a vocal supporter of Ms. Marsh\u2019s housing plans.\n\n"
            "The president said she intended to make the announcement next week, \u201cbut I\u2019d rather announce "
            "it now.\u201d\n\n"
            "\u201cShe\u2019s going to be very much involved with housing,\u201d she said.\n\n"
            "The post would not need Senate approval.\n\n"
            "Ms. Reyes had been poised to retire in 2017 when she got a call from Ana Holt, then Ms. Marsh\u2019s "
            "housing chief, asking her to stay on. She was nominated to the post, but she left the job a year ago."
            "\n\nWhile in the role, she had pushed to fine the owners of empty buildings, saying they could be sued "
            "for neglect.")
_HEADING = ("Talks between the two sides were set to begin next month in Geneva.\n\n"
            "A Swiss government spokesman urged both sides to \"find a middle path\" ahead of the talks.\n\n"
            "Why the sharp words for Mark Fenner?\n\n"
            "The veteran diplomat is a firm defender of sanctions and a blunt critic of the regime. He has previously "
            "said it would be \"entirely fair\" to cut off all trade with the country.")
_ANSWERED = ("Retired engineer Dan Pike told the mayor at a town meeting that the bridge was unsafe.\n\n"
             "Was Pike satisfied with the answer Mayor Ron Ortiz gave?\n\n"
             "\"Not really,\" he said. \"He dodged it.\"")
_NO_NAME = ("President Lena Marsh made a cautious choice for the court with Judge Ada Flynn.\n\n"
            "Is the president being naive?\n\n"
            "Marsh met Flynn on Monday. She told aides that she hopes the Senate will act soon.")
_SPOKESMAN = ("Talks between the two sides were set to begin next month in Geneva.\n\n"
              "\"We hope both sides find a middle path,\" a Swiss government spokesman said.\n\n"
              "\"Nobody gains from a long standoff,\" he added.")


def _listed(text: str) -> list[tuple[str, str, str | None]]:
    rec = extract(text, published="2025-03-10")
    return [(q.kind, q.text, q.speaker_name) for q in rec.quotes]


def _kind_of(text: str, words: str) -> str:
    hits = [kind for kind, said, _name in _listed(text) if said.startswith(words)]
    assert hits, _listed(text)
    return hits[0]


def _speaker_of(text: str, words: str) -> str | None:
    hits = [name for kind, said, name in _listed(text) if said.startswith(words) and kind != "stance"]
    assert hits, _listed(text)
    return hits[0]


@pytest.mark.parametrize(("text", "words", "kind"), [
    # (round 28's rows "ordered the closure of ..." / "ordered the arrest of ..." as stances: since round 33 an order
    # with a noun object gives nothing, tests/test_quote_r33_stances.py)
    # changed: a pledge of something (allegiance, money) is an act
    ("The rebel factions in the north have pledged allegiance to the army, which has seized most of the valley.",
     "allegiance", "stance"),
    # changed: what a clip highlights
    ("In a clip, Lena Hart highlights five key points of the plan.", "five key points", "stance"),
    # changed: "said of X" names the topic of the quoted words
    ("\u201cThe bottom line is it means delay,\u201d Ms. Rhee said of the minister\u2019s exit. \u201cDelay is "
     "costly.\u201d", "the minister", "stance"),
    # guard: the quoted words beside it stay a quote
    ("\u201cThe bottom line is it means delay,\u201d Ms. Rhee said of the minister\u2019s exit. \u201cDelay is "
     "costly.\u201d", "The bottom line", "direct"),
    # guard: an order given as a clause is a statement of its content
    ("The judge ordered that the files be released.", "the files be released", "indirect"),
    # guard: a pledge to do something is a promise made in words
    ("Ortiz pledged to close the bridge.", "to close the bridge", "indirect"),
    # guard: "said of X that ..." keeps the clause
    ("Rhee said of the minister's exit that it was overdue.", "the minister's exit that", "indirect"),
    # guard: a verb of expressing kept its rule (round 18)
    ("The senator expressed his support for the pipeline.", "his support", "stance"),
    # guard: "said of" a noun with its own "that"-clause keeps the claim
    ("\"Absolutely not,\" she said of the chance that the council would relent.", "the chance that", "indirect"),
    # changed: a scare-quoted term in a relative clause further in does not make the object words said
    ("Several armed groups in Chad have pledged allegiance to the Front, the rebel movement that has seized "
     "control of the north and declared a \"republic\".", "allegiance to the Front", "stance"),
    # guard: a clause the noun takes is a claim
    ("The senator expressed concerns that the rallies would turn violent.", "concerns that the rallies", "indirect"),
    # guard: quoted words in the object itself keep it words said
    ("The senator expressed his \"deep concern\" over the plan.", "his \"deep concern\"", "indirect"),
])
def test_acts_and_topics(text: str, words: str, kind: str) -> None:
    assert _kind_of(text, words) == kind


@pytest.mark.parametrize(("text", "words"), [
    # changed: "warned X not to ..." gives what X was told, not X alone
    ("Karl Ott has warned the union not to make promises that it cannot keep.", "the union not to make promises"),
    # guard: "urged X to ..." was already whole
    ("Karl Ott urged lawmakers to pass the budget.", "lawmakers to pass the budget"),
])
def test_told_to(text: str, words: str) -> None:
    assert any(said.startswith(words) and kind == "indirect" for kind, said, _n in _listed(text)), _listed(text)


def test_purpose_infinitive_is_not_told() -> None:
    # guard: "emailed X to thank him" is a purpose, no words X was told
    assert not [s for k, s, _n in _listed("Ott emailed Brafman to thank him for his work.") if k == "indirect"]


def test_told_infinitive_of_saying() -> None:
    # guard: "emailed X to say that ...": the infinitive reports its own words
    said = [s for k, s, _n in _listed("The mayor emailed voters to say that the count was wrong.") if k == "indirect"]
    assert said == ["the count was wrong"]


def test_warned_object_alone_is_gone() -> None:
    said = [s for _k, s, _n in _listed("Karl Ott has warned the union not to make promises that it cannot keep.")]
    assert "the union" not in said


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed: "she said" after "The president said ..." is the president's, not the woman named in between
    (_APPOINT, "She\u2019s going to be", "Lena Marsh"),
    # guard: a person named after the president's words is the later "she" ("she had pushed ..., saying")
    (_APPOINT, "they could be sued", "Carla Reyes"),
    # guard: the president's own quote
    (_APPOINT, "Carla Reyes is coming back", "Lena Marsh"),
    # changed: the "he" of a section headed by a question naming one man is that man, not the spokesman above
    (_HEADING, "it would be", "Mark Fenner"),
    # guard: the spokesman keeps his own words above the heading
    (_HEADING, "both sides to", "A Swiss government spokesman"),
    # guard: a question the next paragraph answers with quoted words is no heading: he is the one asked
    (_ANSWERED, "Not really", "Dan Pike"),
    # guard: a question naming no one leaves the usual reading
    (_NO_NAME, "she hopes the Senate", "Lena Marsh"),
    # guard: with no heading, "he added" after an unnamed speaker stays that speaker's
    (_SPOKESMAN, "Nobody gains", "a Swiss government spokesman"),
])
def test_he_speakers(text: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(text, words) == speaker


def _modality_of(text: str, words: str) -> str:
    rec = extract(text, published="2025-03-10")
    hits = [q.modality for q in rec.quotes if q.text.startswith(words)]
    assert hits, [(q.text, q.modality) for q in rec.quotes]
    return hits[0]


_FORECAST = ("Ortiz's critics will say this evidence is all hearsay. But hearsay is not weak evidence. They will "
             "also say that there is no signed deal here.")


@pytest.mark.parametrize(("text", "words", "modality"), [
    # changed: what a group "will say" is the writer's forecast, not words said
    (_FORECAST, "this evidence is all hearsay", "hypothetical"),
    (_FORECAST, "there is no signed deal", "hypothetical"),
    # guard: a named speaker's announced speech (an advance text) stays asserted
    ("Mayor Ortiz will say in his speech tonight that the city is safe.", "the city is safe", "asserted"),
    # guard: a time given for the saying
    ("Officials will say on Tuesday that the plan is dead.", "the plan is dead", "asserted"),
    # guard: a group's past words
    ("Critics said the plan was dead.", "the plan was dead", "asserted"),
])
def test_predicted_speech(text: str, words: str, modality: str) -> None:
    assert _modality_of(text, words) == modality

"""Round 15 rules of issue 19 (precision first: senses, modality, acts not told as done): a title's own words
name the thing released, charging someone with a task, a quoted name read as a second object, holding a veto, an
act whose object asks for a negation, acts a timetable or "is to" tells as still to come, a condition on the verb
an infinitive completes (docs/events_guidelines.md, round 15 addendum). The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_sense, shown_by_default

# (text, trigger word, type or None for no event at that word)
SENSES = [
    # releasing a thing whose title names documents publishes it; releasing people frees them
    ("WikiLeaks released Clinton Emails Part 2 on Friday.", "released", None),
    ("The group released Campaign Documents Volume 3 online.", "released", None),
    ("Iran released the British tanker crew.", "released", "RETREAT"),
    ("Israel released Sergeant Shalit after five years.", "released", "RETREAT"),
    # charging someone with a task, told by a to-infinitive, entrusts; charging a person with a crime accuses
    ("We charge the commanders to keep their areas safe.", "charge", None),
    ("The general charged his officers to defend the bridge.", "charged", None),
    ("Prosecutors charged the former minister with fraud.", "charged", "DISAPPROVE"),
    # a quoted predicate the parser reads as a second object: what the first is called, not a demand
    ("Calling the attack a \u201cviolent assault on the Jewish community,\u201d the minister said the state would act.",
     "Calling", None),
    ("The senator called on Congress to act.", "called", "DEMAND"),
    ("Trump called the deal \"a disaster\" on Monday.", "called", "DISAPPROVE"),
    # holding a veto is a power, not its use
    ("The European Parliament holds a veto on the final deal.", "veto", None),
    ("Russia vetoed the resolution on Syria.", "vetoed", "REJECT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_sense_decides_the_type(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# (text, trigger word, type, modality)
MODALITY = [
    # a timetable tells an act still to come
    ("Trump is scheduled to meet Putin in Helsinki.", "meet", "CONSULT", "intended"),
    ("The two leaders are due to sign the accord on Friday.", "sign", "AGREE", "intended"),
    ("Xi is slated to visit Moscow next week.", "visit", "CONSULT", "intended"),
    # "be" with a to-infinitive: arranged or meant, not done
    ("Pompeo and Baradar were to meet in Doha on Saturday.", "meet", "CONSULT", "intended"),
    ("The original mandate of the prosecutor was to investigate the senator.", "investigate", "INVESTIGATE",
     "intended"),
    # a condition on the verb the infinitive completes: only possible
    ("If Iran were to attack the tanker, the navy would respond.", "attack", "FIGHT", "hypothetical"),
    # "'d" before a bare verb is "would"; before a participle it is "had"
    ("Trump said: \"I'd meet with Rouhani anytime.\"", "meet", "CONSULT", "hypothetical"),
    ("He said he'd attacked the convoy before the police arrived.", "attacked", "ASSAULT", "asserted"),
    # guards: told as done stays asserted
    ("Pompeo met Baradar in Doha on Saturday.", "met", "CONSULT", "asserted"),
    ("Iran attacked the tanker on Monday.", "attacked", "FIGHT", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


# (text, trigger word, type, shown by default): an act whose object asks for a negation, a question or a
# condition is stored under the threshold; "anyone who ..." (a relative clause) is a set of people, and the act
# on it is told
NOT_TOLD = [
    ("Mueller has charged the president with anything specifically.", "charged", "DISAPPROVE", False),
    ("Prosecutors charged the former minister with fraud.", "charged", "DISAPPROVE", True),
    ("Police arrested anyone who protested in the square.", "arrested", "COERCE", True),
]


@pytest.mark.parametrize(("text", "word", "typ", "shown"), NOT_TOLD)
def test_acts_not_told_as_done(enlp, text, word, typ, shown) -> None:
    assert shown_by_default(enlp, text, word, typ) is shown


# known failures, kept as strict xfails: each is a modality the cues over the act get wrong
KNOWN = [
    # an intent under "if" is conditional: the intent cue ("decide") outranks the condition
    pytest.param("If the Saudis decide to attack Qatar, the region would burn.", "attack", "FIGHT", "hypothetical",
                 marks=pytest.mark.xfail(strict=True, reason="intended outranks the condition of the deciding verb")),
    # a noun in an adjunct of a scheduled act takes the timetable's standing, though the inquiry is under way
    pytest.param("He was scheduled to testify as part of the Democrats' impeachment inquiry against the president.",
                 "inquiry", "INVESTIGATE", "asserted",
                 marks=pytest.mark.xfail(strict=True, reason="a noun in an 'as part of' phrase takes its verb's cues")),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), KNOWN)
def test_known_modality_failures(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)

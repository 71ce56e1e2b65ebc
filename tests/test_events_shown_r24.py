"""Round 24 (issue 19, items 2 and 3): senses, modality and the main act, read on real reports (allsides ranks
641-680) and the round-23 end review (a police siege and a threat hidden, "is frustrated" shown as DISAPPROVE).
Rows marked "before:" failed at main 3b8cfaea; the guards keep the senses that were right. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import events_at

from newsgraph.record import EVENT_MIN_CONFIDENCE

# (text, trigger word, the type that must be there, a type that must not)
SENSES = [
    # before: DISAPPROVE (journalists are critics): attacked by a mob is force
    ("Two reporters filming the march were attacked by a mob near the station.", "attacked", "ASSAULT",
     "DISAPPROVE"),
    ("A photographer was attacked by gunmen outside the court.", "attacked", "ASSAULT", "DISAPPROVE"),  # (held)
    # before: ASSAULT: a view attacked in a column is words
    ("His assessment was attacked by a former minister in a newspaper column.", "attacked", "DISAPPROVE",
     "ASSAULT"),
    # before: CONSULT/host: welcoming strikes or an exchange approves them
    ("Britain and Canada welcomed the airstrikes on the depot.", "welcomed", "SUPPORT", "CONSULT"),
    ("Washington welcomed the prisoner exchange on Saturday.", "welcomed", "SUPPORT", "CONSULT"),
    # before: PROTEST/demo: a government protesting something complains in words
    ("The foreign ministry protested the detention of its diplomats.", "protested", "DISAPPROVE", "PROTEST"),
    ("The administration has protested the jailing of three bloggers.", "protested", "DISAPPROVE", "PROTEST"),
    # before: COERCE/raid: aircraft raiding a village strike it from the air
    ("Syrian warplanes raided two villages north of the city on Tuesday.", "raided", "FIGHT", "COERCE"),
    # before: nothing shown: "laid siege" is the besieging
    ("Riot police laid siege to the campus on Monday.", "siege", "FIGHT", ""),
]

# (text, trigger word, type): no event of the type at the word, shown or not (another sense of the word)
NOT_EVENTS = [
    # before: DISAPPROVE/allege: charged with a task
    ("The agency is the body charged with monitoring the truce.", "charged", "DISAPPROVE"),
    ("She was the official charged with oversight of the election.", "charged", "DISAPPROVE"),
    # before: AGREE: offering an amendment or a pronouncement proposes or says something
    ("The senator offered an amendment that would trim the budget.", "offered", "AGREE"),
    ("The candidate has offered one bold pronouncement after another.", "offered", "AGREE"),
    # before: AGREE: the public or a view that something goes on is an opinion
    ("Most voters agree with the governor on the question, a poll found.", "agree", "AGREE"),
    ("Every analyst agrees that the two rivals continue to arm.", "agrees", "AGREE"),
    ("Everybody in the capital agrees.", "agrees", "AGREE"),
    # before: DEMAND: terms for an interview
    ("The aides insisted on anonymity because they were not allowed to speak.", "insisted", "DEMAND"),
    # before: DISAPPROVE: a mood with no cause
    ("The minister had become deeply frustrated in the job.", "frustrated", "DISAPPROVE"),
    ("The singer is frustrated.", "frustrated", "DISAPPROVE"),
    # before: CONSULT: how a couple met
    ("The colonel met his wife while he was a student in Boston.", "met", "CONSULT"),
    # before: THREATEN: a warning of how serious a change is
    ("\"We warn of the gravity of this step,\" the spokesman said.", "warn", "THREATEN"),
    # before: COOPERATE: what a symbol stood for
    ("It was the first time that work stopped at the park, the only remaining symbol of economic cooperation "
     "between the two countries.", "cooperation", "COOPERATE"),
    # before: DEMAND: asking one's followers to vote in a poll
    ("The ministry asked its followers to vote in an online survey.", "asked", "DEMAND"),
    # before: CONSULT/visit: a custom, no one visit
    ("Foreign diplomats have occasionally visited the province to report on conditions there.", "visited", "CONSULT"),
    # before: COERCE/seize: one's own agenda
    ("The assembly has seized control of its own timetable.", "seized", "COERCE"),
    # before: THREATEN: a travel advisory
    ("The embassy issued an advisory warning for citizens who plan to visit the border area.", "warning", "THREATEN"),
]

# (text, trigger word, type, modality)
MODALITY = [
    # before: intended: an open question
    ("Whether the two governments will resume talks is unclear.", "talks", "CONSULT", "hypothetical"),
    ("Whether the two governments will meet again is unclear.", "meet", "CONSULT", "hypothetical"),
    # before: intended and shown
    ("The cabinet will decide whether to expel the diplomats.", "expel", "SANCTION", "hypothetical"),
    # before: intended (COOPERATE) and asserted (AGREE): a forecast by someone else
    ("Probably, Russia will cooperate with Turkey on the pipeline.", "cooperate", "COOPERATE", "hypothetical"),
]

# the main act: before, the threat was hidden (a finite verb the parse conjoined to a participle)
MAIN_ACTS = [
    ("Police have surrounded a college, trapping 300 students inside and threatened to use live rounds on them.",
     "threatened", "THREATEN"),
]

# guards: the senses that were right stay
STILL = [
    ("The rebels attacked army posts near the border.", "attacked", "ASSAULT"),
    ("The senator attacked the president's plan in a speech.", "attacked", "DISAPPROVE"),
    ("Thousands of students protested the new law in the capital.", "protested", "PROTEST"),
    ("Police raided the offices of the newspaper on Friday.", "raided", "COERCE"),
    ("The prosecutor charged that the firm had hidden the payments.", "charged", "DISAPPROVE"),
    ("Iran and the European Union agreed to resume talks.", "agreed", "AGREE"),
    ("The minister was frustrated with the slow pace of the talks.", "frustrated", "DISAPPROVE"),
    ("The president met the Japanese prime minister on Friday.", "met", "CONSULT"),
    ("The president welcomed the Japanese prime minister to the White House.", "welcomed", "CONSULT"),
    ("Israel insisted on an end to the rocket fire.", "insisted", "DEMAND"),
    ("Russia will cooperate with Turkey on the pipeline, the minister said.", "cooperate", "COOPERATE"),
    ("Rebels seized control of the airport on Sunday.", "seized", "COERCE"),
    ("The ministry asked Israel to halt the raids.", "asked", "DEMAND"),
    ("The envoy visited the camps on Monday.", "visited", "CONSULT"),
]


def _shown(enlp, text: str, word: str) -> list[dict]:  # noqa: ANN001
    return [e for e in events_at(enlp, text, word) if e["confidence"] >= EVENT_MIN_CONFIDENCE]


@pytest.mark.parametrize(("text", "word", "typ", "not_typ"), SENSES)
def test_senses_r24(enlp, text, word, typ, not_typ) -> None:
    evs = events_at(enlp, text, word)
    assert [e for e in evs if e["type"] == typ], evs
    assert not [e for e in evs if e["type"] == not_typ], evs


@pytest.mark.parametrize(("text", "word", "typ"), NOT_EVENTS)
def test_not_events_r24(enlp, text, word, typ) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_modality_r24(enlp, text, word, typ, modality) -> None:
    evs = events_at(enlp, text, word)
    assert [e for e in evs if e["type"] == typ and e["modality"] == modality], evs
    assert not [e for e in evs if e["modality"] in {"asserted", "intended"} and
                e["confidence"] >= EVENT_MIN_CONFIDENCE], evs


@pytest.mark.parametrize(("text", "word", "typ"), MAIN_ACTS)
def test_main_act_shown_r24(enlp, text, word, typ) -> None:
    assert [e for e in _shown(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), STILL)
def test_still_r24(enlp, text, word, typ) -> None:
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


# report text only: a caption closed by a bracketed photo credit, and link text with the name said twice
NOT_REPORT_TEXT = [
    # before: ASSAULT/beat
    ("Shops were torched in the old town overnight.\n\nA man is beaten during a clash between supporters and "
     "opponents of the new law in the capital [Jane Roe/Reuters]\n\nPolice said ten people were hurt in the unrest.",
     "beaten"),
    # before: THREATEN (hidden here; shown in the report it was read on)
    ("The vote renewed scrutiny of former Vice President Joe Biden Joe Biden Parnas: envoy removed to clear path "
     "Trump threatened to cut aid MORE, the front-runner, on Monday.", "threatened"),
]


@pytest.mark.parametrize(("text", "word"), NOT_REPORT_TEXT)
def test_not_report_text_r24(text, word) -> None:
    from newsgraph import extract

    i = text.index(word)
    rec = extract(text, min_confidence=0.0)
    assert not [e for e in rec.events if e.start <= i < e.end], rec.events

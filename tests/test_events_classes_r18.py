"""Round 18 rules of issue 19 (the tune half's unfound and wrong events read by class): support stated with a verb
of stating, searching for suspects, a stated refusal to tolerate another's act, a trip called off for an errand, and
an atrocity declared of a named party (docs/events_guidelines.md, "round 18" addendum). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, assert_sense, events_at

# (text, trigger word, type or None for no event at that word)
STATED_SUPPORT = [
    # support stated is the verbal SUPPORT of CAMEO 05, told by the verb that states it
    ("The chancellor reaffirmed her country's strong support for the alliance.", "reaffirmed", "SUPPORT"),
    ("The foreign minister expressed support for the ceasefire plan.", "expressed", "SUPPORT"),
    ("The premier voiced his backing for the new prime minister.", "voiced", "SUPPORT"),
    ("The governing party threw its support behind the candidate.", "threw", "SUPPORT"),
    ("Both leaders reiterated their support for the peace process.", "reiterated", "SUPPORT"),
    # material backing stated is aid
    ("Norway reaffirmed its military support for Estonia.", "reaffirmed", "AID"),
    # guards: a concern about someone's support, regret, a view, a ball thrown: no event at the stating verb
    ("The senator expressed concern about Iran's support for the militias.", "expressed", None),
    ("The minister expressed regret over the deaths.", "expressed", None),
    ("The envoy reaffirmed his view that talks were needed.", "reaffirmed", None),
    ("The coach threw the ball to the player.", "threw", None),
]

SEARCHES = [
    # authorities searching or hunting for the suspects of an act investigate it (CAMEO 09)
    ("Police in three countries are searching for the accomplices.", "searching", "INVESTIGATE"),
    ("Troops are hunting for the gunmen who raided the village.", "hunting", "INVESTIGATE"),
    ("The police launched a search for the suspects on Friday.", "search", "INVESTIGATE"),
    # guards: a search for survivors, the missing or a lost plane is no investigation
    ("Rescuers searched for survivors in the rubble.", "searched", None),
    ("The search for the missing plane continued for weeks.", "search", None),
    ("Villagers hunted for mushrooms in the forest.", "hunted", None),
]

CALLED_OFF = [
    # a trip called off to attend to something else is a change of schedule, not a diplomatic sanction
    ("The minister cancelled a trip to Kenya to stay at the talks.", "cancelled", None),
    ("The premier called off his visit to Oslo to deal with the floods.", "called", None),
    # guards: one called off at someone, or for a protest, keeps the sanction
    ("The premier called off his visit to Oslo after a row over fishing rights.", "called", "SANCTION"),
    ("Ruritania cancelled the talks to protest the shelling.", "cancelled", "SANCTION"),
    ("Japan cancelled the summit with Seoul.", "cancelled", "SANCTION"),
]

TOLERANCE = [
    # a side that says it will not tolerate another's act warns it (CAMEO 13): THREATEN, asserted
    ("The minister said the United States won't tolerate Russia's interference in its elections.", "tolerate",
     "THREATEN"),
    ("Merkel said Germany would not tolerate attacks by Turkey on its citizens.", "tolerate", "THREATEN"),
    # guards: a past practice, an incapacity, no party warned, a plain future
    ("The regime did not tolerate dissent in the 1980s.", "tolerate", None),
    ("Israel could not tolerate the delay.", "tolerate", None),
    ("The school will not tolerate bullying.", "tolerate", None),
    ("The United States will tolerate the new rules.", "tolerate", None),
]


ATROCITIES = [
    # declaring or determining that a named party's acts are genocide or war crimes accuses it (CAMEO 112)
    ("Foreign Minister Anna Berg announced that ISIS is guilty of genocide against the Yazidis.", "announced",
     "DISAPPROVE"),
    ("In 2004 Colin Powell determined that Sudan's actions in Darfur constituted genocide.", "determined",
     "DISAPPROVE"),
    ("Canada declared that Russia had committed war crimes in Ukraine.", "declared", "DISAPPROVE"),
    # the atrocity named keeps its own event
    ("Canada declared that Russia had committed genocide in the region.", "genocide", "ASSAULT"),
    # guards: nobody declares, nobody named is accused, a declaration of something else, a bare "said"
    ("Scholars have long debated whether the famine was a genocide.", "debated", None),
    ("The museum announced an exhibition on the genocide of 1915.", "announced", None),
    ("Canada declared that the war was over.", "declared", None),
    ("The envoy said Russia had committed war crimes in Ukraine.", "said", None),
]


CONFERENCES = [
    # a joint news conference is a meeting of its sides (CAMEO 04)
    ("At a joint press conference with Putin, Erdogan said the talks had gone well.", "conference", "CONSULT"),
    ("Merkel and Macron gave a joint news conference in Berlin.", "conference", "CONSULT"),
    # guards: one side speaking to reporters is no meeting
    ("The minister told a news conference in Kabul that the talks would resume.", "conference", None),
    ("The president held a news conference with reporters at the White House.", "conference", None),
]


@pytest.mark.parametrize(("text", "word", "typ"),
                         STATED_SUPPORT + SEARCHES + CALLED_OFF + TOLERANCE + ATROCITIES + CONFERENCES)
def test_round18_classes(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word"), [
    ("The minister said the United States won't tolerate Russia's interference in its elections.", "tolerate"),
    ("Merkel said Germany would not tolerate attacks by Turkey on its citizens.", "tolerate"),
])
def test_tolerance_threat_is_asserted(enlp, text, word) -> None:
    # the negation is the threat, not a denial of it
    assert_modality(enlp, text, word, "THREATEN", "asserted")


@pytest.mark.parametrize(("text", "role", "name"), [
    ("The minister said the United States won't tolerate Russia's interference in its elections.", "actors",
     "United States"),
    ("The minister said the United States won't tolerate Russia's interference in its elections.", "targets",
     "Russia"),
])
def test_tolerance_threat_parties(enlp, text, role, name) -> None:
    assert_party(enlp, text, "tolerate", "THREATEN", role, name)


@pytest.mark.parametrize(("role", "name"), [("actors", "Canada"), ("targets", "Russia")])
def test_atrocity_accusation_parties(enlp, role, name) -> None:
    text = "Canada declared that Russia had committed war crimes in Ukraine."
    hits = [e for e in events_at(enlp, text, "declared") if e["type"] == "DISAPPROVE"]
    assert hits and hits[0]["mode"] == "allege", hits
    assert_party(enlp, text, "declared", "DISAPPROVE", role, name)

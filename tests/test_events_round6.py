"""Round 6 rules of issue 19 (docs/events_guidelines.md, round 6 addendum): violence as reports tell it
(shown at the default threshold, with its victims), and senses that are no event or another type."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

# (sentence, trigger word, type, a word of the target's name or None, a word of the actor's name or None)
TOLD = [
    ("Gunmen opened fire on worshippers at a mosque in Kabul on Friday.", "opened", "ASSAULT", "worshippers",
     "Gunmen"),
    ("The attack on the hotel killed 14 people, officials said.", "attack", "ASSAULT", "people", None),
    ("Police said at least 20 people died in the blasts.", "blasts", "ASSAULT", "people", None),
    ("Gunmen killed five people in the market, police said.", "killed", "ASSAULT", "people", "Gunmen"),
    ("Militants stormed a police station in the north, killing six officers.", "stormed", "ASSAULT", "officers",
     "Militants"),
    ("The rebels ambushed an army convoy on Tuesday.", "ambushed", "ASSAULT", None, "rebels"),
    ("Unknown assailants stabbed a priest to death.", "stabbed", "ASSAULT", "priest", "assailants"),
    ("A car bomb exploded outside the embassy, killing four.", "exploded", "ASSAULT", "four", None),
    ("Security forces fired tear gas at protesters in the capital.", "fired", "FIGHT", "protesters", "forces"),
    ("The magazine's offices were firebombed in 2011.", "firebombed", "ASSAULT", None, None),
    ("Attackers set fire to the building.", "set", "ASSAULT", None, "Attackers"),
]


@pytest.mark.parametrize(("text", "word", "typ", "target", "actor"), TOLD)
def test_violence_as_reports_tell_it(enlp, text, word, typ, target, actor) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    if target:
        assert target in party_names(hits[0]["targets"]), hits[0]
    if actor:
        assert actor in party_names(hits[0]["actors"]), hits[0]


@pytest.mark.parametrize("text,word", [
    ("The attack on the hotel killed 14 people, officials said.", "attack"),  # ranked 0.49 in round 5
    ("Police said at least 20 people died in the blasts.", "blasts"),  # 0.23
    ("Gunmen killed five people in the market, police said.", "killed"),  # 0.69
])
def test_violence_told_on_someones_word_is_shown_by_default(enlp, text, word) -> None:
    (e,) = events_at(enlp, text, word)
    assert e["confidence"] >= DEFAULT_MIN_CONFIDENCE, e


@pytest.mark.parametrize("text,word", [
    ("Trump also defended his decision to withdraw troops from Syria.", "defended"),
    ("He has defended his actions, saying he was acting as a journalist.", "defended"),
    ("If there was a chance that sanctions could push people to rebel, the virus has killed it.", "killed"),
    ("The U.S. military is generally banned from conducting law enforcement on U.S. soil.", "banned"),
    ("Special counsels are appointed by the attorney general, usually at the request of Congress.", "request"),
])
def test_no_event_in_these_senses(enlp, text, word) -> None:
    assert events_at(enlp, text, word) == []


@pytest.mark.parametrize("text,word,typ", [
    ("A spokesman for the ministry promised grave consequences if the U.S. does not agree.", "promised",
     "THREATEN"),
    ("Pence also defended a comment Trump made last week.", "defended", "SUPPORT"),  # another's words: support
    ("Prime Minister Stephen Harper clashed with the president over the pipeline.", "clashed", "DISAPPROVE"),
    ("Protesters clashed with police in the capital.", "clashed", "FIGHT"),
    ("Israeli soldiers routinely beat Palestinian detainees.", "beat", "ASSAULT"),  # a practice, not a norm
])
def test_the_type_follows_the_sense(enlp, text, word, typ) -> None:
    assert typ in {e["type"] for e in events_at(enlp, text, word)}, events_at(enlp, text, word)


@pytest.mark.parametrize("text,word,typ", [
    ("Israeli forces attacked Hamas positions in Gaza overnight.", "attacked", "FIGHT"),  # force, not words
    ("The senator attacked his position on immigration.", "attacked", "DISAPPROVE"),
    ("The Iranian attack on the base wounded 34 soldiers.", "attack", "FIGHT"),  # a state's attack is force
    ("Al Qaeda forces attacked the compound.", "attacked", "ASSAULT"),  # no state: an attack
    ("Secretary Hagel said he agrees with the move.", "agrees", "SUPPORT"),
])
def test_force_words_and_approval(enlp, text, word, typ) -> None:
    assert typ in {e["type"] for e in events_at(enlp, text, word)}, events_at(enlp, text, word)


def test_a_city_before_the_noun_is_where_not_who(enlp) -> None:
    # round 7: "in the wake of" only dates the sentence by the attacks (as "after" does): no verb lends them parties
    for text in ("The public seems anxious in the wake of the Paris attacks.", "The Paris attacks shocked Europe."):
        assert all("Paris" not in party_names(e["actors"]) for e in events_at(enlp, text, "attacks")), text


def test_the_target_of_attacks_is_their_target(enlp) -> None:
    (e,) = events_at(enlp, "Turkey has been the target of attacks in the past year.", "attacks")
    assert "Turkey" in party_names(e["targets"]) and not e["actors"], e


def test_a_city_named_where_people_were_harmed_is_no_target(enlp) -> None:
    text = "At least 51 people were killed and dozens of others wounded in the attack in the city of Gaziantep."
    assert all("Gaziantep" not in party_names(e["targets"]) for e in enlp(text)._.newsgraph_events)


@pytest.mark.parametrize("text,word", [
    ("The Air Force called the mission a demonstration of the U.S. commitment to its allies.", "demonstration"),
    ("He declined to detail how the U.S. might expand its assistance to Iraq.", "declined"),
])
def test_shows_and_refusals_to_say_are_no_events(enlp, text, word) -> None:
    assert events_at(enlp, text, word) == []


@pytest.mark.parametrize("text,word,typ", [
    ("Special Counsel Robert Mueller has subpoenaed the Trump Organization for documents.", "subpoenaed",
     "INVESTIGATE"),
    ("The State Department has barred Gordon Sondland from testifying before Congress.", "barred", "COERCE"),
    ("China has installed surface-to-air missiles in a disputed area.", "installed", "MOBILIZE"),
    # round 13: FIGHT, as the tune gold codes this sentence (force met by troops is armed conflict)
    ("The troops have been surrounded by Russian-backed militias for days.", "surrounded", "FIGHT"),
    ("President Bill Clinton was impeached for perjury.", "impeached", "DISAPPROVE"),
])
def test_clear_acts_the_lexicon_lacked(enlp, text, word, typ) -> None:
    assert typ in {e["type"] for e in events_at(enlp, text, word)}, events_at(enlp, text, word)


@pytest.mark.parametrize("text,word", [("He broke into tears.", "broke"), ("She was barred by a court.", "barred")])
def test_their_other_senses_are_no_events(enlp, text, word) -> None:
    assert events_at(enlp, text, word) == []


def test_a_wire_photo_caption_kept_as_body_yields_no_event(enlp) -> None:
    caption = ("Vice President Mike Pence speaks after a meeting with President Trump and Congressional Democrats "
               "at the White House in Washington, D.C., January 9, 2019.")
    assert enlp(caption)._.newsgraph_events == []
    told = "Police arrested the suspect on Tuesday, officials said on January 9, 2019."
    assert [e["type"] for e in enlp(told)._.newsgraph_events] == ["COERCE"]

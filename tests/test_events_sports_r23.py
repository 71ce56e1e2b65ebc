"""Round 23, sports (issue 19; the end review's NHL roundup and history piece): a game result or a shot in a game
report is no violence, and a disease killing people is no assault with the disease as actor. Rows marked
"before:" failed at main 7914aee5; the guards keep real violence near a game and real killers. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import events_at

from newsgraph.extract.scores import has_score

# (text, trigger word, the type that must not be there)
NOT_EVENTS = [
    # before: ASSAULT (a result with a score, or a team word in the sentence or its paragraph)
    ("Minnesota beat Buffalo 4-1 on Tuesday night.", "beat", "ASSAULT"),
    ("Carolina beat Chicago 3-2 and Aho scored twice.", "beat", "ASSAULT"),
    ("The Wild beat the Sabres in the season opener.", "beat", "ASSAULT"),
    ("Columbus beat Montreal. Laine fired a shot at the goalie in overtime.", "beat", "ASSAULT"),
    ("Scotland were beaten 33-15 by Samoa in the plate semi-final.", "beaten", "ASSAULT"),
    ("Boston 5, Toronto 2. Boston beat Toronto for a third time.", "beat", "ASSAULT"),
    # before: FIGHT (a shot at goal is play, not gunfire)
    ("Columbus beat Montreal. Laine fired a shot at the goalie in overtime.", "fired", "FIGHT"),
    ("Late in the match the striker fired a shot wide.", "fired", "FIGHT"),  # (held before too)
    ("The striker shot wide twice before half-time and the league leaders lost the game.", "shot", "FIGHT"),
    ("The winger shot at the goalkeeper from close range in the second game of the season.", "shot", "FIGHT"),
    # before: FIGHT (a race won against a rival)
    ("In the race for the championship, Kiptum won a battle with the world champion Lee.", "battle", "FIGHT"),
    # before: ASSAULT (a disease's toll, told by a participle on its subject, or by the disease as subject)
    ("The Black Death swept through Europe in the 1340s, killing up to 60 percent of its population.", "killing",
     "ASSAULT"),
    ("Cholera killed thousands of people in the camps last year.", "killed", "ASSAULT"),
    ("The virus has killed 3,000 people in Italy.", "killed", "ASSAULT"),
]

# (text, trigger word, the type that must stay)
STILL_EVENTS = [
    ("Russian troops beat back Ukrainian forces near the town.", "beat", "ASSAULT"),
    ("The gunman fired a shot at the protesters outside the stadium.", "fired", "ASSAULT"),
    ("Soldiers fired at the crowd after the match.", "fired", "FIGHT"),
    ("Police battled with fans in the stand after the game.", "battled", "FIGHT"),
    ("After the game, a group of men beat fans of the visiting team outside the ground.", "beat", "ASSAULT"),
    # a vote or a ruling is no score
    ("The court ruled 5-4 on Monday. Soldiers beat the protesters in the square.", "beat", "ASSAULT"),
    ("The rebels stormed the town, killing 12 soldiers.", "stormed", "ASSAULT"),
    ("The militants killed 12 soldiers in an ambush.", "killed", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_EVENTS)
def test_sports_not_events_r23(enlp, text, word, typ) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), STILL_EVENTS)
def test_sports_still_events_r23(enlp, text, word, typ) -> None:
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "score"), [
    ("Minnesota won 4-1 at home.", True),
    ("Wild 4, Sabres 1", True),
    ("England beat Fiji 26–21 in the final.", True),
    ("The justices ruled 5-4 in the case.", False),
    ("The Senate voted 52-48 to confirm her.", False),
    ("He served from 2001-2005 in the army.", False),
    ("A 10-year-old boy was hurt.", False),
    ("Prices rose 3-4 percent.", False),
])
def test_has_score(text: str, score: bool) -> None:
    assert has_score(text) is score

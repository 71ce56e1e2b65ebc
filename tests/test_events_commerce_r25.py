"""Round 25 (issue 19; the round-24 end review's business and sport pages): orders of goods, leadership changes in
firms and sport play are no demands, concessions, vetoes or talks (data/event_senses.tsv, the round 25 block;
docs/events_guidelines.md, the round 25 addendum). Rows marked "before:" held the named type at main fd65c8e7;
the guards keep the political senses of the same words. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import events_at

# (text, trigger word, the type that must not be there)
NOT_EVENTS = [
    # before: DEMAND (an order of goods is a purchase)
    ("Besides its order of 20 jets on Wednesday, it announced an order of 40 Airbus jets on Monday.", "order",
     "DEMAND"),
    ("Qantas placed an order for 12 Boeing 787 aircraft.", "order", "DEMAND"),
    ("The order is valued at $8.8 billion at list prices.", "order", "DEMAND"),
    ("The carrier ordered 20 new planes from Embraer last year.", "ordered", "DEMAND"),  # (held before too)
    # before: CONCEDE (a chief executive stepping down resigns; the type is RETREAT, below)
    ("Acme CEO Jane Doe is stepping down in March.", "stepping", "CONCEDE"),
    # before: RETREAT return (a post handed to a successor)
    ("Doe will hand over the reins to chief operating officer Tom Roe.", "hand", "RETREAT"),
    ("The founder handed the helm to his daughter in 2019.", "handed", "RETREAT"),
    # before: REJECT (a shot blocked in a game), CONSULT (a coach's pep talk)
    ("For good measure, Brown blocked a shot late in the third period.", "blocked", "REJECT"),
    ("Coach Lee gave his players a pep talk on Tuesday.", "talk", "CONSULT"),
    # before: AGREE (a game settled by a goal), DISAPPROVE (a kick charged down, a side that scores again)
    ("Mensah settled the game on 75 minutes with a low shot.", "settled", "AGREE"),
    ("His attempted kick was charged down by Ruiz, who ran in to score.", "charged", "DISAPPROVE"),
    ("The hosts looked in control, but France hit back in the 20th minute.", "hit", "DISAPPROVE"),
    # before: CONSULT visit (a side that visits for a game plays away)
    ("Spain will visit on 12 June in what will be a warm-up game before the qualifiers.", "visit", "CONSULT"),
    # before: AID (a lender that supplies funds to a market trades)
    ("The lender, which supplies funds to the housing market, was fined.", "supplies", "AID"),
    # before: THREATEN (a firm or a club in danger)
    ("The card issuer had been threatened with collapse because of its debts.", "threatened", "THREATEN"),
    ("The club is threatened with relegation after a tenth defeat.", "threatened", "THREATEN"),
]

# (text, trigger word, the type that must be there)
EVENTS = [
    # the new type: a resignation told by "step down"
    ("Acme CEO Jane Doe is stepping down in March.", "stepping", "RETREAT"),
    ("The prime minister stepped down after losing the vote.", "stepped", "RETREAT"),
    # guards: the same words in their political senses
    ("The court issued an order to halt the deportations.", "order", "DEMAND"),
    ("A judge ordered the release of the prisoners.", "release", "RETREAT"),
    ("Senate Republicans blocked the bill on Tuesday.", "blocked", "REJECT"),
    ("The two leaders held talks in Geneva on Monday.", "talks", "CONSULT"),
    ("The army handed over power to a civilian government.", "handed", "RETREAT"),
    ("Police charged the protesters with rioting.", "charged", "DISAPPROVE"),
    ("The minister hit back in a statement on Monday.", "hit", "DISAPPROVE"),
    ("China hit back with tariffs on US soybeans.", "hit", "DISAPPROVE"),
    ("Obama will visit Cuba on Monday.", "visit", "CONSULT"),
    ("Iran supplied weapons to the rebels.", "supplied", "AID"),
    ("Iran threatened Israel with retaliation.", "threatened", "THREATEN"),
    ("The government threatened the mine with closure.", "threatened", "THREATEN"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_EVENTS)
def test_commerce_sport_not_events_r25(enlp, text, word, typ) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), EVENTS)
def test_commerce_sport_events_r25(enlp, text, word, typ) -> None:
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


def test_step_down_is_a_resignation_r25(enlp) -> None:
    """The mode is the resignation's, as "resigned" gives it (guidelines, section 2)."""
    hits = [e for e in events_at(enlp, "Acme CEO Jane Doe is stepping down in March.", "stepping")
            if e["type"] == "RETREAT"]
    assert hits and hits[0]["mode"] == "resign", hits

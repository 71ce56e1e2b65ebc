"""Round 16 rules of issue 19 (precision of shown events): denials are statements, and markets told in words of
war or of politics are no events (docs/events_guidelines.md, "round 16" addendum). The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_sense

# (text, trigger word, type or None for no event at that word)
DENIALS = [
    # denying, rejecting or dismissing a claim, a report or an allegation says it is not so (CAMEO 016)
    ("The minister rejected the claim that the army had fired first.", "rejected", None),
    ("The mining group denied the allegations on Monday.", "denied", None),
    ("The chairman rejected claims that the bank had misled its customers.", "rejected", None),
    ("The embassy dismissed the reports as propaganda.", "dismissed", None),
    ("The general denied any involvement in the killings.", "denied", None),
    ("The ministry denied that its troops had shelled the village.", "denied", None),
    ("The oil company denied breaking the rules.", "denied", None),
    ("The senator rebuffed the accusations of bribery.", "rebuffed", None),
    ("Her rejection of the charges surprised nobody.", "rejection", None),
    # the accusation or criticism a denial rejects is no act of the one who denies
    ("The cleric rejected accusations that he had stirred the riots.", "accusations", None),
    ("The minister dismissed the criticism as unfair.", "criticism", None),
    # guards: rejecting a request, a call, a proposal or an offer, and denying someone entry, stay REJECT
    ("Iran rejected the proposal for talks.", "rejected", "REJECT"),
    ("Hamas rejected calls for a ceasefire.", "rejected", "REJECT"),
    ("The union rejected the pay offer.", "rejected", "REJECT"),
    ("Israel denied the request for a visit.", "denied", "REJECT"),
    ("The ministry denied entry to the journalists.", "denied", "REJECT"),
    ("The senator's criticism of the deal angered the White House.", "criticism", "DISAPPROVE"),
]

MARKETS = [
    # prices, shares and currencies that rally, retreat, surrender gains or shoot up
    ("Shares in the brewer rallied 3% on Tuesday.", "rallied", None),
    ("The dollar retreated against the euro in early trading.", "retreated", None),
    ("Sterling surrendered its early gains against the dollar.", "surrendered", None),
    ("The airline's shares shot up after it raised its forecast.", "shot", None),
    ("Oil prices rallied after the meeting of producers.", "rallied", None),
    ("The late rally in bank shares lifted the index.", "rally", None),
    # support between markets, a raid on shares or a fund
    ("The pound was supported by strong retail sales figures.", "supported", None),
    ("Higher metal prices supported the mining shares.", "supported", None),
    ("The tycoon launched a fresh raid on the football club's shares.", "raid", None),
    ("The government raided the pension funds to pay its debts.", "raided", None),
    # takeover fights, offers withdrawn, battles over prices, leaving a market
    ("The airline fought off a takeover bid from its German rival.", "fought", None),
    ("The exchange withdrew its offer for the smaller bourse.", "withdrew", None),
    ("The supermarkets are locked in a fierce price battle.", "battle", None),
    ("The carmaker is to withdraw from the US market.", "withdraw", None),
    ("The bank was forced to pull out of the Japanese market.", "forced", None),
    # demand for goods, a profit warning, approving a merger, a central bank in the market
    ("Chinese demand for steel pushed prices higher.", "demand", None),
    ("Consumer demand slowed in the final quarter.", "demand", None),
    ("The retailer issued a profit warning in January.", "warning", None),
    ("Shares fell after the company warned on profits.", "warned", None),
    ("The regulator sanctioned the merger of the two groups.", "sanctioned", None),
    ("The central bank intervened in the currency market to weaken the yen.", "intervened", None),
    # giving up a licence or a stake is no disarmament; attacking a firm for its charges is censure
    ("The operator surrendered its licence to broadcast in Italy.", "surrendered", None),
    ("The chancellor attacked the banks for their high charges.", "attacked", "DISAPPROVE"),
    # guards: protesters who rally, troops who retreat or surrender, gunmen who shoot, raids by police, support
    # for a side, a demand for a release, sanctions on a country, intervening in a war keep their types
    ("Protesters rallied outside parliament on Sunday.", "rallied", "PROTEST"),
    ("Troops retreated from the city after heavy shelling.", "retreated", "RETREAT"),
    ("The rebels surrendered their weapons to the army.", "surrendered", "RETREAT"),
    ("Gunmen shot up a police station in the north.", "shot", "ASSAULT"),
    ("Gunmen attacked the convoy for the second time this week.", "attacked", "ASSAULT"),
    ("Police raided the offices of the newspaper.", "raided", "COERCE"),
    ("The army launched a raid on the rebel camp.", "raid", "COERCE"),
    ("The United States will support the Kurdish forces.", "support", "SUPPORT"),
    ("Russia withdrew its troops from the border.", "withdrew", "RETREAT"),
    ("Rebels fought government troops for control of the town.", "fought", "FIGHT"),
    ("The European Union sanctioned Russia over the annexation.", "sanctioned", "SANCTION"),
    ("Russia intervened in the Syrian war in 2015.", "intervened", "FIGHT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), DENIALS + MARKETS)
def test_sense_decides_the_type(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# the act a denial denies stays negated, as before (the cue is the verb's, not its sense row's)
NEGATED = [
    ("The ministry denied that its troops had shelled the village.", "shelled", "FIGHT", "negated"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), NEGATED)
def test_the_denied_act_stays_negated(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


# review 16's classes: refusing blame denies it, talks called stalled are no meeting, sanctions that "destroyed" an
# economy are no assault
REVIEW16 = [
    ("The minister refused to shoulder the blame for the delays.", "refused", None),
    ("The company declined to accept responsibility for the spill.", "declined", None),
    ("Envoys tried to revive the stalled talks with Pyongyang.", "talks", None),
    ("The deadlocked negotiations on trade dragged into a third year.", "negotiations", None),
    ("Sanctions have all but destroyed the country's economy.", "destroyed", None),
    ("The limits of air power, as demonstrated in Kosovo, are plain.", "demonstrated", None),
    ("As demonstrated last year, the scheme works.", "demonstrated", None),
    # a state's secondary or diplomatic boycott is a sanction, not a protest
    ("Washington imposed secondary boycotts on firms trading with Cuba.", "boycotts", "SANCTION"),
    ("The scandal destroyed his career.", "destroyed", None),
    # guards: refusing a step, talks held, a building destroyed stay events
    ("The ministry refused to release the prisoners.", "refused", "REJECT"),
    ("The two sides held talks in Doha.", "talks", "CONSULT"),
    ("The militants destroyed the bridge near the border.", "destroyed", "ASSAULT"),
    ("Thousands demonstrated as police watched.", "demonstrated", "PROTEST"),
    ("Consumers launched a boycott of the chain.", "boycott", "PROTEST"),
]


@pytest.mark.parametrize(("text", "word", "typ"), REVIEW16)
def test_review16_classes(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)

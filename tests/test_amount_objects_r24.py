"""Round 24 (issue 17): amount objects on reports unlike the gold (BBC tech and politics tune ranks 46-70).
Each rule has sentences that must take the object and near misses that must keep theirs (or none). Sentences
written here."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph
from newsgraph.record import canonical_object


def _amount(text: str, figure: str) -> Any:
    rec = newsgraph.extract(text)
    found = [a for a in rec.amounts if a.text == figure]
    assert found, f"{figure!r} not read in {text!r}: {[a.text for a in rec.amounts]}"
    return found[0]


def _canonical(text: str, figure: str) -> str | None:
    return canonical_object(_amount(text, figure).object)


# 1. money: what a sum is, where the phrasing names it
MONEY_OBJECTS = [
    # "cost" completing another verb: its subject is what costs the money
    ("Once on sale, the charger is expected to cost about 4000 yen.", "4000 yen", "charger"),
    ("The new bridge is likely to cost $40 million.", "$40 million", "bridge"),
    # a relative pronoun stands for its noun
    ("Stores now sell laptops that cost only £349.", "£349", "laptops"),
    # a conversion in brackets is the same sum, for the same thing
    ("The charger is expected to cost about 4000 yen (£20), the firm said.", "£20", "charger"),
    # "fined" (the parser's lemma is "fin") in a sentence about a penalty
    ("Prosecutors asked that he go to prison and that his brother be fined $9,000.", "$9,000", "fine"),
    # a sum that is a loss
    ("Police believe the scam caused losses of more than $6m.", "$6m", "losses"),
    ("The bank made a loss of £3m last year.", "£3m", "loss"),
    # the currency's plural restated before "of": what follows is what the money is
    ("An audit found the studio owes the actor $3.1 million dollars of unpaid fees.", "$3.1 million", "fees"),
    # near misses: nothing named, no guess
    ("It is expected to cost $5m.", "$5m", None),
    ("Jones cost the club $5m.", "$5m", None),
    ("She agreed to pay $2,000 to settle the bill.", "$2,000", None),
    ("The firm will pay $2 million to settle the case in court, a judge said.", "$2 million", None),
    # near misses that keep their object
    ("The bridge cost $40 million.", "$40 million", "bridge"),
    ("He was pleased to pay $400 for the tickets.", "$400", "tickets"),
    ("The ship carried $3 million worth of stolen copper.", "$3 million", "copper"),
]


# 2. a share "of those questioned" belongs to the pronoun's people: no noun of the clause is taken instead
SHARE_OF_A_PRONOUN = [
    ("For 41% of those asked, the answer they wanted came first.", "41%", None),
    ("Among 30% of those polled, the economy mattered most.", "30%", None),
    # near misses: a noun after "of" is still the object
    ("For 41% of voters, the economy mattered most.", "41%", "voters"),
    ("Some 31,000 of the documents were released.", "31,000", "documents"),
    ("Five of them were killed in the attack.", "Five", "deaths"),
]


# 3. words that are no object: a fraction the figure restates, a currency's plural, a lone letter
NO_OBJECT_WORDS = [
    ("Nearly two-thirds of those asked, 64%, said they trusted the results.", "64%", None),
    ("About three-quarters, 76%, said no.", "76%", None),
    ("At least 8,000 under-18s have arrived in the country since 2003.", "8,000", None),
    # near misses: the singular currency is a market's thing; a plural noun after a fraction stays
    ("The dollar fell 1% against the yen.", "1%", "dollar"),
    ("Two-thirds of the 900 workers were women.", "900", "workers"),
]


# 4. a virus that infects machines counts the machines, not cases of a disease
INFECTED_MACHINES = [
    # (round 32: "only infect one handset" is the determiner "one", no count: a plural reads the machines)
    ("The worm could only infect two handsets at a time.", "two", "handsets"),
    ("The virus infected 300,000 computers worldwide.", "300,000", "computers"),
    # near misses: people infected are cases
    ("The virus has infected 300 people in the region.", "300", "cases"),
    ("Officials said 40 patients were infected.", "40", "cases"),
]


# 5. a level reached, named by a count noun that is the subject of the verb of reaching
LEVEL_REACHED = [
    ("The death toll reached 310 on Tuesday.", "310", "deaths"),
    ("The total number of cases reached 1,400.", "1,400", "cases"),
    ("The number of refugees hit 2 million.", "2 million", "refugees"),
    ("The toll has topped 1,000, officials said.", "1,000", "deaths"),
    # near misses: any other subject names no count, and a bare object of another verb has none
    ("The team reached 310 by lunch.", "310", None),
    ("Gunmen shot 10 in the market.", "10", None),
]


# 6. raids alone are no airstrikes (police raid homes); air raids are
RAIDS = [
    ("Police carried out five raids on homes in the city.", "five", "raids"),
    ("The army said 20 air raids hit the town.", "20", "airstrikes"),
    ("The army said 20 airstrikes hit the town.", "20", "airstrikes"),
]


# 7. crude futures are oil
CRUDE_FUTURES = [
    ("Brent crude futures fell 1.5% to $58.20 a barrel.", "1.5%", "oil"),
    ("US crude oil futures rose 2%.", "2%", "oil"),
    # near miss: other futures are not oil
    ("Wheat futures fell 3%.", "3%", "futures"),
]


# every table above, one test row per sentence (its id: the table and the row's place in it)
_TABLES = {"money_objects": MONEY_OBJECTS, "share_of_a_pronoun": SHARE_OF_A_PRONOUN,
           "no_object_words": NO_OBJECT_WORDS, "infected_machines": INFECTED_MACHINES,
           "level_reached": LEVEL_REACHED, "raids": RAIDS, "crude_futures": CRUDE_FUTURES}


@pytest.mark.parametrize(("text", "figure", "canonical"), [
    pytest.param(*row, id=f"{table}-{i}") for table, rows in _TABLES.items() for i, row in enumerate(rows)])
def test_canonical_object(text: str, figure: str, canonical: str | None) -> None:
    assert _canonical(text, figure) == canonical

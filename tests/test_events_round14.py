"""Round 14 rules of issue 19 (precision, type and sense): acts a noun of disposition holds, questions asked,
causes fought for, refugees welcomed, remedies offered, acts advocated, nouns that only date the sentence's act
(docs/events_guidelines.md, round 14 addendum). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_sense, shown_by_default

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

# (text, trigger word, type or None for no event at that word)
SENSES = [
    # asking how, why or what something is asks a question; asking a state to act demands it
    ("Veterans ask how a president could honor a deserter.", "ask", None),
    ("Reporters asked why the army had left the town.", "asked", None),
    ("Trump asked Iran to release the sailors.", "asked", "DEMAND"),
    # fighting for a cause a pronoun names is no force; fighting for a city is
    ("\"We are not afraid, we just fight for it,\" a protester said.", "fight", None),
    ("Rebels fought for control of the city.", "fought", "FIGHT"),
    # welcoming refugees admits them; welcoming a statement supports it
    ("Obama plans to welcome 10,000 Syrian refugees next year.", "welcome", None),
    ("Canada welcomed the refugees.", "welcomed", None),
    ("Abe welcomed Trump to Tokyo.", "welcomed", "CONSULT"),
    ("Israel welcomed the statement by the new administration.", "welcomed", "SUPPORT"),
    # offering a solution proposes words; offering an apology concedes
    ("A day later, Trump offered his own solution to the crisis.", "offered", None),
    ("Iran offered an apology to the families of the sailors.", "offered", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_sense_decides_the_type(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# (text, trigger word, type, modality)
MODALITY = [
    # advocating an act asks for it (round 5's rule, now also for a gerund the parser takes for a noun)
    ("Bolton has advocated bombing Iran.", "bombing", "ASSAULT", "requested"),
    # a noun that counts what its "of" phrase names gives it no intent ("set" is a cue only as a verb)
    ("The administration imposed a crushing set of economic sanctions on Iran.", "sanctions", "SANCTION", "asserted"),
    ("The ministers are set to impose sanctions on Iran.", "sanctions", "SANCTION", "intended"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


# (text, trigger word, type, shown by default): an act a noun of disposition holds as wanted, owed, feared or
# possible is stored under the threshold; an act a noun of a plan or decision holds, or told as done, is shown
DISPOSITION = [
    ("The response demonstrates Moscow's readiness to defy Washington.", "defy", "REJECT", False),
    ("Trump is fulfilling his obligation to defend Israel against Iran.", "defend", "SUPPORT", False),
    ("The lawmaker warned that the strikes raised the threat of a direct clash between Russia and the United States.",
     "clash", "FIGHT", False),
    ("Lavrov said the attempts to accuse Russia of meddling were unacceptable.", "accuse", "DISAPPROVE", False),
    ("Iran announced plans to withdraw its troops from Syria.", "withdraw", "RETREAT", True),
    ("The United States and China may yet hold another round of trade talks.", "talks", "CONSULT", True),
    ("Russian troops clashed with Ukrainian forces near the border.", "clashed", "FIGHT", True),
    ("U.S. officials accused Russia of meddling in the election.", "accused", "DISAPPROVE", True),
]


@pytest.mark.parametrize(("text", "word", "typ", "shown"), DISPOSITION)
def test_acts_a_disposition_holds(enlp, text, word, typ, shown) -> None:
    assert shown_by_default(enlp, text, word, typ) is shown


# (text, the type of the sentence's top event, a type also shown): a noun that only dates the sentence's act
# never ranks above that act; both stay in the default view
DATED = [
    ("France expelled two Russian diplomats after an attack by Russia on Ukraine.", "SANCTION", "FIGHT"),
    ("Kenya closed its border with Somalia after an attack by al-Shabab on a Kenyan army base.", "COERCE", "ASSAULT"),
    ("Police arrested two men in Paris after the Taliban attack on the mosque.", "COERCE", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "top", "also"), DATED)
def test_the_dated_act_ranks_first(enlp, text, top, also) -> None:
    events = enlp(text)._.newsgraph_events
    best = max(events, key=lambda e: e["confidence"])
    assert best["type"] == top, events
    shown = {e["type"] for e in events if e["confidence"] >= DEFAULT_MIN_CONFIDENCE}
    assert {top, also} <= shown, events

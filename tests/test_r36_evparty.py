"""Round 36 (issue 19, events' parties): a target left empty though the thing acted on names it.

Rules (extract/events/counterparts.py, called from argument_roles): a withdrawal from a meeting or a deal is aimed
at the partner its "with" phrase names; a rejection or a backing of a proposal at the one who put it forward (its
possessive, its "by"/"from" phrase, the agent of "issued by", a proper name compounded with it); a handshake at the
one whose hand it was; a censure or a sanction "over"/"about" someone's act at that act's owner (not a place
inside the act, not the forum the complaint went to). A meeting in a quote whose subject "I" was left out ("Just
had a great meeting with X") was held by the quote's speaker (extract/events/elided_doer.py). And "levy" and "pass" carry a sanction noun, so its doer is the verb's subject
(find._LIGHT_VERBS). Sentences written here. Each row is (text, trigger word, type, side, expected names); guard
rows are near misses that must keep their old answer (an empty side stays empty).
"""

from __future__ import annotations

import pytest
from conftest import event_at


def _names(parties: list[dict]) -> set[str]:
    return {p["name"] for p in parties}


@pytest.mark.parametrize(("text", "word", "typ", "side", "expected"), [
    # leaving a meeting: its partner is the target
    ("Chancellor Weber has pulled out of the planned summit with Prime Minister Okonjo in Lagos.", "pulled",
     "RETREAT", "targets", {"Okonjo"}),
    ("The North abruptly pulled out of planned border talks with Mongolia last week.", "pulled", "CONCEDE",
     "targets", {"Mongolia"}),
    ("Belarus threatened to back away from the planned summit with Lithuania.", "threatened", "THREATEN", "targets",
     {"Lithuania"}),
    # refusing or backing a proposal: the one who put it forward is the target
    ("Peru refused to accept the communique issued by the Andean Community.", "refused", "REJECT", "targets",
     {"Andean Community"}),
    ("Chile rejected the statement issued by Bolivia on Sunday.", "rejected", "REJECT", "targets", {"Bolivia"}),
    ("Norway rejected the proposal put forward by the Arctic Council.", "rejected", "REJECT", "targets",
     {"Arctic Council"}),
    ("The United States blocked the adoption of an African Union resolution on the border dispute.", "blocked",
     "REJECT", "targets", {"African Union"}),
    ("Senator Ramirez backed Governor Ellison's plan to widen the port.", "backed", "SUPPORT", "targets",
     {"Ellison"}),
    # a handshake: the one whose hand was shaken
    ("Mr. Duarte shook Mr. Halvorsen's hand at the reception.", "shook", "CONSULT", "targets", {"Halvorsen"}),
    # a sanction carried by "levy" or "pass": the verb's subject imposed it
    ("On Monday the European Union levied new sanctions on Belarus.", "sanctions", "SANCTION", "actors",
     {"European Union"}),
    ("The Senate passed sanctions against Venezuela in March.", "sanctions", "SANCTION", "actors", {"Senate"}),
    # a grievance over someone's act: the act's owner, not a place inside it nor the complaint's forum
    ("The African Union extended sanctions over Eritrea's seizure of the border town of Zalambessa.", "sanctions",
     "SANCTION", "targets", {"Eritrea"}),
    ("The pipeline was shelved after European sanctions following Serbia's seizure of the Ibar valley.", "sanctions",
     "SANCTION", "targets", {"Serbia"}),
    ("Uruguay filed a complaint with the World Trade Organization over Brazil's sugar subsidies.", "complaint",
     "DISAPPROVE", "targets", {"Brazil"}),
    ("Dairy farmers complained about Canada's new import quotas.", "complained", "DISAPPROVE", "targets",
     {"Canada"}),
    # a meeting told with the subject "I" left out: the quote's speaker held it
    ("\"Just had a very productive meeting with President William Ruto of Kenya,\" Senator Maria Blackwood wrote "
     "on Twitter.", "meeting", "CONSULT", "actors", {"Blackwood"}),
    # guard: an owner named by a pronoun stays empty
    ("The senator criticized the pipeline deal over its cost.", "criticized", "DISAPPROVE", "targets", set()),
    # guards: a pronoun owner stays to the pronoun rules (here no one to resolve it to)
    ("Ecuador rejected his plan for the canal.", "rejected", "REJECT", "targets", set()),
    # guard: a race left has no partner
    ("The senator pulled out of the governor's race after a poor showing.", "pulled", "CONCEDE", "targets", set()),
    # guard: a meeting with no partner named leaves the withdrawal without a target
    ("Iceland withdrew from the summit in Oslo.", "withdrew", "RETREAT", "targets", set()),
    # guard: what the proposal is about is no one who put it forward
    ("Japan backed the resolution on Myanmar.", "backed", "SUPPORT", "targets", set()),
    # guard: the actor's own proposal (a possessive pronoun) makes it no target
    ("The Kenyan cabinet later rejected its own proposal for a levy.", "rejected", "REJECT", "targets", set()),
    # guard: a noun that is no proposal nor meeting ("the letter with Ortiz's signature")
    ("Brazil rejected the visit with great suspicion.", "rejected", "REJECT", "targets", set()),
])
def test_r36_evparty(enlp, text: str, word: str, typ: str, side: str, expected: set[str]) -> None:  # noqa: ANN001
    ev = event_at(enlp, text, word, typ)
    got = _names(ev[side])
    if expected:
        assert any(any(x in g for g in got) for x in expected), (got, ev)
        assert not any(w in g for g in got for w in ("Zalambessa", "World Trade")), (got, ev)
    else:
        assert got == set(), (got, ev)


@pytest.mark.parametrize(("text", "word", "typ", "side", "kept", "absent"), [
    # guard: a target named outside the grievance stays ("criticized Obama for Iran's program": Obama)
    ("Governor Hale criticized Senator Obrey for Iran's nuclear program.", "criticized", "DISAPPROVE", "targets",
     "Obrey", "Iran"),
    # guard: the meeting's verb has its own subject (a partial quote): that subject, never the speaker
    ("Senator Maria Blackwood said Minister Tobias Fenn \"had a very productive meeting with President William Ruto\".",
     "meeting", "CONSULT", "actors", "Fenn", "Blackwood"),
])
def test_r36_evparty_kept(enlp, text: str, word: str, typ: str, side: str, kept: str, absent: str) -> None:  # noqa: ANN001
    got = _names(event_at(enlp, text, word, typ)[side])
    assert any(kept in g for g in got) and not any(absent in g for g in got), got

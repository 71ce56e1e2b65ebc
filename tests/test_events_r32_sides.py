"""Round 32 (issue 19 item 1, evsides): sides taken from another clause or another phrase.

Classes read on tune reports (allsides ranks 560-619; BENCHMARKS.md, round 32 "evsides"), fixed in
extract/events/argument_roles.py: a gerund's own doer named before it, a noun event under a bare participle, an
agreement told as the frame of another act, the actor's own state withdrawn, the place released from, the ones called
on, the one threatened or denied in the complement. Sentences written here; each "changed" row failed on main
61e5f16e. ``""`` means the side must be empty (an empty side beats a wrong one).
"""

from __future__ import annotations

import pytest
from conftest import events_at, party_names


def _side(enlp, text: str, word: str, typ: str, role: str) -> str:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    return party_names(hits[0][role])


ROWS = [
    # changed: the gerund's doer is the object it follows, not the main clause's subject
    ("On the heels of Senator Warren agreeing to testify, the senators stepped up their call for a new inquiry.",
     "agreeing", "AGREE", "actors", "Warren"),
    # changed: an agreement framing another act: the other verb's object is no counterpart
    ("Afghanistan got a new president under a power-sharing agreement this weekend.", "agreement", "AGREE",
     "targets", ""),
    # changed: the ones released, not the place they were released from
    ("Mr. Obama authorized the release of five Taliban officials from Guantanamo Bay.", "release", "RETREAT",
     "targets", "five Taliban officials"),
    # changed: the ones called on are the target, not the complement's target
    ("The prime minister called on world powers to impose sanctions on Iran.", "called", "DEMAND", "targets", ""),
    # changed: the one threatened, named in the complement
    ("Macron is threatening to retaliate against Brazil if it leaves the accord.", "threatening", "THREATEN",
     "targets", "Brazil"),
    # changed: the ones denied entry
    ("The minister decided to deny entry to both Tlaib and Omar.", "deny", "REJECT", "targets", "Tlaib | Omar"),
    # changed: the destination the parser made the purpose clause's subject is no doer
    ("The minister flew to Paris to meet Macron, and left for Berlin to meet Scholz.", "meet Scholz", "CONSULT",
     "actors", "minister"),
    # changed: "both leaders" are the two persons named side by side, not the last two names
    ('Ashraf Ghani and Abdullah Abdullah signed the deal on Sunday. "It will not last," analyst Wadir Safi said. '
     "Both leaders support a security pact with the United States.", "support", "SUPPORT", "actors",
     "Ashraf Ghani | Abdullah Abdullah"),
    # changed: an object "us" in a quote is the speaker's side, not the speaker alone (no affiliation known): empty
    ('"The rockets fired at us last night came from Gaza," Netanyahu said.', "fired", "FIGHT", "targets", ""),
    # changed: "his" on the thing defended is the subject's own, not the last person named
    ("Edward Snowden leaked the files last year. On Friday the president defended his surveillance program.",
     "defended", "SUPPORT", "targets", ""),
    # changed: the actor's own state withdrawn is no target
    ("The pact collapsed after Obama withdrew the United States in 2014 and Iran quit in 2015.", "withdrew",
     "RETREAT", "targets", ""),
]

GUARDS = [
    # a possessive "our" on a noun event stays the speaker's (narrowed after reading an unseen check page)
    ('"The results of our investigation are clear," Mueller wrote.', "investigation", "INVESTIGATE", "actors",
     "Mueller"),
    # a named owner of the thing defended stays the target
    ("On Friday the senator defended Hagel's nomination.", "defended", "SUPPORT", "targets", "Hagel"),
    # a subject "we" stays the speaker's
    ('"We will meet the rebels next week," Netanyahu said.', "meet", "CONSULT", "actors", "Netanyahu"),
    # a capital as the subject of a "for X to" clause not after a verb of setting out stays the doer
    ("The agency wants for Ankara to accept the refugees.", "accept", "AGREE", "actors", "Ankara"),
    # an infinitive's conjunct in the infinitive form keeps the doer
    ("The army decided to attack the town at dawn.", "attack", "ASSAULT", "actors", "army"),
    # a gerund with no object before it keeps the main clause's subject
    ("After meeting Kim in Hanoi, Trump praised the talks.", "meeting", "CONSULT", "actors", "Trump"),
    # a deal's own counterpart, inside its phrase, stays
    ("Iran accepted limits under a deal with the United States.", "deal", "AGREE", "targets", "United States"),
    # an addressee that resolves stays the target
    ("Netanyahu called on Germany to impose sanctions on Iran.", "called", "DEMAND", "targets", "Germany"),
    # a release with no "from" phrase keeps its target
    ("Iran released two American sailors on Wednesday.", "released", "RETREAT", "targets", "American sailors"),
    # "called for X to" keeps its own rule
    ("The senators called for Mattis to testify.", "called", "DEMAND", "targets", "Mattis"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), ROWS + GUARDS)
def test_side(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    got = _side(enlp, text, word, typ, role)
    assert (name in got) if name else got == "", got


@pytest.mark.parametrize(("text", "typ", "name"), [
    # changed: a noun under a bare participle ("wanted for") is not the main clause subject's act
    ("Police captured Rahimi after a shootout in Ohio, ending the hunt for the man wanted for an explosion and a "
     "bombing in Chicago that left 12 people injured.", "ASSAULT", "Police"),
])
def test_no_such_actor(enlp, text: str, typ: str, name: str) -> None:  # noqa: ANN001
    events = [e for e in enlp(text)._.newsgraph_events if e["type"] == typ]
    assert events and not any(name in party_names(e["actors"]) for e in events), events


@pytest.mark.parametrize(("text", "word", "typ", "name"), [
    # guard: an agreement framing an act keeps the clause's subject as its actor (only targets are dropped)
    ("Iran stopped enriching uranium under the deal with world powers.", "deal", "AGREE", "Iran"),
])
def test_guard_actor(enlp, text: str, word: str, typ: str, name: str) -> None:  # noqa: ANN001
    assert name in _side(enlp, text, word, typ, "actors")


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):  # noqa: ANN202
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "trigger", "stray", "clause"), [
    # changed: the parse of a tune sentence ("... used by the terrorists to execute the attack and killed some of the
    # militants") rebuilt on words written here: "killed" hung on the infinitive belongs to "destroyed"'s clause
    (["the", "army", "destroyed", "trucks", "used", "by", "smugglers", "to", "execute", "raids", "and", "killed",
      "guards"], [1, 2, 2, 2, 3, 4, 5, 8, 4, 8, 8, 8, 11],
     ["det", "nsubj", "ROOT", "dobj", "acl", "agent", "pobj", "aux", "xcomp", "dobj", "cc", "conj", "dobj"],
     ["DT", "NN", "VBD", "NNS", "VBN", "IN", "NNS", "TO", "VB", "NNS", "CC", "VBD", "NNS"], 11, True, "destroyed"),
    # guard: a conjunct in the infinitive form ("to attack and kill") is no stray
    (["rebels", "wanted", "to", "attack", "and", "kill", "guards"], [1, 1, 3, 1, 3, 3, 5],
     ["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "dobj"], ["NNS", "VBD", "TO", "VB", "CC", "VB", "NNS"], 5, False,
     "wanted"),
])
def test_stray_conjunct(words, heads, deps, tags, trigger, stray, clause) -> None:  # noqa: ANN001
    from newsgraph.extract.events.argument_roles import finite_above, stray_conjunct

    doc = _parsed(words, heads, deps, tags)
    assert stray_conjunct(doc[trigger]) is stray
    above = finite_above(doc[trigger].head)
    assert above is not None and above.text == clause


def test_stray_conjunct_of_a_passive_is_the_passive_subjects(enlp) -> None:  # noqa: ANN001
    """Round 32 integration (fresh-clone CI): a past-tense conjunct of an infinitive under a passive is done by the
    passive's subject, not by its "by" phrase ("Russia was asked by France to withdraw ... and attacked Ukraine")."""
    from conftest import events_at
    text = "Russia was asked by France to withdraw its troops and attacked Ukraine."
    hits = [e for e in events_at(enlp, text, "attacked") if e["type"] in {"FIGHT", "ASSAULT"}]
    assert hits and [p["name"] for p in hits[0]["actors"]] == ["Russia"], hits

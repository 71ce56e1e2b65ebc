"""Round 33 (issue 19, events on real reports: the right actor and target).

Classes read on allsides read ranks 700-783 (/work/cache/r33/r33-evparty/tune_parties.md): an office description
("the president", "the attorney general") stands for the one person named before who holds that office
(extract/events/described_roles.py); "his administration" is the side of the person "his" stands for
(party_words.persons_side); a noun event that is the object of a verb of enduring ("suffered attacks from X") was
done to the subject, by the "from" phrase (extract/events/endured.py); the one a deed is blamed "on" is the target
(extract/events/blamed_on.py); "the ministry" takes up the body named before
(extract/events/described.py); a place the act is aimed at codes no actor (peoples.aimed_place); "he" in an adverbial clause
under a verb that judges a man is that man (pronouns._judged_person). Sentences written here; each ROWS entry fails
on main 5260320e, each GUARDS entry passes on both. ``""`` means the side must be empty (an empty side beats a wrong
one).
"""

from __future__ import annotations

import pytest
from conftest import events_at, party_names


def _side(enlp, text: str, word: str, typ: str, role: str) -> str:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    return party_names(hits[0][role])


ROWS = [
    # the one person named before with the office the description names
    ("President Donald Trump pulled US troops out of Syria on Sunday. The president defends the move.",
     "defends", "SUPPORT", "actors", "Donald Trump"),
    ("Attorney General William Barr released a summary. Jerrold Nadler wants the attorney general to testify.",
     "wants", "DEMAND", "targets", "William Barr"),
    ("Secretary of State John Kerry arrived in Geneva on Sunday. The secretary met Lavrov on Monday.", "met",
     "CONSULT", "actors", "John Kerry"),
    # a table word for the same office ("the pontiff" for a pope)
    ("Pope Francis arrived in Cairo on Friday. The pontiff urged Muslim leaders to reject violence.", "urged",
     "DEMAND", "actors", "Francis"),
    # the subject of a verb of enduring underwent the act; "from" names the doer
    ("For years, Russia suffered frequent attacks from Islamist groups based in the Caucasus.", "attacks", "ASSAULT",
     "actors", "Islamist groups"),
    ("For years, Russia suffered frequent attacks from Islamist groups based in the Caucasus.", "attacks", "ASSAULT",
     "targets", "Russia"),
    ("The Iraqi army suffered heavy attacks by Islamic State fighters near Mosul.", "attacks", "ASSAULT", "targets",
     "Iraqi army"),
    # the one a deed is blamed "on" is the target, the deed (or a relative pronoun standing for it) is not
    ("Senator Dianne Feinstein blamed the stalemate on Republicans.", "blamed", "DISAPPROVE", "targets",
     "Republicans"),
    ("Iran vowed revenge after attacks on Saudi oil sites which Saudi and U.S. officials blamed on Tehran.",
     "blamed", "DISAPPROVE", "targets", "Tehran"),
    ("The government blamed the bombing on the rebels.", "blamed", "DISAPPROVE", "targets", "rebels"),
    # a bare body noun after the same noun told with its state, which the tagger took for a name
    ("The Iranian foreign ministry summoned the British ambassador on Monday. The ministry condemned Britain.",
     "condemned", "DISAPPROVE", "actors", "Iranian foreign ministry"),
    # "he" in an adverbial clause under a verb that judges a man: the judged man's deed, not the subject's
    ("Obama thanked Putin because he released the American journalist.", "released", "RETREAT", "actors", "Putin"),
    ("In 2005, President George W. Bush praised Qaddafi because he arrested Al Qaeda operatives.", "arrested",
     "COERCE", "actors", "Qaddafi"),
    ("Obama criticized Putin after he invaded Ukraine.", "invaded", "FIGHT", "actors", "Putin"),
]

GUARDS = [
    # two holders of the office named before: nobody is guessed
    ("President Obama met President Putin in Paris. The president criticized Russia.", "criticized", "DISAPPROVE",
     "actors", "president"),
    # a lesser office is no holder of the description's ("Vice President" is no "the president")
    ("Vice President Mike Pence visited Iraq. The president bombed Libya last year.", "bombed", "FIGHT", "actors",
     "president"),
    # a description told with a place is another office ("the Mexican president"), left to the rules before
    ("President Donald Trump arrived on Friday. He praised the Mexican president.", "praised", "SUPPORT", "targets",
     "Mexican president"),
    # "his administration" with two men it may stand for stays the phrase alone
    ("Kerry and Lavrov met in Geneva. He said his government would impose sanctions on Iran.", "sanctions",
     "SANCTION", "actors", "his government"),
    # a subject that inflicts stays the actor
    ("Russia launched frequent attacks on Islamist groups in the Caucasus.", "attacks", "FIGHT", "actors",
     "Russia"),
    # blaming a party "for" a deed keeps the object as the target
    ("Obama blamed North Korea for the hacking of Sony.", "blamed", "DISAPPROVE", "targets", "North Korea"),
    # a thing the deed is blamed on is no party
    ("He blamed the crisis on the weak economy.", "blamed", "DISAPPROVE", "targets", ""),
    # "her own government" is her country's, not her side: the phrase stays the target
    ("Senator Anna Volk blamed her own government for the failure.", "blamed", "DISAPPROVE", "targets",
     "her own government"),
    # an adverbial "he" under a verb with no person as its object keeps the subject
    ("Obama criticized the plan after he met Netanyahu in Jerusalem.", "met", "CONSULT", "actors", "Obama"),
    # under a verb that judges nobody the clause's "he" keeps the subject
    ("Kerry met Lavrov in Geneva before he flew to Paris to meet Fabius.", "meet Fabius", "CONSULT", "actors",
     "Kerry"),
    # a verb of receiving keeps its own rule ("drew criticism from Germany")
    ("The plan drew sharp criticism from Germany on Monday.", "criticism", "DISAPPROVE", "actors", "Germany"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), ROWS + GUARDS)
def test_side(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    got = _side(enlp, text, word, typ, role)
    assert (name in got) if name else got == "", got


@pytest.mark.parametrize(("text", "word", "typ", "role", "code"), [
    # changed: the place the missiles were fired at is the target's, not the doer's country
    ("The regime launched missiles at Japan.", "launched", "FIGHT", "actors", None),
    # guard: a place of the act itself still codes a doer with no country
    ("Militants killed 12 soldiers in Kabul on Monday.", "killed", "ASSAULT", "actors", "AFG"),
])
def test_side_codes(enlp, text: str, word: str, typ: str, role: str, code: str | None) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits and hits[0][role] and hits[0][role][0]["code"] == code, hits


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: "his administration" is the side of the person "his" stands for, with that person's code
    ("President Donald Trump spoke on Friday. He said his administration would impose new sanctions on Iran.",
     "sanctions", "SANCTION"),
])
def test_side_code(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits and hits[0]["actors"] and hits[0]["actors"][0]["code"] == "USA", hits

"""Round 10 rules of issue 19, precision first: metaphors of violence and words of speech as senses, events a
report tells as possible, asked for, planned or denied, strikes a state launches, and pronoun parties that stay
empty unless one entity fits (docs/events_guidelines.md, round 10 addendum). The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_no_party, assert_party, assert_sense

# (sentence, trigger word, type or None for no event)
SENSES = [
    # a cause fought for, a political battle, a notion or a device hijacked: no violence
    ("Gennady Kernes, the mayor of Kharkiv, is fighting for his life in hospital.", "fighting", None),
    ("Maduro is fighting for his country's sovereignty against foreign critics.", "fighting", None),
    ("The dispute became a battle between the Obama administration and Republicans.", "battle", None),
    ("Bush described them as having hijacked a great religion.", "hijacked", None),
    ("A plug-in hijacks the microphone on targeted computers.", "hijacks", None),
    # firing a person (by pronoun, or from a post) is a dismissal
    ("The network said it planned to fire him.", "fire", None),
    ("Trump fired McCabe from the FBI on Friday.", "fired", None),
    # intervening with no place to go in is no force; intervening in a country is
    ("Tillerson also intervened to delay a White House meeting with Saudi officials.", "intervened", None),
    ("Russia intervened in Syria in September 2015.", "intervened", "FIGHT"),
    # demonstrating something is no protest; demonstrating in a place is
    ("Pompeo has demonstrated himself to be loyal to the president.", "demonstrated", None),
    # measures slapped on someone are sanctions
    ("Congress passed legislation slapping even more sanctions on Pyongyang.", "slapping", "SANCTION"),
    # lawmakers and critics attack in words, also as the second of two verbs of speech
    ("Republican lawmakers attacked Rod Rosenstein on Thursday.", "attacked", "DISAPPROVE"),
    ("At the hearing, Republicans shouted and attacked Rosenstein.", "attacked", "DISAPPROVE"),
    ("Gunmen attacked a police station in the north on Thursday.", "attacked", "ASSAULT"),
    ("Gunmen hijacked a bus near the border.", "hijacked", "ASSAULT"),
    # strikes a state launches are force; strikes workers launch are protest
    ("The United States, Britain and France launched strikes on Syria on Saturday.", "strikes", "FIGHT"),
    ("Russia carried out strikes against rebel positions near Idlib.", "strikes", "FIGHT"),
    ("Teachers launched a strike over pay on Monday.", "strike", "PROTEST"),
    ("Prisoners launched a hunger strike last week.", "strike", "PROTEST"),
    ("The army said punitive strikes on the camps would follow.", "strikes", "FIGHT"),
    # round 11
    ("The president has resigned himself to long negotiations with Pyongyang.", "resigned", None),
    ("The minister resigned on Friday after the vote.", "resigned", "RETREAT"),
    ("Barnier has struck a tough position from the outset.", "struck", None),
    ("Paul linked his critique of Obama to an attack on the Bush legacy.", "attack", "DISAPPROVE"),
    # "stop short of" says what was not done; stopping aid is still SANCTION (integration, round 11)
    ("The president stopped short of suspending the aid to Egypt.", "stopped", None),
    ("The United States stopped its aid to Egypt.", "stopped", "SANCTION"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_sense_decides_the_type(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# (sentence, trigger word, type, modality)
MODALITY = [
    # a capability tells what could happen
    ("The Pakistani Taliban is still capable of carrying out attacks, a former spokesman said.", "attacks",
     "ASSAULT", "hypothetical"),
    # a bare conjoined verb shares its head's auxiliary, negation or governing cue
    ("The United States would degrade and ultimately destroy the Islamic State.", "destroy", "ASSAULT",
     "hypothetical"),
    ("Obama will visit Ramallah and meet with Abbas on Friday.", "meet", "CONSULT", "intended"),
    ("The rebels did not attack the town and withdraw.", "withdraw", "RETREAT", "negated"),
    ("The rebels attacked the town and withdrew on Sunday.", "withdrew", "RETREAT", "asserted"),
    # a subject that is no one denies the act
    ("No sitting US president has ever met with the leader of North Korea.", "met", "CONSULT", "negated"),
    ("Nobody attacked the convoy that night.", "attacked", "ASSAULT", "negated"),
    # pressing someone to act asks for the act
    # (review 16: "to deny the reports" is a denial, no event; a rejection asked for keeps the case)
    ("The president pressured McGahn to reject the offer.", "reject", "REJECT", "requested"),
    ("Obama encouraged both sides to resume talks.", "talks", "CONSULT", "requested"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_how_the_report_presents_it(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


# (text, trigger word, type, role "actors"/"targets", expected name substring or "" for an empty party)
PRONOUNS = [
    # two men fit "he" in the sentences before it: it stays empty, not the nearest man
    ("The talks in Paris included John Smith and Bill Jones. Police said on Tuesday that he was arrested in Lyon.",
     "arrested", "COERCE", "targets", ""),
    # "him" under a reporting verb is no group that reports it ("Officials said ... released him")
    ("Police arrested Ahmed Khan and Omar Ali on Monday. Officials said on Tuesday that the court had released "
     "him.", "released", "RETREAT", "targets", ""),
    # an object pronoun is never its own clause's subject
    ("Mr Erdogan joined the dispute with Mr Macron by accusing him of a shallow understanding of terrorism.",
     "accusing", "DISAPPROVE", "targets", "Macron"),
    # a chain of the same subject pronoun keeps its person
    ("Emmanuel Macron spoke in Paris on Thursday. He described the alliance as weak. He also criticised the "
     "United States for not consulting its allies.", "criticised", "DISAPPROVE", "actors", "Macron"),
    ("Bolton has come to the opposite conclusion. He not only advocated the war, but he also defended its "
     "aftermath.", "defended", "SUPPORT", "actors", "Bolton"),
    # one man fits: resolved
    ("Police arrested Ahmed Khan on Monday. He was released on Tuesday after questioning.", "released", "RETREAT",
     "targets", "Khan"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PRONOUNS)
def test_pronoun_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, name that must be in no party of the event)
NOT_PARTIES = [
    # an unresolved "him" is the target; the noun of the clause it governs is not
    ("Comey met Flynn and Trump at the White House. Trump asked him to drop the Flynn probe.", "asked", "Flynn"),
    # an object "it" is a thing, not the body named in the sentence
    ("The Senate would need 60 votes to pass the bill, even if all 52 Republicans supported it.", "supported",
     "Senate"),
]


@pytest.mark.parametrize(("text", "word", "name"), NOT_PARTIES)
def test_no_wrong_pronoun_party(enlp, text, word, name) -> None:
    assert_no_party(enlp, text, word, name)

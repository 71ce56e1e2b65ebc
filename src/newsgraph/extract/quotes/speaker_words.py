"""The word lists the speaker resolver reads (:mod:`newsgraph.extract.quotes.speakers`): pronouns by
gender, nouns for groups, offices, outlets and single persons, and the entity types that never speak.
Kept apart from the resolver so that each stays readable; the lists are words, the resolver is rules."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.strings import get_string_id

from ...lexicon import load_lexicon, outlet_of, read_tsv

__all__ = ["GENDERED", "MALE", "FEMALE", "IT", "STATIVE", "NAME_DEPS", "NSUBJ", "SUBJECT_DEPS", "SUBJECT_REACH", "KNOWN_REACH", "HONORIFIC", "FEMALE_ROLE", "MALE_ROLE", "person_gender", "pronoun_gender", "ORG_NOUNS", "PRESS_NOUNS", "outlet_words", "is_outlet", "SPEAKS_FOR", "SPEECH_NOUNS", "STATE_NOUNS", "LOCAL_WORDS", "PLACES", "AFFILIATIONS", "NEVER_SPEAKER", "GROUP_NOUNS", "JOB_NOUNS", "person_nouns", "apposed_person"]

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
IT = frozenset({"it", "its"})
GENDERED = MALE | FEMALE
# Verbs whose subject need not be anyone ("Brexit would be ...", "Brexit means ..."): being their subject does
# not make a lone word a person.
STATIVE = frozenset({"be", "mean", "happen", "become", "seem", "remain", "loom", "come", "go", "have", "look",
                     "appear", "stand", "lie", "begin", "end", "continue", "start"})
# Relations read from the Doc's arrays: a name's inner words, and a clause's subject.
NAME_DEPS = frozenset({get_string_id("compound"), get_string_id("flat")})
NSUBJ = get_string_id("nsubj")
SUBJECT_DEPS = frozenset({NSUBJ, get_string_id("nsubjpass")})
# How far back (characters outside quotes, about two sentences) a subject is preferred over a nearer non-subject.
SUBJECT_REACH = 300
# How far back (characters outside quotes) a person of the pronoun's known gender wins over a nearer one of unknown gender.
KNOWN_REACH = 600
HONORIFIC = {"mr": "M", "mr.": "M", "sir": "M", "mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "miss": "F",
             "madam": "F", "dame": "F", "lady": "F", "lord": "M"}
FEMALE_ROLE = re.compile(r"\b(?:\w*woman|queen|princess|duchess|actress|mother|wife|daughter|sister|"
                         r"first lady|girl|widow|grandmother|aunt|niece|girlfriend)\b", re.I)
# Words ending in "man" that name no man ("German Chancellor", "Roman", "human rights"), or name a student of
# either sex ("Mei-lan Cho, 19, a freshman at ...": round 31); a word ending so is no male role anywhere (a role,
# a description, the word before a name)
_NOT_MALE = ("german", "human", "oman", "freshman")  # "oman" covers "woman", "Roman", "Ottoman"
MALE_ROLE = re.compile(r"\b(?:(?!\w*(?:" + "|".join(_NOT_MALE) + r")\b)\w*man|king|prince|duke|actor|father|husband|son|"
                       r"brother|boy|widower|grandfather|uncle|nephew|boyfriend)\b", re.I)


def person_gender(ent: dict, text: str, first_names: dict[str, str]) -> str | None:
    """A person entity's gender, "M", "F" or None: the article first (an honorific before a mention counts
    twice, a gendered role once: "Mr Trump", "spokeswoman"), then the first-name table. The one rule for
    every reader of he/she (the quote speakers and the events' parties)."""
    votes = {"M": 0, "F": 0}
    for m in ent.get("mentions") or []:
        before = text[max(0, m["start"] - 16) : m["start"]].split()
        if before and before[-1].lower() in HONORIFIC:
            votes[HONORIFIC[before[-1].lower()]] += 2
        elif before:
            # a gendered word right before the name ("9/11 widow Terry Strada", "his wife, Melania") counts as a
            # role: the report's own word beats the first-name table ("Terry" is a man's name there)
            word = before[-1].rstrip(",").lower()
            if FEMALE_ROLE.fullmatch(word):
                votes["F"] += 1
            elif MALE_ROLE.fullmatch(word):
                votes["M"] += 1
    for r in ent.get("roles") or []:
        if FEMALE_ROLE.search(r):
            votes["F"] += 1
        elif MALE_ROLE.search(r):
            votes["M"] += 1
    if votes["M"] != votes["F"]:
        return "M" if votes["M"] > votes["F"] else "F"
    words = str(ent.get("name") or "").split()
    return first_names.get(words[0].lower()) if words else None


def pronoun_gender(word: str) -> str | None:
    """"M" for he/him/his/himself, "F" for she/her/hers/herself, else None."""
    low = word.lower()
    return "M" if low in MALE else "F" if low in FEMALE else None
# Head nouns of descriptions that name a news outlet ("the newspaper", "the network").
PRESS_NOUNS = frozenset({"daily", "newspaper", "paper", "outlet", "broadcaster", "network", "channel", "magazine"})
# Head nouns of descriptions that name an organization or outlet rather than a person.
ORG_NOUNS = PRESS_NOUNS | {
    "agency", "website", "site", "company", "firm", "group", "organization", "organisation", "ministry",
    "department", "government", "administration", "campaign", "committee", "party", "union", "office",
    "council", "commission", "bank", "court", "army", "military", "embassy", "statement", "report",
    # review 16: a military unit or a body's part ("the brigade said", "The division said")
    "brigade", "division", "battalion", "regiment", "corps", "squadron", "fleet", "unit", "command", "platoon",
}


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("outlet_words.tsv") if row)


@lru_cache(maxsize=1024)
def is_outlet(name: str) -> bool:
    """An organization's name that reads as a news outlet's ("Bangkok Post", "Yonhap", data/outlets.tsv)."""
    return outlet_of(name) is not None or any(w in outlet_words() for w in re.findall(r"[a-z]+", name.lower()))


# Nouns for the office or team that speaks for its possessor. A state's body is no one's mouthpiece: "Trump's
# administration said", "Putin's government said" are a group's words, not the leader's (review 27).
SPEAKS_FOR = frozenset({"office", "campaign", "camp", "team", "headquarters", "press"})
# Nouns for what a person said or wrote: "Mrs May's call, saying ...", "his statement said" are the possessor's.
SPEECH_NOUNS = frozenset({"call", "calls", "speech", "statement", "statements", "remarks", "comments", "letter",
                          "tweet", "tweets", "message", "post", "email", "memo", "note"})
# Nouns for what a person says or holds, as the subject of "was" or after "in": "Rubio's answer was that ...", "in
# Forbes' words, ...", "in Bolton's view, ..." are the possessor's words.
OWN_WORDS = frozenset({"answer", "response", "reply", "argument", "message", "view", "words", "word", "phrase",
                       "slogan", "warning", "remark", "claim", "point", "promise", "pledge", "dictum", "motto",
                       "mantra", "refrain", "retort", "verdict", "assessment", "opinion", "estimation", "telling"})
# Group nouns that speak for a state: with no organization named, the country stands for them.
STATE_NOUNS = frozenset({"government", "authorities", "administration", "ministry", "officials"})
# modifiers of a state noun that make it a town's, a region's or a district's (review 25: Kyiv's "Local authorities
# reported ..." went to Russia, the country named last): no country is guessed for those
LOCAL_WORDS = frozenset({"local", "municipal", "city", "town", "village", "regional", "provincial", "district",
                         "county", "oblast", "state-level"})
PLACES = frozenset({"NORP", "GPE", "LOC", "FAC", "LANGUAGE"})
# Entity types that may stand for the organization a titled person speaks for.
AFFILIATIONS = frozenset({"ORG", "GPE"})
# A nationality or group adjective is never a speaker by itself.
NEVER_SPEAKER = frozenset({"NORP", "LANGUAGE", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
# Head nouns of group speakers: "French police", "Chinese officials", "the government", "the White House" is a name.
GROUP_NOUNS = frozenset({
    "police", "official", "officials", "government", "authorities", "authority", "ministry", "military", "army",
    "diplomats", "prosecutors", "investigators",
    "lawmakers", "legislators", "leaders", "sources", "source", "aides", "negotiators", "regulators",
    "administration", "forces", "troops", "officers", "media", "embassy", "agency", "department",
})


# Nouns for one person who is usually left unnamed ("a spokesman", "one person", "the official"); round 32: "a
# staffer" is one as "an aide" is ("in the words of one top staffer" had no one whose words they were)
JOB_NOUNS = frozenset({"witness", "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "man",
                       "woman", "person", "lawyer", "attorney", "prosecutor", "officer", "agent", "adviser",
                       "advisor", "diplomat", "analyst", "expert", "member", "resident", "victim", "insider",
                       "staffer"})


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for one person: the job nouns above and the last word of every title of ``data/titles.tsv``
    ("the president" is one person, but usually one the report names, so it is no unnamed speaker)."""
    return frozenset({t.split()[-1].lower() for t in load_lexicon().titles} | JOB_NOUNS |
                     {"judge", "leader", "candidate", "director", "founder", "owner", "author"})


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns for a relative ("widow", "son", "wife"; the one-word rows of ``data/relatives.tsv``): a description
    by one ("the widow", "his son") is someone's relative, never the person it is told of."""
    return frozenset(r[0].lower() for r in read_tsv("relatives.tsv") if " " not in r[0])


@lru_cache(maxsize=1)
def apposed_person() -> frozenset[str]:
    """Nouns in apposition that make an untyped name a person's ("Gareth Price, senior research fellow at ...");
    read on first use, so importing the resolver loads no lexicon."""
    return person_nouns() | {"fellow", "researcher", "scholar", "economist", "historian", "scientist"}

"""What a counted thing suffered: the outcome of the verb acting on it ("killed 600 troops", "600 were killed") and the
outcome written right after it ("14 people dead", "more than 90 injured"), appended to a figure's object so that
the figure counts the outcome (moved out of core.py, whose :func:`_object` reads them)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import Lexicon, read_tsv
from .objects import OUTCOME_WORDS
from .outcome_verbs import phrase_outcome, plain_outcome_verbs

__all__ = ["outcome_participles", "outcome_of", "machine_host", "outcome_after", "among_the_harmed", "demonym_owned", "HARMS", "held_thing"]


@lru_cache(maxsize=1)
def outcome_participles() -> dict[str, str]:
    """verb lemma → participle (data/measure_verbs.tsv): "killing 600 service members" counts the killed."""
    return plain_outcome_verbs()


@lru_cache(maxsize=1)
def _machine_hosts() -> frozenset[str]:
    return frozenset(w.strip().lower() for r in read_tsv("measure_machine_hosts.tsv") for w in r[1].split("|"))


def machine_host(outcome: str | None, counted: Token | None) -> bool:
    """An infection of machines ("infect one phone", data/measure_machine_hosts.tsv): the figure counts the
    machines, so the outcome is not appended (it would key the figure ``cases``)."""
    return outcome == "infected" and counted is not None and counted.lemma_.lower() in _machine_hosts()


def outcome_of(tok: Token | None, parsed: bool) -> str | None:
    """The participle of the verb that acts on a counted thing: "killed 600 troops", "600 were killed",
    "600 died", "600 people killed in the attack"."""
    if tok is None or not parsed:
        return None
    verbs = outcome_participles()
    for _ in range(6):
        # "Stevens and three other Americans were killed": the first conjunct holds the role; "killed 161
        # Palestinians, including 71 civilians, and five Israelis": a part named with "including" shares
        # the role of the whole it is part of
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    gov = tok.head
    if (part := _included_in_harm(tok, verbs)) is not None:
        return part  # "600 people have been wounded, including 150 children" (round 36)
    if (along := _along_with(tok, verbs)) is not None:
        return along  # "Stevens was killed in the attack along with three other Americans" (round 32)
    if tok.dep_ in ("dobj", "nsubjpass") and (own := phrase_outcome(gov, tok)) is not None:
        return own  # "shot dead 14 villagers", "were forced from their homes"
    if tok.dep_ in ("dobj", "nsubjpass") and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in verbs:
        return _with_coordinated(gov, verbs)
    if tok.dep_ == "nsubj" and gov.lemma_.lower() == "die":
        return _with_coordinated(gov, verbs)
    if tok.dep_ in ("nsubj", "attr") and (among := among_the_harmed(gov)) is not None:
        return among  # "nine Britons were among the dead", "among the injured were 12 children"
    if tok.dep_ == "dobj" and (told := _included_by_harmed(gov)) is not None:
        return told  # "The dead included nine villagers" (round 32)
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs and c.i > tok.i and not _part_subject(c):
            return _with_coordinated(c, verbs)
    return None


def _along_with(tok: Token, verbs: dict[str, str]) -> str | None:
    """A group joined by "along with" / "together with" to the passive subject of a verb of harm suffered the same
    ("Stevens was killed in the attack along with three other Americans": deaths; the tune gold's class)."""
    w = tok.head  # the parse hangs "with" on "along" or beside it, on the verb
    if tok.dep_ != "pobj" or w.lower_ != "with" or w.i == 0 or w.doc[w.i - 1].lower_ not in ("along", "together"):
        return None
    cur = w
    for _ in range(5):
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            passive = any(c.dep_ == "nsubjpass" for c in cur.children)
            return _with_coordinated(cur, verbs) if passive and cur.lemma_.lower() in verbs else None
    return None


def _included_in_harm(tok: Token, verbs: dict[str, str]) -> str | None:
    """A part named with "including" that the parse hangs on the verb of harm itself ("840 people have been wounded,
    including 225 children"; "killed 12 people, including four children" hangs it on the noun, read above): the
    part suffered what the verb's passive subject or object suffered (round 36, issue 17: sub-counts)."""
    verb = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "including" or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in verbs or verb.i > tok.i:
        return None
    whole = any(c.dep_ in ("nsubjpass", "dobj") and c.i < tok.head.i for c in verb.children)
    return _with_coordinated(verb, verbs) if whole else None


def _part_subject(verb: Token) -> bool:
    """The relative clause's subject is a figure of its own ("90 soldiers, 12 of whom were wounded"): the outcome is
    that part's, never the whole's (round 27: the 90 had been read as 90 wounded)."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.like_num for g in verb.children)


# the people a toll names with "among the ...": a subject counted among them suffered that outcome
_AMONG = frozenset({"dead", "killed", "wounded", "injured"})


def among_the_harmed(verb: Token) -> str | None:
    """The outcome of a copula that puts its subject "among the dead" (or killed, wounded, injured), or None."""
    if verb.lemma_.lower() != "be":
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "among":
            noun = next((g for g in p.children if g.dep_ == "pobj"), None)
            det = noun is not None and any(c.lower_ == "the" for c in noun.children)
            if noun is not None and det and noun.lower_ in _AMONG:
                return OUTCOME_WORDS[noun.lower_]
            if noun is not None and det and (told := _toll_noun(noun)) is not None:
                return told  # "two journalists were among the 40 people killed" (round 23)
    return None


def _included_by_harmed(verb: Token) -> str | None:
    """The outcome of "the dead" (killed, wounded, injured) as the subject of "include": its object was harmed so
    ("The dead included nine Christian villagers": deaths, not villagers; round 32's amounts tune errors)."""
    if verb.lemma_.lower() != "include":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _AMONG or not any(c.lower_ == "the" for c in subj.children):
        return None
    return OUTCOME_WORDS[subj.lower_]


def _toll_noun(noun: Token) -> str | None:
    """The outcome of a counted group with its harm on it: "the 40 people killed", "the 12 wounded people"."""
    if not any(c.dep_ == "nummod" for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ in ("acl", "amod") and c.lower_ in _AMONG:
            return OUTCOME_WORDS[c.lower_]
    return None


def demonym_owned(obj: str | None, owner: str | None, lex: Lexicon) -> bool:
    """The owner was read from a demonym the object names ("Iraqis displaced" owned by IRQ), not from an actor."""
    return bool(obj and owner) and any(w[:1].isupper() and lex.demonym_of(w) == owner for w in str(obj).split())


#: the outcomes that harm a person: two of them coordinated count casualties
HARMS = frozenset({"killed", "wounded", "injured"})


def _with_coordinated(verb: Token, verbs: dict[str, str]) -> str:
    """The outcome of ``verb`` with the outcome coordinated to it: "killed or wounded" counts casualties
    (data/measure_synonyms.tsv), not deaths, whichever verb comes first."""
    own = verbs[verb.lemma_.lower()]
    for c in verb.children:
        other = verbs.get(c.lemma_.lower()) if c.dep_ == "conj" else None
        # "killed 12 people and wounded 30 others": the second verb counts its own object
        shared = not any(g.dep_ in ("dobj", "nsubjpass", "nsubj") for g in c.children)
        if other and other != own and {own, other} <= HARMS and shared:
            cc = next((t.lower_ for t in verb.doc[verb.i + 1 : c.i] if t.dep_ == "cc"), "and")
            return f"{own} {cc} {other}"
    return own


# a second harm that counts its own figure: "left 12 dead and injured 48", "16 dead and wounded more than 50"
_OWN_COUNT = (r"[ \t]+(?:\d|more\b|at[ \t]+least|about\b|nearly\b|over\b|some\b|another\b|others?\b|dozens\b|"
              r"hundreds\b|scores\b|thousands\b|many\b|several\b|an?\b|the\b|one\b|two\b|three\b|four\b|five\b|"
              r"six\b|seven\b|eight\b|nine\b|ten\b|twenty\b|thirty\b|forty\b|fifty\b)")
# the outcome written right after the counted thing: "14 people dead", "five rebels killed by", "more than 90
# injured", "four Americans who were killed", "three people were confirmed killed"
_OUTCOME_AFTER = re.compile(
    r"(?:[ \t]*[-–—,][ \t]*|[ \t]+(?:who[ \t]+|that[ \t]+)?(?:were|was|are|is|have[ \t]+been|had[ \t]+been|has[ \t]+been)"
    r"(?:[ \t]+(?:reportedly|confirmed|reported|also|later|all))*)?[ \t]+(killed|dead|died|wounded|injured|hurt|"
    r"arrested|detained)(?:[ \t]+(or|and)[ \t]+(killed|dead|died|wounded|injured|hurt)\b(?!" + _OWN_COUNT + r"))?\b",
    re.I)

# a bare verb (no auxiliary; a comma or dash may stand before it) followed by a count is the sentence's active verb
# with its own object ("the base, which houses 2,000 troops, killed three"); "killed three years ago" is a time
_BARE_VERB = re.compile(r"[ \t]*[,–—-]?[ \t]+")
_TIME_AFTER = re.compile(r"[\d,.]*[ \t]+(?:years?|months?|weeks?|days?|hours?)\b", re.I)
_ITS_OWN_COUNT = re.compile(r"[ \t]+(?:\d|at[ \t]+least\b|more[ \t]+than\b|nearly\b|about\b|some\b|dozens\b|"
                            r"hundreds\b|scores\b|thousands\b|(?:two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|twenty|thirty|forty|fifty)\b)", re.I)


def outcome_after(text: str, at: int) -> str | None:
    """The outcome written at ``at``, right after a counted thing ("14 people dead" → ``killed``), or None."""
    m = _OUTCOME_AFTER.match(text, at)
    if m is None:
        return None
    if _BARE_VERB.fullmatch(text, at, m.start(1)) and (counted := _ITS_OWN_COUNT.match(text, m.end(1))) \
            and not _TIME_AFTER.match(text, counted.end()):
        return None  # "attacks on the two bases killed 12 people": the verb's own object is killed (round 27)
    own = OUTCOME_WORDS[m.group(1).lower()]
    other = OUTCOME_WORDS[m.group(3).lower()] if m.group(3) and own in HARMS else own
    # "14 people dead or injured": both outcomes, casualties (data/measure_synonyms.tsv)
    return own if other == own else f"{own} {m.group(2).lower()} {other}"


def held_thing(tok: Token) -> bool:
    """"a man with two knives was arrested": the counted thing is what a noun before it has or carries, so a verb
    of harm or arrest written after it tells that noun's fate, not the thing's (round 33: was "knives arrested").
    Not "the ambassador together with / along with three other Americans were killed": joined, they share it."""
    w = tok.head
    if tok.dep_ != "pobj" or w.lower_ != "with" or w.head.pos_ not in ("NOUN", "PROPN") or w.head.i > w.i:
        return False
    return w.i == 0 or w.doc[w.i - 1].lower_ not in ("along", "together")

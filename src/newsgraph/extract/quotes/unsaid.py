"""What a verb governs that is no statement: a topic, a target, an amount, a source's terms, words left unsaid.

The indirect-quote pass (``indirect.py``) asks these before it reports what a verb governs: "issued a travel
alert", "endorsed Trump", "had proposed a total of 44", "did not mention the annexation", "declined to comment
on", "asked not to be named", "the sentence Trump says he has now corrected" name no words anyone said.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...lexicon import load_lexicon, read_tsv
from .arrays import children_with, dep_ids
from .at_large import at_large, crowd_words, defined_plural, held_clause, mind_at_large
from .conditions import in_condition
from .cues import characterising_verbs, quoted_source
from .gaps import RELATIVES as _RELATIVES
from .gaps import gapped_noun as _gapped_noun
from .gaps import object_gap
from .group_they import group_antecedent
from .kinds import is_document_source
from .person_acts import between_persons, person_acts
from .speaker_words import person_nouns

__all__ = ["ASKING", "acts_on", "held_view", "in_keeping", "writers_inference", "intended", "sure_ids", "sure_views", "unheld_stance", "refused_act", "stance_of", "is_target", "no_content", "object_gap", "passes_on", "points_at_words", "asks_anonymity", "declines_speech", "reason_of_act", "says_nothing",
           "unheld_mind"]

# Verbs of finding out and knowing: under a modal or as an infinitive ("we'll find ourselves knocked to our knees",
# "leaders need to recognize ...", "would see their taxes go up") they say what someone would come to know or
# undergo, which nobody has said.
_COGNITION = frozenset({"find", "see", "know", "learn", "realize", "recognize", "understand", "discover", "notice"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself",
                         "yourselves", "oneself"})
# Verbs of issuing a text: their object is reported only with its content ("issued a warning urging ...",
# "a statement saying ..."), never as a bare noun ("issued a travel alert", "posted a video").
_ISSUING = frozenset({"issue", "publish", "post", "release", "unveil"})
# Nouns for who or what a report comes from: cited, they are the source, not what was said.
_SOURCE_NOUNS = frozenset({"source", "official", "outlet", "agency", "media", "newspaper", "network", "reporter",
                           "witness", "aide", "diplomat", "spokesman", "spokeswoman", "spokesperson", "people", "person"})
_CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl", "appos", "xcomp"})


@lru_cache(maxsize=1)
def _declared() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_declared.tsv"))


@lru_cache(maxsize=1)
def _norms() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_according_norms.tsv"))


def in_keeping(obj: Token) -> bool:
    """The object of "according to" is a norm, a plan or a title (data/quote_according_norms.tsv: "according to
    plan", "according to his title"): "in keeping with", no one's words (review 15)."""
    return obj.lemma_.lower() in _norms()


# A demonstrative standing alone as the subject points at the writer's own facts, never at a speaker (review 15)
_DEMONSTRATIVES = frozenset({"this", "that", "these"})


def writers_inference(verb: Token, subj: Token) -> bool:
    """The writer's own reasoning, no one's words (review 15): a bare demonstrative subject ("This goes to show
    that ...", "That suggests ...") or a subjectless "considering that ..." ("given that")."""
    if subj.lower_ in _DEMONSTRATIVES and subj.tag_ == "DT" and not list(subj.children):
        return True
    return verb.lower_ == "considering" and verb.dep_ in ("advcl", "prep") and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children)


def no_content(verb: Token, rel: str, head: Token) -> bool:
    """The bare object of a verb of issuing names a text without saying anything ("issued a travel alert"),
    "questions" as the bare object of asking name no question ("asked questions about the deal"), and the object
    of "see" without "as" is something witnessed or undergone, no view; nor does a bare noun after "asked (X)
    about" ("asked Petraeus about the whereabouts of the black books": the topic, the question is elsewhere), nor
    a noun whose only clause is a relative with an object gap (round 17)."""
    if rel != "ccomp" and _gapped_noun(head):
        return True  # "apologized on Tuesday for the sentence Jones says he has now corrected"
    if rel in ("prep:about", "prep:about:pass"):
        return verb.lemma_.lower() in ASKING and _bare(head) and head.pos_ != "PRON"
    if rel == "prep:for":  # review 17: "asking for details about their condition": a request, no words given
        return verb.lemma_.lower() in ASKING and head.lemma_.lower() in _details() | {"information", "update"}
    if rel != "dobj":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _views():
        # "the unrest saw fierce battles", "Afghanistan has seen a spate of attacks", "viewed the footage": what
        # someone or something saw or went through; "sees China as key to ..." is a view (since round 16 a
        # stance, data/quote_acts.tsv `view`) and its clauses inside are not blocked ("as" may hang anywhere)
        # ("has seen a fiercer debate as a million migrants arrived": an "as" that opens a clause is no view's)
        return not any(t.lower_ == "as" and t.i > verb.i and t.dep_ != "mark" for t in verb.subtree)
    if lemma == "declare":
        # "declared a day of mourning", "declared a state of emergency": a state put in force (review 15)
        return head.lemma_.lower() in _declared() or head.lower_ in _declared()
    if lemma == "deny":
        # "has denied collusion with the lobbyists", "denied any involvement": the charge denied, no words said;
        # "denied reports that he had resigned" keeps the clause it carries (round 17)
        return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in head.subtree)
    # "asked questions about the deal": the topic of questions, not a question put
    if lemma not in _ISSUING and not (lemma in ASKING and head.lemma_.lower() == "question"):
        return False
    return _bare(head)


# Named-entity types of the ones an act is aimed at ("endorsed Trump", "recognized the state of Palestine")
_TARGET_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})


def is_target(head: Token) -> bool:
    """A verb's object that names a person, group, place or thing with nothing said about it: the one the act is
    aimed at ("endorsed Trump", "welcomed the Dolphins", "attacked the USS Cole", "warned the American president"),
    or an amount ("had proposed a total of 44"), not words anyone said. A clause or quoted words inside the phrase carry content and keep it."""
    if _amount(head):
        return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in head.subtree)
    if head.pos_ not in ("PROPN", "NOUN") or not (head.ent_type_ in _TARGET_TYPES or head.pos_ == "PROPN"
                                                  or head.lemma_.lower() in person_nouns()):
        return False
    # "endorsed Trump, who says he is honored": a relative clause set off by a comma tells something of the
    # target, and its own reporting verb reports it (its words are not what the act says)
    aside = {t.i for c in head.children if c.dep_ == "relcl" and _set_off(c) for t in c.subtree}
    return not any((t.pos_ in ("VERB", "AUX") or t.is_quote) and t.i not in aside for t in head.subtree)


def _set_off(clause: Token) -> bool:
    lo = clause.left_edge.i
    return lo > 0 and clause.doc[lo - 1].text == "," and clause.doc[lo].tag_ in ("WP", "WDT", "WP$")


def _amount(head: Token) -> bool:
    """An object that is a number or amount ("had proposed a total of 44", "offered $5 million"): what the act
    was about, not words said."""
    if head.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") or head.like_num:
        return True
    # "a total / number / sum of 44"
    return head.lemma_.lower() in ("total", "number", "sum", "maximum", "minimum") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.like_num for p in c.subtree) for c in head.children)


def _bare(head: Token) -> bool:
    return head.pos_ in ("NOUN", "PROPN", "PRON") and not any(c.dep_ in _CONTENT_DEPS for c in head.children)


def says_nothing(verb: Token) -> bool:
    """The verb reports no statement at all: knowing under a modal ("we'll find ..."), citing a source ("citing
    the state news agency MENA", "did not cite a source for the claim"), denying someone a thing ("denied the
    government the opportunity to ..."), or naming a topic that was not brought up ("Trump did not mention
    the annexation of Crimea", "without mentioning Sanders", "not to mention the people he had killed"):
    what someone left unsaid is nothing they said."""
    lemma = verb.lemma_.lower()
    # a refusal to speak ("declined to say whether ...") is kept, negated (``declines_speech``, round 18)
    if (lemma in _TOPIC_VERBS or _offers_particulars(verb)) and _negated(verb) or _anonymity(verb):
        return True
    if _scenario(verb) or in_condition(verb):
        return True
    if lemma in _COGNITION:
        if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES or c.dep_ in ("ccomp", "xcomp") and any(
                s.dep_ == "nsubj" and s.lower_ in _REFLEXIVES for s in c.children) for c in verb.children):
            # "found himself with a country in distress", "finds himself stuck in limbo": a situation the subject
            # is in, not a finding
            return True
        return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to" and verb.tag_ == "VB") for c in verb.children)
    if lemma == "cite" and quoted_source(verb) is None:  # "cited officials as saying ...": their words follow
        return any(c.dep_ == "dobj" and _bare(c) and (c.ent_type_ in ("ORG", "PERSON") or c.lemma_.lower() in
                                                      _SOURCE_NOUNS) for c in verb.children)
    # two objects (the parser gives the first as a dative or as a second dobj)
    return lemma == "deny" and sum(c.dep_ in ("dative", "dobj") for c in verb.children) >= 2


# Modals of possibility: "Tehran might conclude that ...", "Iran could concede that ...", "they may argue that ..."
# tell a scenario the writer imagines, no words anyone said (review 16: a columnist's scenarios counted as quotes)
_POSSIBLE = frozenset({"might", "could", "may"})


def _scenario(verb: Token) -> bool:
    """The verb is under "might", "could" or "may" without a perfect "have" ("may have told": a report of words
    said, only hedged) and is no question's verb."""
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in kids) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


@lru_cache(maxsize=1)
def _minds() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_tsv("quote_minds.tsv")
    return (frozenset(r[1] for r in rows if r[0] == "mind"), frozenset(r[1] for r in rows if r[0] == "vague"))


# Entity types of a holder that is a place, a people or a count, never someone who stated a view
_PLACE_MINDS = frozenset({"GPE", "LOC", "CARDINAL", "PERCENT", "QUANTITY"})


def passes_on(verb: Token, speech: bool) -> bool:
    """Quoted words under a verb of a mental state (data/quote_minds.tsv: "he believed the lawyers wanted him to
    'suborn perjury'") or under a verb that only frames what it governs and is no verb of speech (``speech``) nor
    of characterising ("the U.S. is 'directly' talking with the regime") are the words of whoever reported them,
    when a verb of speech above it did."""
    lemma = verb.lemma_.lower()
    if lemma in _ASPECT and any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "the panel has begun to see 'the putting together of a case'": a phase of what is below
    return lemma in _minds()[0] or not speech and lemma not in characterising_verbs()


# Verbs of a phase ("begin to see", "continue to want"): with an infinitive they say nothing themselves
_ASPECT = frozenset({"begin", "start", "continue", "finish", "cease", "stop", "keep"})


def unheld_mind(verb: Token, rel: str, head: Token, holder: Token | None) -> bool:
    """A mental state (data/quote_minds.tsv) that reports no one's statement: its object is a bare noun
    ("recognizes the threat", "do want everything on everybody"), or its holder could not have stated it, the
    writer or people at large ("I thought", "one wonders why", "they assumed", "Average citizens wonder", "is
    seen by many as"), a place or a people ("Beijing fears"), or a count ("only 1 in 10 Britons believes")."""
    minds, vague = _minds()
    if verb.lemma_.lower() not in minds:
        return False
    if rel == "dobj" and head.pos_ in ("NOUN", "PROPN", "PRON") and verb.lemma_.lower() != "see":
        # a noun holds a proposition only through a "that"-clause ("recognized the fact that ...")
        return not any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children) for c in head.children)
    # people at large ("Many believe ...") hold a stance since round 19 (``at_large``), the writer still nothing;
    # since round 30 "they" standing for a group that can speak, the subject of the clause it is joined to
    # ("Republicans called the hearing because they felt ..."), holds its view as that group would
    if holder is not None and group_antecedent(holder) is not None:
        return False
    return holder is None or vague_holder(holder) and not (held_clause(rel, head) and at_large(holder))


def vague_holder(t: Token) -> bool:
    """The subject names no one who could have said something: a generic or first- or second-person pronoun, a
    number, a place, or a plural for people at large ("citizens", "the Russians", "many voters"); a plural
    that names a party, a profession or a group ("Republicans", "environmentalists", "officials") may speak."""
    _minds_, vague = _minds()
    if t.lower_ in vague or t.like_num or t.ent_type_ in _PLACE_MINDS:
        return True
    if any(c.dep_ == "det" and c.lower_ in ("each", "every") for c in t.children):
        return True  # "Each participant thinks ...": anyone at all, the writer's generalisation (round 14, beliefs)
    if t.tag_ not in ("NNS", "NNPS"):
        return False
    lemma = t.lemma_.lower()
    if lemma in crowd_words() or load_lexicon().demonym_of(t.text) is not None:
        return True
    # "many voters", "some citizens"; "few experts" still names people whose view is asked
    return lemma not in person_nouns() and any(c.dep_ in ("amod", "det") and c.lower_ in vague for c in t.children)


@lru_cache(maxsize=1)
def _held() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "held")


def held_view(cue: list[Token], holder: Token | None = None) -> bool | None:
    """What a mind of believing or perceiving governs (data/quote_minds.tsv, kind ``held``: "Investigators
    believe the fire was set", "police suspect that ...", "finds it more advantageous to ...") is its holder's
    view, not words said: True keeps it as kind ``stance`` (round 14, beliefs; PolNeAR counts an internal state
    as an attribution, the reviews of real reports count none as a quote). False: no view held, nothing kept
    ("does not believe the fire was an accident", "would think": the clause is what is not or might be
    believed; "is expected to be close": the passive subject holds nothing). None: the cue is no such mind (a verb of speech reports words)."""
    verb = next((t for t in cue if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _held()), None)
    # "Many voters want ...", "Others wonder whether ...", "9 percent found it ...": people at large hold a view
    # whatever the mind, and say nothing (round 19)
    large = True if holder is not None and vague_holder(holder) and mind_at_large(cue, holder) else None
    if verb is None or verb.lemma_.lower() == "find" and not any(
            c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ in ("ADJ", "NOUN") for c in verb.children):
        return large  # "investigators found that the brakes had failed": a finding reported, not a judgement
    # "The vote is expected to be close", "is believed to have fled", "the relief felt by workers": the passive
    # subject, or the noun a passive participle modifies, holds nothing
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or _witnessed(verb):
        return False
    return not any(c.dep_ in ("neg", "auxpass", "nsubjpass", "agent") or c.dep_ == "aux" and c.tag_ == "MD"
                   for c in verb.children)


@lru_cache(maxsize=1)
def _witness_verbs() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "witness")


def _witnessed(verb: Token) -> bool:
    """"heard shots ring out", "saw men running": a bare small clause after a verb of perceiving (data/quote_minds.tsv,
    kind ``witness``) is a scene witnessed, no view held (round 33); "saw that the plan failed" is one."""
    return verb.lemma_.lower() in _witness_verbs() and any(
        c.dep_ == "ccomp" and c.tag_ in ("VB", "VBG") and not any(a.dep_ in ("mark", "aux") for a in c.children)
        for c in verb.children)


_COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "stay", "feel", "sound"})


@lru_cache(maxsize=1)
def sure_ids() -> frozenset[int]:
    """String-store ids of the words of kinds ``sure``, ``resolved`` and ``feeling`` (data/quote_minds.tsv), to find
    them in a Doc's arrays."""
    return frozenset(get_string_id(r[1]) for r in read_tsv("quote_minds.tsv") if r[0] in ("sure", "resolved", "feeling"))


@lru_cache(maxsize=1)
def _sure_kinds() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    rows = read_tsv("quote_minds.tsv")
    return (frozenset(r[1] for r in rows if r[0] == "resolved"),
            frozenset((r[1], r[2]) for r in rows if r[0] == "feeling" and len(r) > 2))


def _held_content(t: Token) -> Token | None:
    """What an adjective of a belief, a feeling or a resolve holds: its "that"-clause ("is convinced that ...",
    "are afraid that ..."), for kind ``resolved`` its infinitive ("is eager to settle ..."), for kind ``feeling``
    the object of its preposition ("are worried about a lack of passion", "is critical of the deal": round 15)."""
    clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i and c.pos_ in ("VERB", "AUX")), None)
    if clause is not None:
        return clause
    resolved, feeling = _sure_kinds()
    if t.lower_ in resolved:
        # an act the holder means to do; "is willing to have been ..." (perfect or passive) is no act of theirs
        return next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i and c.pos_ in ("VERB", "AUX") and
                     any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
                     not any(a.dep_ == "auxpass" or a.dep_ == "aux" and a.lemma_ == "have" for a in c.children)), None)
    prep = next((c for c in t.children if c.dep_ == "prep" and c.i > t.i and (t.lower_, c.lower_) in feeling), None)
    # ("is wary of steering the party left": a gerund's clause is the object as well)
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None


def sure_views(doc: Doc, at: Iterable[int]) -> Iterator[tuple[Token, Token, Token]]:
    """(word, clause, holder) of each belief told by an adjective after a copula (data/quote_minds.tsv, kind
    ``sure``: "The general is convinced that the rebels are regrouping", "Officials remain confident the deal
    will hold"), of a feeling or of a resolve (round 15: "Protesters were frustrated that ...", "is eager to
    settle", "is critical of the deal"; ``_held_content``): the holder's view, kept as kind ``stance`` (round 14,
    beliefs). Not negated or under a modal
    ("is not convinced", "would be certain"), and only for a holder who could state it."""
    for t in (doc[i] for i in at):  # ``at``: the tokens whose lowercase form is such a word
        base = t.head if t.dep_ == "acomp" and t.head.lemma_.lower() in _COPULAS else t
        if base is t and not any(c.dep_ == "auxpass" for c in t.children):
            continue  # "a certain man", "make sure that ...": no holder's belief
        clause = _held_content(t)
        holder = next((c for c in base.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause is None or holder is None or vague_holder(holder) or any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for w in {t, base} for c in w.children):
            continue
        yield t, clause, holder


# Holders that are texts ("the talking points ... emphasize blaming the video", "the memo blames ..."): a
# document takes no position; what it says is the document kind's (kinds.py), a stance needs someone
_TEXT_HOLDERS = frozenset({"point"})


# Entity types of a holder that is a count or a share ("43% supporting involvement", "Thirty-nine percent backed")
_COUNT_TYPES = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY"})


def unheld_stance(holder: Token) -> bool:
    """A stance's holder that is a text or a count, not someone who could take a position (round 14, beliefs;
    counts: integration, round 15, "43% supporting involvement"). A common noun that names a thing ("The tweets
    ...") is not caught: a lexicon of people nouns missed "environmentalists", "panel" and "companies" on
    PolNeAR's tune half, so that rule was dropped."""
    if is_document_source(holder) or holder.like_num or holder.ent_type_ in _COUNT_TYPES:
        return True
    return holder.lemma_.lower() in _TEXT_HOLDERS and holder.ent_type_ not in ("PERSON", "ORG")


# Verbs that name a topic rather than convey a statement; negated ("did not mention", "never discussed",
# "without addressing") they report that nothing was said of it. (PolNeAR annotates such spans as attributions;
# they are left out here because what a person did not say is no fact of what they said.)
_TOPIC_VERBS = frozenset({"mention", "discuss", "address", "name", "cite", "raise", "reference", "describe",
                          "detail", "specify", "elaborate", "comment", "identify", "disclose", "reveal",
                          "confirm"})  # review 17: "would not confirm reports"
# Verbs whose object, as a free relative ("said what he meant", "saying what he truly believed"), points at words
# without giving them.
_POINTING = frozenset({"mean", "think", "believe", "feel", "want", "intend", "say"})


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_acts.tsv"))


@lru_cache(maxsize=1)
def _stances() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_acts.tsv") if r[1:2] in (["stance"], ["view"], ["person"]))


@lru_cache(maxsize=1)
def _views() -> frozenset[str]:
    """Verbs of perceiving something as something ("sees X as Y"), kept as a stance only with their "as"."""
    return frozenset(r[0] for r in read_tsv("quote_acts.tsv") if r[1:2] == ["view"])


@lru_cache(maxsize=1)
def _intents() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] in ("intent", "wish"))


@lru_cache(maxsize=1)
def _wishes() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "wish")


# The conditional auxiliary that makes "like" a wish ("would like to", "'d like to")
_WISH_AUX = frozenset({"would", "'d", "’d"})


def _modal_blocks(verb: Token) -> bool:
    """The verb is negated or under a modal, so it tells no position taken; a verb of wishing (data/quote_minds.tsv,
    kind ``wish``) is one only under "would" ("The campaign would like to organize ...", round 15b), and another
    modal beside it ("might like to") or none ("likes to fish": a habit) tells no aim."""
    mods = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.lemma_.lower() in _wishes():
        return len(mods) != 1 or mods[0].lower_ not in _WISH_AUX
    return bool(mods)


def intended(verb: Token, rel: str) -> bool:
    """The infinitive of a verb of intending (data/quote_minds.tsv, kind ``intent``: "The campaign plans to employ
    ...", "The agency seeks to cut ...", "hopes to return ...") is its holder's aim: an internal state, no words
    said, kept as kind ``stance`` (round 15; PolNeAR counts an intention as an attribution), with the limits of
    every stance (``stance_of``)."""
    return rel == "xcomp" and verb.lemma_.lower() in _intents()


def stance_of(verb: Token, holder: Token | None = None) -> bool:
    """The act's aim is kept as kind ``stance`` (data/quote_acts.tsv, second column): "condemned the launch",
    "endorsed Clinton", "cited the audit as the reason" tell a position its subject took, which is stored with
    its holder and never shown as words said; an act that may be a deed ("gunmen attacked the hotel",
    "responded with sanctions") gives nothing. No position was taken under a modal or negated ("could publicly
    endorse", "did not condemn"), in a condition ("Even if Congress rejects the agreement"), in an infinitive of
    purpose ("bought patrol boats to defend the coast"), or by no one in particular ("Some embrace ...", "any
    country that has agreed to ...")."""
    if verb.lemma_.lower() not in _stances() and verb.lemma_.lower() not in _intents() or _modal_blocks(verb):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    if verb.lemma_.lower() in person_acts() and not between_persons(verb, holder):
        return False  # "gunmen attacked the hotel": a deed; "Cruz blasted Rubio": a stance (round 17)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (verb.dep_ in ("advcl", "acl") or any(
            c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)):
        return False  # ("bought patrol boats to defend the coast", "urged the council to condemn ...": not held)
    if verb.lemma_.lower() in _intents() | _views() and (holder is not None and vague_holder(
            holder) and not at_large(holder) or _gapped(
            verb, [c for c in verb.children if c.dep_ == "xcomp"])):
        return False  # "Some voters plan to stay home" (people at large); "the one he planned to bomb" (gapped)
    if holder is not None and verb.dep_ == "relcl" and verb.head.i == holder.i and \
            verb.lemma_.lower() not in person_acts() and defined_plural(holder):
        return False  # "target countries that support the strike": a bare plural the clause defines, any such
        # ("ads that attack Lopez" stay: the holder of an attack was vetted by ``between_persons``, round 17b)
    return holder is None or not _nobody(holder) or at_large(holder)  # "Many embrace ...": round 19


# Subjects that hold no position anyone took: the writer or the reader, or people at large
NOBODY = frozenset({"i", "we", "you", "one", "some", "many", "few", "most", "any", "anyone", "anybody", "someone",
                     "somebody", "nobody", "none", "everyone", "everybody", "others"})


def _nobody(holder: Token) -> bool:
    if holder.tag_ in ("WDT", "WP") and holder.head.dep_ == "relcl":
        holder = holder.head.head  # "any country that has agreed": the antecedent holds it
    return holder.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in holder.children)


def acts_on(verb: Token, rel: str) -> bool:
    """What a verb of approving, disapproving, citing or demanding governs besides a clause (data/quote_acts.tsv):
    the object and the phrases beside it ("welcomed the renewal of dialogue", "blame Mexico for migrant problems",
    "Citing the history of the country") tell whom or what the act was aimed at, and no words said; a clause
    it governs ("warned that ...", "demanded that ...") stays a statement."""
    return rel not in ("ccomp", "ccomp:pass") and verb.lemma_.lower() in _acts()


def reason_of_act(verb: Token) -> bool:
    """A gerund giving the reason for an act aimed at someone ("blasted the U.S. for demanding that Beijing ...",
    "criticized Obama for saying ..."): the one who demanded or said is the act's object, not its subject whom the
    parse would give; no speaker can be told from the act, so the clause is left to a verb of its own."""
    # any verb with an object: "admonished Pena Nieto for publicly denouncing the wall" (round 14: not only acts)
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.pos_ == "VERB" and \
        any(c.dep_ == "dobj" for c in prep.head.children)


@lru_cache(maxsize=1)
def _refusals() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_tsv("quote_refusals.tsv")
    return (frozenset(r[1] for r in rows if r[0] == "refuse"), frozenset(r[1] for r in rows if r[0] == "speech"))


@lru_cache(maxsize=1)
def _offers_particulars(verb: Token) -> bool:  # "would not offer details"; "does not offer paid leave" is a stance
    return verb.lemma_.lower() == "offer" and any(c.dep_ == "dobj" and c.lemma_.lower() in _details() | {
        "information", "comment", "explanation"} for c in verb.children)  # (r17-ptrace: PolNeAR keeps the latter)


@lru_cache(maxsize=1)
def _details() -> frozenset[str]:  # asked per refused verb and per preposition of its infinitive
    return frozenset(r[1] for r in read_tsv("quote_refusals.tsv") if r[0] == "detail")


def _speaking(act: Token, speech: frozenset[str]) -> bool:
    """The refused infinitive is speaking: a verb of speech ("to comment"), or any verb that goes into the
    particulars of something ("to go into details", "to get into specifics", review 15)."""
    return act.lemma_.lower() in speech or any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _details() for o in p.children)
        for p in act.children)


def declines_speech(verb: Token) -> bool:
    """A refusal ("declined to comment directly on ...", "refused to say whether ...", "declined comment",
    data/quote_refusals.tsv): what someone would not say is nothing they said, and an act refused ("refused to
    release his records", "declined to prosecute any agents") is an act, no statement (the reviews of real reports
    count both as no quotes; PolNeAR counts the acts). Round 18: what the refusal is about is kept as a quote of
    modality ``negated`` (PolNeAR counts it as an attribution), stored and never listed as words said."""
    refusing, speech = _refusals()
    if verb.lemma_.lower() not in refusing:  # (a passive infinitive is settled first: asks_anonymity)
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") or c.dep_ in ("xcomp", "dobj") and
               c.lemma_.lower() in speech for c in verb.children)


def asks_anonymity(verb: Token) -> bool:
    """"declined to be identified", "refused to be named": a source's anonymity, no topic it would not speak on
    (integration reading, round 18); the negated form ("asked not to be named") is ``_anonymity``'s, read by
    ``says_nothing``."""
    return any(children_with(c, dep_ids("auxpass")) for c in children_with(verb, dep_ids("xcomp")))


def refused_act(verb: Token, holder: Token | None = None) -> bool:
    """A refusal of an act, not of speech ("refused to release his tax records", "have refused to cooperate",
    "pointedly refused to endorse Trump"): a position its subject took, kept as kind ``stance`` (round 14);
    a refusal to speak ("declined to comment", "refused to say whether ...") tells nothing."""
    refusing, speech = _refusals()
    if verb.lemma_.lower() not in refusing or any(c.dep_ == "neg" for c in verb.children) or \
            holder is not None and _nobody(holder):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if _gapped(verb, acts):
        return False
    return bool(acts) and not any(_speaking(c, speech) for c in acts) and \
        not any(c.dep_ == "dobj" and c.lemma_.lower() in speech for c in verb.children)


def _gapped(verb: Token, acts: list[Token]) -> bool:
    """"the man he refuses to criticize", "the regime the president was planning to bomb": in a relative clause
    whose object is the noun it modifies, outside the words after the verb, the infinitive alone aims at no one
    (round 14, beliefs; round 15 for intentions: no stance)."""
    return verb.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES
                                            for c in verb.children) and not any(
        c.dep_ == "dobj" for a in acts for c in a.children)


# What a source asks not to be ("asked not to be named / identified / quoted"): the terms of the interview.
_IDENTIFYING = frozenset({"name", "identify", "quote", "cite"})


def _anonymity(verb: Token) -> bool:
    """A source's condition for speaking ("who asked not to be named", "requested not to be identified"): no
    statement, only the terms on which one is made."""
    return any(c.lemma_.lower() in _IDENTIFYING and _negated(c) for c in children_with(verb, dep_ids("xcomp")))


def _negated(verb: Token) -> bool:
    """The verb is negated ("did not mention", "never discussed", "not to mention") or the object of "without"
    ("without mentioning Sanders")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def points_at_words(head: Token) -> bool:
    """A free relative that only points at words ("said what he meant", "told them what they wanted"): the words
    are not given, so nothing checkable is reported."""
    if head.lemma_.lower() not in _POINTING or head.left_edge.lower_ != "what":
        return False
    wh = head.left_edge
    return wh.head.i == head.i and wh.dep_ in ("dobj", "ccomp", "attr", "nsubj")


# Verbs that report a question
ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "query", "question"})

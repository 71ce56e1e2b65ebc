"""Cue expressions and attribution patterns: which words report speech, and who the speaker is.

The reporting expressions are data (``data/quote_cues.tsv``): verb lemmas ("say", "add", "tweet"), phrases matched
as written ("according to", "was quoted as saying"), and weak verbs that report only next to a quote mark ("she
laughed"). The subject of the cue verb is the speaker; without one, the noun phrase next to the cue is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from .._doc import hyphen_end, hyphen_start
from .arrays import children_with, dep_ids
from .coordinated import conj_own_subject
from .cue_table import Cues as Cues
from .cue_table import load_cues as load_cues
from .inserted_cues import inserted_speaker_first
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .participles import (
    apposed_name,
    by_agent,
    first_speaker_verb,
    named_after,
    naming,
    paratactic_speaker,
    participle_subject,
    words_owner,
)
from .party_tags import PARTY_LABEL
from .speaker_words import person_nouns

_MARKS = DOUBLE_MARKS | SINGLE_MARKS


# ----------------------------------------------------------------------------------------------
# attribution
# ----------------------------------------------------------------------------------------------
@dataclass
class Attr:
    cue_start: int  # token indices, end exclusive
    cue_end: int
    speaker: tuple[int, int] | None  # token span of the speaker mention
    by_agent: bool = False  # the speaker is the by-agent of a passive cue, no grammatical subject
    inner: bool = False  # an utterance inside another's report ('X said gunmen stormed in shouting "..."')


# Verbs whose passive subject is the one spoken to ("he was told to go away", "they were warned").
# Verbs of sending a message: an infinitive after their object says what the sender says, not the recipient
@lru_cache(maxsize=1)
def _object_not_speaking() -> frozenset[str]:
    """Verbs whose object is not the one who speaks the clause after it (data/quote_control_objects.tsv): the
    one written to ("emailed supporters to say") or a means ("used the stage to assure", "took the chance to")."""
    return frozenset(r[1] for r in read_tsv("quote_control_objects.tsv"))
_TOLD = frozenset({"tell", "warn", "inform", "order", "urge", "advise", "remind", "instruct", "assure", "promise"})
# Passive cues whose subject is still the one who spoke ("he was quoted by Reuters as saying", "was heard
# shouting"): their by-agent is the outlet or the hearer, not the speaker.
_SUBJECT_SPEAKS = frozenset({"quote", "cite", "hear", "overhear", "record", "film", "see", "catch"})
# A participle that modifies a noun ("a written statement", "the so-called plan") reports nothing.
_NOT_CUE_DEPS = frozenset({"amod", "acl", "compound", "nmod", "pobj", "dobj", "nsubj", "poss"})
NOT_CUE_DEP_IDS = frozenset(get_string_id(d) for d in _NOT_CUE_DEPS)  # the same, as the Doc's arrays hold them
# Named-entity types that are never speakers ("said Monday").
PRONOUN_NUMERALS = frozenset({"one", "some", "many", "others", "both", "all", "several", "few", "most"})
# How far back (tokens) the person of a subjectless cue may stand, its apposition included.
_LEFT_REACH = 30
_OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "poss"})
_NOT_SPEAKER = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@lru_cache(maxsize=1)
def characterising_verbs() -> frozenset[str]:
    """Verbs whose quoted object is in their subject's words (data/characterising_verbs.tsv)."""
    return frozenset(row[0].lower() for row in read_tsv("characterising_verbs.tsv") if row)


@lru_cache(maxsize=1)
def _mute_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_mute_nouns.tsv") if row)


# Nouns in -ing that name a text or a statement and so may be a source ("the ruling said", "the warning reads")
_SAYING_ING = frozenset({"ruling", "briefing", "finding", "filing", "posting", "recording", "listing", "reading",
                         "wording", "warning", "writing", "writings", "ranking", "rating", "polling", "meeting",
                         "hearing", "sitting", "gathering", "building"})


def mute(subj: Token) -> bool:
    """A subject that speaks for no one: a common noun for an event, a time or an idea ("his news
    conference", "the context", data/quote_mute_nouns.tsv), or an act named by its -ing ("the apparent
    targeting suggests", "the stabbing", "the bombing"), not part of a named entity."""
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    if lemma in _mute_nouns():
        return True
    # "the patient's blood work": a row of two words names the compound before the noun (round 22 wave 2)
    before = [c.lower_ for c in subj.children if c.dep_ == "compound" and c.i == subj.i - 1]
    if before and f"{before[0]} {lemma}" in _mute_nouns():
        return True
    if _hyphened(subj) in _mute_nouns():
        return True
    low = subj.lower_
    return len(low) > 5 and low.endswith("ing") and low not in _SAYING_ING and lemma not in _SAYING_ING


def _hyphened(t: Token) -> str:
    """The hyphenated word a token is part of, its last part lemmatized ("X-rays" -> "x-ray"): the parser may
    take either part for the head."""
    doc, lo, hi = t.doc, hyphen_start(t), hyphen_end(t)
    if lo == hi:
        return ""
    return "".join(x.lower_ for x in doc[lo:hi]) + doc[hi].lemma_.lower()


def is_verb_cue(tok: Token, cues: Cues, weak: bool = False) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return False
    if tok.dep_ in _NOT_CUE_DEPS:
        return False
    lemma = tok.lemma_.lower()
    return (lemma in cues.verbs or (weak and lemma in cues.weak)) and not _heading_label(tok)


def _heading_label(tok: Token) -> bool:
    """A word opening its line as a numbered heading's label ("Warning No. 3: ...", "Update 2: ..."), no verb of
    saying: the parser reads "Warning" as a verb whose subject is the next sentence's (integration reading of
    round 18)."""
    if not tok.is_title or (tok.i > 0 and "\n" not in tok.doc[tok.i - 1].text_with_ws):
        return False
    after = tok.doc[tok.i + 1 : tok.i + 5]
    return any(t.like_num for t in after) and any(t.text == ":" for t in after)


def is_frame_verb(tok: Token) -> bool:
    """A verb that may attribute through its dependents (not a participle modifying a noun)."""
    return (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")) and tok.dep_ not in _NOT_CUE_DEPS \
        and not _heading_label(tok)


def phrase_at(doc: Doc, i: int, cues: Cues) -> int:
    """Length of the cue phrase starting at token i, 0 if none."""
    phrases = cues.by_first.get(doc[i].lower_)
    if not phrases:
        return 0
    for p in phrases:
        n = len(p)
        if i + n <= len(doc) and all(doc[i + k].lower_ == p[k] for k in range(1, n)):
            return n
    return 0


def cue_extent(doc: Doc, v: Token) -> tuple[int, int]:
    """The cue as written around verb v: auxiliaries before it, "as saying", "reporters", particles after."""
    vi = v.i
    s, e = vi, vi + 1
    while s > 0:
        t = doc[s - 1]
        if t.dep_ not in ("aux", "auxpass", "neg") or t.head.i != vi:
            break
        s -= 1
    for c in v.rights:
        if c.i != e:
            break
        if c.dep_ == "prt" or (v.lemma_ == "tell" and c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PRON")):
            e = c.i + 1
        else:
            break
    last = v if e == vi + 1 else doc[e - 1]
    if last.lower_ in ("quoted", "cited") and e + 1 < len(doc) and doc[e].lower_ == "as" \
            and doc[e + 1].lemma_ == "say":
        e += 2
    return s, e


# A party-state label set after a legislator's name ("Sen. Chuck Schumer, D-N.Y., who asked", "R-Texas", "I-Vt."):
# it names no one, the person it is apposed to speaks (the label's pattern: .party_tags)


def _labelled(t: Token) -> Token:
    """The person a party-state label is apposed to, for the label; any other token itself."""
    # the parser splits it ("D", "-", "N.Y.") and hangs it on the name as an apposition or a conjunct
    # (the relation and the head's side first: the label's text, a Span built, only for the few that pass)
    if t.dep_ in ("appos", "conj", "npadvmod") and t.head.i < t.i and \
            PARTY_LABEL.match(t.doc[t.left_edge.i : t.i + 1].text):
        return t.head
    return t


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _can_speak(t: Token) -> bool:
    return t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PRON" or _person_word(t)


# Verbs that relay another's words: "Interfax quoted Lavrov as saying ...", "cited officials as saying ..."
_RELAYING = frozenset({"quote", "cite"})


def quoted_source(verb: Token) -> Token | None:
    """The one quoted when ``verb`` relays words ("Interfax quoted Lavrov as saying ..."): the active verb's object,
    given an "as" complement; the relaying outlet, its subject, only passes the words on. None otherwise."""
    # "as" with a participle of speech after it ("as saying", "as telling"); "cited the audit as the reason" is no relay
    if verb.lemma_.lower() not in _RELAYING or not any(
            c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
            for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def subject_of(v: Token) -> Token | None:
    relayed = quoted_source(v)
    if relayed is not None:
        return _labelled(relayed)
    if v.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        # object control: "the win led Priebus to declare ...", "urged her to say ..." — the object speaks
        obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
        if obj is not None and v.head.lemma_.lower() not in _object_not_speaking():  # the sender, the user
            return obj
    owner = words_owner(v)
    if owner is not None:
        return _labelled(owner)
    first = first_speaker_verb(v)  # 'Ruiz said the budget would pass and said, "..."': Ruiz (round 17b)
    if first is not None:
        return subject_of(first)
    own = conj_own_subject(v)  # "A and B exchanged letters, and on Friday B wrote ...": B (review 18)
    if own is not None:
        return own
    chain = [v]
    # "responded ... by saying", "in an interview, adding": climb through the clause's attachments
    while (chain[-1].dep_ in ("xcomp", "advcl", "pcomp", "conj", "prep") or _prompt(chain[-1])) and \
            len(chain) < 4 and chain[-1].head.i != chain[-1].i:
        chain.append(_past_aside(chain[-1]))
    for t in chain[1:]:
        # "quoted Lavrov as saying": climbing from "saying" through "as" reaches the relaying verb, whose object spoke
        relayed = quoted_source(t)
        if relayed is not None:
            return _labelled(relayed)
    told = paratactic_speaker(v, chain[1]) if len(chain) > 1 and v.dep_ == "advcl" else None
    if told is not None:
        return _labelled(told)
    for t in chain:
        # two subjects on one verb are a misparse ("a rifle, a pistol and a blade — a 'cutter,' the interior
        # minister said"): one that can speak (a name, a pronoun, a person noun) comes before a thing
        subjects = children_with(t, dep_ids("nsubj", "nsubjpass"))
        if len(subjects) > 1:
            # ... a demonstrative from quoted words (round 16), a relative pronoun (review 17) and a subject fronted
            # before an inserted cue ("Jones, Smith said ..., was": round 21) are the complement's; Smith speaks;
            # a word inside quoted words is never the speaker ('When a man shouted, "Cruz," Beck said': round 33)
            subjects = inserted_speaker_first(t, sorted(subjects, key=lambda c: (
                _across_marks(t, c), not _can_speak(c), c.lower_ in _WHO or c.lower_ in _DEMONSTRATIVES)))
        for c in subjects:
            if t is not v and _across_marks(v, c):
                # 'X said, going on to say that "..., young people do not want ...': the quoted words' subject is none;
                # the verb the parser hung as a parataxis before the cue ("X said") is the participle's own
                said = next((k for k in t.children if k.dep_ == "parataxis" and k.i < v.i and not _across_marks(v, k)), None)
                own = next((k for k in said.children if k.dep_ == "nsubj"), None) if said is not None else None
                if own is not None:
                    return _labelled(own)
                continue
            if c.lower_ not in ("it", "there") or t is v or _agentive_it(c, t):
                if c.lower_ in ("who", "that", "which") and t.dep_ == "relcl":
                    return _labelled(_members_named(_antecedent(t)))  # 'a superdelegate who has accused ...'
                # ", who told CNN" parsed as a conjunct: still a relative clause, the person before it's (review 14)
                who = _person_before(c) if c.lower_ == "who" and c.i > 0 and c.doc[c.i - 1].text == "," else None
                return _labelled(who or apposed_name(c))
    return None


_WHO = frozenset({"who", "which"})


def _across_marks(v: Token, c: Token) -> bool:
    """An odd number of double quotation marks stands between the cue ``v`` and a subject ``c`` reached by climbing
    the parse: the subject is inside quoted words and the cue outside them (or the reverse), so it is no speaker."""
    lo, hi = sorted((v.i, c.i))
    return sum(1 for t in v.doc[lo + 1 : hi] if t.text in DOUBLE_MARKS or t.text in ("''", "``")) % 2 == 1


def _members_named(ante: Token) -> Token:
    """Review 17: "Smith and Jones, members of the committee who have said ...": members apposed to named
    people are those people (the committee does not speak for them); any other antecedent itself. Only a plural
    appositive: a singular one ("Ann Lee, a California investor who backed ...") already stands for its person,
    and PolNeAR's Source there is the relative pronoun right after it (r17-ptrace: 11 right speakers lost)."""
    if ante.dep_ == "appos" and ante.head.i < ante.i and ante.head.pos_ == "PROPN" and ante.tag_ in ("NNS", "NNPS"):
        return ante.head
    return ante


def _antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about: the conjunct right before it in a list ("Will Smith, Patti LaBelle and
    Stevie Wonder, who joked ...": Wonder), wherever the parser hung the clause."""
    near = [c for c in relcl.head.conjuncts if relcl.head.i < c.i < relcl.left_edge.i]
    ante = max(near, key=lambda c: c.i) if near else relcl.head
    # "planted by Kerry on Thursday, who told CNN": a day is no "who", the person before it is (review 14)
    who = ante.ent_type_ in ("DATE", "TIME") and any(c.lower_ in ("who", "whom") for c in relcl.children)
    return (_person_before(ante) if who else None) or ante


def _person_before(tok: Token) -> Token | None:
    return next((t for t in reversed(tok.doc[tok.sent.start : tok.i]) if t.ent_type_ == "PERSON"), None)


# Verbs whose "it" is no one: a copula, raising or extraposition ("it seems", "it emerged that", "it turned out")
_EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "happen", "emerge", "turn", "follow",
                              "matter", "look", "sound", "feel", "take", "make", "prove", "mean", "come", "go"})


def _agentive_it(subj: Token, verb: Token) -> bool:
    """"it" as the active subject of an act ("Meanwhile, it attacked Trump, saying he ..."): an organization the
    report named (an editorial board, a newspaper, a government), which the resolver looks for; without it the
    participle would take the nearest phrase before it, the one attacked."""
    # inside a clause someone reports ("arguing it will explode the debt and called ...") "it" is what they speak of
    return subj.lower_ == "it" and subj.dep_ == "nsubj" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() not in _EXPLETIVE_VERBS and not any(t.dep_ == "ccomp" for t in (verb, *verb.ancestors))


_ASIDE_OPEN = frozenset({"-", "—", "–", "("})
_ASIDE_CLOSE = frozenset({"-", "—", "–", ")"})


@lru_cache(maxsize=1)
def _prompt_adjectives() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_prompt_adjectives.tsv"))


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(r[1].lower() for r in read_tsv("quote_cues.tsv") if len(r) >= 2 and r[0] == "verb")


def _prompt(t: Token) -> bool:
    """"quick" in "X was quick to point out ...": an adjective of "be" that tells the speech was made, so the
    climb goes on to the subject of "was" (round 34; data/quote_prompt_adjectives.tsv). Only with the infinitive
    itself, a verb of saying with a clause ("quick to condemn the deal" is an act, "quick to offer condolences" a
    gesture; "keen on telling women to ..." a habit)."""
    return t.dep_ == "acomp" and t.lower_ in _prompt_adjectives() and \
        any(c.dep_ == "xcomp" and c.lemma_.lower() in _speech_verbs() and any(g.dep_ == "ccomp" for g in c.children)
            for c in t.children)


def _past_aside(t: Token) -> Token:
    """The head ``t`` attaches to, read past an aside the parser hung it in: in "protesters looped the streets - where
    the Panthers played - while chanting" "chanting" hangs on "played", inside the dashes that close before it; the
    aside's own head ("looped") is where it belongs."""
    h, doc = t.head, t.doc
    if h.i > t.i:
        return h
    close = next((k for k in range(t.i - 1, h.i, -1) if doc[k].text in _ASIDE_CLOSE), None)
    if close is None:
        return h
    lo = max(h.sent.start, h.i - 40)
    opener = next((k for k in range(h.i - 1, lo - 1, -1) if doc[k].text in _ASIDE_OPEN), None)
    if opener is None or doc[opener].text == "(" and doc[close].text != ")":
        return h
    root = h
    while opener < root.head.i < close and root.head.i != root.i:
        root = root.head
    return root.head if not opener < root.head.i < close else h


def partitive(t: Token) -> bool:
    """ "one of the witnesses", "some of the officials": a numeral or quantifier followed by the "of" phrase
    that says whom it counts."""
    nxt = t.i + 1
    return t.lower_ in PRONOUN_NUMERALS and nxt < len(t.doc) and t.doc[nxt].lower_ == "of" and t.doc[nxt].head.i == t.i


def np_span(doc: Doc, head: Token) -> tuple[int, int]:
    """The mention of a speaker headed by ``head``: its left edge up to the head (no appositions)."""
    hi = head.i
    s = head.left_edge.i
    while s < hi:
        t = doc[s]
        # a day the parser made the name's compound ("on Friday Ruiz wrote") is no part of the speaker (review 18)
        if not (t.is_punct or t.text in _MARKS or (t.ent_type_ == "DATE" and head.ent_type_ not in ("", "DATE"))):
            break
        s += 1
    e = hi + 1
    n = len(doc)
    # a name whose head spaCy put on the first word ("Kenneth" <- "Baer" flat)
    while e < n:
        t = doc[e]
        if t.dep_ not in ("compound", "flat") or t.head.i != hi:
            break
        e += 1
    if partitive(head):  # "One of the potential witnesses": who the numeral counts
        e = head.doc[e].right_edge.i + 1
    prev = doc[e - 1]
    while e < n:
        t = doc[e]
        if not (prev.pos_ == "PROPN" and t.pos_ == "PROPN" and t.ent_iob_ == "I"):
            break
        prev = t
        e += 1
    return s, e


def adjacent_np(doc: Doc, i: int, step: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A proper-noun run or a determiner-led noun phrase starting at token i going in direction step."""
    j = i
    toks: list[int] = []
    while lo <= j < hi and len(toks) < 6:
        t = doc[j]
        hyphen = t.text == "-" and toks and lo <= j + step < hi and not doc[j + step].is_punct
        # a capitalized word the tagger missed ('said Skelly' with Skelly as ADV) counts as a name
        name_like = t.is_title and t.is_alpha and not t.is_stop and t.pos_ not in ("VERB", "AUX")
        if t.pos_ in ("PROPN", "PRON") or hyphen or name_like or (t.pos_ in ("NOUN", "ADJ", "DET", "NUM") and not t.is_punct):
            toks.append(j)
            if t.pos_ == "PRON":
                break
            j += step
        else:
            break
    if toks and len(toks) == 1 and doc[toks[0]].lower_ in PRONOUN_NUMERALS:
        return toks[0], toks[0] + 1  # 'said one of two witnesses who ...'
    if not toks or not any(doc[k].pos_ in ("PROPN", "PRON", "NOUN") or doc[k].is_title for k in toks):
        return None
    return min(toks), max(toks) + 1


def _person_word(t: Token) -> bool:
    return t.ent_type_ == "PERSON" and t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.lemma_.lower() in person_nouns()


def left_speaker(doc: Doc, cs: int, lo: int) -> tuple[int, int] | None:
    """The person right before a cue the parser left without a subject: "Col. Steven H. Warren, a military
    spokesman in Baghdad, said," (the name hung on the date before it), "Beck joked" (a compound), "As Akhil
    Amar, professor of law, put it". The person word's own phrase (apposition, relative clause, punctuation)
    must fill the gap up to the cue; an object ("commended Manafort, saying") is inside another phrase and
    never speaks; a quote mark in the gap must belong to the phrase (a title in it)."""
    for k in range(cs - 1, max(lo, cs - _LEFT_REACH) - 1, -1):
        t = doc[k]
        if not _person_word(t) or t.dep_ in _OBJECT_DEPS and not (t.dep_ == "pobj" and t.head.lower_ == "as"):
            continue
        if not all(doc[j].is_punct and doc[j].text[:1] not in _MARKS or doc[j].is_space or t.is_ancestor(doc[j])
                   for j in range(k + 1, cs)):
            continue
        closed = doc[cs - 1].is_punct  # "Warren, a military spokesman in Baghdad, said": the apposition is closed
        while closed and t.pos_ == "NOUN" and t.dep_ in ("appos", "conj") and t.head.i < t.i and \
                (t.head.ent_type_ == "PERSON" and t.head.pos_ == "PROPN" or t.head.pos_ == "NOUN"):
            t = t.head  # the role gives way to the name it describes ("author" is conj of "professor")
        return np_span(doc, t)
    return None


def attr_from_cue(doc: Doc, cs: int, ce: int, head: Token, lo: int, hi: int) -> Attr | None:
    """The attribution of the cue [cs, ce) headed by ``head`` in the window [lo, hi); None when the verb's
    subject speaks for no one ("his news conference began ...")."""
    subj = subject_of(head)
    if subj is not None and mute(subj):
        return None
    spk: tuple[int, int] | None = None
    if subj is not None and subj.ent_type_ in _NOT_SPEAKER and not partitive(subj):
        subj = None
    if subj is not None and subj.dep_ == "nsubjpass" and head.lemma_.lower() in _TOLD:
        # "he was told to 'go away'": the one told is not the one who speaks; the agent, if named, is
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is None:
            return Attr(cs, ce, None)
    elif subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == head.i and \
            head.lemma_.lower() not in _SUBJECT_SPEAKS:
        # "the plan was described as a 'disgrace' by Y", "was denounced by Y": the by-agent speaks, the thing
        # described does not (and Y, not the last speaker, is who a later "he said" may stand for)
        by = by_agent(head)
        if by is not None and lo <= by.i < hi:
            subj = named_after(doc, by)
            return Attr(cs, ce, np_span(doc, subj), by_agent=True)
        if by is None and naming(head):
            return None  # "was sometimes called 'triangulation'": a name the thing goes by, nobody's words

    if subj is not None and lo <= subj.i < hi:
        spk = np_span(doc, subj)
    elif cs <= lo:  # inverted: '"...," said Lee Epstein'
        spk = adjacent_np(doc, ce, 1, lo, hi)
        if spk is None and (inv := participle_subject(head)) is not None and lo <= inv.i < hi:
            spk = np_span(doc, inv)  # (only here: "said" keeps no subject for the passes that read clauses)
    else:  # the speaker opens the window ('"...," an intelligence source, who ..., told Fox News')
        # a window that opens at a closing mark (also one glued to the next word: 'audiences,"Katie')
        after_quote = lo > 0 and any(ch in _MARKS for ch in doc[lo - 1].text + doc[lo].text)
        spk = (None if after_quote else left_speaker(doc, cs, lo)) or adjacent_np(doc, lo, 1, lo, cs) or \
            adjacent_np(doc, cs - 1, -1, lo, hi) or adjacent_np(doc, ce, 1, lo, hi) or \
            (left_speaker(doc, cs, lo) if after_quote else None)
    return Attr(cs, ce, spk)


def according_to(doc: Doc, i: int, n: int, hi: int) -> Attr:
    j = i + n
    spk = None
    if j < hi:
        obj = next((c for c in doc[j - 1].children if c.dep_ == "pobj"), None)
        spk = np_span(doc, obj) if obj is not None else adjacent_np(doc, j, 1, j, hi)
    return Attr(i, i + n, spk)


def cue_at(doc: Doc, i: int, lo: int, hi: int, cues: Cues, weak: bool) -> Attr | None:
    n = phrase_at(doc, i, cues)
    if n:
        if doc[i].lower_ == "according":
            return according_to(doc, i, n, hi)
        words = doc[i : i + n]
        verb = next((t for t in words if t.lower_ in ("quoted", "cited")), None) or \
            next((t for t in words if t.pos_ in ("VERB", "AUX") and t.lemma_ != "be"), None)
        if verb is not None:
            s, _e = cue_extent(doc, verb)
            return attr_from_cue(doc, min(s, i), i + n, verb, lo, hi)
    if is_verb_cue(doc[i], cues, weak):
        s, e = cue_extent(doc, doc[i])
        return attr_from_cue(doc, s, e, doc[i], lo, hi)
    return None


def find_cue(doc: Doc, lo: int, hi: int, order: range, cues: Cues, masked: list[bool],
              weak: bool, accept: Callable[[Attr], bool] | None = None) -> Attr | None:
    for i in order:
        if masked[i]:
            continue
        a = cue_at(doc, i, lo, hi, cues, weak)
        if a is not None and (accept is None or accept(a)):
            return a
    return None


def counted(doc: Doc, lo: int, hi: int, reach: int, forward: bool) -> range:
    """Token indices from the quote outwards, up to ``reach`` non-punctuation tokens."""
    idx: list[int] = []
    seen = 0
    rng = range(lo, hi) if forward else range(hi - 1, lo - 1, -1)
    for i in rng:
        idx.append(i)
        if not doc[i].is_punct:
            seen += 1
            if seen >= reach:
                break
    return range(idx[0], idx[-1] + (1 if forward else -1), 1 if forward else -1) if idx else range(0)


# Nouns for a statement issued or posted: '"X issued a statement, “...”' gives the quote to X.
_STATEMENT_NOUNS = frozenset({"statement", "message", "tweet", "post", "letter", "remark", "remarks", "response",
                              "reply", "warning", "note", "email", "memo", "announcement"})


# Verbs that carry a speech on ("adding", "continuing"): with no subject of their own they are the last speaker's.
_CONTINUING = frozenset({"add", "continue"})


def continues_speech(doc: Doc, attr: Attr) -> bool:
    verbs = [t for t in doc[attr.cue_start : attr.cue_end] if t.lemma_.lower() in _CONTINUING]
    if not verbs:
        return False
    # a "subject" after the cue is inside the quoted words ("..., adding of Mr. Trump, ''He cares ...''": the
    # parser hung "adding" on the quoted verb, whose "He" is no speaker of it; round 16)
    subj = subject_of(verbs[0])
    return subj is None or subj.i >= attr.cue_end

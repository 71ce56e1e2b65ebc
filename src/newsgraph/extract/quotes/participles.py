"""Whose words a participle or a passive reports when the parse does not say it plainly.

A participle with no subject of its own ("warning ...", "insisting that ...") takes the subject of the clause it
hangs on (``cues.subject_of`` climbs to it). Two parses put the wrong clause there: a participle that follows a noun
for words ("He was responding to comments from Mr. Putin Thursday warning the government ...") belongs to those
words, whose owner speaks, not the subject of "responding"; and a participle that opens a sentence ending in a
quotation ("Insisting that ..., Kerry said, “Russia is stoking ...”") hangs on the quoted clause, whose subject is
someone the speaker talks about, while "Kerry said" sits in it as a parataxis. A passive speaks through its
by-agent; a passive verb of naming with none ("was sometimes called 'triangulation'") gives a name nobody said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .speaker_words import OWN_WORDS, SPEECH_NOUNS, person_nouns

__all__ = ["apposed_name", "be_passive", "by_agent", "named_after", "naming", "noun_owner", "paratactic_speaker", "participle_subject",
           "words_owner"]

# Relations that join what a noun for words is by or from ("comments from Mr. Putin", "a statement by the army")
_OWNER_PREPS = frozenset({"from", "by", "of"})
# Prepositions that give the medium of the subject's own words ("in tweets", "during remarks", "via a statement")
_MEDIUM_PREPS = frozenset({"in", "during", "through", "via", "with"})
# Pronoun objects of a participle that point back at the words ("calling it", "describing them as")
_WORDS_BACK = frozenset({"it", "them", "this", "that"})
# What may stand between the noun's phrase and the participle: a time, a comma
_BETWEEN = frozenset({"DATE", "TIME"})


def words_owner(v: Token) -> Token | None:
    """The owner of the words a subjectless participle follows ("comments from Mr. Putin Thursday warning ...":
    Putin); None when the participle follows no noun for words, or words with no owner named, or words in a
    medium of the subject's ("in Friday's tweets, blaming ...")."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    if any(c.dep_ == "dobj" and c.lower_ in _WORDS_BACK for c in v.children):
        return None  # "rejected a statement from Y, calling it "a lie"": the subject's verdict on Y's words
    doc = v.doc
    k = v.left_edge.i - 1
    while k > v.head.i and (doc[k].ent_type_ in _BETWEEN or doc[k].is_punct and doc[k].text == ","):
        k -= 1
    noun = next((t for t in doc[max(v.head.i + 1, 0) : k + 1] if t.lower_ in SPEECH_NOUNS and t.pos_ == "NOUN"
                 and t.right_edge.i >= k), None)
    if noun is None or v.head.i > noun.i:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPS:
        return None  # "defended the plan in Friday's tweets, blaming ...", "during his speech, saying": the subject's
    for c in noun.children:
        if c.dep_ == "poss":
            return None if _bound_to_subject(c, v.head) else c
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            owner = next((p for p in c.children if p.dep_ == "pobj"), None)
            if owner is not None:
                return owner
    # no owner named ("His remarks follow tweets Saturday threatening ...", "issued a statement Friday defending
    # ..."): the words are most often the subject's own, so the subject is kept
    return None


# Nouns for words whose owner says the words quoted inside their phrase ("Trump's threat ... to 'totally destroy'
# North Korea"): SPEECH_NOUNS, OWN_WORDS and these
_THREATS = frozenset({"threat", "threats", "vow", "demand", "demands", "accusation", "allegation", "assertion",
                      "denial", "insistence", "boast", "complaint", "criticism", "suggestion", "announcement"})


def noun_owner(noun: Token) -> Token | None:
    """The owner of a noun for words that holds a quoted fragment in its phrase ("Trump's threat at the United
    Nations last week to 'totally destroy' North Korea", "a warning from the ministry that ..."): the possessor
    (a person's "his"/"her" too, not "its"/"their") or the object of "from"/"by"; None for any other noun."""
    low = noun.lower_
    if noun.pos_ != "NOUN" or not (low in SPEECH_NOUNS or low in _THREATS or noun.lemma_.lower() in OWN_WORDS):
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.i < noun.i and c.lower_ not in ("its", "their", "our", "my", "your"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > noun.i:
            return next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in _BETWEEN), None)
    return None


# Possessive pronouns by the persons they can stand for, to tell "his" from "her" words in one clause
_POSSESSIVE_CLASS = {"his": "m", "her": "f", "their": "p", "its": "n"}
_SUBJECT_CLASS = {"he": "m", "she": "f", "they": "p", "it": "n"}


def _bound_to_subject(poss: Token, verb: Token) -> bool:
    """A possessive pronoun on the words ("released his own statement, saying ...") stands for the subject of the
    clause that holds them, as such pronouns do in news prose, unless that subject is a pronoun of another person
    ("He was responding to her comments warning ...": hers). A named possessor is never bound."""
    cls = _POSSESSIVE_CLASS.get(poss.lower_)
    if cls is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _SUBJECT_CLASS.get(subj.lower_, cls) == cls


def paratactic_speaker(v: Token, head: Token) -> Token | None:
    """The subject of a reporting clause set as a parataxis between an opening participle and the quoted clause
    the parse hung it on ("Insisting that ..., Kerry said, “Russia is ...”": Kerry, not Russia)."""
    for c in head.children:
        if c.dep_ == "parataxis" and v.i < c.i < head.i:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


# Verbs of naming: in the passive with no agent the quoted words are a name, said by no one in particular
_NAMING = frozenset({"call", "dub", "label", "brand", "term", "name", "nickname", "know"})


def naming(verb: Token) -> bool:
    return verb.lemma_.lower() in _NAMING


def by_agent(verb: Token) -> Token | None:
    """The by-phrase object of a passive verb, also where the parser hung "by" on the verb's "as" complement
    ("was described as a farce by the party leader")."""
    for c in verb.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for p in c.children:
                by = next((b for b in p.children if b.dep_ == "prep" and b.lower_ == "by"), None)
                if p.dep_ == "pobj" and by is not None:
                    return next((o for o in by.children if o.dep_ == "pobj"), None)
    return None


def named_after(doc: Doc, role: Token) -> Token:
    """The person named right after a role noun and a comma ("by the party's leader, Karl Berg"), which the
    parser may hang elsewhere; else the role itself."""
    k = role.right_edge.i + 1
    if role.pos_ != "NOUN" or k + 1 >= len(doc) or doc[k].text != ",":
        return role
    e = k + 1
    while e < len(doc) and doc[e].ent_type_ == "PERSON" and doc[e].pos_ == "PROPN":
        e += 1
    return doc[e - 1] if e > k + 1 else role


def apposed_name(subj: Token) -> Token:
    """The person the parser hung in apposition on a subject that cannot speak ("With 50 days until the election,
    Minyon Moore, a senior adviser, called ...": "the election" as subject, Moore apposed to it); else the subject."""
    if subj.pos_ == "PROPN":
        return _name_before_verb(subj)
    if subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in person_nouns():
        return subj
    return next((c for c in subj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","), subj)


def _name_before_verb(subj: Token) -> Token:
    """'To understand the real Dred Scott, Chief Justice Roberts said, one should ...': the parser made the name
    before the comma the subject and hung the person's name on it as an apposition. An apposition set off by a comma
    is closed by one before its verb ("Its chairman, Tom Walsh, said"); a name that runs up to the verb with no
    closing comma is the verb's subject itself (round 34). Else the subject."""
    verb = subj.head
    before = subj.doc[verb.i - 1]
    if not subj.i < verb.i or before.is_punct or before.text in (",", ")", "--", "\u2014", "\u2013"):
        return subj  # a comma (or dash, bracket) before the verb closes an apposition
    return next((c for c in subj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                 and c.right_edge.i + 1 == verb.i and c.left_edge.i > 0
                 and c.doc[c.left_edge.i - 1].text == ","), subj)


def participle_subject(v: Token) -> Token | None:
    """The speaker the parser made the subject of a participle clause set off by his comma, leaving the reporting
    verb ``v`` with none: '"...," said retired neurosurgeon Ben Carson, asked about ...' (the subject right after an
    inverted verb) and 'Sen. Richard Durbin (D-Ill.), noting the size of ..., said, "..."' (the clause between the
    subject and the verb); the quote lost its speaker (PolNeAR train, round 16)."""
    doc = v.doc
    # (or the parser made the participle the root and hung the verb on it as a parataxis)
    around = [v.head] if v.dep_ == "parataxis" and v.head.i < v.i else []
    for c in [*v.children, *around]:
        if c.dep_ not in ("ccomp", "advcl", "ROOT") or c.tag_ not in ("VBG", "VBN", "VBD") or \
                any(k.dep_ in ("aux", "auxpass") for k in c.children):
            continue
        s = next((k for k in c.children if k.dep_ == "nsubj" and k.i < c.i), None)
        if s is None:
            continue
        # the name's comma, which the parser may hang on the name (its right edge) or leave after it
        comma = doc[s.right_edge.i].text == "," or s.right_edge.i + 1 < c.i and doc[s.right_edge.i + 1].text == ","
        inverted = v.i < s.i and s.left_edge.i == v.i + 1
        if comma and (inverted or c.i < v.i):
            return s
    return None



# Words left between a clause and a second verb of speech that follows it ("... would pass and said, "...")
_JOINERS = frozenset({"and", ",", "--", "—", "–", ";"})


def _second_speech(c: Token, marked: list[tuple[int, int, str]]) -> bool:
    """``c`` is a second verb of speech that opens a direct quote: a conjunct or a participle ("and said, "..."",
    ", explaining, "...""), with no passive subject or negation of its own; since round 21 also a conjunct with a
    subject of its own ("She said fathers would not be eligible, and when pressed, the mother replied, "...""):
    the first clause is still the first speaker's words, and ends before it."""
    if not (c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG"):
        return False
    from .cues import load_cues  # (cues imports this module)

    if c.lemma_.lower() not in load_cues().verbs:
        return False
    if any(g.dep_ in ("nsubjpass", "neg") or g.dep_ == "nsubj" and c.dep_ != "conj" for g in c.children):
        return False
    a, b = c.idx, c.right_edge.idx + len(c.right_edge)
    return any(kind == "direct" and ds < b and a < de for ds, de, kind in marked)


def speech_tail(doc: Doc, heads: list[tuple[Token, Token | None, bool, bool]], lo: int, hi: int,
                marked: list[tuple[int, int, str]]) -> int:
    """The end of a reported clause before a second verb of speech of the same subject that the parser hung on it
    and that opens a direct quote ("Ruiz said the budget would pass and said, "We have the votes."", "... would
    fail, explaining, "...""; ``marked``: the quotes' spans and kinds): the clause stops before that verb instead of
    being dropped whole as overlapping the direct quote (round 17). A clause whose second verb reports no words in
    marks keeps its extent, so that no clause it hides comes out ("did not suggest it would be ..."), and so does
    the clause of a negated first verb (what was not said)."""
    if hi <= lo:
        return hi
    a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if not any(kind == "direct" and ds < b and a < de for ds, de, kind in marked):
        return hi  # (most clauses: no direct quote inside, nothing to cut, no Token views built)
    for h, *_rest in heads:
        if any(g.dep_ == "neg" for g in h.head.children):
            continue  # "he did not say that he resigned but rather stated, "..."": no clause of his before it
        for c in h.children:
            if h.i < c.i < hi and _second_speech(c, marked):
                end = max(h.i + 1, c.left_edge.i)  # (before the second verb's own subject and setting)
                while end > h.i + 1 and doc[end - 1].lower_ in _JOINERS:
                    end -= 1
                hi = min(hi, end)
    return hi


def first_speaker_verb(v: Token) -> Token | None:
    """The first verb of speech whose subject also speaks ``v`` in "Ruiz said the budget would pass and said, "We
    have the votes."" and "... would fail, explaining, "..."": the parser hangs the second verb on the reported
    clause's verb, so its subject was read as the clause's ("the budget"); PolNeAR's Source is the first verb's
    subject (round 17b; the shape of ``speech_tail``). Only a second verb of speech with no subject or negation of
    its own that opens words in marks right after it, hung on a clause that a verb of speech governs as its
    complement before it, not negated ("did not say that ... but stated, "..."" is left as it was)."""
    if not (v.dep_ == "conj" or v.dep_ == "advcl" and v.tag_ == "VBG"):
        return None
    if any(g.dep_ in ("nsubj", "nsubjpass", "neg") for g in v.children):
        return None
    doc = v.doc
    if not any(doc[k].is_quote for k in range(v.i + 1, min(len(doc), v.i + 4))):
        return None  # ("said the plan would fail and said she would vote against it": a conjunct of the clause's)
    clause = v.head
    first = clause.head
    from .cues import load_cues  # (cues imports this module)

    if clause.dep_ != "ccomp" or not first.i < clause.i < v.i or first.lemma_.lower() not in load_cues().verbs:
        return None
    if any(g.dep_ == "neg" for g in first.children) or not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                for g in first.children):
        return None
    return first


def be_passive(v: Token) -> bool:
    """A past participle with a form of "be" before it ("When were Republicans asked how ...": the parser may tag
    the participle as a past tense, give it a plain subject and hang the inverted "were" as a clause): the subject
    is the one asked, never the asker (round 21)."""
    return v.tag_ in ("VBN", "VBD") and any(c.i < v.i and c.lemma_ == "be" and c.pos_ == "AUX" and
                                            c.dep_ in ("aux", "auxpass", "advcl") for c in v.children)

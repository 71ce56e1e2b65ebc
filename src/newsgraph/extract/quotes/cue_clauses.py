"""Clauses that introduce a quote without a cue inside it: a verb right before the opening mark, the last
reporting verb of a sentence of the reporter's own words, a sentence that ends with a colon."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from .cues import (
    _NOT_SPEAKER,
    _STATEMENT_NOUNS,
    Attr,
    Cues,
    cue_extent,
    is_verb_cue,
    mute,
    np_span,
    subject_of,
)
from .participles import by_agent, naming, participle_subject
from .person_pronouns import person_pronouns
from .speaker_words import GROUP_NOUNS, ORG_NOUNS, person_nouns

# Words that open a clause of time, cause or condition ("when the story broke").
SUBORDINATORS = frozenset({"when", "while", "as", "after", "before", "because", "since", "if", "once", "until",
                            "where", "whenever"})


def verb_before(doc: Doc, lo: int, open_tok: int, masked: list[bool], cues: Cues | None = None) -> Attr | None:
    """'Hillary shot back, “...”': any verb with a subject right before ', “' or ': “' introduces it."""
    j = open_tok - 1
    while j > lo and doc[j].is_space:
        j -= 1
    if j < lo or doc[j].text not in (",", ":"):
        return None
    if doc[j].text == ":":
        # 'She then addressed the supporters again: "..."': the clause's own verb
        root = doc[j - 1].sent.root if j > lo else None
        if root is not None and _dash_between(doc, root.i, j):
            return None  # 'Pollsters agree - Dana Cole: "..."': the name after the dash leads in (colon_lead)
        if root is not None and lo <= root.i < j and root.pos_ == "VERB" and not masked[root.i]:
            subj = subject_of(root)
            # ("Continued Stone:"; an act or idea does not speak: "The timing does not surprise pollster X:",
            # round 22)
            if subj is not None and lo <= subj.i < j and mute(subj):
                return _object_before_colon(doc, root, j)
            if subj is not None and lo <= subj.i < j and subj.ent_type_ not in _NOT_SPEAKER:
                s, e = cue_extent(doc, root)
                return Attr(s, e, np_span(doc, subj))
    j -= 1
    while j >= lo and doc[j].dep_ in ("prt", "advmod") and doc[j].head.i < j:
        j -= 1
    if j >= lo and not masked[j] and doc[j].lemma_.lower() in _STATEMENT_NOUNS and doc[j].dep_ == "dobj" and \
            doc[j].head.pos_ == "VERB" and lo <= doc[j].head.i < j:
        j = doc[j].head.i  # "Trump issued a statement, “...”": the statement's issuer speaks
    if j < lo or masked[j] or doc[j].pos_ != "VERB":
        return None
    v = doc[j]
    head = v.head
    if cues is not None and v.dep_ == "advcl" and lo <= head.i < v.i and not masked[head.i] and \
            is_verb_cue(head, cues) and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS
                                            for c in v.children):
        # 'Clinton said in the spring, when the story broke, “...”': the verb of a time or reason clause
        # introduces nothing; the reporting verb it hangs on does
        subj = subject_of(head)
        if subj is None or not lo <= subj.i < head.i or subj.ent_type_ in _NOT_SPEAKER or mute(subj):
            return None
        s, e = cue_extent(doc, head)
        return Attr(s, e, np_span(doc, subj))
    subj = subject_of(v) or participle_subject(v)  # ("Durbin (D-Ill.), noting ..., said, "...": round 16)
    subj = issuer(subj) or subj if subj is not None and v.tag_ == "VBG" else subj
    if subj is None or not lo <= subj.i < v.i or subj.ent_type_ in _NOT_SPEAKER or mute(subj):
        return None
    s, _e = cue_extent(doc, v)
    return Attr(s, open_tok - 1, np_span(doc, subj))


@lru_cache(maxsize=1)
def _occasions() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_statement_nouns.tsv") if r[0] == "occasion")


def _at_occasion(noun: Token) -> bool:
    """"at a news conference" on a verb: the occasion where the verb's subject spoke (round 34)."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _occasions() and noun.head.dep_ == "prep" and \
        noun.head.lower_ in ("at", "during", "in") and noun.head.head.pos_ == "VERB"


def issuer(noun: Token) -> Token | None:
    """The one who issued the words a participle hangs on: 'she released a statement saying, "..."' and 'he
    sounded a note of humility, saying, "..."' are hers and his, not the statement's or the humility's (round 19,
    PolNeAR train). The subject of the verb whose object is a noun of one's own words (through "of" phrases), or the subject of the verb an
    occasion of speech hangs on ("she said at a news conference announcing ...": hers; round 34), or None."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok is noun and _at_occasion(noun):
        subj = subject_of(noun.head.head)
        return subj if subj is not None and subj.i < noun.i and subj.dep_ == "nsubj" else None
    if tok.lemma_.lower() not in _STATEMENT_NOUNS or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    subj = subject_of(tok.head)
    return subj if subj is not None and subj.i < tok.i and subj.dep_ == "nsubj" else None


def sentence_cue(doc: Doc, sent: Span, cues: Cues, masked: list[bool]) -> Attr | None:
    """The last reporting verb with a subject in a sentence of the reporter's own words."""
    for tok in reversed(sent):
        if masked[tok.i] or not is_verb_cue(tok, cues):
            continue
        subj = subject_of(tok)
        if subj is not None and subj.dep_ == "nsubjpass" and naming(tok) and by_agent(tok) is None:
            continue  # "X was sometimes called 'triangulation'": the name is nobody's words, X none's speaker
        if subj is not None and not masked[subj.i] and subj.ent_type_ not in _NOT_SPEAKER and not mute(subj):
            s, e = cue_extent(doc, tok)
            return Attr(s, e, np_span(doc, subj))
    return None


def colon_intro(doc: Doc, sent: Span, masked: list[bool], names: bool = True) -> Attr | None:
    """A sentence that ends with a colon and introduces the quote after it without a reporting verb:
    "Clinton released the following statement:" (the clause's subject) or "Frank Newport:" (a name)."""
    toks = [t for t in sent if not t.is_space]
    if not toks or toks[-1].text != ":":
        return None
    colon = toks[-1].i
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and not masked[root.i] and root.i < colon:
        subj = subject_of(root)
        if subj is not None and sent.start <= subj.i < colon and subj.ent_type_ not in _NOT_SPEAKER and \
                subj.pos_ in ("PROPN", "PRON", "NOUN") and subj.dep_ != "expl":  # "there was ...:" is no one
            s, e = cue_extent(doc, root)
            return Attr(s, e, np_span(doc, subj))
    if not names:
        return None
    lo = max(sent.start, colon - 8)
    name = doc[lo:colon]
    if len(name) and name[-1].pos_ == "PROPN" and not any(t.pos_ in ("VERB", "AUX") for t in name):
        k = colon - 1
        while k > lo and doc[k - 1].pos_ in ("PROPN", "CCONJ") or k > lo and doc[k - 1].text in (".", "-"):
            k -= 1
        return Attr(colon, colon + 1, (k, colon))
    return None


# Dashes that set a lead-in apart from the line before it ("... particularly problematic - Pew Research:")
_LEAD_DASHES = frozenset({"-", "–", "—", "--"})


def colon_lead(doc: Doc, span: Span, masked: list[bool]) -> Attr | None:
    """What a colon inside a paragraph introduces a quote with (round 18): the words after the last dash before the
    colon, read as ``colon_intro`` reads a line ending with a colon: a clause's subject ("The campaign worded it
    more carefully: "..."") or a name with nothing else ('Rep. Tom Hale: "..."'; a name that only ends a clause
    or a phrase, "in the spirit of Silicon Valley:", speaks nothing)."""
    toks = [t for t in span if not t.is_space]
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    # a dash with a space on either side, not one inside a word; one glued to the next word ("along -More from
    # ...:") starts the lead-in with that word
    dashes = [t.i + (t.text in _LEAD_DASHES) for t in toks[1:-1] if lead_dash(doc, t.i)]
    part = doc[dashes[-1] if dashes else span.start : toks[-1].i + 1]
    if len(part) < 2:
        return None  # "... -:" leaves the colon alone
    if any(t.pos_ in ("VERB", "AUX") for t in part):
        attr = colon_intro(doc, part, masked, names=False)
        return attr if attr is not None and attr.speaker is not None and \
            may_speak(doc[attr.speaker[0] : attr.speaker[1]].root) else None
    end = part.end - 1  # the colon
    if part[-2].text == ")" and "(" in [t.text for t in part]:  # 'Rep. Tom Hale (R-Ohio):': the name before it
        end = max(t.i for t in part if t.text == "(")
    name = doc[part.start : end]
    if not len(name) or name[-1].pos_ != "PROPN" or any(
            t.pos_ in ("ADP", "DET", "NOUN", "PRON", "ADJ", "NUM") for t in name):
        return None
    return Attr(part.end - 1, part.end, (name.start, name.end))


def _object_before_colon(doc: Doc, verb: Token, colon: int) -> Attr | None:
    """'The timing of the surge does not surprise pollster Dan Ruiz: "..."': a clause whose subject cannot speak
    and whose object, a person named by name, ends at the colon hands the quote to that person (round 22,
    PolNeAR train); None for any other object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in ("PERSON", ""):
        return None
    s, e = np_span(doc, obj)
    if e != colon:
        return None
    cs, ce = cue_extent(doc, verb)
    return Attr(cs, ce, (s, e))


def lead_dash(doc: Doc, k: int) -> bool:
    """Token ``k`` is a dash set apart by a space, or glued to the word after it ("along -More from X:"): what
    follows it before a colon is a new lead-in, not the clause of a verb before it (round 22)."""
    t = doc[k]
    return k > 0 and t.text[:1] in "-–—" and (t.text in _LEAD_DASHES and bool(t.whitespace_) or
                                              bool(doc[k - 1].whitespace_))


def _dash_between(doc: Doc, a: int, b: int) -> bool:
    return any(lead_dash(doc, k) for k in range(a + 1, b))


def lead_after_dash(doc: Doc, found: Attr | None, open_tok: int, masked: list[bool]) -> Attr | None:
    """'Pollsters agree - Dana Cole: "..."': a cue found before a dash that sets a lead-in apart, with the lead-in
    closed by the colon right before the quote, gives way to the name or clause of that lead-in (``colon_lead``);
    None where there is no such lead-in or it names no one (round 22, PolNeAR train)."""
    j = open_tok - 1
    while found is not None and j > found.cue_end and doc[j].is_space:
        j -= 1
    if found is None or doc[j].text != ":" or not _dash_between(doc, found.cue_end - 1, j):
        return None
    return colon_lead(doc, doc[found.cue_start : j + 1], masked)


def may_speak(head: Token) -> bool:
    """A subject that can introduce words of its own with a colon: a name, a person's pronoun, one who owns what
    the clause tells ("Ruiz's answer was:"), a person, a group or a body ("the board was blunt:"); not a thing
    ("The fair opened in the spirit of Ohio:" is the writer's lead-in)."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG"):
        return True
    if head.pos_ == "PRON":
        return head.lower_ in _PERSON_PRONOUNS
    return any(c.dep_ == "poss" for c in head.children) or head.lemma_.lower() in _BODIES or \
        head.lower_ in GROUP_NOUNS or head.lemma_.lower() in person_nouns()


_PERSON_PRONOUNS = person_pronouns("subject")
# Bodies that speak through a clause of their own (the organization nouns of the resolver, and a board)
_BODIES = ORG_NOUNS | {"board", "panel", "team", "club", "family", "coach", "manager"}

"""Review 19: a cue whose object is a thing, a topic or the one addressed reports no words said.

A verb of writing, sending, showing, speaking about, referring to or inviting can stand in a report with a noun
phrase for its object: "wrote an op-ed supporting the spy chief", "emailed her doctor the picture", "speaks about
the release of the budget" (a photo caption), "recounted the mayor's anger", "referring to five nations",
"invited Ruiz to testify". PolNeAR marks many such objects as an attribution's content (the frames of
``data/attribution_frames.tsv`` were counted there), but nothing in them is a statement anyone made: the reviews
of real reports count them as no quotes, and an empty answer beats a wrong one. ``data/quote_thing_objects.tsv``
lists the verbs and relations; a clause or quoted words inside the object ("wrote a letter suggesting the adviser
was a source", "spoke of a "betrayal"", "echoed the claim that the vote was rigged") keep it words said.

Acts of citing or taking a side toward the object ("invoking Article 12", "echoing earlier remarks", "apologized
for leaking the files") are kept as kind ``stance``, as "citing" already is (``data/quote_acts.tsv``): stored,
never listed as words said. Since round 19b so is the topic of speech ("speaks about the release", "spoke of
reform", "recounted his anger", "referring to five nations"): PolNeAR marks 80-100% of the ones dropped before as
attributions on its tune and train halves, and a stance keeps that topic with its speaker while listing nothing.

Round 20: "discussed / mentioned the plan", "seeks a ban", "cast the governor as an insider" and "explained the
rules" (its subject, or a controlling verb's, a person or body: "That motivation may help explain ..." is no one's)
are stances too, a negated one stored as ``negated``, and none where the topic is the terms of speaking
anonymously; "called an emergency meeting" (a gathering or vote convened, no complement beside it) is none, and
so (review 27) is "called police" (a person or force summoned).

A relative clause whose infinitive lacks the object the clause's noun supplies ("a list of aides he wanted to
interview on the issue") states nothing without that noun, as ``gaps.object_gap`` rules for finite clauses.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from ...record import Quote
from .afterpass import verb_at
from .arrays import arrays_of, expand_span
from .kinds import DOCUMENT_NOUNS
from .speaker_words import GROUP_NOUNS, person_nouns
from .statements import held_nouns, said_nouns
from .told_acts import bare_words, display_subject, shown_scene, that_clause, words_given

__all__ = ["settle_objects"]

# (lemma, relation) -> [(need, treatment)], read once
_Rows = dict[tuple[str, str], list[tuple[str, str]]]
# people an act can be aimed at besides the job nouns of person_nouns ("to question a witness")
_PEOPLE = frozenset({"witness", "suspect", "victim", "man", "woman", "person", "people", "aide", "official"})
# what is convened or declared ("called an emergency meeting", "called a snap election"), and the complements that
# make such a verb one of naming instead ("called the vote a sham")
_OCCASIONS = frozenset({"meeting", "conference", "session", "election", "vote", "summit", "hearing", "referendum",
                        "briefing", "rally", "strike", "recess", "ceasefire", "truce", "debate", "convention"})
_ANONYMOUS = frozenset({"anonymity", "anonymously"})
_COMPLEMENTS = frozenset({"oprd", "ccomp", "xcomp", "attr", "acomp", "dative"})
# nouns whose relative clause with a gapped infinitive is adverbial, not an object gap ("the day he wanted to leave")
# the most words a quoted term inside an object may have and still be a name (round 25)
_TERM_WORDS = 4
_ADVERBIAL = frozenset({"day", "time", "year", "week", "month", "way", "place", "reason", "moment", "night"})


@lru_cache(maxsize=1)
def _rows() -> _Rows:
    rows: _Rows = {}
    for lemma, rel, need, treatment in read_tsv("quote_thing_objects.tsv"):
        rows.setdefault((lemma, rel), []).append((need, treatment))
    return rows


def _relation(top: Token, verb: Token) -> str | None:
    """How a top token of the quote's words hangs on the cue verb: dobj, dative, xcomp or prep:<preposition>."""
    if top.head.i == verb.i and top.dep_ in ("dobj", "dative", "xcomp"):
        return top.dep_
    if top.dep_ == "prep" and top.head.i == verb.i:
        return f"prep:{top.lower_}"
    if top.dep_ in ("pobj", "pcomp") and top.head.dep_ == "prep" and top.head.head.i == verb.i:
        return f"prep:{top.head.lower_}"
    return None


def _says_something(span: Span, verb: Token | None = None) -> bool:
    """Quoted words, a clause with its own subject for words ("talked about how she pushed him"), or a clause
    reported inside the object ("a letter suggesting [he was a source]", "the claim [that the vote was rigged]");
    a relative clause only describes its noun and says nothing of its own."""
    if _quoted_words(span, verb is not None and _thing_subject(verb)):
        return True
    for t in span:
        if t.head.i == t.i or not span.start <= t.head.i < span.end:  # a top of the words
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return True  # "talked about how she pushed him to act": a clause with its own subject
        if _content_clause(t):
            return True  # "expressed confidence they have the votes": the noun's clause, "that" left out
        if t.dep_ == "ccomp" or t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            if not any(a.dep_ == "relcl" and span.start <= a.i < span.end for a in t.ancestors):
                return True
    return False


def _thing_subject(verb: Token) -> bool:
    """The verb's subject is no person, no pronoun and no named person: a scan, a test, a record."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _is_person(subj) or subj.lemma_.lower() in person_nouns():
        return False
    # "the IAAF described ..." is a body's; "A CT of his chest showed" (an indefinite article) is a scan's
    return subj.ent_type_ not in ("ORG", "GPE", "NORP") or any(c.lower_ in ("a", "an") for c in subj.children)


def _quoted_words(span: Span, thing: bool) -> bool:
    """Quoted words inside the object. Where the subject is a ``thing`` ("A CT of his chest showed a "ground
    glass" pattern", round 25), only words that say something count: a verb, or more than a few words between a
    pair of marks, or a mark left open; a short verbless term in marks is a name the writer uses. A person's
    object keeps any quoted words ('spoke of a "betrayal"')."""
    marks = [t.i for t in span if t.is_quote]
    if marks and not thing or len(marks) % 2:
        return True
    doc = span.doc
    for a, b in zip(marks[::2], marks[1::2], strict=True):
        inner = [t for t in doc[a + 1 : b] if not t.is_punct]
        # a participle modifying the term ('"moth-eaten"') is no clause
        if not inner or len(inner) > _TERM_WORDS or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in inner):
            return True
        if not all(_modifies_noun(t, a, b) for t in inner):
            return True  # 'described the explanations as "unacceptable"': a word said of the object, no name
    return False


def _modifies_noun(t: Token, a: int, b: int) -> bool:
    """A word between the marks at ``a`` and ``b`` that hangs inside them, or modifies a noun outside them
    ('a "ground glass" pattern')."""
    return a < t.head.i < b or t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("NOUN", "PROPN")


@lru_cache(maxsize=1)
def _content_nouns() -> frozenset[str]:
    """The nouns of words and of thoughts whose clause is their content (the union built once, not per word)."""
    return said_nouns() | held_nouns()


def _content_clause(t: Token) -> bool:
    """A clause with its own subject on a noun of words or of a thought ("confidence they have the votes", "hope
    the bridge opens", "concern that the mayor was ..." however the parser hangs its "that"): the noun's content,
    unless a relative word stands for the noun ("the facts to which he admitted", "a concern that was raised"),
    review 21. "the picture the agency paints" hangs on no such noun and stays a thing."""
    if t.dep_ not in ("relcl", "acl") or t.head.lemma_.lower() not in _content_nouns():
        return False
    left = [x for x in t.subtree if x.i < t.i]
    return not any(x.tag_ in ("WDT", "WP", "WP$", "WRB") for x in left) and \
        any(x.dep_ in ("nsubj", "nsubjpass") for x in left)


def _is_person(t: Token) -> bool:
    return t.ent_type_ == "PERSON" or t.pos_ == "PRON" or t.lemma_.lower() in _PEOPLE | person_nouns()


def _actor(verb: Token) -> bool:
    """The verb's subject acts: "commanders showed the reporter land", not "the poll showed a tight race"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":  # "Clinton has tried to explain ...": the controlling verb's subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "a set of e-mails, which showed officials changing ...": the antecedent shows
    # a person, a named body or a pronoun shows things; "the polling showed", "black circles show" are data
    return subj is not None and subj.lemma_.lower() not in DOCUMENT_NOUNS and (
        subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ == "PROPN" or _is_person(subj))


@lru_cache(maxsize=1)
def _claimed() -> frozenset[str]:
    """What a claim asserts rather than takes (data/quote_claimed_objects.tsv)."""
    return frozenset(r[0].lower() for r in read_tsv("quote_claimed_objects.tsv") if r)


@lru_cache(maxsize=1)
def _venues() -> frozenset[str]:
    """Places and pages that sell or serve (data/quote_venue_nouns.tsv)."""
    return frozenset(r[0].lower() for r in read_tsv("quote_venue_nouns.tsv") if r)


def _venue(verb: Token, top: Token) -> bool:
    """"the mall that offers this unique service", "the clinic offers free scans": a place serving people offers
    a thing, no words (review 22); "the hospital offered its condolences" offers words and stays listed."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # the antecedent of "that" / "which"
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and \
        subj.lemma_.lower() in _venues() and top.lemma_.lower() not in said_nouns()


def _characterized(verb: Token, top: Token) -> bool:
    """"described Vindman as a hero": an "as" phrase says what the object is, a claim of the speaker's (listed as
    before round 20), unlike "described the emails" or "read the names", which only name a thing."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *top.children))


def _infinitive_in(top: Token) -> bool:
    """An infinitive inside the object ("the need to protect U.S. personnel", "plans to leave"): a position told."""
    return any(t.dep_ in ("acl", "xcomp", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               for t in top.subtree if t.i != top.i)


def _meets(need: str, verb: Token, top: Token, dative: bool) -> bool:
    """Whether the row's need (``data/quote_thing_objects.tsv``) holds for the object ``top`` of ``verb``."""
    if need == "dative":
        return dative
    if need == "person":
        return _is_person(top)
    if need == "actor":
        return _actor(verb)
    if need == "venue":
        return _venue(verb, top)
    if need == "dobj":
        return any(c.dep_ == "dobj" for c in verb.children)
    if need == "occasion":
        return top.lemma_.lower() in _OCCASIONS and not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    if need == "audience":  # review 27: "kept talking to the gunmen", with nothing else said of the talk
        return not any(c.dep_ in ("prep", "dobj", "ccomp", "xcomp") and c.i != top.head.i for c in verb.children)
    if need == "summoned":  # review 27: "called police", "called his lawyer": someone phoned, not named a thing
        return (_is_person(top) or top.lower_ in GROUP_NOUNS) and not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    if need == "addressee":  # round 29: "asked an officer who served there", nothing asked of them or about
        return _is_person(top) and not any(c.dep_ in _COMPLEMENTS or c.dep_ == "prep" for c in verb.children)
    if need == "thing":
        return top.lemma_.lower() not in said_nouns() and not _characterized(verb, top)
    if need == "lone":  # round 31: "listed several demands", with no infinitive in it and no complement beside it
        return _meets("thing", verb, top, dative) and not _infinitive_in(top) and \
            not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    if need == "words":  # round 24, told_acts: "issued a statement" with no content
        return bare_words(top) and not _characterized(verb, top)
    if need == "display":  # round 24: "the map shows the states where ..."
        return display_subject(verb)
    if need == "bare":  # round 24: "denied the allegations", not "denied a report that ..."
        return not that_clause(top)
    if need == "asserted":  # round 33: "claimed responsibility", not "claimed large areas of territory"
        return top.lemma_.lower() in _claimed()
    if need == "unclaimed":  # round 35: "declared a caliphate" put in force; "declared victory" is a claim (r15)
        return _meets("lone", verb, top, dative) and top.lemma_.lower() not in _claimed()
    if need == "deed":  # round 24: "offering the example of ...", not "offered his condolences"
        return not words_given(top)
    return need == "-"


def _treatment(span: Span, verb: Token) -> str | None:
    """``none`` or ``stance`` when every top of the words is an object the table lists for the cue verb."""
    # a particle makes another verb ("write off the costs", "showed off the rooms"), read under its own name
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    head = arrays_of(span.doc).head  # (no Token view for the words that are not tops)
    tops = [span.doc[i] for i in range(span.start, span.end) if not span.start <= head[i] < span.end or head[i] == i]
    rels = [_relation(t, verb) for t in tops]
    if not tops or None in rels or _says_something(span, verb):
        return None
    # the one shown or sent the thing: a dative, or two objects as the parser reads "emailed her doctor the picture"
    dative = "dative" in rels or rels.count("dobj") > 1
    lemma = verb.lemma_.lower() + (f" {prt}" if prt else "")
    for top, rel in zip(tops, rels, strict=True):
        for need, treatment in _rows().get((lemma, rel or ""), []):
            if _meets(need, verb, top, dative):
                return treatment
    return None


def _gapped_infinitive(span: Span, verb: Token) -> bool:
    """'a list of aides he wanted to interview on the issue': the infinitive's object is the noun the relative
    clause modifies, so its words state nothing on their own."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() in _ADVERBIAL:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children):
        return False  # "the aide who wanted to interview him": the relative is the subject, nothing gapped
    inf = span.root
    return inf.dep_ == "xcomp" and inf.head.i == verb.i and inf.pos_ == "VERB" and \
        not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in inf.children)


def _anonymous(verb: Token) -> bool:
    """The topic a source names as the terms of speaking anonymously ("spoke on the condition of anonymity to
    discuss the meeting"): no stance of the source's. Within the verb's sentence: an aide who spoke anonymously
    in the sentence before leaves "The minister discussed the plan" the minister's stance."""
    return any(t.lower_ in _ANONYMOUS for t in verb.doc[max(verb.sent.start, verb.i - 8) : verb.i])


def settle_objects(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes with review 19's object classes settled (see the module's text)."""
    kept: list[Quote] = []
    for q in out:
        verb = verb_at(doc, q.cue_start, q.cue_end) if q.kind in ("indirect", "document") else None
        span = expand_span(doc, q.start, q.end) if verb is not None else None
        if verb is not None and span is not None:
            treatment = "none" if _gapped_infinitive(span, verb) else \
                "shown" if shown_scene(span, verb) else _treatment(span, verb)
            if treatment == "none" or treatment == "stance" and (not q.speaker_name or _anonymous(verb)):
                continue
            if treatment in ("shown", "act"):  # round 24: an act told or a picture's scene, kept with no speaker too
                q.kind = "stance"
                if treatment == "act" and any(c.dep_ == "neg" for c in verb.children):
                    q.modality = "negated"
            elif treatment == "stance":
                q.kind = "stance"
                if any(c.dep_ == "neg" for c in verb.children):
                    q.modality = "negated"  # "was not seeking a fifth term": a stance not taken, stored as such
        kept.append(q)
    return kept

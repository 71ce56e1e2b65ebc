"""Minds held by someone who could state them, told by a noun phrase rather than a clause (round 19).

Round 12 set aside a mind whose object is a bare noun ("recognizes the threat", "do want everything"): such an
object holds no proposition. For verbs of expecting or fearing that is not so: what is expected or feared is a
state of affairs named by a noun ("Election officials are expecting a record turnout", "Her allies fear the toll
all this is taking", "Britain feared the re-emergence of a German colossus"), and its holder's view of what will
come. Likewise a clause set in someone's view ("In Ash's view, the change would have a profound impact", "The
plan is doomed in his eyes") is what that person believes. Both are kept as kind ``stance``: stored with the
holder, never listed, searched, highlighted or exported as a quote (``record.listed_quote``); PolNeAR counts them as
attributions (counted on PolNeAR train, dev not read: BENCHMARKS.md, "Round 19, minds").

The limits of every stance hold: not negated or under a modal ("does not expect a deal", "might fear ..."), not
passive ("a turnout that is expected"), not in an "if" clause, and only for a holder who could state the view (not
the writer, "we", people at large, "many voters", a place, a count or a text); a stance that overlaps a quote
already found gives way to it. The words are in ``data/quote_minds.tsv`` (kinds ``object_mind``, ``not_expected``,
``view_noun``, ``eyes_verb``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .arrays import among, arrays_of
from .at_large import defined_plural
from .cues import np_span
from .speakers import Resolver
from .unsaid import NOBODY as UNSAID_NOBODY
from .unsaid import unheld_stance, vague_holder

__all__ = ["held_minds"]

# the subject words that name no one who could have stated a view ("I", "we", "some", "anyone", ...)
# the statement rule's holders that are nobody (unsaid), and the pronouns a mind's noun object leaves as its holder
_NOBODY = UNSAID_NOBODY | {"it", "there", "this", "that", "what", "which"}
_WRITER_OWNERS = frozenset({"my", "our", "your", "one's"})
_HOLDER_DEPS = frozenset({"nsubj"})
# adverbs that deny the verb they modify
_HARDLY = frozenset({"hardly", "barely", "scarcely", "never"})


@lru_cache(maxsize=4)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == kind)


@lru_cache(maxsize=2)
def _ids(kind: str) -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in _words(kind)), dtype=numpy.uint64)


def _at(doc: Doc, kind: str, lemma: bool) -> Iterator[Token]:
    """The tokens whose lemma (or lowercase form) is a word of ``kind``, found in the Doc's arrays so that no
    other token becomes a Token object."""
    arrays = arrays_of(doc)
    col = arrays.lemma if lemma else arrays.lower
    return (doc[i] for i in numpy.flatnonzero(among(col, _ids(kind))).tolist())


def _unasserted(verb: Token) -> bool:
    """Negated, under a modal, passive, or in a condition: no view held by anyone."""
    for c in verb.children:
        if c.dep_ in ("neg", "auxpass", "nsubjpass") or c.dep_ == "aux" and c.tag_ == "MD" or \
                c.dep_ == "advmod" and c.lower_ in _HARDLY:
            return True  # ("a crowd that hardly expected such a result": none expected)
        if c.dep_ == "mark" and c.lower_ in ("if", "unless") and verb.dep_ == "advcl":
            return True
    return False


def _holder_ok(holder: Token | None) -> bool:
    return holder is not None and holder.lower_ not in _NOBODY and not vague_holder(holder) and \
        not unheld_stance(holder) and not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in holder.children)


def _object_minds(doc: Doc) -> Iterator[tuple[Token, int, int, Token]]:
    """(verb, start, end, holder) of "fear / expect / suspect ... + a noun" (kind ``object_mind``)."""
    minds, not_expected = _words("object_mind"), _words("not_expected")
    for verb in _at(doc, "object_mind", True):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in minds or _unasserted(verb):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > verb.i for c in verb.children):
            continue  # a clause after the verb is the indirect pass's ("fear that ...", "expect X to ...")
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        holder = _antecedent(verb, next((c for c in verb.children if c.dep_ in _HOLDER_DEPS), None))
        if obj is None or obj.lemma_.lower() in not_expected or not _holder_ok(holder) or _subject_of_clause(obj):
            continue  # ("expecting their second child": a birth, no view)
        yield verb, obj.left_edge.i, obj.right_edge.i + 1, holder  # type: ignore[misc]


def _subject_of_clause(obj: Token) -> bool:
    """"unions who feared the bill would allow ...": a tensed verb right after the object shows that the parser
    took the subject of the clause feared for the object; the clause, not the noun, is what was feared."""
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("MD", "VBD", "VBZ", "VBP")


def _antecedent(verb: Token, holder: Token | None) -> Token | None:
    """"officials who fear a split": the relative pronoun stands for the noun the clause modifies; not a bare plural
    the clause defines ("voters who fear a split": any such voters, as ``unsaid.stance_of`` reads them)."""
    if holder is None or holder.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return holder
    return None if defined_plural(verb.head) else verb.head


def _owner(noun: Token) -> Token | None:
    """Whose view: "in Ash's view", "in the eyes of the court"; none in "in his estimation of the market" (an
    "of" after a possessor names what is viewed: the clause around is no view of his)."""
    own = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if own is not None:
        return None if of is not None else own
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _view_clauses(doc: Doc) -> Iterator[tuple[Token, int, int, Token]]:
    """(noun, start, end, owner) of a clause set "in X's view / eyes / mind / opinion" (kind ``view_noun``): the
    clause the phrase hangs on, without the phrase."""
    nouns = _words("view_noun")
    for noun in _at(doc, "view_noun", False):
        if noun.lower_ not in nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            continue
        prep, head = noun.head, noun.head.head
        own = _owner(noun)
        if own is None or own.lower_ in _WRITER_OWNERS or any(c.dep_ == "amod" for c in noun.children):
            continue  # "in my view" (the writer), "in their right mind" (an idiom), "tears in their eyes" (below)
        if head.pos_ not in ("VERB", "AUX", "ADJ") or own.pos_ != "PRON" and not _holder_ok(own) or \
                noun.lower_ == "eyes" and head.lemma_.lower() in _words("eyes_verb"):
            continue  # the phrase hangs on a noun, or eyes are looked in ("looked in the eyes", "had tears in her eyes")
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        if prep.left_edge.i == lo:
            lo = prep.right_edge.i + 1  # "In Ash's view, the change ...": the clause after the phrase
        elif prep.right_edge.i + 1 >= hi - 1:
            hi = prep.left_edge.i  # "... is doomed in his eyes.": the clause before it
        else:
            continue  # set inside the clause: the two sides are a subject and a predicate
        yield noun, lo, hi, own


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and doc[hi - 1].text not in ("?", "!", ")"):
        hi -= 1
    return lo, hi


def held_minds(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]],
               resolver: Resolver) -> list[Quote]:
    """The stances told by a mind's noun object or by "in X's view", not overlapping any quote in ``found``."""
    text = doc_text(doc)
    taken = [(q.start, q.end) for q in found]
    out: list[Quote] = []
    for cue, lo, hi, holder in (*_object_minds(doc), *_view_clauses(doc)):
        lo, hi = _trim(doc, lo, hi)
        if hi - lo < 1 or any(masked[lo:hi]) or masked[cue.i]:
            continue
        a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        if not any(s <= a and b <= e for s, e in pars) or any(s < b and a < e for s, e in taken):
            continue  # a heading, or a stance inside or around words already found: the quote tells it
        rec = Quote(id="", text=text[a:b], kind="stance", start=a, end=b, cue=cue.text, cue_start=cue.idx,
                    cue_end=cue.idx + len(cue))
        ss, se = np_span(doc, holder)
        resolver.fill(rec, doc[ss:se])
        if rec.speaker_name:  # a view is worth keeping only with whose it is
            out.append(rec)
            taken.append((a, b))
    return out

"""Round 21 (issue 18): what someone did not say, know or believe, stored as modality ``negated``.

A negated verb of speech reports no words: "Lopez did not say that he would resign", "never said the deal was
dead", "Officials have not said how many people died". Until round 21 the indirect pass listed the clause as
Lopez's words (asserted); what is left unsaid is nothing he said, as with round 18's "declined to say whether
...", so such a quote now keeps its kind with modality ``negated``: stored in the record and the knowledge base,
never listed, counted, searched or exported as words said (``record.listed_quote``).

PolNeAR counts these as attributions, and also the ones that no pass found: a negated verb of speech with a
question clause ("have not said when they would take up the bill", "did not say whether the curfew would be
lifted", "could not explain why ..."), a negated mind with a clause ("does not believe the deal will fail",
"didn't know what to make of Mr. Clarke", "weren't sure if they could help") and a negated topic of speech ("did
not mention Crimea"). They are added with modality ``negated``: kind ``indirect`` for speech with a clause, kind
``stance`` for a mind or a topic (as the asserted forms are). Only for a holder who could state it (not the writer,
people at large, a count or a text), never inside quotation marks, in an "if" clause, or over a quote already
found; "not only said ..." is no negation.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .arrays import arrays_of
from .conditions import in_condition
from .cues import Cues, np_span
from .speakers import Resolver
from .unsaid import NOBODY, unheld_stance, vague_holder

__all__ = ["DOUBLE_NEGATIVES", "NOT_DENIAL", "negated_reports", "negated_verb"]

# verbs that name a topic rather than convey a statement ("did not mention Crimea"): a negated one is a stance not
# voiced, its object the topic (round 19b reads the asserted ones as stances)
_TOPIC_VERBS = frozenset({"mention", "discuss", "address", "raise", "detail", "specify", "comment", "disclose",
                          "reveal", "identify", "cite", "reference"})
# minds outside data/quote_minds.tsv's "held" words whose negated clause PolNeAR counts ("didn't know what ...")
_KNOWING = frozenset({"know", "understand", "realize", "recall", "remember"})
# words that open a question clause: what was not said or is not known
_QUESTION_OPENERS = frozenset({"whether", "if", "when", "why", "how", "what", "where", "who", "which", "whom"})
# "not only said ..., but ...", "did not just say": the words were said, and more
NOT_DENIAL = frozenset({"only", "just", "merely", "simply"})
# verbs that, negated, still assert ("did not deny that ...", "did not hide his anger", "did not rule out ...")
DOUBLE_NEGATIVES = frozenset({"deny", "dispute", "hide", "rule", "hesitate", "mince", "doubt", "contest",
                              "conceal", "shy", "fail"})
_Kind = Literal["indirect", "stance"]
_HOLDER_PRONOUNS_NO = frozenset({"it", "there", "this", "that", "what", "which"})
_NEG = get_string_id("neg")


# minds that, negated, mostly tell a failed search or a sight ("couldn't find anyone to play the role", "didn't see
# it"), no view withheld (found on PolNeAR train)
_LITERAL = frozenset({"find", "see"})


@lru_cache(maxsize=1)
def _minds() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] in ("held", "sure")) - _LITERAL | _KNOWING


def negated_verb(verb: Token) -> bool:
    """``verb`` has a negation of its own ("did not say", "never said"), not "not only said", not a negated denial
    ("did not deny that ...": it asserts), and not a quoted "not" the parser hangs on the cue ('"Absolutely not,"
    he said': punctuation stands between)."""
    if verb.lemma_.lower() in DOUBLE_NEGATIVES:
        return False
    doc = verb.doc
    for c in verb.children:
        # before the verb with no punctuation between, or straight after a copula ("wasn't sure")
        if c.dep_ == "neg" and ((c.i < verb.i and not any(t.is_punct for t in doc[c.i + 1 : verb.i])) or
                                c.i == verb.i + 1):
            nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in NOT_DENIAL:
                continue
            return True
    return False


def _holder(verb: Token) -> Token | None:
    """The verb's active subject, the antecedent for a relative pronoun; None for no one who could state it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.lower_ in NOBODY or subj.lower_ in _HOLDER_PRONOUNS_NO or vague_holder(subj) or \
            unheld_stance(subj) or any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in subj.children):
        return None
    return subj


def _clause(verb: Token) -> Token | None:
    """The clause after the verb: a complement ("that he would resign"), or a question clause the parser hung as an
    adverbial ("when they would take up the bill")."""
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            return c
        opener = c.left_edge
        if c.dep_ == "xcomp" and opener.lower_ in _QUESTION_OPENERS and opener.i > verb.i:
            return c  # "didn't know what to make of him"
        if c.dep_ == "advcl" and opener.lower_ in _QUESTION_OPENERS and opener.head.i == c.i:
            if opener.lower_ == "when" and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children):
                continue  # "did not say so when he left": a time; "when they would vote": a question
            return c
    return None


def _candidates(doc: Doc, cues: Cues) -> Iterator[tuple[Token, Token, _Kind, Token]]:
    """(cue word, content head, kind, holder) of each negated verb of speech, mind or topic, or "not sure"."""
    minds = _minds()
    arrays = arrays_of(doc)  # (the negations off the Doc's arrays: no Token view per word of the article)
    for i in numpy.flatnonzero(arrays.deps == _NEG).tolist():
        verb = doc[arrays.head[i]]
        lemma = verb.lemma_.lower()
        if not negated_verb(verb) or in_condition(verb):
            continue
        if verb.pos_ == "AUX" and verb.lemma_ == "be":  # "weren't sure if ...": the adjective holds the clause
            word = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in minds), None)
            holder = _holder(verb)
            # ("wasn't sure if ...": the parser hangs the clause on the adjective or on the copula)
            clause = (_clause(word) or _clause(verb)) if word is not None else None
            if word is not None and clause is not None and holder is not None:
                yield word, clause, "stance", holder
            continue
        if verb.pos_ != "VERB":
            continue
        speech, mind, topic = lemma in cues.verbs, lemma in minds, lemma in _TOPIC_VERBS
        if not (speech or mind or topic):
            continue
        holder = _holder(verb)
        if holder is None:
            continue
        clause = _clause(verb)
        if clause is not None:
            yield verb, clause, "stance" if mind else "indirect", holder
        elif topic:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")),
                       None)
            if obj is not None:
                yield verb, obj, "stance", holder


def _topic_end(obj: Token) -> int:
    """The end of a topic's noun phrase: its "of" phrase kept ("the annexation of Crimea"), a place or time after
    it left out ("Crimea in his speech")."""
    ends = [obj.i] + [c.right_edge.i for c in obj.children if c.i > obj.i and (c.dep_ != "prep" or c.lower_ == "of")]
    return max(ends) + 1


def negated_reports(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]],
                    resolver: Resolver, cues: Cues) -> list[Quote]:
    """Marks the indirect quotes of a negated verb of speech in ``found`` as ``negated``, and returns the negated
    reports no pass found."""
    for q in found:
        if q.kind == "indirect" and q.modality in (None, "asserted"):
            verb = verb_at(doc, q.cue_start, q.cue_end)
            if verb is not None and verb.lemma_.lower() in cues.verbs and negated_verb(verb):
                q.modality = "negated"
    text = doc_text(doc)
    taken = [(q.start, q.end) for q in found]
    out: list[Quote] = []
    for cue, head, kind, holder in _candidates(doc, cues):
        # a clause whole; a topic's noun phrase without what hangs after it ("Crimea", not "Crimea in his speech")
        lo, hi = (head.left_edge.i, head.right_edge.i + 1 if head.pos_ in ("VERB", "AUX") else _topic_end(head))
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        if hi - lo < (1 if kind == "stance" else 2) or any(masked[lo:hi]) or masked[cue.i]:
            continue
        a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        if not any(s <= a and b <= e for s, e in pars) or any(s < b and a < e for s, e in taken):
            continue  # a heading, or words a quote already holds
        first = next((t for t in doc[cue.left_edge.i : cue.i] if t.head.i == cue.i and t.dep_ in ("aux", "neg")), cue)
        rec = Quote(id="", text=text[a:b], kind=kind, start=a, end=b, cue=text[first.idx : cue.idx + len(cue)],
                    cue_start=first.idx, cue_end=cue.idx + len(cue), modality="negated")
        ss, se = np_span(doc, holder)
        resolver.fill(rec, doc[ss:se])
        if rec.speaker_name:  # what is not said or held is worth keeping only with whose it is
            out.append(rec)
            taken.append((a, b))
    return out

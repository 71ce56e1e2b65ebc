"""Round 18: a said clause the parser split into a second subject of the cue verb.

"Prosecutors ..., said Manafort and an associate 'repeatedly' attempted to contact witnesses" can come out of the
parser as "said" with two subjects, one before it (the speakers) and one after it ("Manafort", with the clause's
verb hung on the last name as a modifier): the clause said was lost and only the partial "repeatedly" was kept
(review 16's report, left in rounds 16 and 17). A subject after the verb while the verb has its own subject before
it is read as the clause said when it carries a finite verb with no subject of its own ("attempted", "have
backfired"): an inverted speaker ("'...,' said former director Matt Smith", whose "said" the parser may also give
a subject from the quote) and the one written to ("wrote Sen. Burr, North Carolina Republican; ...") carry none,
and a relative clause ("says Lawrence Korb, ... who is now at ...") has its own subject (seen allsides reports).
"""

from __future__ import annotations

from spacy.tokens import Token


def late_subject(verb: Token, child: Token) -> bool:
    """``child`` is a subject after ``verb`` while ``verb`` has a subject before it: the parse of a clause said."""
    if child.dep_ != "nsubj" or child.i < verb.i:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children) and any(
        _subjectless_finite(t) for t in child.subtree if t.i != child.i)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _subjectless_finite(tok: Token) -> bool:
    """A finite verb (by its tag or a finite auxiliary), or a past tense the parser read as a participle, that has
    no subject of its own: the split clause's verb."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ in {"aux", "auxpass"}:
        return False
    kids = list(tok.children)
    finite = tok.tag_ in _FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in kids)
    # the parser reads the past tense on a noun as a participle ("an associate attempted to contact": VBN acl);
    # one with an object or a complement and no "by" agent is that verb, not "an official appointed by ..."
    acted = tok.tag_ == "VBN" and tok.dep_ == "acl" and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in kids) and not any(
        c.dep_ == "agent" for c in kids)
    return (finite or acted) and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in kids)

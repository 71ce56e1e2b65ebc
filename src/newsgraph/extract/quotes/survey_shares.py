"""Round 24 (issue 18 item 5): answers of people surveyed, told as a share of them, are no one's statement.

"About 9 percent of the respondents said they had smoked", "Nearly half of Republicans said they would back the
bill", "the number of adults who said they had used it rose": the writer reports a survey's result, the answers
of a share of the people asked. Round 23's end review counted such a listed quote as no statement (its speaker
was "the number"). The quote is kept as kind ``stance`` with its speaker's words, as ``at_large`` keeps beliefs of
people at large: stored and scored as before (PolNeAR marks a poll's answers as attributions), never listed. A
count of people ("Two officials said ...") names people who spoke and stays listed; so does a share that does not
speak through a verb of speech ("Half of them wrote letters"), and a quoted phrase under the share's verb
(a partial quote: words someone chose) is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at
from .poll_shares import share_heads

__all__ = ["settle_shares"]

# Nouns of a share of a group ("9 percent of the respondents", "half of Republicans", "the number of adults who"):
# the share heads of data/quote_poll_shares.tsv (one list with poll_shares) and the nouns of a measured part
_SHARES = share_heads() | {"percent", "%", "percentage", "share", "proportion", "fraction", "number"}
# The people a survey asks, a share of them or not ("Most respondents said ...")
_SURVEYED = frozenset({"respondent", "participant", "interviewee"})
# Verbs of answering a survey ("said", "told pollsters", "reported using", "answered")
_ANSWERING = frozenset({"say", "tell", "report", "answer", "respond", "indicate", "admit", "state"})


def _holder(verb: Token) -> Token | None:
    """The subject of ``verb``, or the antecedent a relative "who" / "that" stands for ("adults who said")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _share_of_people(holder: Token) -> bool:
    """A share named with "of" ("9 percent of the respondents", "half of Republicans"), the group a share is of
    ("the number of [adults] who said"), or people surveyed ("Most respondents")."""
    if holder.lemma_.lower() in _SURVEYED:
        return True
    if holder.lemma_.lower() in _SHARES or holder.lower_ in _SHARES:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children)
    prep = holder.head if holder.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in _SHARES


def _answer(doc: Doc, q: Quote) -> bool:
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None or verb.lemma_.lower() not in _ANSWERING:
        return False
    holder = _holder(verb)
    return holder is not None and _share_of_people(holder)


def settle_shares(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes with a survey's answers, told of a share of the people asked, kept as stances."""
    for q in out:
        if q.kind == "indirect" and q.modality == "asserted" and _answer(doc, q):
            q.kind = "stance"
    return out

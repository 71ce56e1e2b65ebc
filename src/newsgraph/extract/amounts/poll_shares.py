"""Who a poll's share counts, when the share names them only through a sibling share (round 36, issue 17 item 1:
an independent review found poll percents with no object, or with the poll's wording as object).

* "58 percent of voters said X, while 73 percent said Y", "54% of respondents believe X, compared to 37% who ...":
  a percent with no object that is the subject of a verb of opinion (or of a "who" clause) takes the people of a
  share of the same sentence that is itself "N percent of <people>" before a verb of opinion. Both shares then
  hold a view, so they count the same asked people. The verbs are the poll verbs of data/quote_poll_shares.tsv
  (one list with the quotes family's poll holders), in any tense.
* "44 percent disapprove of ...": the tagger can read the opinion verb as the percent's noun; it gives way to a
  sibling's people. With no sibling it stays (emptying it let :mod:`.pointed` join two questions of one poll as one
  moved level: "64%, approved of ... That dropped to 50% support for ..."; withdrawn before hand-back).
* "by a margin of 55 percent to 30 percent, respondents said ...": "margin" is no counted thing
  (data/measure_not_objects.tsv); the two shares count the common-noun subject of the verb the margin qualifies
  (respondents, voters), and nothing where that subject is a name or a pronoun.

Shares with no such sibling ("Thirty percent said the plan came too late") stay empty: the people asked were named in an
earlier sentence, which is no syntax of the figure's own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import canonical_object

__all__ = ["SENT_END", "poll_shares"]

_ADVERBS = r"(?:(?:also|still|now|only|further|additionally|generally|strongly)\s+)?"
_OF_PEOPLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|those\s+)?(?P<noun>[^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+){0,2}?)\s+"
                        + _ADVERBS + r"(?P<verb>[a-z]+)\b")
_MARGIN = re.compile(r"(?i)\bmargin\s+of\s+(?:[\d.]+\s*(?:percent|per\s+cent|%)\s+to\s+)?$")
_VERB_AFTER = re.compile(r"\s+" + _ADVERBS + r"([a-z]+)\b")
SENT_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)|[\"”]\s*[A-Z]")  # also a closing quote run into the next sentence


@lru_cache(maxsize=1)
def _opinion_forms() -> frozenset[str]:
    """Every written form of the poll verbs ("say", "says", "said", "saying", "believed", ...)."""
    forms: set[str] = {"who", "said", "thought", "felt", "saw", "viewed", "predicted"}
    for verb in (r[1] for r in read_tsv("quote_poll_shares.tsv") if r[0] == "verb"):
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", stem + "ed", stem + "ing", verb + "d", verb.rstrip("y") + "ied"}
    return frozenset(forms)


def _opinion_after(text: str, end: int) -> bool:
    """A verb of opinion (or "who") follows the share, bar an adverb: "73 percent said", "37% who think"."""
    m = _VERB_AFTER.match(text, end)
    return m is not None and m.group(1) in _opinion_forms()


def _people_of(text: str, rec: dict[str, Any]) -> str | None:
    """The people of "N percent of <people> <opinion verb>", else None."""
    if rec["kind"] != "percent" or canonical_object(rec.get("object")) is None:
        return None
    m = _OF_PEOPLE.match(text, int(rec["end"]))
    if m is None or m.group("verb") not in _opinion_forms():
        return None
    return str(rec["object"]) if str(rec["object"]).lower() in m.group("noun").lower() else None


def _same_sentence(text: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    lo, hi = sorted((int(a["start"]), int(b["start"])))
    return SENT_END.search(text, lo, hi) is None


def _verb_object(text: str, rec: dict[str, Any]) -> bool:
    """The share's object is the opinion verb after it, read as a noun ("44 percent disapprove")."""
    obj = str(rec.get("object") or "").lower()
    return bool(obj) and obj in _opinion_forms() and _opinion_after(text, int(rec["end"]))


def poll_shares(text: str, doc: Doc | None, recs: list[dict[str, Any]]) -> None:
    """Fill (or mend) the objects of poll shares in ``recs`` (see the module)."""
    for rec in recs:
        if rec["kind"] != "percent":
            continue
        if doc is not None and _MARGIN.search(text, max(0, int(rec["start"]) - 40), int(rec["start"])):
            rec["object"] = _margin_subject(doc, int(rec["start"]))
            continue
        empty = canonical_object(rec.get("object")) is None
        if not (empty or _verb_object(text, rec)) or not _opinion_after(text, int(rec["end"])):
            continue
        people = next((p for other in recs if other is not rec and _same_sentence(text, other, rec)
                       and (p := _people_of(text, other)) is not None), None)
        if people is not None:
            rec["object"] = people  # a verb read as the noun stays where no sibling names the people: the
            # change rules read a share's differing object as another question of the poll (test_amounts_r19)


def _margin_subject(doc: Doc, start: int) -> str | None:
    """The common-noun subject of the verb that "by a margin of ..." qualifies, or None."""
    margin = next((t for t in reversed(doc[: max(0, _token_at(doc, start))]) if t.lower_ == "margin"), None)
    if margin is None:
        return None
    # the verb the margin qualifies, or the first verb above it with a subject ("voiced support for using
    # missiles ... by a margin of": "using" has none, "voiced" has the voters)
    verb: Token = margin
    subj = None
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.head is verb:
            break
        verb = verb.head
    if subj is None or subj.pos_ != "NOUN":
        return None
    words = [t.text for t in subj.lefts if t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "NOUN", "PROPN")]
    phrase = " ".join([*words, subj.text])
    return phrase if canonical_object(phrase) is not None else None


def _token_at(doc: Doc, start: int) -> int:
    """The index of the first token at or after character ``start``."""
    return next((t.i for t in doc if t.idx >= start), len(doc))

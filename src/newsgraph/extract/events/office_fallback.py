"""Round 37 wave 3 (issue 19, review S: a bare title as a party though the report names its holder): two more
readings of a bare office description ("the president") where :func:`.described_roles.office_described`'s window
rule finds no single holder.

Review S counted event sides given as "the president", "officials", "the ministry" although the report names the
one entity meant. The window rule stays first; these readings only add a holder where it gave none:

* **the sentence's holder**: exactly one person holding the office is named earlier in the description's own
  sentence ("the speech Mr. Obama made, in which the president urged ...") although other holders are named
  elsewhere in the report (a second president, named only in other sentences, is not meant here);
* **the report's subject**: exactly one person in the whole report (before and after the description) holds the
  office, and the report's title names that person ("Lawmakers laud Obama's defense ..."): a report about one
  president that calls him "the president" many paragraphs on. A report whose title names no holder keeps the
  window rule (the tune page where "the president" was Iraq's unnamed president, six paragraphs after Obama).

Two holders in the sentence, or two in the report with none in the sentence, leave the side as before: an empty
side beats a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import PartyResolver

__all__ = ["fallback_holder"]


def _title_words(tok: Token) -> set[str]:
    doc = tok.doc
    meta = (doc._.newsgraph_meta or {}) if doc.has_extension("newsgraph_meta") else {}
    # letters only: "Obama's" and "Obama’s" give "obama" (a possessive names the holder as well)
    return {w.lower() for w in re.findall(r"[^\W\d_]+", meta.get("title") or "")}


def _surname(ent: dict[str, Any]) -> str:
    parts = (ent.get("name") or "").split()
    return parts[-1].lower().strip(".,") if parts else ""


def fallback_holder(tok: Token, res: PartyResolver,
                    fits: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
    """The one holder (an entity dict) of the office ``fits`` tests, by the sentence or the title (module text)."""
    sent_start = tok.sent.start_char
    in_sentence = {ent["id"]: ent for s, _e, ent in res._mentions_before(tok.idx)
                   if s >= sent_start and ent["type"] == "PERSON" and fits(ent)}
    if len(in_sentence) == 1:
        return next(iter(in_sentence.values()))
    if in_sentence:
        return None  # two holders in one sentence: no guess
    holders = [ent for ent in res.entities.values() if ent["type"] == "PERSON" and fits(ent)]
    if len(holders) != 1:
        return None
    ent = holders[0]
    named_before = any(eid == ent["id"] and e <= tok.idx for _s, e, eid in res.mentions)
    surname = _surname(ent)
    return ent if named_before and len(surname) > 2 and surname in _title_words(tok) else None

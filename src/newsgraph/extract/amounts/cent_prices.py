"""Round 37 (issue 17 point 1, review S): a price in cents is money, not a count of cents.

"Gas fell to 90 cents a gallon" had been a count of 90 with the object "cents": the series "cents" then mixed
every price in the base, and the figure said nothing about money. A figure written "N cents" ("N cent", "N
euro cents") is a sum of money in the currency's whole unit (0.90), its span covers the word, and it counts no
object (the priced thing is not what is counted: precision first). Its currency is "euro" when the words say so,
else the euro when every sum of money the report names is in euros, else the dollar (the cents of news are
dollars'). "50 Cent", a singer's name, is no sum (the word must be lower case).

A figure that is a side of a change keeps its count: the change rules read "fell 35 cents to $59.24" from the
count (``changes.finish_change``), and the change's values were written in cents. A sum of money whose object
came out as "cents" ("rose 12 cents to $2.80") counts nothing either.
"""

from __future__ import annotations

import re
from typing import Any

from .grammar import to_number

__all__ = ["cent_prices"]

# the words right after the number: "90 cents", "50-cent", "99 euro cents" (British "pence" is GBX, see scan.py)
_CENTS = re.compile(r"[ -](?:(?P<eur>[Ee]uro)[ -]?)?cents?\b")
_CENT_AFTER = re.compile(r"[ -]cents?\b")
_CENT_WORDS = frozenset({"cent", "cents"})


def cent_prices(text: str, amounts: list[dict[str, Any]]) -> None:
    """In place: counts of cents become sums of money (see the module docstring)."""
    for a in amounts:
        obj = (a.get("object") or "").lower()
        if a["kind"] == "money" and obj in _CENT_WORDS:
            a["object"] = None  # "rose 12 cents to $2.80": the $2.80 counts no cents
        if a["kind"] == "money":
            if a.get("change") is None:
                _euro_cents(text, a)
            continue
        if a["kind"] != "count" or obj not in _CENT_WORDS or a.get("change") is not None or a.get("low") is not None:
            continue
        m = _CENTS.match(text, a["end"])
        if m is None or "%" in a["text"]:
            continue  # "cents" named elsewhere in the phrase ("90 of the cents"): left as it was
        a["value"] = to_number(round(a["value"] / 100, 4))
        a["end"], a["text"] = m.end(), text[a["start"] : m.end()]
        a["kind"] = a["dimension"] = "money"
        a["currency"] = "EUR" if m["eur"] else _report_currency(amounts)
        a["object"] = a["owner"] = None
        a["rate"] = None


def _euro_cents(text: str, a: dict[str, Any]) -> bool:
    """In place: "80 euro cents", which the scan read as 80 euros, is 0.80 euros."""
    m = _CENT_AFTER.match(text, a["end"])
    if a.get("currency") != "EUR" or m is None or not a["text"].lower().endswith("euro") or a.get("low") is not None:
        return False
    a["value"] = to_number(round(a["value"] / 100, 4))
    a["end"], a["text"] = m.end(), text[a["start"] : m.end()]
    if (a.get("object") or "").lower() in _CENT_WORDS:
        a["object"] = None
    return True


def _report_currency(amounts: list[dict[str, Any]]) -> str:
    """Euros when the report's sums of money are in euros and none in dollars, else dollars: the cents of
    news are dollars' ("a fare of 30 pesos (4 cents)" gives the dollar value beside the peso's)."""
    found = {b.get("currency") for b in amounts if b["kind"] == "money"}
    return "EUR" if "EUR" in found and "USD" not in found else "USD"

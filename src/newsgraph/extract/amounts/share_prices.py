"""A share's price and its moves (round 25, issue 17): in "Shares in Wimpey were up 6% at 458.5p" and "Tencent
shares closed at $48.20, up 0.45%" the figures are the shares' price and its move, while the parse gives no object
("shares" is no object word: "a share of the market", "a 28% share") or the time of trading ("325.5p in morning
trade" was keyed `trade`). A money or percent figure whose verb of change or of closing has shares or a stock (or
their price) as its subject takes the object "share price" (keyed ``share_price.pct`` / ``share_price.gbp``...).
Counts ("bought 1,000 shares") and figures of other subjects ("profits rose 6%") are left as they are."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ...record import canonical_object, measure_key
from .index_names import moved_subject, moving_verb

__all__ = ["name_share_prices", "SHARE_PRICE"]

#: the object a share's price and its moves take (data/measure_synonyms.tsv keys it `share_price`)
SHARE_PRICE = "share price"
_STOCK = frozenset({"share", "stock"})
# an object the parse took from the trading session, not from what was priced ("at 325.5p in morning trade")
_SESSIONS = frozenset({"trade", "trading", "session", "dealings", "deals"})


def _is_stock(subj: Token) -> bool:
    """"shares", "Tencent shares", "the firm's stock", "its share price"."""
    lemma = subj.lemma_.lower()
    if lemma in _STOCK and subj.lower_ not in ("share",):
        return True  # "share" alone is a portion ("its share rose to 20%"), "shares" and "stock" are the stock
    return lemma == "price" and any(c.dep_ == "compound" and c.lemma_.lower() in _STOCK for c in subj.children)


def _open(obj: Any) -> bool:
    if not obj or canonical_object(str(obj)) is None:
        return True
    return str(obj).split()[-1].lower() in _SESSIONS


def name_share_prices(doc: Doc, amounts: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    """Give the price and moves of shares the object "share price", and their changes with no object the same."""
    moved: dict[str, dict[str, Any]] = {}
    for a in amounts:
        if a.get("kind") not in ("money", "percent") or not _open(a.get("object")):
            continue
        span = doc.char_span(int(a["start"]), int(a["end"]), alignment_mode="expand")
        verb = moving_verb(span.root) if span is not None and len(span) else None
        subj = moved_subject(verb) if verb is not None else None
        if subj is None or not _is_stock(subj):
            continue
        a["object"] = SHARE_PRICE
        if a.get("change"):
            moved.setdefault(str(a["change"]), a)
    for c in changes:
        a = moved.get(str(c["id"]))
        if a is not None and not c.get("object"):
            c["object"] = SHARE_PRICE
            c["measure"] = measure_key(SHARE_PRICE, c.get("owner"), c.get("location"), dimension=a.get("dimension"),
                                       unit=a.get("unit"), currency=a.get("currency"), rate=a.get("rate"))

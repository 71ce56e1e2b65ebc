"""A share's price and its moves (round 25, issue 17): in "Shares in Wimpey were up 6% at 458.5p" and "Tencent
shares closed at $48.20, up 0.45%" the figures are the shares' price and its move, while the parse gives no object
("shares" is no object word: "a share of the market", "a 28% share") or the time of trading ("325.5p in morning
trade" was keyed `trade`). A money or percent figure whose verb of change or of closing has shares or a stock (or
their price) as its subject takes the object "share price" (keyed ``share_price.pct`` / ``share_price.gbx``...);
one whose subject is crude oil, a barrel or the price of it takes "oil price" (keyed ``oil.usd``...).
Counts ("bought 1,000 shares") and figures of other subjects ("profits rose 6%") are left as they are."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ...record import canonical_object, measure_key
from .index_names import moved_subject, moving_verb, names_index

__all__ = ["OIL_PRICE", "SHARE_PRICE", "name_share_prices"]

#: the object a share's price and its moves take (data/measure_synonyms.tsv keys it `share_price`)
SHARE_PRICE = "share price"
_STOCK = frozenset({"share", "stock"})
#: the object of a crude benchmark's price and moves ("Brent crude closed down 51 cents at $44.38 a barrel"):
#: keyed `oil`, as the synonym table keys crude and its futures
OIL_PRICE = "oil price"
_OIL = frozenset({"crude", "oil", "brent"})
_OIL_HOLDERS = frozenset({"price", "barrel", "future", "futures", "benchmark"})
# an object the parse took from the trading session, not from what was priced ("at 325.5p in morning trade")
_SESSIONS = frozenset({"trade", "trading", "session", "dealings", "deals"})


def _is_stock(subj: Token) -> bool:
    """"shares", "Tencent shares", "the firm's stock", "its share price"."""
    lemma = subj.lemma_.lower()
    if names_index(subj.doc[subj.left_edge.i : subj.right_edge.i + 1].text):
        return False  # "shares in the FTSE 250": an index's members, left to the index rules (round 24)
    if lemma == "stock" and any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") for c in subj.children):
        return False  # "US crude stocks", "grain stocks": a store of goods, not a firm's stock
    if lemma in _STOCK and subj.lower_ not in ("share",):
        return True  # "share" alone is a portion ("its share rose to 20%"), "shares" and "stock" are the stock
    return lemma == "price" and any(c.dep_ == "compound" and c.lemma_.lower() in _STOCK for c in subj.children)


def _is_oil(subj: Token) -> bool:
    """"US crude", "Brent crude", "the Brent crude price", "a barrel of US crude oil", "oil futures"."""
    lemma = subj.lemma_.lower()
    if lemma in _OIL:
        return True
    if lemma not in _OIL_HOLDERS:
        return False
    near = [c for c in subj.children if c.dep_ in ("compound", "amod")]
    near += [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _OIL for t in near)


def _priced(subj: Token) -> str | None:
    return SHARE_PRICE if _is_stock(subj) else OIL_PRICE if _is_oil(subj) else None


def _open(obj: Any) -> bool:
    if not obj or canonical_object(str(obj)) is None:
        return True
    return str(obj).split()[-1].lower() in _SESSIONS


def name_share_prices(doc: Doc, amounts: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    """Give the price and moves of shares the object "share price" (of crude, "oil price"), and their changes
    with no object the same."""
    moved: dict[str, dict[str, Any]] = {}
    for a in amounts:
        if a.get("kind") not in ("money", "percent") or not _open(a.get("object")):
            continue
        span = doc.char_span(int(a["start"]), int(a["end"]), alignment_mode="expand")
        verb = moving_verb(span.root) if span is not None and len(span) else None
        subj = moved_subject(verb) if verb is not None else None
        obj = _priced(subj) if subj is not None else None
        if obj is None:
            continue
        a["object"] = obj
        if a.get("change"):
            moved.setdefault(str(a["change"]), a)
    for c in changes:
        fig = moved.get(str(c["id"]))
        if fig is not None and not c.get("object"):
            c["object"] = fig["object"]
            c["measure"] = measure_key(fig["object"], c.get("owner"), c.get("location"),
                                       dimension=fig.get("dimension"), unit=fig.get("unit"),
                                       currency=fig.get("currency"), rate=fig.get("rate"))

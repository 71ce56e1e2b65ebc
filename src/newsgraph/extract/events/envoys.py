"""An envoy's post is not his side: "the US ambassador to the European Union" acts for the US, not the EU.

CAMEO codes a person by the side he acts for. An international body named as the place an envoy is posted
to ("ambassador to the United Nations", "envoy to the African Union") is his host, so it gives no IGO code;
a body named before the envoy noun ("the UN envoy to Syria") is his sender and still does (round 24, issue 19:
Sondland coded IGO from "ambassador to the European Union").
"""

from __future__ import annotations

import re

__all__ = ["posted_to"]

#: nouns of a person sent to serve abroad or at an international body
_ENVOY = r"(?:ambassador|envoy|emissary|representative|delegate|consul|attach[eé]|mission|ambassadorship)s?"
_POSTED = re.compile(rf"\b{_ENVOY}(?:[- ]designate)?\s+(?:to|at|for)\s+(?:the\s+)?$", re.IGNORECASE)


def posted_to(padded: str, alias: str) -> bool:
    """True when every occurrence of ``alias`` (" alias ", padded) in ``padded`` follows an envoy noun and
    "to"/"at"/"for" ("the French ambassador to the United Nations"): the body hosts the envoy."""
    at = padded.find(alias)
    if at < 0:
        return False
    while at >= 0:
        if not _POSTED.search(padded[: at + 1]):
            return False
        at = padded.find(alias, at + 1)
    return True

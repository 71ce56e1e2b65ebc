"""Hand-built article records for the knowledge-base tests.

The quotes/amounts/times/places/events extractors are still landing, so the facts the store and the
cross-article logic need are written here by hand, with offsets computed from texts written for the
tests (no article text is copied from anywhere).
"""

from __future__ import annotations

from typing import Any

from newsgraph.record import Article, article_id


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _mentions(text: str, *needles: str) -> list[dict[str, Any]]:
    out = []
    for n in needles:
        s, e = _at(text, n)
        out.append({"start": s, "end": e, "text": n})
    return out


def record(text: str, published: str | None, **facts: Any) -> Article:
    """An Article with the given facts; ``id`` from the text as the pipeline computes it."""
    body = {"start": 0, "end": len(text), "kind": "body"}
    return Article.model_validate({
        "id": article_id(text), "published": published, "language": facts.pop("language", "en"),
        "title": facts.pop("title", None), "url": facts.pop("url", None), "source": facts.pop("source", None),
        "text": text, "paragraphs": facts.pop("paragraphs", [body]), **facts,
    })


DRAWDOWN = (
    "The Pentagon said it will cut US troops in Iraq from 5,200 to 3,000 in September. "
    "General Frank Miller said: \"Our partners can now stand on their own.\" "
    "In the mid-2000s the United States kept nearly 150,000 service members in Iraq. "
    "Miller met President Donald Trump in Washington."
)


def drawdown() -> Article:
    """A report on a troop cut: one change (5200 → 3000, 2020-09), one hedged amount (nearly 150000,
    200X), a quote, an event; with the amounts the change itself states repeated as amounts."""
    t = DRAWDOWN
    ch = _at(t, "cut US troops in Iraq from 5,200 to 3,000 in September")
    a1, a2, a3 = _at(t, "5,200"), _at(t, "3,000"), _at(t, "150,000")
    q = _at(t, "Our partners can now stand on their own.")
    ev = _at(t, "will cut US troops in Iraq")
    return record(
        t, "2020-09-10", title="Troops to be cut", url="https://example.org/drawdown", source="Example Wire",
        entities=[
            {"id": "E1", "name": "Pentagon", "type": "ORG", "country": "USA", "mentions": _mentions(t, "Pentagon")},
            {"id": "E2", "name": "United States", "type": "GPE", "country": "USA", "aliases": ["US"],
             "mentions": _mentions(t, "US", "United States")},
            {"id": "E3", "name": "Iraq", "type": "GPE", "country": "IRQ", "mentions": _mentions(t, "Iraq")},
            {"id": "E4", "name": "Frank Miller", "type": "PERSON", "country": "USA", "roles": ["General"],
             "aliases": ["Miller"], "mentions": _mentions(t, "Frank Miller")},
            {"id": "E5", "name": "Donald Trump", "type": "PERSON", "country": "USA", "roles": ["President"],
             "mentions": _mentions(t, "Donald Trump")},
            {"id": "E6", "name": "Washington", "type": "GPE", "country": "USA", "mentions": _mentions(t, "Washington")},
        ],
        quotes=[{"id": "Q1", "start": q[0], "end": q[1], "text": t[q[0]:q[1]], "kind": "direct", "speaker": "E4",
                 "speaker_name": "Frank Miller", "cue": "said"}],
        changes=[{"id": "C1", "start": ch[0], "end": ch[1], "object": "US troops", "owner": "USA", "location": "IRQ",
                  "from_value": 5200, "to_value": 3000, "direction": "decrease", "verb": "cut", "time": "2020-09",
                  "measure": "troops:USA:IRQ", "delta": -2200}],
        amounts=[
            {"start": a1[0], "end": a1[1], "value": 5200, "text": "5,200", "kind": "count", "object": "US troops",
             "measure": "troops:USA:IRQ", "owner": "USA", "location": "IRQ"},
            {"start": a2[0], "end": a2[1], "value": 3000, "text": "3,000", "kind": "count", "object": "US troops",
             "measure": "troops:USA:IRQ", "owner": "USA", "location": "IRQ", "change": "C1"},
            {"start": a3[0], "end": a3[1], "value": 150000, "text": "150,000", "kind": "count",
             "object": "service members", "approx": "nearly", "measure": "troops:USA:IRQ", "owner": "USA",
             "location": "IRQ", "time": "200X"},
        ],
        times=[
            {"start": _at(t, "September")[0], "end": _at(t, "September")[1], "text": "September", "type": "DATE",
             "value": "2020-09", "anchor": "published"},
            {"start": _at(t, "the mid-2000s")[0], "end": _at(t, "the mid-2000s")[1], "text": "the mid-2000s",
             "type": "DATE", "value": "200X", "mod": "MID", "anchor": "absolute"},
        ],
        places=[{"id": "P1", "name": "Iraq", "entity": "E3", "country": "IRQ", "lat": 33.0, "lon": 44.0,
                 "feature": "PCLI", "geonames_id": 99237, "mentions": _mentions(t, "Iraq")},
                {"id": "P2", "name": "Washington", "entity": "E6", "country": "USA", "lat": 38.895, "lon": -77.0364,
                 "feature": "PPLC", "geonames_id": 4140963, "admin1": "DC", "mentions": _mentions(t, "Washington")}],
        events=[{"start": ev[0], "end": ev[1], "type": "RETREAT", "mode": "withdraw", "text": t[ev[0]:ev[1]],
                 "actors": [{"name": "Pentagon", "entity": "E1", "country": "USA", "code": "USAMIL"}],
                 "targets": [{"name": "Iraq", "entity": "E3", "country": "IRQ", "code": "IRQ"}],
                 "time": "2020-09", "confidence": 0.9}],
    )


def followup(value: int = 3000, approx: str | None = None, time: str | None = "2020-09") -> Article:
    """A later report on the same measure; another value at the same time makes a conflict."""
    figure = f"{value:,}"
    hedge = f"{approx} " if approx else ""
    t = f"Officials said {hedge}{figure} US troops were in Iraq in September, according to Trump."
    a = _at(t, figure)
    return record(
        t, "2020-10-02", title=f"Figure {figure}",
        entities=[
            {"id": "E1", "name": "U.S.", "type": "GPE", "country": "USA", "mentions": _mentions(t, "US")},
            {"id": "E2", "name": "Iraq", "type": "GPE", "country": "IRQ", "mentions": _mentions(t, "Iraq")},
            {"id": "E3", "name": "Trump", "type": "PERSON", "country": "USA", "mentions": _mentions(t, "Trump")},
        ],
        amounts=[{"start": a[0], "end": a[1], "value": value, "text": figure, "kind": "count", "object": "US troops",
                  "approx": approx, "measure": "troops:USA:IRQ", "owner": "USA", "location": "IRQ", "time": time}],
    )


def plain(i: int, published: str = "2021-01-01") -> Article:
    """A small distinct article with two entities and no measures."""
    t = f"Report number {i}: Angela Merkel spoke with Emmanuel Macron about trade."
    return record(t, published, entities=[
        {"id": "E1", "name": "Angela Merkel", "type": "PERSON", "country": "DEU",
         "mentions": _mentions(t, "Angela Merkel")},
        {"id": "E2", "name": "Emmanuel Macron", "type": "PERSON", "country": "FRA",
         "mentions": _mentions(t, "Emmanuel Macron")},
    ])

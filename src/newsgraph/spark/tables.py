"""Names shared by the Spark job and the loader (no pyspark here: the loader runs without it)."""

from __future__ import annotations

__all__ = ["FACT_TABLES", "TABLES", "UNKNOWN_MONTH", "month_of"]

#: Record lists that become a table of their own, in record order.
FACT_TABLES: tuple[str, ...] = ("entities", "quotes", "amounts", "changes", "times", "places", "events")
TABLES: tuple[str, ...] = ("articles", *FACT_TABLES, "errors")
#: The partition value of an article (or an error) without a publication date.
UNKNOWN_MONTH = "unknown"


def month_of(published: str | None) -> str:
    """The partition value of a publication date: ``YYYY-MM``, or ``unknown``."""
    return published[:7] if published and len(published) >= 7 else UNKNOWN_MONTH

"""Shared helpers of the quote tables (tests/test_quote_review.py, tests/test_quotes_review8.py, the round-23
stance tables)."""

from __future__ import annotations


def quote_rows(qnlp, text: str, stances: bool = False, unasserted: bool = False) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    """(kind, text, speaker_name) of each quote of ``text``; every quote's span must be its text. The rows of kind
    "stance" (round 14: an act's aim, no words said; tested in tests/test_quote_round14.py) only with ``stances``,
    and negated or hypothetical quotes (round 18, tests/test_quote_modality.py) only with ``unasserted``: the
    earlier tables state which words were said."""
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        if q["kind"] == "stance" and not stances or q.get("modality", "asserted") != "asserted" and not unasserted:
            continue
        assert text[q["start"] : q["end"]] == q["text"]
        out.append((q["kind"], q["text"], q["speaker_name"]))
    return out


def modal_rows(qnlp, text: str) -> list[tuple[str, str, str, str | None]]:  # noqa: ANN001
    """(kind, modality, text, speaker_name) of every quote of ``text``, stances and unasserted ones included, sorted;
    every quote's span must be its text (tests/test_quote_round23_recall.py, tests/test_quote_round23_hedges.py)."""
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        out.append((q["kind"], q["modality"], q["text"], q["speaker_name"]))
    return sorted(out, key=str)

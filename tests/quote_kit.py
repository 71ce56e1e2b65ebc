"""Shared helpers of the quote tables (tests/test_quote_review.py, tests/test_quotes_review8.py, the round-23
stance tables)."""

from __future__ import annotations

from typing import Any

from newsgraph.record import UNSAID_QUOTE_KINDS


def quote_rows(qnlp, text: str, stances: bool = False, unasserted: bool = False) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    """(kind, text, speaker_name) of each quote of ``text``; every quote's span must be its text. The rows of kind
    "stance" (round 14: an act's aim, no words said; tested in tests/test_quote_round14.py) and "topic" (round 36: what
    an act was about, no position) only with ``stances``,
    and negated or hypothetical quotes (round 18, tests/test_quote_modality.py) only with ``unasserted``: the
    earlier tables state which words were said."""
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        if q["kind"] in UNSAID_QUOTE_KINDS and not stances or q.get("modality", "asserted") != "asserted" and not unasserted:
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


def speaker_rows(text: str) -> list[tuple[str | None, str]]:
    """(speaker_name, text) of each quote the full pipeline stores for ``text`` (tests/test_quote_speakers_r23.py,
    tests/test_quote_speakers_r24.py)."""
    from newsgraph import extract

    return [(q.speaker_name, q.text) for q in extract(text).quotes]


def quotes_with(rec: Any, words: str) -> list[Any]:
    """The quotes of the record ``rec`` whose text holds ``words``; there must be one at least."""
    hits = [q for q in rec.quotes if words in q.text]
    assert hits, [(q.kind, q.text) for q in rec.quotes]
    return hits


def speaker_entity_name(rec: Any, words: str) -> str | None:
    """The entity name of the speaker of the first quote of ``rec`` that holds ``words`` (None: no speaker entity)
    (tests/test_quote_review23.py, tests/test_quote_review24.py)."""
    names = {e.id: e.name for e in rec.entities}
    return names.get(quotes_with(rec, words)[0].speaker or "")

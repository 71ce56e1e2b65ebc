"""Round 19's tidying (no behaviour change): the publication nouns are one list, column 3 of
data/entity_kind_nouns.tsv; the publication rule (entity_forms) and the kind-noun rule (entity_evidence) read the
sets they wrote out before."""

from __future__ import annotations

from newsgraph.extract.entity_evidence import _kind_nouns
from newsgraph.extract.entity_forms import _paper_nouns


def test_paper_nouns_before_and_after_a_name() -> None:
    before, after = _paper_nouns()
    assert before == {"newspaper", "magazine", "tabloid", "broadsheet"}
    assert after == before | {"daily", "weekly"}


def test_kind_nouns_leave_out_rows_of_no_kind() -> None:
    nouns = _kind_nouns()
    assert "broadsheet" not in nouns  # a publication noun only, no kind noun (as before)
    assert {w: nouns[w] for w in ("weekly", "daily", "journal", "carrier")} == {
        "weekly": "ORG", "daily": "ORG", "journal": "ORG", "carrier": "SHIP"}

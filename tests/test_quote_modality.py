"""Quotes, issue 18 round 18: a refusal to speak kept as a quote of modality "negated", never listed as words said.

"The coach declined to say who would start" reports no words said, and the reviews of real reports count it as
no quote; PolNeAR counts what the refusal is about as an attribution. Round 18 stores it as a quote with the new
record field ``modality`` ("negated"; "asserted" for words said) and leaves it out of every list, count, search,
highlight and export of quotes, as stances are left out. Every sentence here was written for these tests; each
case gives the text and its quotes as (kind, text, speaker_name, modality).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from kb_db import kb_url, upgrade_to  # noqa: F401  (fixture)

from newsgraph.kb import browse
from newsgraph.record import listed_quote

NEGATED = [
    ("Minister Anna Ruiz declined to say whether the talks would resume.",
     [("indirect", "to say whether the talks would resume", "Anna Ruiz", "negated")]),
    ("The coach refused to say who would start in goal on Saturday.",
     [("indirect", "to say who would start in goal on Saturday", "The coach", "negated")]),
    ("Tom Walsh refused to comment on the new stadium plans.",
     [("indirect", "to comment on the new stadium plans", "Tom Walsh", "negated")]),
    ("A spokesman for the club declined to give details of the injury.",
     [("indirect", "to give details of the injury", "A spokesman", "negated")]),
    # words said stay asserted; a refused act stays a stance (round 14), asserted: a position taken
    ("Anna Ruiz said the talks would resume.",
     [("indirect", "the talks would resume", "Anna Ruiz", "asserted")]),
    ("Tom Walsh refused to sign the new contract.",
     [("stance", "to sign the new contract", "Tom Walsh", "asserted")]),
]


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None, str]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    return [(q["kind"], q["text"], q["speaker_name"], q["modality"]) for q in doc._.newsgraph_quotes]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_refusals_to_speak_are_negated_quotes(qnlp, text, expected) -> None:
    assert sorted(_rows(qnlp, text)) == sorted(expected)


@pytest.mark.parametrize(("kind", "modality", "listed"), [
    ("indirect", "asserted", True), ("direct", None, True), ("indirect", "negated", False),
    ("partial", "hypothetical", False), ("stance", "asserted", False)])
def test_only_asserted_quotes_of_words_said_are_listed(kind, modality, listed) -> None:
    assert listed_quote(kind, modality) is listed


_TEXT = ("Coach Maria Lopez declined to say whether the striker would play against the league leaders.\n\n"
         '"We will be ready on Saturday," Maria Lopez said.')


def test_a_negated_quote_is_stored_but_never_listed(kb_url) -> None:  # noqa: F811
    """Stored with its modality in the record and the quotes table; left out of the quote lists (CLI `quotes`,
    the API, entity pages and their counts), the full-text search, the page's highlights and GDELT's quotations."""
    import newsgraph
    from newsgraph import kb
    from newsgraph.kb.gkg import gkg_row, parse_gkg_row
    from newsgraph.store import open_store
    from newsgraph.store import schema as t
    from newsgraph.web.highlight import facts_of

    rec = newsgraph.extract(_TEXT, url="https://example.org/r18-modality")
    assert sorted((q.kind, q.modality) for q in rec.quotes) == [("direct", "asserted"), ("indirect", "negated")]
    kb.ingest([rec], db=kb_url)
    with open_store(kb_url) as st, st.connect() as c:
        stored = sorted(c.execute(sa.select(t.quotes.c.kind, t.quotes.c.modality)).all())
    assert stored == [("direct", "asserted"), ("indirect", "negated")]
    assert [q.kind for q in kb.quotes("Maria Lopez", db=kb_url)] == ["direct"]
    assert kb.search("striker", db=kb_url, kind="quote") == []
    assert [h.kind for h in kb.search("ready", db=kb_url, kind="quote")] == ["quote"]
    ent = kb.find_entity("Maria Lopez", db=kb_url)
    assert ent is not None
    page = kb.entity(ent.id, db=kb_url)
    assert [q.kind for q in page.quotes] == ["direct"] and page.quote_total == 1
    assert len(parse_gkg_row(gkg_row(rec)).quotations) == 1  # GDELT's quotations: words said only
    assert [f.kind for f in facts_of(rec) if f.kind == "quote"] == ["quote"]
    back = browse.article(rec.id, db=kb_url)
    assert back is not None and sorted(q.modality for q in back.quotes) == ["asserted", "negated"]


def test_upgrade_to_0021_adds_the_modality_column(kb_url) -> None:  # noqa: F811
    """A base written before 0021 upgrades: the column is added and its quotes (NULL) load as asserted."""
    import newsgraph
    from newsgraph import kb
    from newsgraph.store import open_store

    rec = newsgraph.extract(_TEXT, url="https://example.org/r18-modality-upgrade")
    kb.ingest([rec], db=kb_url)  # today's code, then taken back to 0020 as an older base would be
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        _downgrade(conn, "0020")
        meta = sa.MetaData()
        meta.reflect(conn)
        assert "modality" not in meta.tables["quotes"].c
    engine.dispose()
    with open_store(kb_url) as st, st.connect() as c:  # migrates to the head
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == "0021"
        assert c.execute(sa.text("SELECT count(*) FROM quotes WHERE modality IS NULL")).scalar_one() == 2
    back = browse.article(rec.id, db=kb_url)
    assert back is not None and [q.modality for q in back.quotes] == ["asserted", "asserted"]
    assert len(kb.quotes("Maria Lopez", db=kb_url)) == 2  # an old base's rows are all listed, as before


def _downgrade(conn: sa.engine.Connection, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from newsgraph.store.engine import _MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.downgrade(cfg, revision)

"""Events in the knowledge base: every event stored with its confidence, modality and spans; readers show
those at or above the default threshold unless asked for all; a base built before migration 0006 upgrades."""

from __future__ import annotations

import sqlalchemy as sa
from kb_records import drawdown

from newsgraph import kb
from newsgraph.kb import browse
from newsgraph.record import EVENT_MIN_CONFIDENCE, EventSpan


def _weak_and_strong():
    rec = drawdown()
    strong = rec.events[0]
    weak = strong.model_copy(update={"confidence": EVENT_MIN_CONFIDENCE / 2, "type": "CONSULT",
                                     "modality": "intended", "hypothetical": True,
                                     "spans": [EventSpan(start=strong.start, end=strong.end)]})
    return rec.model_copy(update={"events": [strong, weak]})


def test_all_events_stored_readers_filter(kb_store) -> None:
    rec = _weak_and_strong()
    kb.ingest([rec], db=kb_store)
    shown = kb.events(db=kb_store)
    assert [e.type for e in shown] == ["RETREAT"]
    every = kb.events(db=kb_store, min_confidence=0.0)
    assert sorted(e.type for e in every) == ["CONSULT", "RETREAT"]
    weak = next(e for e in every if e.type == "CONSULT")
    assert weak.modality == "intended" and weak.confidence == EVENT_MIN_CONFIDENCE / 2
    back = browse.article(rec.id, db=kb_store)
    assert [(e.type, e.modality, len(e.spans)) for e in back.events] == [("RETREAT", "asserted", 0),
                                                                          ("CONSULT", "intended", 1)]


def test_api_min_confidence(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.store import open_store
    from newsgraph.web import Settings, create_app

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    store = open_store(url)
    kb.ingest([_weak_and_strong()], db=store)
    store.close()
    with TestClient(create_app(Settings(db=url))) as client:
        assert [e["type"] for e in client.get("/api/events").json()["items"]] == ["RETREAT"]
        every = client.get("/api/events", params={"min_confidence": 0}).json()["items"]
        assert sorted(e["type"] for e in every) == ["CONSULT", "RETREAT"]
        assert {e["modality"] for e in every} == {"asserted", "intended"}
        assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422


def test_cli_events_all(tmp_path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import open_store

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    store = open_store(url)
    kb.ingest([_weak_and_strong()], db=store)
    store.close()
    runner = CliRunner()
    default = runner.invoke(app, ["events", "--db", url])
    assert default.exit_code == 0 and "RETREAT" in default.output and "CONSULT" not in default.output
    every = runner.invoke(app, ["events", "--db", url, "--all"])
    assert every.exit_code == 0 and "CONSULT (intended)" in every.output


def test_migration_0006_backfills_modality(tmp_path) -> None:
    """A base at revision 0005 (events without modality/spans) upgrades; its events read back."""
    from alembic import command
    from alembic.config import Config

    from newsgraph.store import engine as _engine
    from newsgraph.store import open_store

    url = f"sqlite:///{tmp_path / 'old.db'}"
    eng = sa.create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(_engine._MIGRATIONS))
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(sa.text(
            "INSERT INTO articles (id, schema_version, text, language, related_links, headings) "
            "VALUES ('a1', '1', 'Iran did not attack.', 'en', '[]', '[]')"))
        conn.execute(sa.text(
            "INSERT INTO events (id, article_id, idx, start, \"end\", type, context, actors, targets, negated, "
            "hypothetical, text) VALUES (1, 'a1', 0, 0, 19, 'ASSAULT', '[]', '[]', '[]', 1, 0, 'Iran did not attack')"))
    eng.dispose()
    store = open_store(url)  # migrates to head
    with store.connect() as conn:
        assert conn.execute(sa.text("SELECT modality FROM events")).scalar_one() == "negated"
    (ev,) = browse.article("a1", db=store).events
    assert ev.modality == "negated" and ev.negated and ev.spans == []
    store.close()

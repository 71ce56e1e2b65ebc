"""Shared fixtures. Real articles and benchmark data are read from ../shared (never copied here):
tests that need it skip with a clear reason when it is absent, and fail when CI=true."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))

# knowledge-base fixtures (kb_url, kb_store): every store test runs on SQLite and PostgreSQL
pytest_plugins = ["kb_db"]


def need_shared(*parts: str) -> Path:
    """Path under ../shared; skip (or fail under CI=true) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        msg = f"shared data missing: {path} (the read-only ../shared folder beside the repo)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + " -- required when CI=true")
        pytest.skip(msg)
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def nlp():
    from newsgraph import nlp as _nlp

    return _nlp.load()


@pytest.fixture(scope="session")
def enlp():
    """The pipeline the event rule tables run through (entities, places, events), loaded once."""
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities", "places", "events"))


@pytest.fixture(scope="session")
def qnlp():
    """The pipeline the quote tables run through (entities, quotes), loaded once for every quote test file."""
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities", "quotes"))


@pytest.fixture(scope="session")
def nlp_amounts():
    """The pipeline the amount and change tables run through (entities, amounts), loaded once."""
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities", "amounts"))


def changes_of(nlp, text: str) -> list[tuple]:  # noqa: ANN001
    """(from_value, to_value, direction, delta, pct) of each change the pipeline finds in ``text``."""
    doc = nlp(text)
    assert not doc._.newsgraph_errors
    return [(c["from_value"], c["to_value"], c["direction"], c["delta"], c["pct"]) for c in doc._.newsgraph_changes]


def extracted_amounts(text: str) -> list:
    """The amounts ``newsgraph.extract`` gives for ``text`` (the whole pipeline, as a user calls it)."""
    import newsgraph

    return list(newsgraph.extract(text).amounts)


def amount_read(text: str, figure: str):  # noqa: ANN201
    """The amount whose text is ``figure`` in ``text``'s record; fails when the figure is not read."""
    found = [a for a in extracted_amounts(text) if a.text == figure]
    assert found, f"{figure!r} not read in {text!r}: {[a.text for a in extracted_amounts(text)]}"
    return found[0]


def quote_facts(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, words, speaker entity's name, speaker_name) of every quote of ``text``'s record (dated 2025-03-10)."""
    import newsgraph

    rec = newsgraph.extract(text, published="2025-03-10")
    names = {e.id: e.name for e in rec.entities}
    return [(q.kind, q.text, names.get(q.speaker) if q.speaker else None, q.speaker_name) for q in rec.quotes]


def quote_of(text: str, words: str) -> tuple[str | None, str | None]:
    """(speaker entity's name, speaker_name) of the first quote of ``text`` whose words start with ``words``."""
    hits = [(who, name) for _k, said, who, name in quote_facts(text) if said.startswith(words)]
    assert hits, quote_facts(text)
    return hits[0]


def listed_speaker(text: str, words: str) -> tuple[str | None, str | None]:
    """(entity name, written name) of the listed quote of ``text`` (dated 2025-03-10) that starts with ``words``."""
    import newsgraph
    from newsgraph.record import listed_quote

    rec = newsgraph.extract(text, published="2025-03-10")
    names = {e.id: e.name for e in rec.entities}
    hits = [(names.get(q.speaker or ""), q.speaker_name) for q in rec.quotes
            if q.text.startswith(words) and listed_quote(q.kind, q.modality)]
    assert hits, [(q.kind, q.text, q.speaker_name) for q in rec.quotes]
    return hits[0]


def doc_before(nlp, text: str, component: str):  # noqa: ANN001, ANN201
    """The Doc as `component` receives it in the pipeline (the components before it run on `text`)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == component:
            return doc
        doc = proc(doc)
    raise AssertionError(f"no {component} in the pipeline")


def events_at(enlp, text: str, word: str) -> list[dict]:  # noqa: ANN001
    """The events whose trigger covers the first occurrence of ``word`` in ``text``."""
    i = text.index(word)
    return [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"]]


def event_at(enlp, text: str, word: str, typ: str) -> dict:  # noqa: ANN001
    """The first ``typ`` event whose trigger covers the first occurrence of ``word`` (fails when there is none)."""
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    return hits[0]


def titled_events(enlp, text: str, title: str | None) -> list[dict]:  # noqa: ANN001
    """The events of ``text`` read with ``title`` as its headline (headline support needs the title)."""
    doc = enlp.make_doc(text)
    doc._.newsgraph_meta = {"title": title, "published": None, "url": None, "source": None}
    for _name, proc in enlp.pipeline:
        doc = proc(doc)
    return list(doc._.newsgraph_events)


def titled_events_at(enlp, title: str | None, text: str, word: str, typ: str) -> list[dict]:  # noqa: ANN001
    """The ``typ`` events of a titled ``text`` whose trigger covers the first occurrence of ``word``."""
    i = text.index(word)
    return [e for e in titled_events(enlp, text, title) if e["type"] == typ and e["trigger_start"] <= i < e["trigger_end"]]


def party_names(parties: list[dict]) -> str:
    return " | ".join(p["name"] for p in parties)


def assert_party(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    """The first ``typ`` event at ``word`` has ``name`` among its ``role`` parties ("" = that role is empty)."""
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    names = party_names(hits[0][role])
    assert (name in names) if name else names == "", hits[0]


def assert_code(enlp, text: str, word: str, role: str, code: str) -> None:  # noqa: ANN001
    """The first event at ``word`` has a ``role`` party coded ``code``."""
    hits = events_at(enlp, text, word)
    assert hits, text
    assert code in {p["code"] for p in hits[0][role]}, hits[0]


def assert_no_code(enlp, text: str, word: str, role: str) -> None:  # noqa: ANN001
    """The first event at ``word`` codes none of its ``role`` parties: an empty code, not a guessed one."""
    hits = events_at(enlp, text, word)
    assert hits, text
    assert all(p["code"] is None for p in hits[0][role]), hits[0]


def assert_no_party(enlp, text: str, word: str, name: str) -> None:  # noqa: ANN001
    """No event at ``word`` has ``name`` as an actor or a target."""
    for e in events_at(enlp, text, word):
        assert name not in party_names(e["targets"]), e
        assert name not in party_names(e["actors"]), e


def assert_role_lacks(enlp, text: str, word: str, role: str, name: str) -> None:  # noqa: ANN001
    """No event at ``word`` has ``name`` among its ``role`` parties; a name ending in " |" must be a whole last name
    of the list ("Ken |": "Ken" alone, not "Ken Starr")."""
    hits = events_at(enlp, text, word)
    assert all(name not in party_names(h[role]) + " |" for h in hits), hits


def shown_by_default(enlp, text: str, word: str, typ: str) -> bool:  # noqa: ANN001
    """Whether the ``typ`` event at ``word`` is shown at the default threshold (it is stored either way)."""
    from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    return max(e["confidence"] for e in hits) >= DEFAULT_MIN_CONFIDENCE


def assert_sense(enlp, text: str, word: str, typ: str | None) -> None:  # noqa: ANN001
    """An event at ``word`` has type ``typ`` (None: no event there at all)."""
    hits = events_at(enlp, text, word)
    if typ is None:
        assert hits == [], hits
        return
    assert typ in {e["type"] for e in hits}, hits


def assert_modality(enlp, text: str, word: str, typ: str, modality: str) -> None:  # noqa: ANN001
    """The first ``typ`` event at ``word`` has ``modality``, and ``negated`` agrees with it."""
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert hits[0]["modality"] == modality, hits[0]
    assert hits[0]["negated"] == (modality == "negated"), hits[0]


@pytest.fixture(scope="session")
def seed(shared):
    import json

    gold = json.loads((shared / "golden" / "seed_expected.json").read_text(encoding="utf-8"))
    text = (shared / "golden" / gold["article"]).read_text(encoding="utf-8")
    return text, gold


@pytest.fixture(scope="session")
def seed_record(seed):
    import newsgraph

    text, gold = seed
    return newsgraph.extract(text, published=gold["published"])


def allsides_report(report_id: str) -> dict[str, str]:
    """One report of the shared allsides dev file by its id (skipped when absent; a failure under CI=true)."""
    path = need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if f'"{report_id}"' in line:
                return dict(json.loads(line))
    pytest.skip(f"report {report_id} not in the shared file")

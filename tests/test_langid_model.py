"""The language identifier read from newsgraph's uncompressed copy answers as py3langid's own loader does."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import langid_model

py3langid = pytest.importorskip("py3langid.langid")

TEXTS = [
    ("The government announced a new law on Tuesday, officials said.", "en"),
    ("Le gouvernement a annoncé mardi une nouvelle loi, selon des responsables.", "fr"),
    ("Die Regierung hat am Dienstag ein neues Gesetz angekündigt, sagten Beamte.", "de"),
    ("El gobierno anunció el martes una nueva ley, dijeron funcionarios.", "es"),
    ("Правительство во вторник объявило о новом законе.", "ru"),
    ("12 345 678 -- 9.5% / 3.2%", None),  # numbers only: whatever the model says, both loaders say it
]


@pytest.fixture(scope="module")
def reference() -> object:
    return py3langid.LanguageIdentifier.from_model_file(py3langid.MODEL_FILE, norm_probs=True)


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def made_and_read(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object, list[Path]]:
    """The identifier made without a copy (the copy written), then read from the copy."""
    folder = tmp_path_factory.mktemp("langid")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSGRAPH_CACHE", str(folder))
        made = langid_model.identifier()
        copies = list(folder.glob("langid-*.pickle"))
        read = langid_model.identifier()
    return made, read, copies


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_same_answers_as_py3langid_made_then_read(text: str, lang: str | None, reference: object,
                                                  made_and_read: tuple[object, object, list[Path]]) -> None:
    made, read, copies = made_and_read
    assert len(copies) == 1 or langid_model._version() not in langid_model.TESTED
    want = reference.classify(text)  # type: ignore[attr-defined]
    assert made.classify(text) == want  # type: ignore[attr-defined]
    assert read.classify(text) == want  # type: ignore[attr-defined]
    if lang is not None:
        assert want[0] == lang


def test_a_damaged_copy_is_made_again(reference: object, cache: Path) -> None:
    if langid_model._version() not in langid_model.TESTED:
        pytest.skip("another py3langid: its own loader is used")
    langid_model.identifier()
    (copy,) = cache.glob("langid-*.pickle")
    copy.write_bytes(b"not a pickle")
    text = TEXTS[1][0]
    assert langid_model.identifier().classify(text) == reference.classify(text)  # type: ignore[attr-defined]
    assert copy.stat().st_size > 1000  # written again, whole

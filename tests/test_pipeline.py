"""The Python API: extract, extract_many (order, errors, languages, processes), the record contract."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsgraph
from newsgraph.errors import EmptyTextError, InvalidFieldError, NewsgraphError
from newsgraph.pipeline import detect_language, normalize_published
from newsgraph.record import Article, ItemError, article_id, json_schema, measure_key

EN = "The finance minister of Kenya, Amina Odhiambo, said on Monday that taxes would rise in July."
FR = ("Le gouvernement français a annoncé lundi une nouvelle réforme des retraites, "
      "qui sera présentée au Parlement au mois de juin prochain.")


def test_article_id_normalizes_whitespace_and_nfc() -> None:
    assert article_id("Café  au\nlait ") == article_id("Cafe\u0301 au lait")
    assert len(article_id("x")) == 16


@pytest.mark.parametrize("value, out", [("2020-09-10", "2020-09-10"), ("2020-09-10T08:00:00Z", "2020-09-10"),
                                        (dt.date(2020, 1, 2), "2020-01-02"), (None, None), ("", None)])
def test_published_normalized(value, out) -> None:
    assert normalize_published(value) == out


@pytest.mark.parametrize("value", ["2021-02-31", "yesterday", "10/09/2020", 20200910])
def test_bad_published_is_a_clear_error(value) -> None:
    with pytest.raises(InvalidFieldError, match="published"):
        normalize_published(value)


def test_extract_record_fields() -> None:
    rec = newsgraph.extract(EN, published="2021-03-01", title="Taxes", url="https://example.org/a")
    assert isinstance(rec, Article)
    assert (rec.schema_version, rec.language, rec.published, rec.title) == ("2", "en", "2021-03-01", "Taxes")
    assert rec.id == article_id(EN)
    names = {e.name: e for e in rec.entities}
    assert names["Amina Odhiambo"].type == "PERSON"
    assert names["Kenya"].country == "KEN"


def test_crlf_normalized() -> None:
    rec = newsgraph.extract("Line one is here.\r\n\r\nLine two is here.")
    assert rec.text == "Line one is here.\n\nLine two is here."


def test_empty_text_raises() -> None:
    with pytest.raises(EmptyTextError):
        newsgraph.extract("  \n ")
    assert issubclass(EmptyTextError, NewsgraphError)


def test_non_english_has_language_and_no_facts() -> None:
    rec = newsgraph.extract(FR)
    assert rec.language == "fr"
    assert rec.entities == [] and rec.quotes == []
    assert detect_language(EN) == "en"


def test_extract_many_keeps_order_and_reports_bad_items() -> None:
    items = [EN, {"text": ""}, {"id": "x1", "text": EN + " More.", "date": "2020-02-30"}, FR, {"title": "no text"},
             {"text": EN, "date": "", "url": "u"}]
    out = list(newsgraph.extract_many(items, batch_size=2))
    assert [type(o).__name__ for o in out] == ["Article", "ItemError", "ItemError", "Article", "ItemError", "Article"]
    errs = [o for o in out if isinstance(o, ItemError)]
    assert [e.index for e in errs] == [1, 2, 4]
    assert errs[0].error == "EmptyTextError"
    assert errs[1].item == "x1" and "not a real date" in errs[1].reason
    assert "text" in errs[2].reason
    assert out[3].language == "fr"
    assert out[5].published is None and out[5].url == "u"


@pytest.mark.slow
def test_extract_many_two_processes_matches_one() -> None:
    texts = [f"{EN} Report number {i} came from Nairobi." for i in range(6)]
    one = [r.model_dump() for r in newsgraph.extract_many(texts, n_process=1)]
    two = [r.model_dump() for r in newsgraph.extract_many(texts, n_process=2, batch_size=2)]
    assert one == two


def test_numbers_are_json_numbers_and_schema_exports() -> None:
    schema = json_schema()
    assert schema["title"] == "Article"
    assert {"entities", "quotes", "amounts", "changes", "times", "places", "events"} <= set(schema["properties"])
    json.dumps(schema)


@pytest.mark.parametrize("obj, owner, loc, key", [
    ("US troops", "USA", "IRQ", "troops:USA:IRQ"), ("service members", "USA", "IRQ", "troops:USA:IRQ"),
    ("troop presence", None, None, "troops:-:-"), ("people killed", None, "SYR", "deaths:-:SYR"),
    (None, None, None, "-:-:-"), ("Islamic State fighters", None, None, "fighters:-:-"),
])
def test_measure_key(obj, owner, loc, key) -> None:
    assert measure_key(obj, owner, loc) == key

"""Long articles are cut into chunks for the parser and merged back: same facts, exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph import pipeline
from newsgraph.chunks import merge_records, split_text


@pytest.mark.parametrize("text, limit, pieces", [
    ("aaaa\n\nbbbb\n\ncccc", 10, ["aaaa\n\n", "bbbb\n\ncccc"]),
    ("aaaa\n\nbbbb\n\ncccc", 12, ["aaaa\n\nbbbb\n\n", "cccc"]),
    ("One two. Three four. Five six.", 12, ["One two. ", "Three four. ", "Five six."]),
    ("abcdefghij" * 3, 10, ["abcdefghij"] * 3),
    ("short", 100, ["short"]),
])
def test_split_text_prefers_paragraphs_then_sentences(text: str, limit: int, pieces: list[str]) -> None:
    assert [text[s:e] for s, e in split_text(text, limit)] == pieces


@given(st.text(min_size=0, max_size=3000), st.integers(min_value=1, max_value=500))
@settings(max_examples=200, deadline=None)
def test_split_text_covers_everything_within_the_limit(text: str, limit: int) -> None:
    spans = split_text(text, limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(0 < e - s <= limit for s, e in spans)


def test_merge_renumbers_ids_and_references() -> None:
    a = {"entities": [{"id": "E1", "name": "Ann Ward", "type": "PERSON", "aliases": [], "roles": ["General"],
                       "country": None, "mentions": [{"start": 0, "end": 8, "text": "Ann Ward"}]}],
         "quotes": [{"id": "Q1", "speaker": "E1", "start": 10, "end": 20}],
         "changes": [{"id": "C1", "start": 1, "end": 2}], "amounts": [{"change": "C1", "start": 1, "end": 2}]}
    b = {"entities": [{"id": "E1", "name": "Iraq", "type": "GPE", "aliases": [], "roles": [], "country": "IRQ",
                       "mentions": [{"start": 0, "end": 4, "text": "Iraq"}]},
                      {"id": "E2", "name": "Ann Ward", "type": "PERSON", "aliases": ["Ward"], "roles": [],
                       "country": "USA", "mentions": [{"start": 6, "end": 10, "text": "Ward"}]}],
         "quotes": [{"id": "Q1", "speaker": "E2", "start": 12, "end": 30, "cue_start": 31, "cue_end": 35}],
         "changes": [{"id": "C1", "start": 3, "end": 9}], "amounts": [{"change": "C1", "start": 3, "end": 5}],
         "events": [{"actors": [{"name": "Ann Ward", "entity": "E2"}], "targets": [], "source_quote": "Q1",
                     "place": None, "start": 0, "end": 9}]}
    m = merge_records([(0, a), (100, b)])
    assert [(e["id"], e["name"], [x["start"] for x in e["mentions"]]) for e in m["entities"]] == [
        ("E1", "Ann Ward", [0, 106]), ("E2", "Iraq", [100])]
    assert m["entities"][0]["country"] == "USA" and m["entities"][0]["aliases"] == ["Ward"]
    assert [(q["id"], q["speaker"], q["start"]) for q in m["quotes"]] == [("Q1", "E1", 10), ("Q2", "E1", 112)]
    assert m["quotes"][1]["cue_start"] == 131
    assert [c["id"] for c in m["changes"]] == ["C1", "C2"]
    assert [a["change"] for a in m["amounts"]] == ["C1", "C2"]
    assert m["events"][0]["actors"][0]["entity"] == "E1" and m["events"][0]["source_quote"] == "Q2"


def test_chunked_extraction_equals_whole() -> None:
    para = ("General Ann Ward, the head of the army, said on Monday that 3,000 troops would leave Iraq by June. "
            "Ward spoke to reporters in Baghdad.")
    text = "\n\n".join(para for _ in range(12))
    [chunked] = list(pipeline._run([(0, pipeline.to_item(text))], model=None, n_process=1, batch_size=4,
                                   chunk_chars=700))
    whole = newsgraph.extract(text)
    assert isinstance(chunked, newsgraph.Article)
    assert chunked.model_dump() == whole.model_dump()
    assert len(chunked.entities[0].mentions) == 24

"""Long articles are cut into chunks for the parser and merged back: same facts, exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph import pipeline
from newsgraph.chunks import ChunkMerge, merge_records, split_text
from newsgraph.record import Article


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


def _rec(**facts) -> Article:
    return Article.model_validate({"id": "x", "text": "x", **facts})


def _quote(qid: str, speaker: str, start: int, end: int, **kw) -> dict:
    return {"id": qid, "text": "words", "kind": "direct", "speaker": speaker, "start": start, "end": end, **kw}


def _amount(change: str, start: int, end: int) -> dict:
    return {"change": change, "start": start, "end": end, "value": 3, "text": "3", "kind": "count"}


def test_merge_renumbers_ids_and_references() -> None:
    a = _rec(entities=[{"id": "E1", "name": "Ann Ward", "type": "PERSON", "aliases": [], "roles": ["General"],
                        "country": None, "mentions": [{"start": 0, "end": 8, "text": "Ann Ward"}]}],
             quotes=[_quote("Q1", "E1", 10, 20)],
             changes=[{"id": "C1", "start": 1, "end": 2}], amounts=[_amount("C1", 1, 2)])
    b = _rec(entities=[{"id": "E1", "name": "Iraq", "type": "GPE", "aliases": [], "roles": [], "country": "IRQ",
                        "mentions": [{"start": 0, "end": 4, "text": "Iraq"}]},
                       {"id": "E2", "name": "Ann Ward", "type": "PERSON", "aliases": ["Ward"], "roles": [],
                        "country": "USA", "mentions": [{"start": 6, "end": 10, "text": "Ward"}]}],
             quotes=[_quote("Q1", "E2", 12, 30, cue_start=31, cue_end=35, affiliation="E1")],
             changes=[{"id": "C1", "start": 3, "end": 9}], amounts=[_amount("C1", 3, 5)],
             events=[{"type": "MOVE", "actors": [{"name": "Ann Ward", "entity": "E2"}], "targets": [],
                      "source_quote": "Q1", "place": None, "start": 0, "end": 9, "trigger_start": 2,
                      "trigger_end": 4, "spans": [{"start": 12, "end": 30, "quote": "Q1"}]}])
    m = merge_records([(0, a), (100, b)])
    assert [(e.id, e.name, [x.start for x in e.mentions]) for e in m["entities"]] == [
        ("E1", "Ann Ward", [0, 106]), ("E2", "Iraq", [100])]
    assert m["entities"][0].country == "USA" and m["entities"][0].aliases == ["Ward"]
    assert [(q.id, q.speaker, q.start) for q in m["quotes"]] == [("Q1", "E1", 10), ("Q2", "E1", 112)]
    assert m["quotes"][1].cue_start == 131 and m["quotes"][1].affiliation == "E2"  # Iraq, renumbered
    assert [c.id for c in m["changes"]] == ["C1", "C2"]
    assert [x.change for x in m["amounts"]] == ["C1", "C2"]
    ev = m["events"][0]
    assert ev.actors[0].entity == "E1" and ev.source_quote == "Q2"
    assert (ev.start, ev.trigger_start, ev.spans[0].start, ev.spans[0].quote) == (100, 102, 112, "Q2")
    merged = Article.model_validate({"id": "y", "text": "x" * 200, **m})  # the moved objects make a valid record
    assert Article.model_validate(merged.model_dump()) == merged


def test_merge_streams_chunk_records_without_copying_them() -> None:
    """A 20 MB article holds 500,000 facts: the merge moves the chunk records' objects instead of copying."""
    recs = [_rec(quotes=[_quote("Q1", "E1", 5, 9)],
                 entities=[{"id": "E1", "name": "Ann Ward", "type": "PERSON",
                            "mentions": [{"start": 0, "end": 4, "text": "Ward"}]}]) for _ in range(3)]
    objs = [r.quotes[0] for r in recs]
    merge = ChunkMerge()
    for k, r in enumerate(recs):
        merge.add(1000 * k, r)
    m = merge.result()
    assert all(x is y for x, y in zip(m["quotes"], objs, strict=True))
    assert [q.start for q in m["quotes"]] == [5, 1005, 2005] and {q.speaker for q in m["quotes"]} == {"E1"}
    assert [x.start for x in m["entities"][0].mentions] == [0, 1000, 2000]


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

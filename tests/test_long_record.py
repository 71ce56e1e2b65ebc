"""Issue 15: one very long article's record is merged, repaired and stored in time and memory that grow
linearly with its facts.

A 20 MB article in paragraphs holds over 500,000 facts. The per-record lookups of the person repair
(the speaker a quote's span overlaps, the paragraph of a bare surname, a person's nearest full mention)
and of the measure points (the time expression nearest a figure, a change's figures) scanned the whole
record for every fact: hours of CPU. They are indexed now; these tests check that each index answers
exactly what the scan answered, and store a record with tens of thousands of facts.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.person_index import Near as _Near
from newsgraph.person_index import PersonSpans as _PersonSpans
from newsgraph.persons import _Person, repair_record
from newsgraph.record import Article, Entity, Mention, Time
from newsgraph.time_index import TimeIndex

_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(["PERSON", "ORG"]),
                            st.integers(0, 3)), max_size=25)


def _naive_overlapping(ents: list[Entity], start: int | None, end: int | None) -> str | None:
    """The scan the index replaced (persons._overlapping before issue 15)."""
    if start is None or end is None:
        return None
    best: tuple[int, str] | None = None
    for e in ents:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            ov = min(end, m.end) - max(start, m.start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, e.id)
    return best[1] if best else None


@settings(max_examples=150, deadline=None)
@given(_spans, st.integers(0, 70), st.integers(0, 15))
def test_speaker_span_index_answers_like_the_scan(spans, start: int, length: int) -> None:
    ents = [Entity(id=f"E{k}", name=f"N{k}", type="PERSON" if k % 3 else "ORG") for k in range(4)]
    for s, n, typ, k in spans:
        ents[k].mentions.append(Mention(start=s, end=s + n, text="x" * n))
        if typ == "ORG":
            ents[k].type = "ORG"
    assert _PersonSpans(ents).overlapping(start, start + length) == _naive_overlapping(ents, start, start + length)
    assert _PersonSpans(ents).overlapping(None, 5) is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["2020", "2021", None]),
                          st.sampled_from([None, "EARLY", "LATE", "MID"])), max_size=20),
       st.sampled_from(["2020", "2021", "2022", None]), st.integers(0, 60))
def test_time_modifier_index_answers_like_the_scan(rows, value, at: int) -> None:
    times = [Time(start=s, end=s + 4, text="2020", type="DATE", value=v, mod=mod) for s, v, mod in rows]
    best = min((t for t in times if t.value == value), key=lambda t: abs(t.start - at), default=None)
    assert TimeIndex(times).mod_of(value, at) == (best.mod if best is not None else None)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 30), min_size=1, max_size=8), st.integers(0, 200),
       st.lists(st.lists(st.integers(0, 200), max_size=6), min_size=1, max_size=3))
def test_paragraph_and_nearest_full_mention_index_answer_like_the_scan(lengths, pos, fulls) -> None:
    starts, text_len = [], 0
    for n in lengths:
        starts.append((text_len, text_len + n))
        text_len += n + 2
    rec = Article(id="x", text="y" * max(text_len, 1),
                  paragraphs=[{"start": s, "end": e, "kind": "body"} for s, e in starts])
    near = _Near(rec)
    want = next(((p.start, p.end) for p in rec.paragraphs if p.start <= pos < p.end), (0, len(rec.text)))
    assert near.paragraph_of(pos) == want
    people = []
    for fs in fulls:
        p = _Person()
        p.full_mentions = [Mention(start=s, end=s + 1, text="x") for s in fs]
        people.append(p)
    lo = want[0]
    before = [(fm.start, p) for p in people for fm in p.full_mentions if lo <= fm.start < pos]
    scan = max(before, key=lambda x: x[0])[1] if before else None
    best = None
    for p in people:  # what _pick_bare does with the index once gender gives no answer
        s = [x for x in near.starts(p) if x < pos]
        if s and s[-1] >= lo and (best is None or s[-1] > best[0]):
            best = (s[-1], p)
    assert (best[1] if best else None) is scan


def _long_record(n: int) -> Article:
    """``n`` paragraphs, each naming Ruth Olsen, quoting her, and giving a figure with a date."""
    para = 'Mayor Ruth Olsen said on Tuesday that 1{k:05d} homes were built. "We build," Olsen said.'
    paras, mentions, quotes, amounts, times, pos = [], [], [], [], [], 0
    for k in range(n):
        text = para.format(k=k)
        paras.append({"start": pos, "end": pos + len(text), "kind": "body"})
        mentions += [{"start": pos + 6, "end": pos + 16, "text": "Ruth Olsen"},
                     {"start": pos + text.index("Olsen said"), "end": pos + text.index("Olsen said") + 5,
                      "text": "Olsen"}]
        q = pos + text.index("We build")
        quotes.append({"id": f"Q{k + 1}", "text": "We build", "kind": "direct", "speaker": "E1",
                       "speaker_name": "Ruth Olsen", "start": q, "end": q + 8, "speaker_start": q + 11,
                       "speaker_end": q + 16})
        t = pos + text.index("Tuesday")
        times.append({"start": t, "end": t + 7, "text": "Tuesday", "type": "DATE", "value": "2020-01-07"})
        a = pos + text.index("1", t - pos)
        amounts.append({"start": a, "end": a + 6, "value": 100000 + k, "text": f"1{k:05d}", "kind": "count",
                        "object": "homes", "location": "GBR", "time": "2020-01-07"})
        pos += len(text) + 2
    body = "\n\n".join(para.format(k=k) for k in range(n))
    return Article.model_validate({
        "id": "long0000000000000", "text": body, "published": "2020-01-08", "paragraphs": paras,
        "entities": [{"id": "E1", "name": "Ruth Olsen", "type": "PERSON", "mentions": mentions}],
        "quotes": quotes, "amounts": amounts, "times": times})


def test_a_record_with_tens_of_thousands_of_facts_is_repaired_and_stored_whole(tmp_path) -> None:
    """6,000 paragraphs: 30,000 facts and 42,000 rows, more than one insert slice (each a scan of the whole
    record per fact before: about 10^8 steps; now seconds)."""
    import sqlalchemy as sa

    from newsgraph import kb
    from newsgraph.kb.measures import with_added, with_totals
    from newsgraph.store import open_store
    from newsgraph.store.rows import load_article

    rec = _long_record(6000)
    fixed = repair_record(rec)
    assert [len(e.mentions) for e in fixed.entities] == [12000]
    assert {q.speaker for q in fixed.quotes} == {fixed.entities[0].id}
    s = kb.store_articles([rec], db=str(tmp_path / "kb.db"))
    assert (s.stored, s.failed) == (1, 0)
    store = open_store(str(tmp_path / "kb.db"))
    with store.connect() as c:
        got = {name: c.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one()
               for name in ("paragraphs", "mentions", "quotes", "amounts", "times")}
        speakers = set(c.execute(sa.text("SELECT DISTINCT speaker_entity_id FROM quotes")).scalars())
        ents = set(c.execute(sa.text("SELECT id FROM entities")).scalars())
        back = load_article(c, rec.id)
    store.close()
    assert got == {"paragraphs": 6000, "mentions": 12000, "quotes": 6000, "amounts": 6000, "times": 6000}
    assert len(speakers) == 1 and speakers <= ents
    # stored as repaired: persons regrouped, and each amount's "more of the same" and time stretch read (an
    # older record lacks them)
    assert back is not None and back.quotes == fixed.quotes and back.amounts == with_totals(with_added(rec)).amounts
    assert all(a.added is False and a.running_total is not None for a in back.amounts)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Talks", "in", "Leeds", "went", "on", "the", "mayor's", "well-known", "plan",
                                 "\n\n", "  ", "Ünïcode", "2020"]), max_size=60),
       st.sampled_from([None, "", "Talks in Leeds", "Leeds"]), st.integers(1, 40))
def test_story_body_terms_read_in_pieces_equal_the_whole(words, title, piece) -> None:
    """The body's TF-IDF is counted piece by piece (a 20 MB body as one list of words took 200 MB)."""
    from newsgraph.kb import storyfeatures as sf

    text = " ".join(words).strip() or "x"
    rec = Article(id="x", text=text, title=title)
    whole = sf.tfidf(title or "", sf._lead(rec, 10**9), keep=50)
    size = {"n": piece}

    def small_pieces(rec):  # the same cutting rule with tiny pieces, so that cuts fall everywhere
        body = "".join(sf._body(rec))
        pos = 0
        while pos < len(body):
            m = sf._WS.search(body, pos + size["n"])
            end = m.start() if m else len(body)
            yield body[pos:end]
            pos = max(end, pos + 1)

    assert sf.tfidf(title or "", sf._body(rec), keep=50) == whole
    assert sf.tfidf(title or "", small_pieces(rec), keep=50) == whole
    for n in (1, 3, 10**9):
        assert sf._lead(rec, n) == _old_lead(rec, n)


def _old_lead(rec: Article, n_words: int) -> str:
    """storyfeatures._lead before issue 15 (it split the whole body into words for any ``n_words``)."""
    import re

    body = rec.body_text() or rec.text
    title = (rec.title or "").strip()
    words = re.split(r"\s+", body.strip())
    if title and words and " ".join(words[: len(title.split())]) == " ".join(title.split()):
        words = words[len(title.split()):]
    return " ".join(words[:n_words])

"""benchmarks/eval_stories.py's second view (extra reports mixed in, less the near-duplicates of story reports) and
benchmarks/eval_stories_fresh.py (the fresh hand-grouped set: its selection rule and its scoring)."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT
from kb_records import record

sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_stories as E  # noqa: E402

STORY = ("The river rose four metres overnight and the mayor ordered the lower town cleared before dawn, "
         "while volunteers filled sandbags along the old quay and the bridge stayed shut to traffic.")


def test_extra_reports_drop_near_duplicates_of_story_reports(tmp_path) -> None:
    story = record(STORY, "2021-11-08")
    copy = record(STORY.replace("four metres", "four meters") + " Updated.", "2021-11-08")  # a retold copy
    same = record(STORY, "2021-11-08")  # the very text: the same stored article
    other = record("Parliament passed the budget on Tuesday after a long night of votes on farm subsidies.",
                   "2021-11-09")
    rows = [{"id": f"x{i}", "text": r.text} for i, r in enumerate((copy, same, other))]
    (tmp_path / "extra.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "allsides1000.ids.tsv").write_text(f"x0\t{copy.id}\nx1\t{same.id}\nx2\t{other.id}\n",
                                                   encoding="utf-8")
    (tmp_path / "allsides1000.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in (copy, same, other)),
                                                 encoding="utf-8")
    keep, info = E.load_extra(tmp_path / "extra.jsonl", 10, tmp_path, [story], 0.5)
    assert list(keep) == ["x2"]
    assert {d["id"] for d in info["near_duplicates_dropped"]} == {"x0", "x1"}
    assert info["lines"] == 3 and info["kept"] == 1


def test_differing_reports_counts_reports_in_stories_the_other_order_lacks() -> None:
    a = {"r1": 1, "r2": 1, "r3": 2, "r4": 3}
    assert E.differing_reports(a, {"r1": 9, "r2": 9, "r3": 8, "r4": 7}) == 0  # ids differ, partition same
    assert E.differing_reports(a, {"r1": 9, "r2": 8, "r3": 8, "r4": 7}) == 3  # {r1, r2} and {r3} differ


def test_tune_errors_lists_the_tune_halfs_splits_and_wrong_joins_only() -> None:
    a = record(STORY, "2021-11-08", title="River floods the lower town", source="Daily Ledger")
    b = record(STORY.replace("mayor", "governor") + " More later.", "2021-11-09", title="Lower town cleared")
    c = record("Parliament passed the budget on Tuesday after a long night of votes.", "2021-11-08", title="Budget")
    d = record("A museum reopened its halls after two years of work.", "2021-11-08", title="Museum")
    e = record("The museum's new gallery of maps drew long queues.", "2021-11-08", title="Maps")
    gold = {a.id: "s1", b.id: "s1", d.id: "s2", e.id: "s2"}
    clusters = {a.id: 1, b.id: 2, c.id: 1, d.id: 3, e.id: 4}  # s1 split and joined with c; s2 (check) split
    got = E.tune_errors([a, b, c, d, e], clusters, gold, {"s1"}, {b.id: "Harbor Post"})
    assert len(got["splits"]) == 1  # s2's split is on the check half: never listed
    split = got["splits"][0]
    assert {split["a"], split["b"]} == {"[Daily Ledger] River floods the lower town", "[Harbor Post] Lower town cleared"}
    assert split["days_apart"] == 1 and split["score"] > 0.3 and set(split["parts"]) >= {"lead", "body", "entities"}
    assert [(j["report"], j["gold"], j["via"]) for j in got["wrong_joins"]] == [
        ("[?] Budget", "distractor", "[Daily Ledger] River floods the lower town")]


def test_fresh_set_levels_score_both_groupings() -> None:
    import eval_stories_fresh as F

    gold = {"a": {"story": "s1", "episode": "e1"}, "b": {"story": "s1", "episode": "e1"},
            "c": {"story": "s2", "episode": "e1"}}
    got = F._levels({"a": 1, "b": 1, "c": 2}, gold)
    assert got["story"]["f1"] == 1.0  # the clusters are the stories
    assert got["episode"]["precision"] == 1.0 and got["episode"]["recall"] < 1.0  # the episode is split


@pytest.mark.parametrize("name", ["r6", "r7", "r19"])
def test_fresh_set_rule_selects_exactly_the_gold_reports(name: str) -> None:
    import eval_stories_fresh as F
    from conftest import need_shared

    rows = F.select(need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz"), name)
    gold = [json.loads(line) for line in F.SETS[name][2].read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(g["id"] for g in gold)
    assert all(g["story"] and g["episode"] for g in gold)


def test_fresh_sets_share_no_report_and_no_window() -> None:
    import datetime as dt

    import eval_stories_fresh as F
    from conftest import need_shared

    path = need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    r6, r7 = F.select(path, "r6"), F.select(path, "r7")
    assert not {r["id"] for r in r6} & {r["id"] for r in r7}
    days6 = [dt.date.fromisoformat(r["date"]) for r in r6]
    # every r7 report lies more than a story window (3 days) minus the radius from every r6 report
    assert all(abs((dt.date.fromisoformat(r["date"]) - d).days) > F.AVOID_DAYS - F.RADIUS for r in r7 for d in days6)


def test_busy_week_set_keeps_off_the_earlier_sets_and_the_unseen_pool() -> None:
    import datetime as dt
    import gzip

    import eval_stories_fresh as F
    from conftest import need_shared

    path = need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    r19 = F.select(path, "r19")
    earlier = [dt.date.fromisoformat(r["date"]) for n in ("r6", "r7") for r in F.select(path, n)]
    assert all(abs((dt.date.fromisoformat(r["date"]) - d).days) > F.AVOID_DAYS for r in r19 for d in earlier)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        line_of = {json.loads(line)["id"]: k for k, line in enumerate(fh, 1) if line.strip()}
    lines = [line_of[r["id"]] for r in r19]
    assert all(F.FIRST_LINE < k <= 5000 and not F.R19_SKIP[0] <= k <= F.R19_SKIP[1] for k in lines)
    weeks = {dt.date.fromisoformat(r["date"]).isocalendar()[:2] for r in r19}
    assert len(r19) >= F.R19_MIN and len(weeks) == 5  # whole weeks, taken until the set holds R19_MIN reports


def test_fresh_set_scoring_runs_the_real_store_path(tmp_path, monkeypatch) -> None:
    import argparse
    import gzip

    import eval_stories_fresh as F
    from storycorpus import story_reports

    recs, gold = story_reports()  # generated reports that the kb clusters exactly as told (test_stories.py)
    monkeypatch.setattr(F, "MIN_PER_DAY", 1)
    monkeypatch.setattr(F, "N_DAYS", 1000)
    filler = [{"id": f"f{i}", "date": "1999-01-01", "text": "x"} for i in range(F.FIRST_LINE)]  # lines the rule skips
    rows = [{"id": f"r{i}", "date": r.published, "title": r.title, "source": r.source, "text": r.text}
            for i, r in enumerate(recs)]
    with gzip.open(tmp_path / "data.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in filler + rows)
    (tmp_path / "allsides_fresh.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in recs), encoding="utf-8")
    (tmp_path / "allsides_fresh.ids.tsv").write_text("".join(f"r{i}\t{r.id}\n" for i, r in enumerate(recs)),
                                                     encoding="utf-8")
    labels = [{"id": f"r{i}", "story": str(gold.get(r.id, f"single{i}")), "episode": "one"} for i, r in enumerate(recs)]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in labels), encoding="utf-8")
    args = argparse.Namespace(data=str(tmp_path / "data.jsonl.gz"), gold=str(tmp_path / "gold.jsonl"),
                              records=tmp_path, params=None, tfidf_threshold=0.25)
    out = F.run(args)
    got = out["metrics"]["shipped"]
    assert out["n_docs"] == len(recs) and got["story"]["f1"] == 1.0 and got["same_partition_shuffled"]
    assert got["episode"]["precision"] == 1.0 and got["episode"]["recall"] < 1.0  # one episode, many stories
    assert out["peer"]["date_single_link_3d"]["episode"]["recall"] == 1.0
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in labels[1:]), encoding="utf-8")
    with pytest.raises(SystemExit, match="disagree"):
        F.run(args)


def test_tune_on_two_sets_keeps_precision_and_reports_both(tmp_path) -> None:
    """``tune(..., also=...)``: a setting is judged on the BASIL-like set and the second set together, never
    below ``min_precision`` on either (precision first), and the second set's F1 is reported beside."""
    from storycorpus import story_reports

    from newsgraph import kb
    from newsgraph.kb import storyfeatures as sf

    recs, gold_idx = story_reports()
    db = str(tmp_path / "t.db")
    kb.store_articles(recs, db=db, batch_size=64)
    gold = {aid: f"s{k}" for aid, k in gold_idx.items()}
    half = set(gold.values())
    feats = [sf.features_of(r) for r in recs]
    # the second set calls two stories one: no bar reaches its recall, and its F1 enters the judgement
    coarse = {aid: ("s0" if s == "s1" else s) for aid, s in gold.items()}
    alone = E.tune(db, gold, half, False)
    both = E.tune(db, gold, half, False, also=[("coarse", feats, coarse)], min_precision=0.9)
    assert alone["tune"]["f1"] == 1.0 and "tune_coarse" not in alone
    assert both["tune"]["precision"] >= 0.9 and both["tune_coarse"]["precision"] >= 0.9
    assert both["tune_coarse"]["recall"] < 1.0 and both["tune_f1_smoothed"] < alone["tune_f1_smoothed"]
    # a second set grouped by day (stories interleave their days): no setting keeps its precision at 0.99
    by_day = {r.id: f"d{r.published}" for r in recs}
    assert E.tune(db, gold, half, False, also=[("by_day", feats, by_day)], min_precision=0.99) == {}
    assert E.tune(db, gold, half, False, also=[("by_day", feats, by_day)])["tune_by_day"]["precision"] < 0.99

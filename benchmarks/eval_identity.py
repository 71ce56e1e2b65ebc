"""Identity across reports (issue 16): is one real person one knowledge-base entity, and are two people two?

    python benchmarks/eval_identity.py --records /work/cache/records --json          # replay stored records
    python benchmarks/eval_identity.py --data ../shared/data --json                 # extract, then the same

Base: BASIL dev (``stories/basil_dev.jsonl``) + its distractors + the first 1,000
``news/allsides_world_conflict_dev.jsonl.gz`` articles, ingesting only id, title, date, url, source and
text. With ``--records`` the records extracted once (``NAME.jsonl`` plus ``NAME.ids.tsv``: input id →
record id) are stored with ``store_articles`` (no NLP) and then re-derived with ``rebuild``.

Gold: the persons among each BASIL article's ``main_entities`` (two or more capitalized words, no
group words, no pairs "X and Y"). An (article, person) is *found* when one of the article's entities
has the name or an alias equal to it (case, accents, dots and middle initials ignored), else one with
the same surname and a compatible given name. **Consistency**: share of found pairs whose
knowledge-base id is that person's most common id. **Purity**: gold persons sharing a most-common id,
plus entities whose name + aliases hold two members of one family (different given names, one of the
listed family surnames). Stories are split by story id: the first half (sorted) is for tuning, the
second half is reported. Peer, in the same run: grouping by each report's own canonical name (the
records as extracted). Also listed: PERSON rows per well-known person over the whole base.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from newsgraph.names import fold, parse_person, same_person, use_parser
from newsgraph.record import Article

FAMILIES = ("trump", "clinton", "bush", "obama", "biden", "kim", "assad", "cruz", "mccain", "romney", "paul",
            "pompeo")
WELL_KNOWN = ("Donald Trump", "Barack Obama", "Hillary Clinton", "Joe Biden", "Mike Pompeo", "Vladimir Putin",
              "Bashar al-Assad", "Kim Jong Un", "Xi Jinping", "Hassan Rouhani", "Benjamin Netanyahu",
              "Recep Tayyip Erdogan", "Paul Ryan", "Nancy Pelosi", "Mike Pence", "Theresa May", "Angela Merkel",
              "Emmanuel Macron", "Mitch McConnell", "Bernie Sanders", "Robert Mueller", "John McCain")
GROUP_WORDS = frozenset("""lawmakers democrats republicans service department act party congress senate house
committee agency court administration campaign officials leaders council union commission bureau office ministry
army forces government university association foundation institute company corporation news times post network
group movement democratic republican u.s. us american federal national internal religious tea state justice
supreme white""".split())
NAMES = (("basil_dev", "stories/basil_dev.jsonl"), ("basil_dev_distractors", "stories/basil_dev_distractors.jsonl"),
         ("allsides1000", "news/allsides_world_conflict_dev.jsonl.gz"))
FIELDS = ("id", "title", "date", "url", "source", "text")


def gold_persons(main_entities: list[str]) -> list[str]:
    out = []
    for e in main_entities:
        words = e.split()
        if len(words) < 2 or not all(w[0].isupper() for w in words) or " and " in f" {e} " or "&" in e:
            continue
        if any(w.lower().strip(".,") in GROUP_WORDS for w in words):
            continue
        out.append(e)
    return out


def _key(name: str) -> str:
    """Case, accents, dots and middle initials ignored: "Donald J. Trump" → "donald trump"."""
    toks = fold(name).replace(",", " ").split()
    return " ".join(t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and len(t) == 1))


def _compatible(gold: str, name: str) -> bool:
    g, n = parse_person(gold), parse_person(name)
    if g is None or n is None or g.bare or n.bare:
        return False
    return same_person(g, n) or (g.surname_core == n.surname_core and (
        n.given.startswith(g.given) or g.given.startswith(n.given)))


def find(gold: str, ents: list[dict[str, Any]]) -> Any:
    """The id of the article entity that is this gold person, or None."""
    k = _key(gold)
    for e in ents:
        if any(_key(x) == k for x in (e["name"], *e["aliases"])):
            return e["id"]
    hits = [e for e in ents if any(_compatible(gold, x) for x in (e["name"], *e["aliases"]))]
    return max(hits, key=lambda e: e["mentions"])["id"] if hits else None


def family_violations(name: str, aliases: list[str]) -> bool:
    """Two members of one family in one entity: two full names, one family surname, incompatible given names."""
    people = [p for p in (parse_person(x) for x in (name, *aliases)) if p is not None and not p.bare]
    for fam in FAMILIES:
        members = [p for p in people if p.surname_core == fam]
        if any(not same_person(a, b) and a.given != b.given for a in members for b in members):
            return True
    return False


def score(pairs: list[tuple[str, str, Any]], entities_of_articles: dict[Any, tuple[str, list[str]]]) -> dict[str, Any]:
    """pairs: (article, gold person, id or None)."""
    by_person: dict[str, list[Any]] = defaultdict(list)
    n_gold = len(pairs)
    for _a, person, gid in pairs:
        if gid is not None:
            by_person[person].append(gid)
    found = sum(len(v) for v in by_person.values())
    top = {p: Counter(v).most_common(1)[0][0] for p, v in by_person.items()}
    agree = sum(sum(1 for g in v if g == top[p]) for p, v in by_person.items())
    shared = Counter(top.values())
    sharing = sorted([p for p in top if shared[top[p]] > 1])
    fam = sorted(str(gid) for gid, (nm, al) in entities_of_articles.items() if family_violations(nm, al))
    return {"gold_pairs": n_gold, "found": found, "persons": len(by_person),
            "consistency": round(agree / found, 4) if found else None,
            "purity_shared_top_id": len(sharing), "purity_family_entities": len(fam),
            "purity": len(sharing) + len(fam), "sharing": sharing[:20], "family_entities": fam[:20]}


def _disagreements(pairs: list[tuple[str, str, Any]], ent_rows: dict[Any, Any]) -> list[Any]:
    by_person: dict[str, list[Any]] = defaultdict(list)
    for a, person, gid in pairs:
        by_person[person].append((a, gid))
    out = []
    for person, got in by_person.items():
        ids = Counter(g for _a, g in got if g is not None)
        if len(ids) > 1 or None in {g for _a, g in got}:
            out.append({"person": person, "ids": {str(k): [v, ent_rows.get(k, ("?",))[0]] for k, v in ids.items()},
                        "missed_in": [a for a, g in got if g is None]})
    return out


def read_rows(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def load_records(records: Path) -> tuple[list[Article], dict[str, str]]:
    recs, ids = [], {}
    for name, _ in NAMES:
        for line in open(records / f"{name}.jsonl", encoding="utf-8"):
            recs.append(Article.model_validate_json(line))
        for line in open(records / f"{name}.ids.tsv", encoding="utf-8"):
            src, rid = line.rstrip("\n").split("\t", 1)
            if not rid.startswith("ERROR"):
                ids[src] = rid
    return recs, ids


def extract_records(data: Path, n_process: int) -> tuple[list[Article], dict[str, str]]:
    from newsgraph import extract_many

    recs, ids = [], {}
    for name, rel in NAMES:
        rows = read_rows(data / rel, 1000 if name == "allsides1000" else None)
        items = [{k: r.get(k) for k in FIELDS} | {"published": r.get("date")} for r in rows]
        for r, out in zip(rows, extract_many(items, n_process=n_process), strict=True):
            if isinstance(out, Article):
                recs.append(out)
                ids[r["id"]] = out.id
    return recs, ids


def article_entities(conn: sa.Connection) -> dict[str, list[dict[str, Any]]]:
    from newsgraph.store import schema as t

    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    ae = t.article_entities
    for r in conn.execute(sa.select(ae.c.article_id, ae.c.entity_id, ae.c.name, ae.c.aliases, ae.c.type,
                                    ae.c.mention_count)):
        if r.type == "PERSON":
            out[r.article_id].append({"id": r.entity_id, "name": r.name, "aliases": r.aliases,
                                      "mentions": r.mention_count})
    return out


def rows_per_person(conn: sa.Connection) -> dict[str, dict[str, int]]:
    from newsgraph.store import schema as t

    rows = conn.execute(sa.select(t.entities.c.name, t.entities.c.type, t.entities.c.mention_count)).all()
    out = {}
    for who in WELL_KNOWN:
        target = parse_person(who)
        full = [r for r in rows if r.type == "PERSON" and (p := parse_person(r.name)) is not None and not p.bare
                and target is not None and same_person(p, target)]
        bare = [r for r in rows if target is not None and fold(r.name) in (target.surname, target.surname_core)]
        out[who] = {"person_rows": len(full), "bare_rows": sum(1 for r in bare if r.type == "PERSON"),
                    "other_type_rows": sum(1 for r in bare if r.type != "PERSON"),
                    "mentions_in_top_row": max((r.mention_count for r in full), default=0)}
    return out


def audit(conn: sa.Connection, recs: list[Article]) -> dict[str, Any]:
    """Rules 4 and 5 over the whole base: names under two types, junk full-name rows (identity_audit)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # identity_audit lives next to this file
    from identity_audit import junk_rows, two_type_names, word_case_counts

    from newsgraph.lexicon import load_lexicon, read_tsv
    from newsgraph.store import schema as t

    lex = load_lexicon()
    rows = conn.execute(sa.select(t.entities.c.name, t.entities.c.type, t.entities.c.mention_count)).all()
    firsts = {fold(n) for r in read_tsv("first_names.tsv") for n in r[1].split()}
    firsts |= {fold(n) for r in read_tsv("nicknames.tsv") for n in " ".join(r).split()}
    lower, upper = word_case_counts(r.text for r in recs)
    return {"two_types": two_type_names(rows, lambda n: bool(lex.country_of(n) or lex.demonym_of(n))),
            "junk_full_names": junk_rows(rows, lower, upper, firsts)}


def index_memory(conn: sa.Connection) -> dict[str, Any]:
    """Bytes of the in-memory EntityIndex per entity (tracemalloc), and that times a million."""
    import tracemalloc

    from newsgraph.kb.entities import EntityIndex

    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    idx = EntityIndex.load(conn)
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    n = max(len(idx.states), 1)
    return {"entities": len(idx.states), "bytes_per_entity": round(used / n),
            "gib_per_million_entities": round(used / n * 1e6 / 2**30, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--records", type=Path, help="folder of pre-extracted NAME.jsonl + NAME.ids.tsv")
    src.add_argument("--data", type=Path, help="the shared data folder (extracts; slow)")
    ap.add_argument("--gold", type=Path, default=None, help="basil_dev.jsonl (default: under --data or ../shared/data)")
    ap.add_argument("--db", help="keep the base at this URL/path (default: a temporary SQLite file)")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print the tune half's disagreements on stderr")
    ap.add_argument("--parser", choices=("rules", "nameparser"), default="rules",
                    help="name parser behind the identity rules (the scoring always uses our rules)")
    a = ap.parse_args()
    from newsgraph.kb.ingest import store_articles
    from newsgraph.store import open_store

    try:
        from newsgraph.kb.rebuild import rebuild
    except ImportError:  # a version before issue 16 (to measure "before"): the ingest alone
        rebuild = None

    gold_path = a.gold or ((a.data or Path(__file__).resolve().parents[2] / "shared" / "data") / NAMES[0][1])
    basil = read_rows(gold_path)
    recs, ids = load_records(a.records) if a.records else extract_records(a.data, a.n_process)
    db = a.db or f"sqlite:///{tempfile.mkdtemp(prefix='eval_identity_')}/kb.db"
    store = open_store(db)
    use_parser(a.parser)
    t0 = time.perf_counter()
    store_articles(recs, db=store)
    ingest_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if rebuild is not None:
        rebuild(store)
    rebuild_s = max(time.perf_counter() - t0, 1e-9)
    use_parser("rules")  # the gold is matched and scored the same way whatever parser built the base
    own = {r.id: [{"id": fold(e.name), "name": e.name, "aliases": e.aliases, "mentions": len(e.mentions)}
                  for e in r.entities if e.type == "PERSON"] for r in recs}
    stories = sorted({r["story"] for r in basil})
    half = {s: ("tune" if i < len(stories) // 2 else "check") for i, s in enumerate(stories)}
    with store.connect() as conn:
        kb_ents = article_entities(conn)
        from newsgraph.store import schema as t

        ent_rows = {r.id: (r.name, r.aliases) for r in conn.execute(
            sa.select(t.entities.c.id, t.entities.c.name, t.entities.c.aliases).where(t.entities.c.type == "PERSON"))}
        per_person = rows_per_person(conn)
        memory = index_memory(conn)
        audited = audit(conn, recs)
        whole_base_family = sorted(nm for nm, al in ent_rows.values() if family_violations(nm, al))
    metrics: dict[str, Any] = {}
    peer: dict[str, Any] = {}
    misses: dict[str, list[Any]] = {}
    for part in ("tune", "check"):
        arts = [r for r in basil if half[r["story"]] == part and r["id"] in ids]
        pairs = [(r["id"], g, find(g, kb_ents.get(ids[r["id"]], []))) for r in arts for g in gold_persons(r["main_entities"])]
        linked = {e["id"] for r in arts for e in kb_ents.get(ids[r["id"]], [])}
        metrics[part] = score(pairs, {i: ent_rows[i] for i in linked if i in ent_rows}) | {"articles": len(arts)}
        misses[part] = _disagreements(pairs, ent_rows)
        ppairs = [(r["id"], g, find(g, own.get(ids[r["id"]], []))) for r in arts for g in gold_persons(r["main_entities"])]
        pents = {e["id"]: (e["name"], e["aliases"]) for r in arts for e in own.get(ids[r["id"]], [])}
        peer[part] = score(ppairs, pents) | {"articles": len(arts)}
    out = {"dataset": "basil_dev + basil_dev_distractors + allsides_world_conflict_dev[:1000]", "parser": a.parser,
           "n_docs": len(recs), "split": "stories sorted by id: first half tune, second half check (reported)",
           "metrics": metrics, "peer": {"name": "each report's own canonical name", **peer},
           "docs_per_s": {"store_articles": round(len(recs) / ingest_s, 1), "rebuild": round(len(recs) / rebuild_s, 1)},
           "rows_per_well_known_person": per_person, "index_memory": memory,
           "family_entities_whole_base": {"count": len(whole_base_family), "names": whole_base_family[:30]},
           "audit_whole_base": audited}
    if a.errors:  # read errors on the tune half only
        json.dump(misses["tune"], sys.stderr, indent=1)
    if a.json:
        json.dump(out, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        for part in ("tune", "check"):
            m, p = metrics[part], peer[part]
            print(f"{part}: consistency {m['consistency']} (peer {p['consistency']}), purity {m['purity']} "
                  f"(peer {p['purity']}), found {m['found']}/{m['gold_pairs']}")
        for who, v in per_person.items():
            print(f"  {who}: {v}")


if __name__ == "__main__":
    main()

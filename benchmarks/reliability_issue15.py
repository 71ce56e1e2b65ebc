"""Issue 15 figures, run by ``benchmarks/reliability.py --soak --memory SIZES --hostile``.

- soak: benchmarks/soak.py on SQLite and, when NEWSGRAPH_TEST_PG_URL names a server (run through
  scripts/with_postgres.sh), on PostgreSQL: requests, server errors, CLI reads, integrity, counts.
- memory: peak RSS of ``newsgraph ingest --n-process 1`` (a child process each) for a text of N MB on one
  line, in paragraphs, or as one JSONL line (``--layouts one-line,paragraphs,jsonl-line``).
- hostile: every hostile input of the issue, each checked by its regression test (run here through
  pytest), with the result it gives today.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

# (hostile input, today's result, regression test)
HOSTILE: list[tuple[str, str, str]] = [
    ("serve + ingest + `stats` every second + 8 readers (SQLite, PostgreSQL)",
     "0 server errors, integrity ok, counts equal a clean run", "tests/test_soak.py::test_soak_serve_ingest_cli_and_8_readers"),
    ("a second descriptor opened and closed on the SQLite file",
     "never: the schema lock is a separate file", "tests/test_soak.py::test_open_store_never_opens_the_database_file_itself"),
    ("3 MB article on one line", "peak RSS under 2 GB at --n-process 1",
     "tests/test_memory.py::test_one_line_input_stays_under_the_bound"),
    ("50 MB JSONL line", "one error (over the 20 MiB per-item cap), never read whole; the lines after it read",
     "tests/test_hostile.py::test_a_50_mb_jsonl_line_is_one_error_and_the_next_line_is_read"),
    ("long article: 64 chunks in one spaCy batch", "at most 100,000 characters per batch (one chunk at a time)",
     "tests/test_hostile.py::test_character_budget_keeps_results_and_order"),
    ("`newsgraph ingest - < /dev/zero`", "read incrementally, one error at the 20 MiB cap",
     "tests/test_hostile.py::test_stdin_is_read_incrementally_and_capped"),
    ("2 MB gzip of blank lines", "one error (inflates more than 200 times) after about 1 MB",
     "tests/test_hostile.py::test_gzip_of_blank_lines_stops_as_a_bomb"),
    ("JSONL text with a lone surrogate; a NUL (SQLite and PostgreSQL)",
     "cleaned per item (U+FFFD, space), the same on both; good lines stored",
     "tests/test_hostile.py::test_lone_surrogate_and_nul_are_cleaned_the_same_on_both_backends"),
    ("a ready record holding a NUL", "refused alone, the batch goes on",
     "tests/test_hostile.py::test_a_ready_record_with_a_nul_is_refused_alone"),
    ("WARC record with Content-Length 10^12", "that record one error; the records after it read",
     "tests/test_hostile.py::test_warc_content_length_lie_loses_only_that_record"),
    ("symlink loop, dangling link, link out of the tree (/etc/passwd), FIFO in a folder",
     "one error each, the rest of the folder read", "tests/test_hostile.py::test_folder_loops_fifos_and_links_out_are_one_error_each"),
    ("`--follow-symlinks`", "links out of the tree followed, folder links once",
     "tests/test_hostile.py::test_follow_symlinks_reads_links_out_of_the_tree"),
    ("FIFO without a writer given by name; /dev/null", "refused at once, no hang",
     "tests/test_hostile.py::test_a_fifo_given_by_name_is_refused_without_hanging"),
    ("any item failed", "exit status 2 (0 when none failed)",
     "tests/test_hostile.py::test_cli_exit_status_is_2_when_any_item_failed"),
    ("article URL `javascript:alert(document.domain)`", "shown as text, never a link",
     "tests/test_web_hardening.py::test_javascript_url_is_not_a_link"),
    ("no CSP / nosniff", "CSP without inline script, nosniff, frame-ancestors 'none' on every answer",
     "tests/test_web_hardening.py::test_security_headers_everywhere"),
    ("`--open` + `Host: attacker.example` + foreign Origin", "403, nothing stored",
     "tests/test_web_hardening.py::test_dns_rebinding_write_refused_even_with_open"),
    ("bad body without a token", "401 before the body is parsed",
     "tests/test_web_hardening.py::test_token_checked_before_the_body"),
    ("streamed (chunked) body over the limit", "413",
     "tests/test_web_hardening.py::test_streamed_body_over_the_limit_is_413"),
    ("`/api/entities/99999999999999999999999`", "404", "tests/test_web_hardening.py::test_huge_ids_are_404"),
    ("`/api/measures?prefix=_`", "matches nothing (LIKE wildcards escaped)",
     "tests/test_web_hardening.py::test_like_wildcards_are_escaped"),
    ("`/api/extract` past its timeout", "503 and the extraction stops at its next step",
     "tests/test_web_hardening.py::test_timed_out_extraction_is_cancelled"),
    ("kill -9 of an ingest", "run marked interrupted at the next start",
     "tests/test_operations.py::test_a_killed_run_is_marked_interrupted_at_the_next_start"),
    ("SIGTERM of an ingest", "run marked interrupted, exit 130, no traceback",
     "tests/test_operations.py::test_sigterm_marks_the_run_interrupted"),
    ("SIGTERM of a multi-process ingest (the default `--n-process`)",
     "run marked interrupted, exit 130, no traceback, no worker left; never hangs",
     "tests/test_operations.py::test_sigterm_marks_a_multiprocess_run_interrupted"),
    ("an extraction worker killed mid-run (OOM killer, native crash)", "its items are `WorkerDied` errors, "
     "the worker is replaced, the run goes on", "tests/test_parallel.py::test_a_dead_worker_makes_its_items_errors_and_is_replaced"),
    ("an unreadable file and an unreadable sub-folder in a folder", "one error each, the rest stored (SQLite, "
     "PostgreSQL)", "tests/test_hostile.py::test_an_unreadable_entry_is_one_error_and_the_rest_is_stored"),
    ("the same through the CLI", "exit status 2, each named on stderr, no traceback",
     "tests/test_hostile.py::test_cli_exit_status_is_2_when_a_folder_entry_is_unreadable"),
    ("full disk", "one error line, exit 1, base verifies ok",
     "tests/test_operations.py::test_disk_full_is_one_line_and_the_base_stays_usable"),
    ("integrity check, backup, retraction", "`newsgraph verify`, `backup PATH`, `delete ID` (audited)",
     "tests/test_operations.py::test_cli_verify_backup_delete"),
]


def soak_figures(rounds: int = 10, articles: int = 32) -> list[dict[str, Any]]:
    from soak import soak

    from newsgraph.store.engine import resolve_url

    out = []
    urls = [None]
    if os.environ.get("NEWSGRAPH_TEST_PG_URL"):
        urls.append(os.environ["NEWSGRAPH_TEST_PG_URL"])
    for url in urls:
        work = Path(tempfile.mkdtemp(prefix="ng-soak-"))
        if url is not None:
            from kb_db import reset_pg

            reset_pg(url)
        target = url or resolve_url(str(work / "soak.db"))
        out.append(soak(target, work, n_articles=articles, rounds=rounds, clean_url=resolve_url(str(work / "clean.db"))))
    return out


def _input(work: Path, mb: float, layout: str) -> Path:
    """``mb`` MB of English: one sentence repeated on one line, ``tests/badcorpus.py`` paragraphs, or the
    one-line text as the ``text`` of a single JSONL line."""
    import json

    from badcorpus import english_paragraphs

    size = int(mb * 1_000_000)
    if layout == "paragraphs":
        text = english_paragraphs(size, "mem")
    else:
        text = ("The committee met again on Monday and the talks went on. " * (size // 57 + 1))[:size]
    path = work / (f"in_{layout}.jsonl" if layout == "jsonl-line" else f"in_{layout}.txt")
    path.write_text(json.dumps({"text": text}) + "\n" if layout == "jsonl-line" else text, encoding="utf-8")
    return path


def _status(pid: int) -> dict[str, int]:
    """VmHWM and VmRSS (MB) and CPU seconds of a live process, from /proc."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM", "VmRSS")):
                out[line.split(":")[0]] = int(line.split()[1]) // 1024
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        out["cpu_s"] = (int(fields[11]) + int(fields[12])) // os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass
    return out


def peak_rss(mb: float, layout: str, timeout_s: float | None = None) -> dict[str, Any]:
    """Peak RSS (MB), seconds and CPU seconds of one ``newsgraph ingest --n-process 1`` of ``mb`` MB.

    The child is reaped with ``wait4``, whose ``ru_maxrss`` is that child's own peak. Past ``timeout_s`` it
    is killed and the figure is marked partial: the peak so far (VmHWM, read every second) and the CPU
    seconds it had used, so a run too long for the machine still says how far it got and how high it went.
    """
    work = Path(tempfile.mkdtemp(prefix="ng-mem-"))
    path = _input(work, mb, layout)
    out, err = open(work / "out.txt", "w+"), open(work / "err.txt", "w+")
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "ingest", str(path), "--db", str(work / "kb.db"),
                          "-q", "--n-process", "1"], stdout=out, stderr=err, cwd=ROOT)
    seen: dict[str, int] = {}
    partial = False
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        seen = _status(p.pid) or seen
        if os.environ.get("NEWSGRAPH_MEMORY_LOG") and int(time.perf_counter() - t0) % 60 == 0:
            print(f"{mb} MB {layout}: {round(time.perf_counter() - t0)} s {seen}", file=sys.stderr, flush=True)
        if timeout_s is not None and time.perf_counter() - t0 > timeout_s:
            partial = True
            p.kill()
            pid, status, usage = os.wait4(p.pid, 0)
            break
        time.sleep(1.0)
    p.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    out.seek(0)
    stdout = out.read()
    return {"mb": mb, "layout": layout, "rc": p.returncode, "peak_rss_mb": usage.ru_maxrss // 1024,
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1), "seconds": round(seconds, 1),
            "stored": "stored 1" in stdout, "partial": partial, "last_seen": seen}


_POST_NLP = """
import json, pathlib, sys
from newsgraph import kb, pipeline
from newsgraph.chunks import split_text
from newsgraph.record import Item
sys.path.insert(0, sys.argv[3])
from reliability_issue15 import _input, _vm
path = _input(pathlib.Path(sys.argv[2]), float(sys.argv[1]), sys.argv[4])
text = path.read_text(encoding="utf-8")
spans = split_text(text, pipeline.DEFAULT_CHUNK_CHARS)
one = pipeline.extract(text[spans[0][0]:spans[0][1]], min_confidence=0)  # one real chunk record stands for all
open("/proc/self/clear_refs", "w").write("5")  # the peak from here on: merging and storing only
start = _vm()["VmRSS"]
long = pipeline._Long(len(spans))  # as the pipeline does: each chunk record merged as it comes
for s, _e in spans:
    long.add(s, one.model_copy(deep=True))
rec = long.result(Item(text=text), 0)
del long, one
facts = sum(len(getattr(rec, f)) for f in pipeline._FACT_FIELDS)
merged = _vm()["VmRSS"]
kb.store_articles([rec], db=sys.argv[2] + "/kb.db")
print(json.dumps({"chunks": len(spans), "facts": facts, "start_mb": start, "merged_mb": merged,
                  "peak_mb": _vm()["VmHWM"]}))
"""


def _vm() -> dict[str, int]:
    return {k: v for k, v in _status(os.getpid()).items() if k.startswith("Vm")}


def post_nlp_rss(mb: float, layout: str = "one-line") -> dict[str, Any]:
    """Peak RSS of merging and storing the record of an ``mb`` MB text, without its hours of spaCy: one
    chunk is extracted for real and its record stands for every chunk (the one-line text repeats one
    sentence, the paragraphs one paragraph with other numbers, so every chunk holds about the same facts).
    Linux only (the peak is reset through /proc/self/clear_refs)."""
    import json

    work = tempfile.mkdtemp(prefix="ng-post-")
    p = subprocess.run([sys.executable, "-c", _POST_NLP, str(mb), work, str(ROOT / "benchmarks"), layout], cwd=ROOT,
                       capture_output=True, text=True, check=True)
    return {"mb": mb, "layout": layout, **json.loads(p.stdout.strip().splitlines()[-1])}


def budget_rss(data: str, n: int, batch_chars: int) -> dict[str, Any]:
    """Peak RSS and CPU seconds of extracting the first ``n`` texts of a JSONL(.gz) file (``text`` field) with a
    spaCy batch budget of ``batch_chars`` characters, in a fresh child process."""
    import json

    code = ("import gzip, json, resource, sys, time; from newsgraph import pipeline, nlp; nlp.load(); "
            "fh = (gzip.open if sys.argv[1].endswith('.gz') else open)(sys.argv[1], 'rt', encoding='utf-8'); "
            "texts = [t for t in (json.loads(l).get('text') for l in fh) if t][:int(sys.argv[2])]; "
            "t = time.process_time(); "
            "list(pipeline._run(pipeline._prepared(texts), model=None, n_process=1, batch_size=64, "
            "batch_chars=int(sys.argv[3]))); "
            "print(json.dumps({'chars': sum(map(len, texts)), 'cpu_s': round(time.process_time() - t, 1), "
            "'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))")
    p = subprocess.run([sys.executable, "-c", code, data, str(n), str(batch_chars)], cwd=ROOT, capture_output=True,
                       text=True, check=True)
    return {"n": n, "batch_chars": batch_chars, **json.loads(p.stdout.strip().splitlines()[-1])}


def hostile_results() -> list[dict[str, str]]:
    work = Path(tempfile.mkdtemp(prefix="ng-hostile-"))
    report = work / "junit.xml"
    # the 3 MB run is minutes of spaCy work: measured once, in the memory table, when asked for
    skip = {t for t in os.environ.get("NEWSGRAPH_HOSTILE_SKIP", "").split(",") if t}
    ids = sorted({t for _h, _r, t in HOSTILE} - skip)
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}", *ids],
                   cwd=ROOT, capture_output=True, text=True, check=False)
    outcome: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("classname", "").replace(".", "/") + ".py::" + case.get("name", "").split("[")[0]
        result = "skipped" if case.find("skipped") is not None else (
            "FAILED" if case.find("failure") is not None or case.find("error") is not None else "passed")
        prev = outcome.get(name)
        outcome[name] = result if prev in (None, "passed", "skipped") and result != "skipped" or prev is None else prev
    return [{"input": h, "result": r, "test": t,
             "outcome": "see the peak RSS table" if t in skip else outcome.get(t, "not run")} for h, r, t in HOSTILE]


def markdown(res: dict[str, Any]) -> str:
    out: list[str] = []
    if res.get("soak"):
        out += ["| backend | requests | server errors | CLI reads (failed) | integrity | counts = clean run | seconds |",
                "|---|---|---|---|---|---|---|"]
        for s in res["soak"]:
            out.append(f"| {s['backend']} | {s['requests']:,} | {s['server_errors']} | {s['cli_reads']} "
                       f"({s['cli_failures']}) | {s['integrity']} | {s['counts_equal']} | {s['seconds']} |")
        out.append("")
    if res.get("memory"):
        out += ["| input | layout | peak RSS (MB) | CPU s | seconds | stored |", "|---|---|---|---|---|---|"]
        for m in res["memory"]:
            stored = "stopped (partial)" if m.get("partial") else m["stored"]
            out.append(f"| {m['mb']} MB | {m['layout']} | {m['peak_rss_mb']:,} | {m.get('cpu_s', '')} | {m['seconds']} "
                       f"| {stored} |")
        out.append("")
    if res.get("hostile"):
        out += ["| hostile input | result today | regression test | outcome |", "|---|---|---|---|"]
        for h in res["hostile"]:
            out.append(f"| {h['input']} | {h['result']} | `{h['test'].split('::')[1]}` | {h['outcome']} |")
    return "\n".join(out)

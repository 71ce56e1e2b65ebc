"""The quote records depend on the text only, not on the process's memory layout (issue 18's area, round 15).

A round-15 measurement saw the PolNeAR tune half give 968 or 977 quotes depending on what the process imported
first or whether the collector ran: spaCy hashes a Doc, Span or Token by the Doc's id(), so a loop over a set or
dict of them, where the first match wins, follows the memory layout. The same sentences (written for this test)
are extracted in fresh processes that differ in hash seed, import order, collector state and which other Docs are
alive, and every record must come out the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

TEXTS = [
    "Environmentalists worry that the new mine will poison the river. They also worry that taxpayers will pay "
    "for the cleanup, a spokesman for the company said.",
    "A House panel voted on Tuesday to hold a former aide in contempt for refusing to testify. The chairman said "
    "the aide had ignored two summonses.",
    "Surety companies agreed to release millions in cash to the state. Officials said the deal would cover the "
    "cost of restoring the land, but critics argued that it came too late.",
    "Mary Olsen, the mayor, told reporters that the bridge would reopen in May. \"We are on schedule,\" she said. "
    "Her rival, Tom Berg, said the city had wasted the money and accused her of hiding the delays.",
]

# Each mode changes what the process holds before and while it extracts; none changes the texts.
_SCRIPT = r"""
import json, sys
mode = sys.argv[1]
if mode == "gc":
    import gc
    gc.disable()
elif mode == "imports":
    import numpy, spacy  # noqa: F401
    import newsgraph.lexicon  # noqa: F401
from newsgraph import nlp as ng_nlp
texts = json.loads(sys.stdin.read())
pipe = ng_nlp.load(components=("entities", "quotes"))
order = list(range(len(texts)))
keep = []
if mode == "reversed":  # other Docs alive, made in another order: other ids for the Docs read
    order.reverse()
    keep = [pipe(t) for t in texts]
out = {}
for k in order:
    doc = pipe(texts[k])
    out[k] = [{key: v for key, v in q.items()} for q in doc._.newsgraph_quotes or []]
print(json.dumps([out[k] for k in range(len(texts))], sort_keys=True))
"""


def _records(mode: str, seed: str) -> list:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(SRC))
    run = subprocess.run([sys.executable, "-c", _SCRIPT, mode], input=json.dumps(TEXTS), env=env,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def plain() -> list:
    return _records("plain", "0")


def test_the_sentences_give_quotes(plain: list) -> None:
    # the check below means something only if the texts make quotes, unnamed speakers among them
    assert all(plain), plain
    assert any(q["speaker"] is None and q["speaker_name"] for qs in plain for q in qs)


@pytest.mark.parametrize(("mode", "seed"), [("plain", "12345"), ("gc", "1"), ("imports", "7"), ("reversed", "99")])
def test_same_records_in_every_process_state(plain: list, mode: str, seed: str) -> None:
    assert _records(mode, seed) == plain

"""Round 19's tidying (no behaviour change), quotes.afterpass: the outer reports of a quote's cue are found in one
sort and sweep (``_outers``), which must give each quote the reports the pairwise scan it replaced gave, in the same
order (settle takes the first still indirect at the quote's turn)."""

from __future__ import annotations

import random

import pytest

from newsgraph.extract.quotes.afterpass import _outers
from newsgraph.record import Quote


def _quotes(seed: int) -> list[Quote]:
    """Random quotes over 60 characters: kinds, nested spans, cues inside or outside, two speakers or none."""
    rnd = random.Random(seed)
    out = []
    for k in range(rnd.randint(0, 14)):
        start = rnd.randint(0, 50)
        end = start + rnd.randint(1, 30)
        cue = None if rnd.random() < 0.15 else rnd.randint(0, 70)
        spk = rnd.choice([None, (0, 3), (5, 9)])
        out.append(Quote(id=f"Q{k}", text="words", kind=rnd.choice(["indirect", "indirect", "partial", "stance",
                                                                        "direct"]),
                         start=start, end=end, cue_start=cue, cue_end=None if cue is None else cue + rnd.randint(0, 6),
                         speaker_start=spk and spk[0], speaker_end=spk and spk[1]))
    return out


def _outer_pairwise(q: Quote, out: list[Quote]) -> list[int]:
    """The definition the sweep replaced: every indirect quote of another mention whose words hold q's cue."""
    return [j for j, p in enumerate(out) if p is not q and p.kind == "indirect" and q.cue_start is not None
            and p.cue_start is not None and q.cue_end is not None and p.start <= q.cue_start
            and q.cue_end <= p.end and not p.start <= p.cue_start < p.end
            and (p.speaker_start, p.speaker_end) != (q.speaker_start, q.speaker_end)]


@pytest.mark.parametrize("seed", range(300))
def test_outer_sweep_finds_the_pairwise_reports(seed: int) -> None:
    """quotes.afterpass._outers (one sort, one sweep) gives each quote the outer reports, in list order, that the
    pairwise scan gave."""
    out = _quotes(seed)
    found = _outers(out)
    for i, q in enumerate(out):
        if q.kind in ("indirect", "stance", "partial"):
            assert found.get(i, []) == _outer_pairwise(q, out)

"""Round 19's tidying (no behaviour change): a quote's attribution is copied by one helper,
quotes.para_carry.take_attribution (the paragraph carry and afterpass's forecasts both call it)."""

from __future__ import annotations

from newsgraph.extract.quotes.para_carry import take_attribution
from newsgraph.record import Quote


def test_take_attribution_copies_speaker_and_cue_only() -> None:
    """quotes.para_carry.take_attribution (para_carry's carry and afterpass's forecasts): the speaker, affiliation
    and cue with their mentions move over; the quote's own words, kind and span stay."""
    src = Quote(id="Q1", text="the talks would resume", kind="indirect", start=0, end=40, speaker="E1",
                speaker_name="Anna Ruiz", affiliation="E2", cue="said", speaker_start=0, speaker_end=9,
                cue_start=10, cue_end=14)
    q = Quote(id="Q2", text="ready", kind="partial", start=20, end=27, speaker="E3", speaker_name="it",
              speaker_start=30, speaker_end=32, cue="was argued", cue_start=33, cue_end=43)
    take_attribution(q, src)
    assert (q.speaker, q.speaker_name, q.affiliation, q.cue) == ("E1", "Anna Ruiz", "E2", "said")
    assert (q.speaker_start, q.speaker_end, q.cue_start, q.cue_end) == (0, 9, 10, 14)
    assert (q.id, q.text, q.kind, q.start, q.end, q.modality) == ("Q2", "ready", "partial", 20, 27, "asserted")

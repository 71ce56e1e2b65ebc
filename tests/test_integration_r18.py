"""Round 18 integration mend, found by reading the merged change on 50 reports no engineer read (allsides dev lines
2001-2299/2940-2999 and BBC sport): a word opening its line as a numbered heading's label ("Warning No. 3: ...") is
no cue of saying, so it attributes no quote and hands no speaker on to a fragment after it. The real report is read
from ../shared (skipped when absent, a failure under CI=true); the other sentences were written for these tests."""

from __future__ import annotations

import pytest
from conftest import allsides_report as _allsides
from quote_kit import quote_rows


def test_fragment_after_a_heading_noun_cue_has_no_speaker() -> None:
    """allsides GZr8SHj3sfhoesEw: under the heading "Warning No. 3:", an e-mail account's title quoted ("from the
    personal account of the "under secretary ..."") was handed to the secretary whose partial quote the heading's
    noun had attributed; it is nobody's words."""
    import newsgraph

    d = _allsides("GZr8SHj3sfhoesEw")
    rec = newsgraph.extract(d["text"], title=d.get("title"), published=d.get("date") or None)
    title = [q for q in rec.quotes if q.text.startswith("under secretary of State")]
    assert title and all(q.speaker_name is None for q in title)


HEADING_LABELS = [
    # a numbered heading's label opening its line is no verb of saying, whatever the parser makes of it
    ('Maria Lopez ran the ministry for four years.\n\nWarning No. 2: Lopez "received an email with a suspicious '
     'link."', [("partial", "received an email with a suspicious link.", None)]),
    # guards: a label before a sentence with its own cue; the same verb inside a sentence or opening a clause
    ("Maria Lopez ran the ministry for four years.\n\nUpdate 3: Lopez said the talks would resume on Friday.",
     [("indirect", "the talks would resume on Friday", "Maria Lopez")]),
    ("Ana Ruiz warned on Monday that 2 banks could fail.", [("indirect", "2 banks could fail", "Ana Ruiz")]),
    ("Warning that the dam could fail, Ana Ruiz said the town must be emptied.",
     [("indirect", "the dam could fail", "Ana Ruiz"), ("indirect", "the town must be emptied", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADING_LABELS)
def test_heading_label_is_no_cue(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


ANONYMITY = [
    # a source asking not to be named refuses no topic: no quote, not even a negated one
    ("Mahmoud Karimi declined to be identified.", []),
    ("Ana Ruiz asked not to be named because she was not allowed to speak.", []),
    # guards: a refusal to speak on a topic stays a negated quote of its holder
    ("Ana Ruiz declined to comment on the details of the memo.",
     [("indirect", "negated", "Ana Ruiz", "to comment on the details of the memo")]),
    ("Tom Walsh refused to give any details of the deal.",
     [("indirect", "negated", "Tom Walsh", "to give any details of the deal")]),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMITY)
def test_anonymity_asked_is_no_refusal(qnlp, text, expected) -> None:
    doc = qnlp(text)
    rows = [(q["kind"], q.get("modality") or "asserted", q["speaker_name"], q["text"]) for q in doc._.newsgraph_quotes]
    assert sorted(rows) == sorted(expected)

"""Quotes, issue 18 round 19: beliefs and positions held by people at large.

"Many voters believe the plan will fail", "Most residents think ...", "Others wonder whether ...": no one in
particular holds these. PolNeAR counts them as attributions; the reviews of real reports count none as a quote.
Since round 19 they are kept as kind ``stance`` (stored, never listed, counted, searched, highlighted or exported
as a quote), with the words that name the holder as ``speaker_name``. The writer, the reader, an unresolved
"they", a place and a share of people stay nobody's. Every sentence here was written for these tests; each case
gives the text and its quotes as (kind, text, speaker_name).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from kb_db import kb_url  # noqa: F401  (fixture)

AT_LARGE = [
    # a belief held by a quantified group or by a bare quantifier (dropped before round 19)
    ("Many voters fear that the new bridge will never open.",
     [("stance", "the new bridge will never open", "Many voters")]),
    ("Many believe the harbour deal was signed in secret.",
     [("stance", "the harbour deal was signed in secret", "Many")]),
    ("Most residents think the old mill should be kept.",
     [("stance", "the old mill should be kept", "Most residents")]),
    ("Others fear the ferry service will be cut next year.",
     [("stance", "the ferry service will be cut next year", "Others")]),
    # a mind that keeps a named holder's clause as words gives a stance when the holder is at large
    ("Many voters want the parking charges dropped.",
     [("stance", "the parking charges dropped", "Many voters")]),
    # a wondering by people at large is no question anyone put
    ("Others wonder whether the ferry service will survive.",
     [("stance", "the ferry service will survive", "Others")]),
]

UNCHANGED = [
    # the writer, the reader and an unresolved "they" hold nothing anyone took
    ("I think the old mill should be kept.", []),
    ("You want the parking charges dropped.", []),
    ("They fear the ferry service will be cut next year.", []),
    # a place is no holder; a share of people holds a stance since round 24 (quotes/poll_shares.py: PolNeAR marks
    # the share phrase as the Source)
    ("Sixty percent of members support the new stadium.",
     [("stance", "the new stadium", "Sixty percent of members")]),
    ("Lisbon fears the ferry service will be cut next year.", []),
    # a named holder's mind of wanting kept its clause as words until round 21; a wish is now a stance of its
    # holder (quotes/unperformed.py: review 20's second reading counts "want" as no words said)
    ("Mayor Anna Ruiz wants the parking charges dropped.",
     [("stance", "the parking charges dropped", "Anna Ruiz")]),
    # a negated belief is held by no one, people at large or not
    ("Many voters do not believe the bridge will open.", []),
    # a holder inside another's quoted words, before a relative or "what" pronoun, or set in a poll
    ('The coach said: "Everybody believes in the plan until they lose."',
     [("direct", "Everybody believes in the plan until they lose.", "The coach")]),
    ("She backed a man who many believe betrayed the town.", []),
    ("That is what many voters think of the new bridge.", []),
    # a relative clause that defines the people holds no view anyone took
    ("The police arrested people who want to cross the border.", []),
    ("In a new poll, many voters were unhappy with the mayor.",
     [("indirect", "many voters were unhappy with the mayor", "a new poll")]),
    # a clause of time the parser hangs on a mind is no view held
    ("Many residents feel stung after the storm destroyed the pier.", []),
    # words said by a group keep their kind
    ("Critics say the bridge will cost too much.", [("indirect", "the bridge will cost too much", "Critics")]),
]


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    return [(q["kind"], q["text"], q["speaker_name"]) for q in doc._.newsgraph_quotes]


@pytest.mark.parametrize(("text", "expected"), AT_LARGE + UNCHANGED)
def test_holders_at_large(qnlp, text, expected) -> None:
    assert sorted(_rows(qnlp, text)) == sorted(expected)


_TEXT = ("Many residents believe the harbour wall will fail within a decade.\n\n"
         '"We will rebuild it," said Mayor Tom Walsh.')


def test_a_holder_at_large_is_stored_but_never_listed(kb_url) -> None:  # noqa: F811
    """Stored as a stance in the record and the quotes table; left out of the quote lists, the full-text search,
    the page's highlights and GDELT's quotations."""
    import newsgraph
    from newsgraph import kb
    from newsgraph.kb.gkg import gkg_row, parse_gkg_row
    from newsgraph.record import listed_quote
    from newsgraph.store import open_store
    from newsgraph.store import schema as t
    from newsgraph.web.highlight import facts_of

    rec = newsgraph.extract(_TEXT, url="https://example.org/r19-at-large")
    held = [q for q in rec.quotes if q.kind == "stance"]
    assert [(q.text, q.speaker_name, q.speaker) for q in held] == [
        ("the harbour wall will fail within a decade", "Many residents", None)]
    assert not listed_quote(held[0].kind, held[0].modality)
    kb.ingest([rec], db=kb_url)
    with open_store(kb_url) as st, st.connect() as c:
        stored = sorted(c.execute(sa.select(t.quotes.c.kind)).scalars().all())
    assert stored == ["direct", "stance"]
    assert kb.search("harbour", db=kb_url, kind="quote") == []
    assert [h.kind for h in kb.search("rebuild", db=kb_url, kind="quote")] == ["quote"]
    assert len(parse_gkg_row(gkg_row(rec)).quotations) == 1  # GDELT's quotations: words said only
    assert [f.kind for f in facts_of(rec) if f.kind == "quote"] == ["quote"]

"""Quotes, issue 18 round 19: minds told by a noun phrase, kept as stances (``quotes/minds_held.py``).

"Election officials are expecting a record turnout" and "In Ash's view, the change would help" tell what someone
expects, fears or believes, no words said: kind ``stance`` with its holder, stored but never listed as a quote. The
writer's view, people at large, a negated or modal mind and literal eyes give nothing. Every sentence here was
written for these tests; each case gives the text and its quotes as (kind, text, speaker_name).
"""

from __future__ import annotations

import pytest
from kb_db import kb_url, upgrade_to  # noqa: F401  (fixture)

from newsgraph.record import listed_quote

HELD = [
    # a verb of expecting or fearing with a noun object: what the holder expects will come
    ("Election officials in Ohio are expecting a record turnout of more than four million voters.",
     [("stance", "a record turnout of more than four million voters", "Election officials")]),
    ("Ana Ruiz fears the collapse of the coalition.",
     [("stance", "the collapse of the coalition", "Ana Ruiz")]),
    ("Ana Ruiz, who fears a split in the party, stayed home.",
     [("stance", "a split in the party", "Ana Ruiz")]),
    ("Senator Tom Walsh spoke on Monday. He anticipates a long fight over the budget.",
     [("stance", "a long fight over the budget", "Tom Walsh")]),
    # a clause set in someone's view
    ("In Walsh's view, the change would have a profound impact on the convention.",
     [("stance", "the change would have a profound impact on the convention", "Walsh")]),
    ("The merger plan is doomed in the governor's eyes.",
     [("stance", "The merger plan is doomed", "the governor")]),
]

NOTHING = [
    "Ana Ruiz and her husband are expecting their second child.",  # a birth, no view
    "Mayor Ana Ruiz does not expect a deal before the summer.",  # negated: no view held
    "Mayor Ana Ruiz might fear a split in the party.",  # modal
    "Many voters fear a split in the party.",  # people at large
    "Voters who fear a split in the party stayed home.",  # a bare plural the clause defines
    "We expect a record turnout this year.",  # the writer
    "In my view, the merger plan is doomed.",  # the writer
    "Mayor Ana Ruiz had tears in her eyes.",  # literal eyes
    "The coach looked in the eyes of his players.",  # literal eyes
    "Mr. Lopez was less positive in his estimation of the market's strength.",  # an estimate of something
    "The crowd hardly expected such a result.",  # denied by "hardly"
    # the parser took the clause's subject for the object: the clause feared is the indirect pass's, not a noun's
    "Labor unions who feared the bill would allow employers to hire cheaper workers sided with her.",
]


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    return [(q["kind"], q["text"], q["speaker_name"]) for q in doc._.newsgraph_quotes]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_minds_told_by_a_noun_phrase_are_stances(qnlp, text, expected) -> None:
    assert sorted(_rows(qnlp, text)) == sorted(expected)


@pytest.mark.parametrize("text", NOTHING)
def test_no_view_of_anyone_who_could_state_it(qnlp, text) -> None:
    assert _rows(qnlp, text) == []


def test_a_statement_around_the_mind_keeps_its_words(qnlp) -> None:
    """"Officials expect a deal, the minister said": the minister's words, not a stance beside them."""
    rows = _rows(qnlp, "Officials expect a deal by Friday, the minister said.")
    assert [k for k, _t, _s in rows] == ["indirect"]


_TEXT = ("Election officials in Ohio are expecting a record turnout of more than four million voters.\n\n"
         '"We have never seen lines like these," Maria Lopez said.')


def test_a_stored_mind_is_not_listed(kb_url) -> None:  # noqa: F811
    """Stored as kind stance in the record and the base; never listed, searched, counted or exported as a quote."""
    import newsgraph
    from newsgraph import kb
    from newsgraph.kb.gkg import gkg_row, parse_gkg_row
    from newsgraph.web.highlight import facts_of

    rec = newsgraph.extract(_TEXT, url="https://example.org/r19-minds")
    assert sorted(q.kind for q in rec.quotes) == ["direct", "stance"]
    stance = next(q for q in rec.quotes if q.kind == "stance")
    assert stance.text == "a record turnout of more than four million voters" and not listed_quote(
        stance.kind, stance.modality)
    kb.ingest([rec], db=kb_url)
    assert kb.search("turnout", db=kb_url, kind="quote") == []
    assert [h.kind for h in kb.search("lines", db=kb_url, kind="quote")] == ["quote"]
    assert len(parse_gkg_row(gkg_row(rec)).quotations) == 1
    assert len([f for f in facts_of(rec) if f.kind == "quote"]) == 1

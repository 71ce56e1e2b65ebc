"""Quotes, issue 18 round 14: an act's aim kept as kind "stance", never as words said.

PolNeAR counts "condemned the launch", "endorsed Clinton" and "refused to release his records" as attributions
(a source's statement or internal state); the reviews of real reports count them as no quotes. Round 14 stores
them as kind ``stance``: with the holder as speaker and the aim as text, listed and searched apart from quotes.
Every sentence here was written for these tests. Each case gives the text and its quotes as (kind, text,
speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

from newsgraph.record import UNSAID_QUOTE_KINDS

STANCES = [
    # an act of judging, backing, citing or demanding aimed at a noun phrase: the aim, the subject its holder
    ("The Security Council condemned the latest missile launch on Friday.",
     [("stance", "the latest missile launch", "United Nations Security Council")]),
    ("Senator Maria Lopez praised the deal struck in Madrid.",
     [("stance", "the deal struck in Madrid", "Maria Lopez")]),
    ("Mr. Garcia blamed the northern province for the rising tensions.",
     [("stance", "the northern province for the rising tensions", "Garcia")]),
    ("The rebels are demanding the release of all their prisoners.",
     [("stance", "the release of all their prisoners", "The rebels")]),
    # ... one name is aim enough
    ("The teachers' union endorsed Maria Lopez on Tuesday.", [("stance", "Maria Lopez", "The teachers' union")]),
    # an infinitive agreed to
    ("Mr. Garcia agreed to clean up the old mines.", [("stance", "to clean up the old mines", "Garcia")]),
    # a refused act is a position taken; a refusal to speak tells nothing
    ("Mr. Garcia has refused to release his tax records.",
     [("stance", "to release his tax records", "Garcia")]),
    ("Several witnesses have refused to cooperate.", [("stance", "to cooperate", "Several witnesses")]),
    ("Mr. Garcia declined to comment.", []),
    ("Ms. Lopez refused to say whether she would run.", []),
    # a deed is no stance ("attack", "respond" may be done, not judged), nor a modal or negated act
    ("Gunmen attacked the police station near the border.", []),
    ("The West responded with financial sanctions against selected figures.", []),
    ("Mr. Garcia could endorse the plan next week.", []),
    ("Mr. Garcia did not condemn the decision.", []),
    # ... nor a condition, an infinitive of purpose, a holder that is no one in particular, a bare relative as aim
    ("Even if the council rejects the agreement, the sanctions will end.", []),
    ("The two states bought patrol boats to defend the coast.", []),
    ("Some embrace a liberal democracy.", [("stance", "a liberal democracy", "Some")]),  # round 19: people at large
    ("He left without a visa or any country that has agreed to take him.", []),
    ("The blast hit the embassy, an attack that officials blamed on the militia.", []),
    # the reason for an act with an object is the object's deed: no stance, no statement of the subject's
    ("Mr. Garcia admonished Ms. Lopez for publicly denouncing the wall.", []),
    # a clause the verb governs stays a statement, and a statement around a stance is not hidden by it
    ("Mr. Lopez demanded that the government resign.", [("indirect", "the government resign", "Lopez")]),
    ("Maria Lopez criticized the plan, which she said would cost jobs.",
     [("stance", "the plan", "Maria Lopez"), ("indirect", "would cost jobs", "Maria Lopez")]),
    ("The union endorsed Maria Lopez, who says she is honored.",
     [("stance", "Maria Lopez", "The union"), ("indirect", "she is honored", "Maria Lopez")]),
    # a holder no one resolves ("they" with no group before it) leaves no stance
    ("They rejected the claim made by the campaigners.", []),
    ("Carlos Garcia met the ministers on Monday. He rejected the claim made by the campaigners.",
     [("stance", "the claim made by the campaigners", "Carlos Garcia")]),
    ("The senator could endorse the deal soon, said Maria Lopez.",
     [("indirect", "The senator could endorse the deal soon", "Maria Lopez")]),
]


@pytest.mark.parametrize(("text", "expected"), STANCES)
def test_stances(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


def test_stance_kind_is_unsaid() -> None:
    """One definition of the kinds that hold no words said, read by the KB lists, search and the web page."""
    # round 36: a topic spoken of, no position; round 37: a view nobody is said to hold
    assert UNSAID_QUOTE_KINDS == frozenset({"stance", "topic", "impersonal", "term"})


def test_stances_never_listed_as_quotes(kb_url) -> None:
    """A stored stance is in the record and the quotes table, but the quote lists (CLI `quotes`, the API, entity
    pages) and the full-text search never give it as words said."""
    import newsgraph
    from newsgraph import kb

    text = ("Senator Maria Lopez condemned the latest missile launch on Friday.\n\n"
            '"We will answer it," Maria Lopez said.')
    rec = newsgraph.extract(text, url="https://example.org/r14-stance")
    kinds = sorted(q.kind for q in rec.quotes)
    assert kinds == ["direct", "stance"]
    db = kb_url  # SQLite and PostgreSQL (tests/kb_db.py)
    kb.ingest([rec], db=db)
    listed = kb.quotes("Maria Lopez", db=db)
    assert [q.kind for q in listed] == ["direct"]
    assert [h.kind for h in kb.search("missile launch", db=db)] == ["article"]
    assert [h.kind for h in kb.search("answer", db=db, kind="quote")] == ["quote"]  # a said quote is searched
    from newsgraph.kb.gkg import gkg_row, parse_gkg_row

    # GDELT's quotations: words said only
    assert [q[3] for q in parse_gkg_row(gkg_row(rec)).quotations] == ["We will answer it"]
    ent = kb.find_entity("Maria Lopez", db=db)
    assert ent is not None
    page = kb.entity(ent.id, db=db)
    assert [q.kind for q in page.quotes] == ["direct"] and page.quote_total == 1


def test_pretty_prints_stances_apart() -> None:
    """`newsgraph extract -f pretty`: the Quotes table holds the words said, the stance has a table of its own."""
    from rich.console import Console

    import newsgraph
    from newsgraph.pretty import render

    rec = newsgraph.extract("Senator Maria Lopez condemned the latest missile launch on Friday.\n\n"
                            '"We will answer it," Maria Lopez said.')
    console = Console(record=True, width=200)
    render(rec, console)
    out = console.export_text()
    quotes, stances = out.split("Stances (positions taken, not words said)")
    assert "We will answer it" in quotes.split("Quotes", 1)[1] and "missile launch" not in quotes.split("Quotes", 1)[1]
    assert "the latest missile launch" in stances

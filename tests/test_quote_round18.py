"""Quotes, issue 18 round 18: what a verb of asking or arguing for governs when the parser makes "for" a mark.

"Ruiz called for a special prosecutor" gave the frame ``call prep:for`` its object, but in "Ruiz called for the
minister to resign" the English model hangs "the minister to resign" as an adverbial clause marked by "for", and
the demand was missed. The clause after "for" is now that frame's content, for the verbs the frames table lists
with ``prep:for`` only. Every sentence here was written for these tests; each case gives the text and its quotes
as (kind, text, speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

DEMANDS = [
    ("Senator Anna Ruiz called for the minister to resign.",
     [("indirect", "the minister to resign", "Anna Ruiz")]),
    ("Anna Ruiz has repeatedly called for the files to be made public.",
     [("indirect", "the files to be made public", "Anna Ruiz")]),
    ("Several senators are calling for him to step down.",
     [("indirect", "him to step down", "Several senators")]),
    ("Tom Walsh asked for volunteers to move to the back.",
     [("indirect", "volunteers to move to the back", "Tom Walsh")]),
    # "push" is an act of backing (data/quote_acts.tsv): its aim is a stance, no words said
    ("Tom Walsh has long pushed for the border to reopen.",
     [("stance", "the border to reopen", "Tom Walsh")]),
    # the object of "for" as before
    ("Anna Ruiz called for a special prosecutor.",
     [("indirect", "a special prosecutor", "Anna Ruiz")]),
    # verbs with no "for" frame: waiting and paying report nothing
    ("Anna Ruiz waited for the votes to be counted.", []),
    ("Tom Walsh paid for his daughter to attend college.", []),
    # not a demand: the infinitive's subject is no "for" clause's ("called on the minister to resign" is read by
    # the frames as before)
    ("Tom Walsh said the plan was for the minister to resign.",
     [("indirect", "the plan was for the minister to resign", "Tom Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), DEMANDS)
def test_round18_for_clause_demands(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


# Known failure, on main before this round as well: the parser reads "for weeks" as the object with an infinitive
# after it, so a span of time is taken for what was called for.
@pytest.mark.xfail(strict=True, reason="'called for weeks to reach X': a time phrase parsed as the object of 'for'")
def test_round18_time_after_for_is_no_demand(qnlp) -> None:
    assert quote_rows(qnlp, "Tom Walsh called for weeks to reach the minister.", stances=True) == []


# A "whether" that opens a subject clause inside the words reported is part of them: the clause is no question put
# to anyone (round 18; it was set aside whole, as if "said whether ..." gave no answer). A clause that is itself
# the "whether"-question stays nothing, and a plain "that" is still cut off.
WHETHER = [
    ("Whether the plan or the budget is more effective will be part of the review, said Tom Walsh, a senior aide.",
     [("indirect", "Whether the plan or the budget is more effective will be part of the review", "Tom Walsh")]),
    ("Tom Walsh was pressed to answer whether he would resign.", []),
    ("Tom Walsh will confirm whether the plan passed.", []),
    ("Tom Walsh said that taxes rose, that jobs fell and that the mayor lied.",
     [("indirect", "taxes rose, that jobs fell and that the mayor lied", "Tom Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), WHETHER)
def test_round18_whether_subject_clause(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


# A present participle of backing or opposing on its holder's noun tells that holder's stance (round 18,
# data/quote_held_participles.tsv); a bare plural the participle defines, "any" one, a text or a count holds none.
HELD = [
    ("A super PAC supporting Anna Ruiz ran ads in Iowa.",
     [("stance", "Anna Ruiz", None)]),
    ("The group backing Tom Walsh spent millions on television.",
     [("stance", "Tom Walsh", "The group")]),
    ("Anna Ruiz, backing the plan, said it would pass.",
     [("stance", "the plan", "Anna Ruiz"), ("indirect", "it would pass", "Anna Ruiz")]),
    ("Countries supporting the strike met in Paris.", []),
    ("Any group opposing the plan can apply for a hearing.", []),
    ("A letter supporting the plan was sent to the council.", []),
    ("Placards supporting Tom Walsh lined the street.", []),
    # the parser's nearest noun after a text sent "to" someone is who received it, not who opposes
    ("The senators sent a letter on Monday to party leaders opposing the new budget.", []),
    # a verb of saying or of a deed on a noun stays nothing
    ("A man saying the plan would fail was escorted out.", []),
    ("Gunmen attacking the hotel were arrested.", []),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_round18_participle_stances(qnlp, text, expected) -> None:
    rows = sorted(quote_rows(qnlp, text, stances=True))
    assert [(k, t) for k, t, _s in rows] == [(k, t) for k, t, _s in sorted(expected)]
    # the holder's name is the speakers branch's to word ("PAC" or "A super PAC"): None leaves it unchecked
    for (_k, _t, got), (_k2, _t2, want) in zip(rows, sorted(expected), strict=True):
        assert want is None or got == want

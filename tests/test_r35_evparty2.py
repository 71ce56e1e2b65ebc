"""Round 35 wave 2 (issue 19, events' parties): a side left empty or swapped though the sentence names it.

Two rules: a censure's "that" clause names whom it blames (extract/events/complaint_content.py); the "from" phrase
that conjoined nouns share names their doer (clause_roles.from_source / receiver through the first conjunct).
Sentences written here. Each row is (text, trigger word, type, side, expected names); guard rows are near misses
that must keep their old answer (an empty side stays empty).
"""

from __future__ import annotations

import pytest
from conftest import event_at


def _names(parties: list[dict]) -> set[str]:
    return {p["name"] for p in parties}


@pytest.mark.parametrize(("text", "word", "typ", "side", "expected"), [
    # a complaint whose grievance is a "that" clause: the clause's named doer is blamed
    ("Farm groups complained that Canada had broken the dairy agreement.", "complained", "DISAPPROVE", "targets",
     {"Canada"}),
    ("The ruling follows complaints by local traders that the Port Authority has raised fees twice this year.",
     "complaints", "DISAPPROVE", "targets", {"Port Authority"}),
    # (this row held before too: an adjective of anger reads its clause elsewhere)
    ("Teachers were angry that Governor Whitfield vetoed the school budget.", "angry", "DISAPPROVE", "targets",
     {"Whitfield"}),
    # conjoined nouns share the "from" phrase: its object is their doer, not their target
    ("The mayor's housing plan has drawn scrutiny and criticism from Senate Republicans.", "criticism",
     "DISAPPROVE", "actors", {"Republicans"}),
    ("Ortega faced questions and criticism from Mr. Lindqvist over the delays.", "criticism", "DISAPPROVE",
     "actors", {"Lindqvist"}),
    # guards: the ones a passive clause tells as harmed are no target of the complaint
    ("Union leaders complained that Filipino sailors were detained at the port.", "complained", "DISAPPROVE",
     "targets", set()),
    # guard: a pronoun subject stays empty
    ("Ministers complained that it had been ignored for too long.", "complained", "DISAPPROVE", "targets", set()),
    # guard: a relative clause on a thing ("the treaty that Peru signed") tells no grievance's doer
    ("Critics complained about the treaty that Peru signed last year.", "complained", "DISAPPROVE", "targets", set()),
    # guard: a copula describing the subject ("Ukraine is a partner") is no blamed deed
    ("Diplomats complained that Ukraine is a difficult partner.", "complained", "DISAPPROVE", "targets", set()),
    # guard: a feared possibility (a modal under a condition) blames nobody
    ("Union leaders complained that if the talks fail, Norway could close the northern waters.", "complained",
     "DISAPPROVE", "targets", set()),
    # guard: a single noun's own "from" keeps its doer as before
    ("The proposal drew sharp criticism from Mr. Okafor.", "criticism", "DISAPPROVE", "actors", {"Okafor"}),
])
def test_r35_evparty2(enlp, text: str, word: str, typ: str, side: str, expected: set[str]) -> None:  # noqa: ANN001
    ev = event_at(enlp, text, word, typ)
    got = _names(ev[side])
    if expected:
        assert any(any(x in g for g in got) for x in expected) and not any(
            "from" in g for g in got), (got, ev)
    else:
        assert got == set(), (got, ev)

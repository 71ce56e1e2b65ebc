"""Round 33 (issue 18, quotes that are statements, on real reports): sentences written here. Each "before" row
gave a listed quote (or another kind) on main 5260320e; each guard keeps what it had.

1. The report's own outlet telling its own reporting ("..., Fox News has learned" in a Fox News report) is the
   writer's voice: no quote (quotes/own_outlet.py). Another outlet's reporting and an outlet's statement stay.
2. A verb of deliberating or campaigning ("is considering", "campaigned against") tells an option weighed, not
   words: kind stance, never listed (quotes/deliberations.py); "weighed in, saying ..." stays speech.
3. A quality or a sign shown by an actor ("has shown no sign of backing down") and a state of affairs as the source
   of a verb of evidence ("the rising drama suggests", "early indications suggested") are no statements: kind
   stance (quotes/shown_states.py); data, polls, reports and persons stay sources of words.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows


def _listed(qnlp, text: str, source: str | None = None) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    """(kind, text, speaker_name) of the listed quotes (asserted, no stance) of ``text`` published by ``source``."""
    doc = qnlp.make_doc(text)
    doc._.newsgraph_meta = {"published": None, "title": None, "url": None, "source": source}
    doc = qnlp(doc)
    return [(q["kind"], q["text"], q["speaker_name"]) for q in doc._.newsgraph_quotes
            if q["kind"] not in ("stance", "topic", "impersonal", "term") and q.get("modality", "asserted") == "asserted"]


def _has(rows: list[tuple[str, str, str | None]], words: str) -> bool:
    return any(r[1].startswith(words) for r in rows)


@pytest.mark.parametrize(("text", "source", "words", "listed"), [
    # before (rule 1): the outlet that published the report finds or confirms: the writer's reporting
    ("The panel had delayed the plan for weeks, Fox News has learned.", "Fox Online News",
     "The panel had delayed", False),
    ("CNN confirmed that two of the ministers had resigned on Monday.", "CNN (Web News)",
     "two of the ministers", False),
    # guard: another outlet's reporting, and the same words with no source known, stay quotes
    ("The panel had delayed the plan for weeks, Fox News has learned.", "The Hill", "The panel had delayed", True),
    ("The panel had delayed the plan for weeks, Fox News has learned.", None, "The panel had delayed", True),
    # guard: an outlet's statement as a company, in its own report, stays its words
    ("CNN said in a statement that it stood by its reporting on the talks.", "CNN (Web News)",
     "it stood by its reporting", True),
    # guard: a person who told the outlet keeps the quote
    ("The senator told Fox News that the vote would be delayed.", "Fox Online News", "the vote would be delayed",
     True),
])
def test_own_outlet(qnlp, text: str, source: str | None, words: str, listed: bool) -> None:  # noqa: ANN001
    assert _has(_listed(qnlp, text, source), words) is listed


@pytest.mark.parametrize(("text", "words", "listed"), [
    # before (rule 2): an option weighed
    ("The government is considering allowing provinces to issue more bonds.", "allowing provinces", False),
    ("Investigators are considering the possibility that a foreign state was behind the blasts.",
     "the possibility that", False),
    # guard: a view given ("weighed in") and a plain report stay words said
    ("The senator weighed in on Twitter, saying the bill was a disaster.", "the bill was a disaster", True),
    ("The minister said the government would allow provinces to issue more bonds.", "the government would", True),
])
def test_deliberations(qnlp, text: str, words: str, listed: bool) -> None:  # noqa: ANN001
    assert _has(_listed(qnlp, text), words) is listed


@pytest.mark.parametrize(("text", "words", "listed"), [
    # before (rule 3): a quality or sign shown; a state of affairs or a tally as the source
    ("So far, President Mohamed Morsi has shown no sign of backing down to demands that he rescind the edicts.",
     "no sign of backing", False),
    ("North Korea's regime has shown a remarkable resilience in resisting sanctions.", "a remarkable resilience", False),
    ("The rising drama suggests that the president will punch back hard when attacked.", "the president will",
     False),
    ("Early indications suggested that turnout was high in the capital.", "turnout was high", False),
    ("The final tally showed the party leading in only 42 seats.", "the party leading", False),
    # guard: data, a poll's results, a report and a person stay sources of words; a batch of e-mails shows a scene
    ("The probe was fueled by a batch of e-mails released this week, which showed senior aides rewriting the "
     "talking points.", "senior aides rewriting", True),
    ("The data show a rise in violent crime in the city.", "a rise in violent crime", True),
    ("The poll's results show that most voters back the plan.", "most voters back", True),
    ("The report shows that crime rose sharply last year.", "crime rose sharply", True),
    ("The minister suggested that the tax would rise next year.", "the tax would rise", True),
])
def test_shown_states(qnlp, text: str, words: str, listed: bool) -> None:  # noqa: ANN001
    assert _has(_listed(qnlp, text), words) is listed


def test_stance_keeps_holder(qnlp) -> None:  # noqa: ANN001
    """Rule 2 keeps the quote stored as a stance with its holder (PolNeAR's attribution of the frame still matches)."""
    rows = quote_rows(qnlp, "The government is considering allowing provinces to issue more bonds.", stances=True)
    assert ("stance", "allowing provinces to issue more bonds", "The government") in rows

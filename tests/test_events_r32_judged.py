"""Round 32 (issue 19, evcand2): a verdict in reported speech is a DISAPPROVE by the speaker (extract/events/judged.py,
data/event_judgements.tsv). Sentences written here; each "changed" row and party check fails on r32-evcand 1bf2ef03
(no DISAPPROVE at its word); the guards pass there and stay without it.
"""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at


def _types(enlp, text: str, word: str) -> set[str]:  # noqa: ANN001
    return {e["type"] for e in events_at(enlp, text, word)}


@pytest.mark.parametrize(("text", "word"), [
    # changed: a verdict adjective or noun as the predicate of a copula in a said clause
    ("Senator Jones said the decision was unacceptable.", "unacceptable"),
    ("Senator Jones said it was unacceptable that the Pentagon ignored the warnings.", "unacceptable"),
    ("The Arab League said Monday that the annexation would constitute naked aggression against its members.",
     "aggression"),
    ("\"The situation is hard because Mr. Lukin is a slow learner,\" said the retired admiral.", "learner"),
    ("Mr. Biden said Russia was wrong.", "wrong"),
    ("The opposition leader told reporters the raid was illegal.", "illegal"),
    ("Senator Jones said Iran's decision was a mistake.", "mistake"),
    ("The minister said the sanctions were unfair.", "unfair"),
    ("\"Plans to deport refugees from Honduras are wrong,\" Governor Smith said.", "wrong"),
])
def test_judged_remark(enlp, text: str, word: str) -> None:  # noqa: ANN001
    assert "DISAPPROVE" in _types(enlp, text, word), events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word"), [
    # guards: a norm told with an infinitive, an attributive word, the narrator's verdict, negation, self-censure,
    # a noun that judges only with its modifier
    ("The minister said it is wrong to assume that prices will fall.", "wrong"),
    ("The minister said it would be unacceptable to leave now.", "unacceptable"),
    ("The minister said the army had sent the wrong person to the talks.", "wrong"),
    ("The general said the army suffered unacceptable losses.", "unacceptable"),
    ("The decision was unacceptable.", "unacceptable"),
    ("Senator Jones did not say the decision was unacceptable.", "unacceptable"),
    ("Senator Jones said the forecast was not wrong.", "wrong"),
    ("Mr. Biden said we were wrong about the deal.", "wrong"),
    ("The president said his decision was a mistake.", "mistake"),
    # a belief corrected ("that was wrong") and a maxim about an idea judge no deed of a party
    ("\"I had thought that the war was over, but that was wrong,\" the minister said.", "wrong"),
    ("\"Isolationism is a betrayal of democracy,\" Macron said.", "betrayal"),
    ("The magazine said both accounts of the raid were wrong.", "wrong"),
    ("The coach said the boy is a learner.", "learner"),
    ("Was the decision unacceptable, the senator asked?", "unacceptable"),
])
def test_no_judged_remark(enlp, text: str, word: str) -> None:  # noqa: ANN001
    assert "DISAPPROVE" not in _types(enlp, text, word), events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "role", "name"), [
    ("Senator Jones said the decision was unacceptable.", "unacceptable", "actors", "Jones"),
    ("Senator Jones said it was unacceptable that the Pentagon ignored the warnings.", "unacceptable", "targets",
     "Pentagon"),
    ("Mr. Biden said Russia was wrong.", "wrong", "targets", "Russia"),
    ("Mr. Biden said Russia was wrong.", "wrong", "actors", "Biden"),
    # the deed's doer, not a party inside the phrase
    ("Senator Jones said the decision by President Macron was unacceptable.", "unacceptable", "targets", "Macron"),
    ("\"Plans to deport refugees from Honduras are wrong,\" Governor Smith said.", "wrong", "targets", ""),
])
def test_judged_parties(enlp, text: str, word: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, "DISAPPROVE", role, name)



# round 32, integration (review H's page, read): a verdict denied by a verb between it and the saying verb
@pytest.mark.parametrize(("text", "word"), [
    ('"There was no crime here. We don\'t believe it was a malicious hoax," the chief said.', "hoax"),
    ("The minister said he did not think the decision was unacceptable.", "unacceptable"),
])
def test_verdict_denied_on_the_way_up(enlp, text: str, word: str) -> None:  # noqa: ANN001
    assert "DISAPPROVE" not in _types(enlp, text, word), events_at(enlp, text, word)

"""Round 30 (issue 18, PolNeAR misses read on the dev tune half and train): who holds a view told by "they" or
"few", a clause of suspecting or doubting, and a report's title with a label and a colon (quotes/group_they.py,
unsaid.py, headlines.py, data/quote_minds.tsv, data/attribution_frames.tsv). Sentences written here; each "changed"
row was wrong on main 5016258a (no quote), each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import quote_facts

_quotes = quote_facts


def _held(text: str, words: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, entity name, speaker_name) of the quotes of ``text`` whose words start with ``words``."""
    return [(k, who, name) for k, said, who, name in _quotes(text) if said.startswith(words)]


@pytest.mark.parametrize(("text", "words", "holder"), [
    # changed: "they" joined to a clause whose subject is a group that can speak holds the group's view
    ("Republicans had called the hearing because they felt the agency was not forthcoming.",
     "the agency was not forthcoming", "Republicans"),
    ("Democratic leaders are wary of moving left, but they fear the party will split.", "the party will split",
     "Democratic leaders"),
    # changed: "They" opening the next sentence, with a mind for verb, after such a group
    ("Pentagon officials reviewed the plan on Monday. They fear the strike will fail.", "the strike will fail",
     "Pentagon officials"),
    ("Her advisers think she is disciplined. In turn, they think she can unsettle her rival.",
     "she can unsettle her rival", "Her advisers"),
    # changed: "few" is people at large, as "many" and "some" are: a stored stance
    ("Few believe the talks can succeed.", "the talks can succeed", "Few"),
    # changed: a clause of suspecting or doubting is its holder's view (data/attribution_frames.tsv)
    ("Investigators suspect the blaze was set.", "the blaze was set", "Investigators"),
    ("Senate aides doubt that the truce will hold.", "the truce will hold", "Senate aides"),
])
def test_changed_holders(text: str, words: str, holder: str) -> None:
    hits = _held(text, words)
    assert hits, _quotes(text)
    kind, who, name = hits[0]
    assert kind == "stance" and holder in (who or "", name or ""), _quotes(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: people at large before "They" ("voters" is a crowd) leave its view nobody's
    ("The voters were angry on Tuesday. They fear the plan will fail.", "the plan will fail"),
    # guard: a single person before "They" is no group
    ("Senator Mark Adams met farmers in Ohio on Monday. They think the trade deal is real.", "the trade deal"),
    # guard: another subject before "they" in its sentence ("When the ministers met, ...") is not read across
    ("Aides gathered early. When the ministers met, they believed the deal was done.", "the deal was done"),
    # guard: another paragraph breaks the chain
    ("Campaign aides met on Friday.\n\nThey believe the deal is dead.", "the deal is dead"),
    # guard: the writer's own view stays nobody's
    ("I think the deal is dead.", "the deal is dead"),
    ("I suspect the deal is dead.", "the deal is dead"),
    ("We believe the plan will fail.", "the plan will fail"),
])
def test_unheld_views(text: str, words: str) -> None:
    assert not _held(text, words), _quotes(text)


def test_speech_they_unchanged() -> None:
    # "They said" after a group: no name up to round 31; since round 32 (quotes/group_they.py) the words said are
    # the group's too, as the view was since round 30 (no organization: the entity stays empty)
    text = "Republican leaders met on Monday. They said the bill will pass."
    assert _held(text, "the bill will pass") == [("indirect", None, "Republican leaders")], _quotes(text)


_LYNCH = "Attorney General Loretta Lynch said on Tuesday that the inquiry was independent.\n"


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: a sentence-case title "Name: ..." whose words have no subject, under a person the report names
    ("Lynch: No outside influence on the inquiry into the emails.\n\n" + _LYNCH, "No outside influence",
     "Loretta Lynch"),
    # changed: an imperative title (a roundup's label when in the body: test_quote_round17.py)
    ("Lynch: Just hang on until the vote.\n\n" + _LYNCH, "Just hang on", "Loretta Lynch"),
    # unchanged: a title whose words have a subject of their own
    ("Lynch: The inquiry is independent.\n\n" + _LYNCH, "The inquiry is independent", "Loretta Lynch"),
])
def test_title_label(text: str, words: str, name: str) -> None:
    hits = _held(text, words)
    assert hits and hits[0][0] == "indirect" and name in (hits[0][1] or "", hits[0][2] or ""), _quotes(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: a label that names no one of the report
    ("Explainer: What the new rules mean for drivers.\n\nThe city council passed the rules on Tuesday.\n",
     "What the new rules"),
    # guard: a place as label ("Ukraine: Heavy shelling in the east") says nothing
    ("Ukraine: Heavy shelling in the east.\n\nOfficials in Kyiv said five people were killed.\n",
     "Heavy shelling"),
    # guard: a title's question with no subject is put to the reader
    ("Lynch: Independent inquiry or political favor?\n\n" + _LYNCH, "Independent inquiry"),
    # guard: a body line, not the title, still needs a subject after the label
    ("Officials met on Tuesday.\n\nLynch: No outside influence on the inquiry.\n\n" + _LYNCH,
     "No outside influence"),
])
def test_title_label_guards(text: str, words: str) -> None:
    assert not _held(text, words), _quotes(text)

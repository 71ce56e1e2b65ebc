"""Round 29 (q4, issue #18): a fragment inside a named speaker's indirect report is the speaker's when no rule of its
own found who said it, and a cueless quote in a sentence whose root is a later fragment's cue shares that speaker
(extract/quotes/enclosed_fragments.py), and a surname the tagger read as an adjective
("Herzog, meanwhile, told ...") is the person named in full before (extract/quotes/named_again.py), and a show
named after its network's possessive as the hearer of "told" is no quote (extract/quotes/named_terms.py). Sentences
written here; each "changed" row was wrong (an empty speaker) on main 27607d6a, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import listed_speaker

from newsgraph import extract
from newsgraph.record import listed_quote

# round 37 (r37-qnq2, tests/test_r37_stance_terms.py): a short verbless phrase in marks that no pass gives a
# speaker or a cue is kind "term" (stored and scored, never listed): these rows, a speakerless listed fragment
# here, now read so by design; strict, so the row fails if the phrase is listed again
R37_TERM = pytest.mark.xfail(reason="r37: speakerless verbless phrase is kind term, not listed", strict=True)

_speaker = listed_speaker


CHANGED = [
    # a noun ("claims") between the cue and the fragment: still the teller's own words
    ("Former Governor Tom Ridley told the Chicago Tribune that claims the agency had broken the law were "
     "\"pure nonsense.\"", "pure nonsense", "Tom Ridley"),
    # a fragment inside the report of an "according to" source
    ("The murals differ from older posters by their \"raw anger aimed at a handful of people,\" such as the former "
     "mayor, according to Hanna Voss, who studies protest art at a Dutch university.", "raw anger", "Hanna Voss"),
    # a surname read as an adjective, set off by an aside, after the full name
    # (the tagger reads "Herzog" here as an adjective of the verb: a word-specific slip, so the row keeps it)
    ("Anton Berg won the vote. Rival leader Leon Herzog conceded.\n\nHerzog, meanwhile, told reporters: "
     "\"We will be back next time.\"", "We will be back", "Leon Herzog"),
]

_SHARED = ("Older posters are less bitter, according to Piet Vos, who studies protest art at a Dutch "
           "university.\n\n\u201cThe murals are far more intimate\u201d and are unlike the older posters, which "
           "depict \u201ca more abstract brutality,\u201d he says.\n\nVos says the painters follow foreign news "
           "closely.")
CHANGED.append((_SHARED, "The murals are far more intimate", "Piet Vos"))

GUARDS = [
    # a quote with its own cue and written name keeps it, though a later root cue names someone else
    ("Piet Vos studies the murals. \u201cThe murals are far more intimate,\u201d one visitor wrote, while the "
     "older posters depict \u201ca more abstract brutality,\u201d Vos says.", "The murals are far more intimate",
     (None, "one visitor")),
    # an inner speaker with a written name keeps it ("critics call it ..."), never the teller
    ("Dan Hale said critics call the plan \"a joke.\"", "a joke", (None, "critics")),
    ("Dan Hale said the minister called the plan \"a joke.\"", "a joke", (None, "the minister")),
    # a fragment the teller says himself stays his
    ("Dan Hale said the deal calls for \"a full halt to all fighting in the valley.\"", "a full halt",
     ("Dan Hale", "Dan Hale")),
    # a report without a speaker entity hands on nothing
    ("Officials said claims of fraud were \"wildly overblown.\"", "wildly overblown", (None, "Officials")),
    # a term a naming phrase gives (integration, after r29-q4's one check-page regression): others' name, not
    # the teller's words
    pytest.param("The convoy was stopped near Tarn, located in what is referred to as the \"smuggling belt of the north,\" "
     "according to Valley Radio.", "smuggling belt", (None, None), marks=R37_TERM),
    pytest.param("The aid workers were seized outside Mora, in what is known as the \"red zone of the province,\" according "
     "to Valley Radio.", "red zone", (None, None), marks=R37_TERM),
    # ... while a fragment that is the teller's own description stays his
    ("Dan Hale told the council that the march was \"a peace caravan of the valley.\"", "a peace caravan",
     ("Dan Hale", "Dan Hale")),
    # a capitalized adjective that is no one's surname stays no speaker
    ("Marta Ruiz arrived. American, meanwhile, said the flights were \"fully booked.\"", "fully booked",
     (None, None)),
]


_SHOW = ("Dana Webb spoke first. \u201cSo, I\u2019m dealing with Canada with great respect,\u201d Webb told Sky "
         "News\u2019 \u201cSun & Friends\u201d in an interview that was taped Monday.")

# (text, the words that must not be listed, the words that must stay listed)
SHOWS = [
    # a show after its network's possessive, told to: the hearer, not words said
    (_SHOW, "Sun & Friends", "So, I"),
    ("Dana Webb spoke first. Webb told Sky News\u2019 \u201cSun & Friends\u201d that the trade talks were "
     "\u201cgoing very well.\u201d", "Sun & Friends", "going very well"),
]

SHOW_GUARDS = [
    # a title that is not what "told" governs stays (it may be the speaker's words)
    ("Dana Webb spoke first. Webb said the network's \u201cSun & Friends\u201d was \u201ca disgrace.\u201d",
     "Sun & Friends"),
    # lower-case words after a possessive, told to: no programme's name
    ("Dana Webb spoke first. Webb told the governors\u2019 \u201cusual suspects\u201d to stay home.",
     "usual suspects"),
]


def _listed(text: str) -> list[str]:
    rec = extract(text, published="2025-03-10")
    return [q.text for q in rec.quotes if listed_quote(q.kind, q.modality)]


@pytest.mark.parametrize(("text", "gone", "kept"), SHOWS)
def test_show_names(text: str, gone: str, kept: str) -> None:
    said = _listed(text)
    assert not any(w.startswith(gone) for w in said) and any(w.startswith(kept) for w in said), said


@pytest.mark.parametrize(("text", "kept"), SHOW_GUARDS)
def test_show_guards(text: str, kept: str) -> None:
    assert any(w.startswith(kept) for w in _listed(text))


@pytest.mark.parametrize(("text", "words", "who"), CHANGED)
def test_changed(text: str, words: str, who: str) -> None:
    assert _speaker(text, words)[0] == who


@pytest.mark.parametrize(("text", "words", "want"), GUARDS)
def test_guards(text: str, words: str, want: tuple[str | None, str | None]) -> None:
    assert _speaker(text, words) == want

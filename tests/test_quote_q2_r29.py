"""Round 29 (q2, issue #18): a speaker named again where the entity layer tagged no mention ("Townsend said" read as
a common noun, "May said" read as a month, a family name written first, "May said" read as a modal, an addressee asked to speak), and knowing, remembering or hearing
listed as words said (extract/quotes/named_again.py, speakers.py; data/quote_minds.tsv). Sentences written here; each
"changed" row was wrong on main 1059123e, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import listed_speaker

from newsgraph import extract
from newsgraph.record import listed_quote


def _listed(text: str) -> list[tuple[str, str | None]]:
    rec = extract(text, published="2025-03-10")
    return [(q.text, q.speaker_name) for q in rec.quotes if listed_quote(q.kind, q.modality)]


_speaker = listed_speaker


_SURNAME = ("\u201cWe will keep at it,\u201d said Lt. Gen. Mark Townsend when he handed over command of the mission.\n\n"
            "\u201cI say this plainly: the blame lies with the militants,\u201d Townsend said.")
_MONTH_NAME = ("Prime Minister Teresa May spoke on Monday.\n\n"
               "This year two attacks have been carried out in Wales, and May said four more have been stopped.")
_FAMILY_FIRST = ("Later, Foreign Minister Ri Chol Su rejected that and said his country had only sought partial "
                 "relief.\n\nThe summit\n\nRi said the North had also offered a written halt to its tests.")

CHANGED = [
    # a surname the tagger reads as a common noun: the person named in full before
    (_SURNAME, "I say this plainly", "Mark Townsend"),
    # a surname that is also a month: the person, not nobody
    (_MONTH_NAME, "four more have been stopped", "Teresa May"),
    # a family name written first: the one person whose name begins with it
    (_FAMILY_FIRST, "the North had also offered", "Ri Chol Su"),
]


@pytest.mark.parametrize("text,words,person", CHANGED)
def test_named_again(text: str, words: str, person: str) -> None:
    assert _speaker(text, words)[0] == person


GUARDS = [
    # a given name alone is no surname: "Emily" stays as written, no entity
    ("Reporter Emily Hart covered the vote in Haifa. Emily says the count will take days.",
     "the count will take days", (None, "Emily")),
    # a surname the entity layer links already keeps its person
    ("\u201cWe will keep at it,\u201d said Lt. Gen. Paul Hedley as he left.\n\n\u201cThe blame lies elsewhere,\u201d "
     "Hedley said.", "The blame lies elsewhere", ("Paul Hedley", "Paul Hedley")),
    # people described by a common noun stay as written
    ("Officials from the port met on Friday. Officials said the plan was sound.", "the plan was sound",
     (None, "Officials")),
    # a name the entity layer tagged keeps its entity
    ("Senator Ana Ruiz spoke on Friday. \u201cThe bill will pass,\u201d Ruiz said.", "The bill will pass",
     ("Ana Ruiz", "Ana Ruiz")),
]


@pytest.mark.parametrize("text,words,want", GUARDS)
def test_named_again_guards(text: str, words: str, want: tuple[str | None, str | None]) -> None:
    assert _speaker(text, words) == want


UNSAID = [
    # knowing, remembering, realizing: what the holder knows, no words said (kind stance, never listed)
    ("Ortega knew exactly what he was planning all along.", "exactly what he was planning"),
    ("Some residents still remember when the town was a busy port.", "when the town was a busy port"),
    ("Police realized the driver had been drinking.", "the driver had been drinking"),
    ("The minister understands that the budget cannot grow.", "the budget cannot grow"),
    # hearing: a perception, no words said
    ("Ms Lund has heard what the rebels claim is a tape of the talks.", "what the rebels claim"),
]


@pytest.mark.parametrize("text,words", UNSAID)
def test_knowing_is_no_statement(text: str, words: str) -> None:
    assert not any(said.startswith(words) for said, _who in _listed(text)), _listed(text)


SAID = [
    # a statement about what the speaker knew stays the speaker's words
    ("Lindqvist said she knew the company had lied about the test results.",
     "she knew the company had lied", "Lindqvist"),
    # "recognized that" may be an admission made aloud: kept
    ("The mayor recognized that the plan had failed.", "the plan had failed", "The mayor"),
    # a statement about what the speaker heard stays the speaker's words
    ("Ruiz said he had heard that the plant would close.", "he had heard that the plant", "Ruiz"),
    # a verb of believing was already a stance; a verb of saying stays listed
    ("Ortega told reporters he was planning a new campaign.", "he was planning a new campaign", "Ortega"),
]


@pytest.mark.parametrize("text,words,who", SAID)
def test_statements_stay(text: str, words: str, who: str) -> None:
    assert any(said.startswith(words) and name == who for said, name in _listed(text)), _listed(text)


_MAY_OPENS = ("Prime Minister Teresa May met her party on Monday. May said the recent attacks, while \u201cnot linked by "
              "common networks,\u201d were linked by an ideology.")
_MAY_UNNAMED = ("The council met on Monday. May said the recent attacks, while \u201cnot linked by common networks,\u201d "
                "were linked by an ideology.")
MODAL_NAMES = [
    # a surname read as the modal "may" before "said": the person who bears it, not the clause's subject
    (_MAY_OPENS, "not linked by common networks", ("Teresa May", "Teresa May")),
    # nobody of that name in the report: the name as written, no entity
    (_MAY_UNNAMED, "not linked by common networks", (None, "May")),
    # guards: the name read right stays; a real modal is no name
    ("Prime Minister Teresa May met her party on Monday. Speaking to supporters after the vote, May said she is "
     "\u201chonored and proud\u201d to lead the party.", "honored and proud", ("Teresa May", "Teresa May")),
    ("Officials may say the plan \u201cwill not work,\u201d the mayor warned.", "will not work", (None, "the mayor")),
]


@pytest.mark.parametrize("text,words,want", MODAL_NAMES)
def test_modal_names(text: str, words: str, want: tuple[str | None, str | None]) -> None:
    assert _speaker(text, words) == want


ADDRESSED = [
    # the people asked or encouraged to do something said nothing: the marked words get no speaker
    ("While a Facebook group had asked people to say a \u201cshort prayer\u201d for the mayor, Ann Holt had other "
     "ideas.", "short prayer", None),
    ("The visit hopes to encourage the once closed regime to continue with its \u201cremarkable reforms.\u201d",
     "remarkable reforms", None),
    # guards: an addressee made to speak in fact keeps the words; the urging speaker keeps hers
    ("The move prompted the opposition party to accuse the cabinet of \u201cabuse of power\u201d on Monday.",
     "abuse of power", "the opposition party"),
    ("Lund urged voters to reject the \u201creckless plan\u201d at the polls.", "reckless plan", "Lund"),
]


@pytest.mark.parametrize("text,words,who", ADDRESSED)
def test_addressee_is_no_speaker(text: str, words: str, who: str | None) -> None:
    assert _speaker(text, words)[1] == who

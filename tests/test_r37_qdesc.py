"""Round 37 (issue 18, review S: a title or description as speaker though the report names the person just
before): a description by another name of the person's office or trade ("the cleric" for a rabbi, "the premier"
for a prime minister, "the company's chief" for a chief executive) takes up the one person named just before
whose role it fits (quotes/described_persons.py, quotes/office_phrases.py, data/quote_described_roles.tsv).
Sentences written here; each "changed" row had no speaker on main 556e0fe1; each guard keeps no speaker."""

from __future__ import annotations

import pytest
from conftest import quote_of

_CHANGED = [
    ("Rabbi Dan Adler led the service on Saturday. The cleric said the community would rebuild the hall.",
     "the community", "Dan Adler"),
    ("Imam Omar Saleh opened the mosque on Friday. The cleric told reporters the doors would stay open.",
     "the doors", "Omar Saleh"),
    ("Ayatollah Reza Kazemi, an adviser to the council, spoke in the capital on Friday. \"We will not wait,\" he "
     "said. The cleric added that the talks were over.", "the talks were", "Reza Kazemi"),
    ("Prime Minister Maria Lund met the king on Monday. The premier said the budget would pass in May.",
     "the budget", "Maria Lund"),
    ("Mark Hale, the company's chief executive, spoke on Monday. The company's chief said sales had doubled.",
     "sales had", "Mark Hale"),
    ("Tom Baker, a spokesman for the ministry, spoke on Sunday. The spokesperson said the talks would resume.",
     "the talks", "Tom Baker"),
    ("Dr. Lena Ortiz, a surgeon at the clinic, treated the victims. The physician said two were in critical "
     "condition.", "two were", "Lena Ortiz"),
    ("Archbishop Paul Mendez led the mass on Sunday. The prelate said the church would help the families.",
     "the church", "Paul Mendez"),
    ("Sara Voss, the director-general of the agency, spoke on Monday. The director said the virus was spreading.",
     "the virus", "Sara Voss"),
]


@pytest.mark.parametrize(("text", "words", "who"), _CHANGED)
def test_office_named_otherwise(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


_GUARDS = [
    # a deputy is not the office
    ("Deputy Prime Minister Maria Lund met the king on Monday. The premier said the budget would pass in May.",
     "the budget"),
    ("Mark Hale, the deputy chief executive of Acme, spoke on Monday. The company's chief said sales had "
     "doubled.", "sales had"),
    # an executive is not the chief
    ("Mark Hale, a Google executive, spoke on Monday. The company's chief said sales had doubled.", "sales had"),
    # two persons whose roles fit
    ("Rabbi Dan Adler and Imam Omar Saleh met on Friday. The cleric said the community would rebuild the hall.",
     "the community"),
    # a description that names its own body
    ("Tom Baker, a spokesman for the army, spoke on Sunday. The spokesperson for the ministry said the talks "
     "would resume.", "the talks"),
    # an indefinite description is someone new
    ("Rabbi Dan Adler led the service on Saturday. A cleric said the community would rebuild the hall.",
     "the community"),
]


@pytest.mark.parametrize(("text", "words"), _GUARDS)
def test_description_stays_unresolved(text: str, words: str) -> None:
    assert quote_of(text, words)[0] is None

"""Quotes, issue 18 round 16: perceptions, owned nouns of a stance with an aim, feelings aimed at something.

"X sees / views Y as Z" is a view its holder has of Y, kept as kind ``stance`` like a belief (round 14), with the
limits of every stance: negated, under a modal, passive with no agent, or held by the writer or people at large it
gives nothing, and "see" or "view" with an object and no "as" is something seen, no view. A noun of a stance with a
possessive owner and the object of its preposition, as the subject of its clause ("Trump's call for a ban drew
fire"), is what the owner's position is aimed at, a stance too; "attack" only when a person owns it ("Russia's
attacks on Aleppo" are a deed). More adjectives of a feeling take the object of their preposition as what the
feeling is aimed at ("is proud of the law", "are wary of steering ..."). An active "it" of a verb of speech is the
organization the report named before ("It said sales rose"), and nobody when there is none. Every sentence here was written for these tests; each case gives the text and its quotes as (kind,
text, speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

PERCEPTIONS = [
    ("Senator Mary Hale sees the new tax as a burden on families.",
     [("stance", "the new tax as a burden on families", "Mary Hale")]),
    ("Governor Tom Walsh views the treaty as a mistake.",
     [("stance", "the treaty as a mistake", "Tom Walsh")]),
    ("Mary Hale, who sees the levy as a burden, spoke on Monday.",
     [("stance", "the levy as a burden", "Mary Hale")]),
    # negated, under a modal, passive with no agent: no view held by anyone named
    ("Senator Mary Hale does not see the treaty as a mistake.", []),
    ("Governor Tom Walsh may view the treaty as a mistake.", []),
    # round 23: passive with no agent is a view of people the report leaves unnamed, stored with no speaker and
    # never listed (quotes/passive_views.py); still no view held by anyone named
    ("The treaty is widely seen as a mistake.", [("impersonal", "The treaty is widely seen as a mistake", None)]),
    # the writer or people at large
    ("I see the treaty as a mistake.", []),
    ("Many voters see the governor as the stronger candidate.",  # round 19: people at large
     [("stance", "the governor as the stronger candidate", "Many voters")]),
    # something seen or undergone, no "as": no view
    ("The region has seen a spate of floods this year.", []),
    ("Governor Tom Walsh viewed the footage on Monday.", []),
    # an "as" that opens a clause is a time, not what the object is seen as
    ("Senator Mary Hale has seen a fiercer debate in her party as more migrants arrived.", []),
    # said, the clause stays the speaker's words
    ("Ms. Hale said she sees the tax as a burden.", [("indirect", "she sees the tax as a burden", "Hale")]),
]

AIMED = [
    ("Senator Mary Hale renewed her push on Monday. Mr. Tom Walsh's support for the tariff surprised his allies.",
     [("stance", "the tariff", "Tom Walsh")]),
    ("The union's opposition to the merger is well known.", [("stance", "the merger", "The union")]),
    ("Anna Ruiz's attacks on the governor drew loud cheers at the rally.",
     [("stance", "the governor", "Anna Ruiz")]),
    # the object of another's verb: the clause tells the subject's position, the owner's is only named
    ("Voters cheered Anna Ruiz's attacks on the governor at the rally.", []),
    ("Anna Ruiz spoke on Monday. Her criticism of the budget grew sharper.",
     [("stance", "the budget", "Anna Ruiz")]),
    # a deed, not a position: "attack" needs a person owner
    ("Russia's attacks on the port continued on Monday.", []),
    ("The rebels' attacks on the city continued.", []),
    # no possessive owner: a benefit or a phrase, no one's stance
    ("Payments rose as support for the elderly grew.", []),
    # a preposition the noun does not take for its aim
    ("Anna Ruiz's support from the unions grew.", []),
]

FEELINGS = [
    # an adjective of a feeling aimed at the object of its preposition (the family of round 15's "worried about")
    ("Senator Mary Hale is proud of the new law.", [("stance", "the new law", "Mary Hale")]),
    ("Party leaders are wary of steering the party too far left.",
     [("stance", "steering the party too far left", "Party leaders")]),
    ("Anna Ruiz remained hostile to the merger.", [("stance", "the merger", "Anna Ruiz")]),
    # negated, people at large, no one's position, a preposition the word does not take for its aim
    ("Mr. Walsh was not happy with the ruling.", []),
    ("Many voters are angry at the elites.", []),
    ("The museum is open to the public.", []),
    ("Senator Mary Hale was proud in her speech.", []),
    # said, the clause stays the speaker's words
    ("Investors were pleased with the results, Ms. Hale said.",
     [("indirect", "Investors were pleased with the results", "Hale")]),
]

SPEAKING_IT = [
    # an active "it" of a verb of speech: the organization named before
    ("Acme Corporation reported higher profits on Monday. It said sales rose 5% in the quarter.",
     [("indirect", "sales rose 5% in the quarter", "Acme Corporation")]),
    ("Acme Corporation reported higher profits on Monday. Sales rose 5% in the quarter, it added.",
     [("indirect", "Sales rose 5% in the quarter", "Acme Corporation")]),
    # no organization to stand for it, a negated or modal verb, a clause someone else reports
    ("The new law took effect on Monday. It says firms must pay a minimum wage.", []),
    # an unnamed "it" hides no statement inside its clause
    ("The firm posted a loss on Monday. It also said the government had told it to pay a new tax.",
     [("indirect", "to pay a new tax", "the government")]),
    ("Acme Corporation posted a loss on Monday. It also said the government had told it to pay a new tax.",
     [("indirect", "the government had told it to pay a new tax", "Acme Corporation")]),
    ("Acme Corporation will report results on Monday. It will not say whether sales rose.", []),
    ("Ms. Hale said it added costs for small firms.", [("indirect", "it added costs for small firms", "Hale")]),
    # a verb that is no speech keeps "it" as no one
    ("Acme Corporation reported higher profits on Monday. It shows that demand is strong.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERCEPTIONS + AIMED + FEELINGS + SPEAKING_IT)
def test_round16(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Senator Mary Hale sees the new tax as a burden on families.",
    "The union's opposition to the merger is well known.",
])
def test_views_and_aims_are_no_words_said(qnlp, text) -> None:
    """Without stances (what the quote lists show) a view or a noun's aim gives nothing."""
    assert quote_rows(qnlp, text) == []

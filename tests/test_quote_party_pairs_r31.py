"""Round 31 (issue 18, quotes on real reports; review D): legislators named together, each with a party-state tag
("Sen. Ann Cole, R-Texas, and Rep. Paul Stone, R-Ohio, wrote ..."), are the people a later "they" of a reporting
clause stands for. The parser splits a tag ("R", "-", "Texas") and hangs the state on the party letter as a
conjunct, a nameless coordination that :mod:`newsgraph.extract.quotes.pairs` took for the latest plural thing and so
left "they" without a speaker (``quotes/party_tags.py``). Sentences written here; each "changed" row had no speaker
on main 0646b5ba; the guards keep their answer."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of


@pytest.mark.parametrize(("text", "words", "who", "name"), [
    # changed: a joint statement of two tagged legislators
    ('House Speaker Maria Lopez, D-Calif., and Senate Minority Leader Tom Berg, D-N.Y., charged that the minister '
     '"twisted the findings" of the audit.\n\n"The audit paints a troubling picture of a ministry that ignores the '
     'law," they said in a joint statement.', "The audit paints", "Maria Lopez", "Maria Lopez and Tom Berg"),
    # guard: the parser read this pair right before round 31
    ("Sen. Ann Cole, R-Texas, and Rep. Paul Stone, R-Ohio, wrote to the agency last week. They asked for the files "
     "on the program.", "the files on the program", "Ann Cole", "Ann Cole and Paul Stone"),
    # changed: the parser breaks the list (the second name an apposition of the first): read from the words
    ('Sen. Ruth Adler, I-Vt., and Sen. Omar Haddad, D-Mich., sent the letter on Monday. "We expect an answer within '
     'a week," they wrote.', "We expect an answer", "Ruth Adler", "Ruth Adler and Omar Haddad"),
    # guard: tags in parentheses, a list the parser reads right here
    ('In their letter to Minister Ana Ruiz, Sens. Tom Berg (D-NY), Paul Stone (D-NY) and Ed Marsh (D-Ohio) write, '
     '"We urge you to act now." They also asked for sanctions on the banks that fund the army.',
     "sanctions on the banks", "Tom Berg", "Tom Berg, Paul Stone and Ed Marsh"),
    # guard: the same pair without tags was read before
    ('Maria Lopez and Tom Berg charged that the minister twisted the findings.\n\n"The audit paints a troubling '
     'picture," they said in a joint statement.', "The audit paints", "Maria Lopez", "Maria Lopez and Tom Berg"),
    # guard: one tagged legislator speaks alone
    ("Sen. Ann Cole, R-Texas, said the files would be released in May.", "the files would be released", "Ann Cole",
     "Ann Cole"),
])
def test_tagged_pair_speaks(text: str, words: str, who: str, name: str) -> None:
    assert quote_of(text, words) == (who, name), quote_facts(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: people met or named apart are no pair (an empty answer beats a guess)
    ("Sen. Ann Cole, R-Texas, met with Rep. Paul Stone, R-Ohio, last week. They said the files would be released.",
     "the files would be released"),
    # guard: a tagged name joined to a group that is no person
    ("Sen. Ann Cole, R-Texas, and the farm lobby wrote to the agency last week. They asked for the files on the "
     "program.", "the files on the program"),
])
def test_tagged_pair_guard(text: str, words: str) -> None:
    assert quote_of(text, words)[0] is None, quote_facts(text)

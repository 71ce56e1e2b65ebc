"""Round 15 (issue 18): which full name a bare surname stands for in the entity layer
(`newsgraph.extract.entity_surnames`), and the speaker that follows end to end. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.entity_surnames import suffix_of


@pytest.fixture(scope="module")
def entnlp():
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities",))


def _owner(nlp, text: str, at: str) -> str | None:
    """The name of the entity holding the mention that starts where ``at`` (the bare name and the verb after it,
    "Cruz said") starts, or None."""
    start = text.index(at)
    for e in nlp(text)._.newsgraph_entities:
        if any(m["start"] == start for m in e["mentions"]):
            return e["name"]
    return None


# (text, the bare mention and its verb, the entity it must join: a full name, or
# the bare name itself for a row of its own)
ENTITY_LAYER = [
    # a relative named last does not take the surname from the main person
    ("Sen. Ted Cruz spoke on Monday. His wife, Heidi Cruz, joined him. Cruz said the race was close.",
     "Cruz said", "Ted Cruz"),
    ("Mike Pompeo flew to Cairo. Susan Pompeo, his wife, stayed home. Pompeo said the talks went well.",
     "Pompeo said", "Mike Pompeo"),
    ("Gov. Rick Scott signed the bill. His son Jack Scott praised it. Scott said it was a good day.",
     "Scott said", "Rick Scott"),
    # with one holder, the old rule: that person, relative or not
    ("His wife, Heidi Cruz, spoke at the rally. Cruz said the race was close.", "Cruz said", "Heidi Cruz"),
    # a suffix separates people
    ("Donald Trump Jr. met a lawyer in June. President Donald Trump defended him. Trump Jr. said it was short.",
     "Trump Jr. said", "Donald Trump Jr."),
    ("Donald Trump Jr. met a lawyer in June. President Donald Trump defended him. Trump said it was nothing.",
     "Trump said", "Donald Trump"),
    ("President Donald Trump met donors. Trump Jr. said the meeting was short.", "Trump Jr. said", "Trump Jr."),
    # an honorific decides between a man and a woman of the surname
    ("Anna Lopez and her colleague Mark Lopez were arrested. Mrs. Lopez said she was innocent.", "Lopez said",
     "Anna Lopez"),
    ("Anna Lopez and her colleague Mark Lopez were arrested. Mr. Lopez said he was innocent.", "Lopez said",
     "Mark Lopez"),
    # one holder, named with a suffix: the bare surname is his (the key keeps his suffix)
    ("Vice President Joseph R. Biden Jr. spoke in Ohio. Mr. Biden said taxes matter.", "Biden said",
     "Joseph R. Biden Jr."),
    # a holder introduced only after the mention is not it
    ("Rep. Bobby Scott spoke on Monday. Scott said the vote was close. Later Sen. Tim Scott arrived.",
     "Scott said", "Bobby Scott"),
    # the report called someone by the bare surname before it named the second holder: the first one's
    ("Rep. Bobby Scott spoke on Monday. Scott said the vote was close. Sen. Tim Scott arrived. Scott left early.",
     "Scott left", "Bobby Scott"),
    ("Clinton Kept Her Illness Quiet\n\nHillary Clinton was treated in 1998, when Bill Clinton was president. "
     "Clinton noted the treatment in a book.", "Clinton noted", "Hillary Clinton"),
    # two holders, neither a relative, no cue: left unlinked in the entity layer (an empty link beats a wrong one)
    ("Gov. Rick Scott signed the bill. Sen. Tim Scott praised it. Scott called it a good day.", "Scott called", "Scott"),
]


@pytest.mark.parametrize("text, at, expected", ENTITY_LAYER)
def test_a_bare_surname_joins_the_holder_the_text_decides(entnlp, text, at, expected):
    assert _owner(entnlp, text, at) == expected


# end to end (with the record repair): the speaker of "X said" is the person the text means
SPEAKERS = [
    ('Sen. Ted Cruz spoke on Monday. His wife, Heidi Cruz, joined him. "We will win," Cruz said.', "Ted Cruz"),
    ('Mike Pompeo flew to Cairo. His wife, Susan Pompeo, stayed home. "The talks went well," Pompeo said.',
     "Mike Pompeo"),
    ('Gov. Rick Scott signed the bill. His wife Ann Scott praised it. "This is a good day," Scott said.',
     "Rick Scott"),
    ('Donald Trump Jr. met a lawyer in June. President Donald Trump defended him. "I did nothing wrong," '
     'Trump Jr. said.', "Donald Trump Jr."),
    ('Donald Trump Jr. met a lawyer in June. President Donald Trump defended him. "He is a good boy," Trump said.',
     "Donald Trump"),
]


@pytest.mark.parametrize("text, speaker", SPEAKERS)
def test_the_speaker_of_a_bare_surname_is_the_main_person(text, speaker):
    rec = newsgraph.extract(text, published="2019-06-01")
    names = {e.id: e.name for e in rec.entities}
    quotes = [q for q in rec.quotes if q.kind == "direct"]
    assert quotes and names.get(quotes[-1].speaker or "") == speaker


@pytest.mark.parametrize("text, suffix", [
    ("Donald Trump Jr.", "jr"), ("Trump Jr", "jr"), ("George Bush Sr.", "sr"), ("Henry Ford III", "iii"),
    ("Donald Trump", ""), ("Ivan Jrovic", ""),
])
def test_suffix_of(text, suffix):
    assert suffix_of(text) == suffix

"""Quotes, issue 18 round 16: speaker classes the reviews of real reports found wrong (review 15 and its
integration reading), written as classes.

- a bare "Mr. X" right after a relative of the same surname was named in full went to the main holder by the
  "named first" rule ('Seif Gadhafi replied ... "...," Mr. Gadhafi said' went to the father): an honorific
  right after a holder of its gender was named (same sentence or the one before) is that holder;
- "the elder Mr. Bush" went to the son: an age word picks the holder introduced as the parent (or the child);
- an honorific decides between a man and a woman of the surname before the relative rule ("Mrs. Cruz" after
  "his wife, Heidi Cruz" is the wife, however far back she was named);
- a widow's "she" went to a man (the accused) when no entity holds her: a description by a kinship noun ("his
  widow", "the widow of the spy", "his son") is the antecedent of the next "he"/"she" of its gender;
- "Jones, Smith, et al. wrote ..." gave the speaker "al";
- '"That, unfortunately," he said, "is ..."': the parser hangs the quoted "That" on "said" beside "he", and the
  second half of the quote lost its speaker;
- PolNeAR train's quotes left with no speaker by two parse slips: "..., adding of Mr. Lee, ''He cares ...''"
  (the participle hung on the quoted verb), '"...," said retired surgeon Ben Walsh, asked about ...' and 'Sen.
  Tom Kerr (D-Ill.), noting ..., said, "..."' (the speaker made the subject of a participle set off by his comma).

Every sentence here was written for these tests (invented people); each case gives the text and what must hold.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

import newsgraph
from newsgraph.person_bare import age_word, generation_of, named_just_before


@pytest.fixture(scope="module")
def entnlp():
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities",))


def _owner(nlp, text: str, at: str) -> str | None:  # noqa: ANN001
    """The name of the entity holding the mention that starts where ``at`` starts (the bare name and the verb after
    it), or None."""
    start = text.index(at)
    for e in nlp(text)._.newsgraph_entities:
        if any(m["start"] <= start < m["end"] for m in e["mentions"]):
            return e["name"]
    return None


# (text, the bare mention with the words after it, the entity it must join)
ENTITY_LAYER = [
    # an honorific right after the son was named in full: the son, though the father was "Haddad" first
    ("Omar Haddad ruled the province for decades. Haddad said the rebels would fail. His son, Karim Haddad, spoke "
     "on Monday. Karim Haddad replied that the rebels had no support. \"This is a game,\" Mr. Haddad said.",
     "Haddad said.", "Karim Haddad"),
    # ... but not when the one named just before is of the other gender: the relative rule stands
    ("Sen. Paul Varga spoke on Monday. His wife, Lena Varga, joined him. Mr. Varga said the race was close.",
     "Varga said the race", "Paul Varga"),
    # an honorific keeps its gender before the relative rule, however far back the relative was named
    ("Sen. Paul Varga spoke on Monday. Varga said the race was close. His wife, Lena Varga, joined him on the "
     "trail in May. The crowd cheered for an hour. The band played. Mrs. Varga said they would win.",
     "Varga said they", "Lena Varga"),
    # without an honorific the relative named just before does not take the surname (round 15's rule, kept)
    ("Sen. Paul Varga spoke on Monday. His wife, Lena Varga, joined him. Varga said the race was close.",
     "Varga said the race", "Paul Varga"),
    # an age word: the parent or the child the report introduced
    ("Gov. Mark Dunmore signed the bill. Dunmore said it was fair. Mr. Dunmore's father, former Senator Henry "
     "Dunmore, backed it in 1990. The elder Mr. Dunmore told reporters it was overdue.",
     "Dunmore told", "Henry Dunmore"),
    ("Gov. Mark Dunmore signed the bill. Dunmore said it was fair. Mr. Dunmore's father, former Senator Henry "
     "Dunmore, backed it in 1990. The younger Dunmore told reporters it was overdue.",
     "Dunmore told", "Mark Dunmore"),
    # ... and an honorific right after such a side mention ("Mr. Dunmore's father, ...") is not taken for the
    # father by nearness
    ("Gov. Mark Dunmore signed the bill. Dunmore said it was fair. Mr. Dunmore's father, former Senator Henry "
     "Dunmore, backed it in 1990. Mr. Dunmore told reporters it was overdue.",
     "Dunmore told", "Mark Dunmore"),
]


@pytest.mark.parametrize("text, at, expected", ENTITY_LAYER)
def test_a_bare_surname_joins_the_holder_the_text_decides(entnlp, text, at, expected):
    assert _owner(entnlp, text, at) == expected


# end to end, with the record repair (newsgraph.persons decides every bare surname again)
SURNAME_SPEAKERS = [
    ("Omar Haddad ruled the province for decades. Haddad said the rebels would fail. His son, Karim Haddad, spoke "
     "on Monday. Karim Haddad replied that the rebels had no support. \"This is a game,\" Mr. Haddad said.",
     "Karim Haddad"),
    ("Gov. Mark Dunmore signed the bill. Dunmore said it was fair. Mr. Dunmore's father, former Senator Henry "
     "Dunmore, backed it in 1990. \"It was overdue,\" the elder Mr. Dunmore told reporters.", "Henry Dunmore"),
    ("Gov. Mark Dunmore signed the bill. Dunmore said it was fair. Mr. Dunmore's father, former Senator Henry "
     "Dunmore, backed it in 1990. \"It was overdue,\" Mr. Dunmore told reporters.", "Mark Dunmore"),
    ("Sen. Paul Varga spoke on Monday. Varga said the race was close. His wife, Lena Varga, joined him on the "
     "trail in May. The crowd cheered for an hour. The band played. \"We will win,\" Mrs. Varga said.",
     "Lena Varga"),
]


@pytest.mark.parametrize("text, speaker", SURNAME_SPEAKERS)
def test_the_speaker_of_a_bare_surname_is_the_one_the_text_means(text, speaker):
    rec = newsgraph.extract(text, published="2019-06-01")
    names = {e.id: e.name for e in rec.entities}
    quotes = [q for q in rec.quotes if q.kind == "direct"]
    assert quotes and names.get(quotes[-1].speaker or "") == speaker


# (text, the (kind, text, speaker_name) rows that must be among the quotes)
KIN_AND_LISTS = [
    # a widow no entity holds: her "she" is hers, never the man named before
    ("The inquiry named Ivan Sorokin as a suspect in the killing. Sorokin denies any role. His widow welcomed the "
     "ruling on Thursday. \"He was a brave man,\" she said.",
     [("direct", "He was a brave man", "His widow")]),
    ("The inquiry named Ivan Sorokin as a suspect in the killing. Sorokin denies any role. The widow of the dead "
     "officer welcomed the ruling. \"He was a brave man,\" she said.",
     [("direct", "He was a brave man", "The widow")]),
    # a son who speaks: the next "he" is his, not the dead father's
    ("Hal Brenner died on Tuesday. His son said the doctors had done their best. \"He was a good man,\" he said.",
     [("direct", "He was a good man", "His son")]),
    # ... but a named person who acts after the description is nearer
    ("Hal Brenner died on Tuesday. His son thanked the doctors. Later Tom Ruiz spoke at the service. "
     "\"He was a good man,\" he said.",
     [("direct", "He was a good man", "Tom Ruiz")]),
    # "et al.": the people listed, never "al"
    ("Jones, Smith, et al. wrote that the drug was safe.",
     [("indirect", "the drug was safe", "Jones, Smith, et al.")]),
    # "adding" hung on the quoted verb by the parser ('' marks): the quoted "He" is no subject of it, the speech
    # goes on
    ("''We have started the talks,'' Mr. Walsh said, adding of Mr. Lee, ''He cares about the team.''",
     [("direct", "He cares about the team.", "Walsh")]),
    # an inverted speaker the parser made the subject of the participle after his comma
    ("\"I am not going to call it a mistake, so forget about it,\" said retired surgeon Ben Walsh, asked about "
     "his claims.",
     [("direct", "I am not going to call it a mistake, so forget about it", "Ben Walsh")]),
    # ... and a speaker before the verb whom the parser made the subject of the participle between them
    ("Sen. Tom Kerr (D-Ill.), noting the size of the list, said, \"Let me tell you, it is a big list.\"",
     [("direct", "Let me tell you, it is a big list.", "Tom Kerr")]),
    ("So far, Walsh has shown little inclination to play a big role on that front. But Sen. Tom J. Kerr (D-Ill.), "
     "noting the size of Walsh's following, said, \"Let me tell you, he has a heck of an email list.\"",
     [("direct", "Let me tell you, he has a heck of an email list.", "Tom J. Kerr")]),
    # the second half of a quote broken by "he said" keeps the speaker of the first
    ("Tom Ruiz denied it on Monday. \"That, unfortunately,\" he said, \"is part of the job.\"",
     [("direct", "That, unfortunately", "Tom Ruiz"), ("direct", "is part of the job.", "Tom Ruiz")]),
]


@pytest.mark.parametrize("text, rows", KIN_AND_LISTS)
def test_kin_descriptions_lists_and_broken_quotes(qnlp, text, rows):
    got = quote_rows(qnlp, text)
    for row in rows:
        assert row in got, got


def test_al_is_never_a_speaker(qnlp):
    doc = qnlp("Jones, Smith, et al. wrote that the drug was safe. Pelosi et al. insist the wall is immoral.")
    assert doc._.newsgraph_quotes
    assert all((q["speaker_name"] or "").strip(". ").lower() not in ("al", "et al") for q in doc._.newsgraph_quotes)


@pytest.mark.parametrize("before, expected", [
    ("the elder Mr. ", "elder"), ("The younger ", "younger"), ("his older ", "elder"), ("the senior ", None),
    ("said ", None),
])
def test_age_word(before, expected):
    text = before + "Dunmore said"
    assert age_word(text, len(before)) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Mr. Dunmore's father, former Senator Henry Dunmore, backed it.", "Henry Dunmore", "elder"),
    ("His son, Karim Haddad, spoke.", "Karim Haddad", "younger"),
    ("Karim Haddad, a son of the ruler, spoke.", "Karim Haddad", "younger"),
    # the son of someone named is that someone's son: the named one is no son
    ("He is the son of Omar Haddad, who ruled.", "Omar Haddad", None),
    ("Gov. Mark Dunmore signed the bill.", "Mark Dunmore", None),
])
def test_generation_of(text, name, expected):
    start = text.index(name)
    assert generation_of(text, start, start + len(name)) == expected


@pytest.mark.parametrize("text, name, expected", [
    # the one who spoke last, in the sentence before: taken
    ("Karim Haddad replied. \"It is a game,\" Mr. ", "Karim Haddad", "karim"),
    ("Karim Haddad, 40, said it was over. Mr. ", "Karim Haddad", "karim"),
    # a name only mentioned there decides nothing
    ("It was a visit by Karim Haddad and his wife. Mr. ", "Karim Haddad", None),
    # two sentence breaks between: too far
    ("Karim Haddad replied. The crowd left. Everyone went home. Mr. ", "Karim Haddad", None),
    # the full stops of "Mr." and of initials are no sentence breaks
    ("Karim H.W. Haddad said it to Mr. Lee. Mr. ", "Karim H.W. Haddad", "karim"),
])
def test_named_just_before(text, name, expected):
    assert named_just_before([(0, len(name), "karim")], len(text), text) == expected

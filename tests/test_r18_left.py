"""Round 18 (left): round 17's leftover wrong facts as classes. A verb of naming whose object carries its own
"on"/"for" phrase is no call on anyone ("called the attack on the weekly 'a terrorist attack'" was DEMAND); a
person the parser made a second subject after a verb that has its subject before it is the verb's object ("The
indictment ... charges Monica Witt" lost Witt). Hand-written texts only."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

import newsgraph
from newsgraph.extract.quotes.demands import dependents as _dependents
from newsgraph.extract.quotes.slips import late_subject


def _rec(text: str):
    return newsgraph.extract(text, published="2019-02-13", min_confidence=0.0)


def _events_at(rec, word: str) -> list:
    i = rec.text.index(word)
    return [e for e in rec.events if e.trigger_start <= i < e.trigger_end]


# -- naming with a phrase on the object: no demand (these rows were DEMAND at 72aa83e) --------------------------
@pytest.mark.parametrize("text", [
    'She called the strike on the village, which had sheltered hundreds of families, "a tragedy for everyone."',
    'He called the attack on the embassy, whose staff had been warned for weeks, "an act of war."',
])
def test_naming_with_a_phrase_on_the_object_is_no_demand(text):
    assert "DEMAND" not in {e.type for e in _events_at(_rec(text), "called")}


# -- another verb's row: a preposition two levels down is no particle of the verb (PROTEST at 72aa83e) ----------
@pytest.mark.parametrize("text", [
    '"They are not going to do so in reaction to a strike on the city."',
    "The rebels are going to respond with force to any strike on the port.",
])
def test_a_preposition_deep_in_the_arguments_makes_no_go_on_strike(text):
    assert "PROTEST" not in {e.type for e in _events_at(_rec(text), "going")}


# -- the verb's own "on"/"for"/"upon", and other verbs' phrases on the object, still make the row --------------
@pytest.mark.parametrize("text, word, typ", [
    ("The senator called on the government to resign.", "called", "DEMAND"),
    ("The union called upon its members to stay home.", "called", "DEMAND"),
    ("Protesters called for the release of the prisoners.", "called", "DEMAND"),
    ("The union called off the strike.", "called", "CONCEDE"),
    ("The army called up reservists.", "called", "MOBILIZE"),
    ("Workers went on strike on Monday.", "went", "PROTEST"),
    ("The teachers are going on strike.", "going", "PROTEST"),
    ("Republicans have been pressing the administration for answers.", "pressing", "DEMAND"),
])
def test_a_verbs_own_phrase_keeps_its_row(text, word, typ):
    assert typ in {e.type for e in _events_at(_rec(text), word)}


# -- a person parsed as a second subject after the verb is its object -------------------------------------------
@pytest.mark.parametrize("text, word, target", [
    ("The indictment unsealed on Tuesday charges John Harker, a former army analyst, with passing secrets to "
     "Russia.", "charges", "John Harker"),
    ("The indictment unsealed Wednesday charges Anna Berg, who officials say worked for the navy, with espionage.",
     "charges", "Anna Berg"),
    ("The lawsuit filed Friday charges Peter Gray with theft.", "charges", "Peter Gray"),
    ("Prosecutors charged John Harker with spying.", "charged", "John Harker"),
])
def test_the_person_charged_is_the_target(text, word, target):
    evs = _events_at(_rec(text), word)
    assert any(target in [t.name for t in e.targets] for e in evs)


@pytest.mark.parametrize("text, word, not_target", [
    ('"We will appeal," said John Harker, the defendant.', "said", "John Harker"),
    ("Rebels attacked the town and Harker says they fled.", "attacked", "Harker"),
])
def test_a_speaker_or_another_clauses_subject_is_no_target(text, word, not_target):
    assert not any(not_target in [t.name for t in e.targets] for e in _events_at(_rec(text), word))


# -- known: a later telling folded into the first loses the side only it names -----------------------------------
@pytest.mark.xfail(strict=True, reason="a fold that fills the first telling's empty side was built and dropped in "
                   "round 18: on 68 real reports it also filled wrong sides (a visit's actor with its host, a city as "
                   "whom a visit met, a later thanks' addressee); the fold matches too loosely to lend parties")
def test_a_folded_telling_keeps_the_side_only_it_names():
    text = "Officials described the al-Shabaab bombing as cowardly. Al-Shabaab attacked Kenya to punish it for sending troops."
    evs = [e for e in _events_at(_rec(text), "bombing") if e.type == "ASSAULT"]
    assert evs and "Kenya" in [t.name for t in evs[0].targets]


# -- quotes: a clause said that the parser split into a second subject of the cue verb ---------------------------
# The parse is built by hand (the slip came from a long subject on a real report and no written sentence gave it):
# "Inspectors said Lambert and a partner "repeatedly" tried to destroy records." with "Lambert" a second subject of
# "said" and "tried" hung on "partner".

_VOCAB = English().vocab
_SLIP = [("Inspectors", 1, "nsubj", "NOUN", "NNS"), ("said", 1, "ROOT", "VERB", "VBD"),
         ("Lambert", 1, "nsubj", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"), ("a", 5, "det", "DET", "DT"),
         ("partner", 2, "conj", "NOUN", "NN"), ("\u201c", 9, "punct", "PUNCT", "``"),
         ("repeatedly", 9, "advmod", "ADV", "RB"), ("\u201d", 9, "punct", "PUNCT", "''"),
         ("tried", 5, "acl", "VERB", "VBD"), ("to", 11, "aux", "PART", "TO"), ("destroy", 9, "xcomp", "VERB", "VB"),
         ("records", 11, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
# the same with "tried" read as a participle on "partner" (VBN), as the parser read the real report's "attempted"
_SLIP_VBN = [r if r[0] != "tried" else ("tried", 5, "acl", "VERB", "VBN") for r in _SLIP]
# "Inspectors said Lambert, an official appointed by the mayor." : a participle with an agent is no split clause
_APPOINTED = [("Inspectors", 1, "nsubj", "NOUN", "NNS"), ("said", 1, "ROOT", "VERB", "VBD"),
              ("Lambert", 1, "nsubj", "PROPN", "NNP"), (",", 2, "punct", "PUNCT", ","), ("an", 5, "det", "DET", "DT"),
              ("official", 2, "appos", "NOUN", "NN"), ("appointed", 5, "acl", "VERB", "VBN"),
              ("by", 6, "agent", "ADP", "IN"), ("the", 9, "det", "DET", "DT"), ("mayor", 7, "pobj", "NOUN", "NN"),
              (".", 1, "punct", "PUNCT", ".")]
# "'We will appeal,' said Lambert." : an inverted speaker, no subject before the verb
_INVERTED = [("\u201c", 4, "punct", "PUNCT", "``"), ("We", 3, "nsubj", "PRON", "PRP"), ("will", 3, "aux", "AUX", "MD"),
             ("appeal", 4, "ccomp", "VERB", "VB"), ("said", 4, "ROOT", "VERB", "VBD"),
             ("Lambert", 4, "nsubj", "PROPN", "NNP"), (".", 4, "punct", "PUNCT", ".")]
# "The chief wrote Sen. Ortiz, Texas Republican." : the one written to, parsed as a second subject (no verb)
_WRITTEN_TO = [("The", 1, "det", "DET", "DT"), ("chief", 2, "nsubj", "NOUN", "NN"), ("wrote", 2, "ROOT", "VERB", "VBD"),
               ("Sen.", 4, "compound", "PROPN", "NNP"), ("Ortiz", 2, "nsubj", "PROPN", "NNP"),
               (",", 4, "punct", "PUNCT", ","), ("Texas", 7, "compound", "PROPN", "NNP"),
               ("Republican", 4, "appos", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]


def _built(rows) -> Doc:
    return Doc(_VOCAB, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


@pytest.mark.parametrize("rows, verb, child, late", [
    (_SLIP, 1, 2, True),
    (_SLIP, 1, 0, False),  # the speaker before the verb
    (_INVERTED, 4, 5, False),  # no subject before the verb: the inverted speaker
    (_WRITTEN_TO, 2, 4, False),  # the one written to carries no verb of a clause
    (_SLIP_VBN, 1, 2, True),  # the past tense read as a participle, with its complement
    (_APPOINTED, 1, 2, False),  # a participle with a "by" agent describes the name
])
def test_a_late_subject_is_a_clause_said(rows, verb, child, late):
    doc = _built(rows)
    assert late_subject(doc[verb], doc[child]) is late


def test_the_split_clause_is_what_the_verb_reports():
    doc = _built(_SLIP)
    assert ("ccomp", 2) in [(rel, h.i) for rel, h in _dependents(doc[1])]
    assert not any(h.i == 5 for _rel, h in _dependents(_built(_INVERTED)[4]))


# -- entities: names of laws and treaties are laws, coded with no country ------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Congress passed the Jerusalem Embassy Act in 1995, and the move was delayed for years.", "Jerusalem Embassy Act"),
    ("The bill follows the Taiwan Relations Act of 1979.", "Taiwan Relations Act"),
    ("Iran signed the Non-Proliferation Treaty.", "Non-Proliferation Treaty"),
])
def test_a_law_is_a_law_of_no_country(text, name):
    ents = {e.name: e for e in _rec(text).entities}
    assert ents[name].type == "LAW" and ents[name].country is None


@pytest.mark.parametrize("text, name, typ", [
    ("Iran signed the Non-Proliferation Treaty.", "Iran", "GPE"),
    ("The Act Now Coalition marched in Boston.", "Boston", "GPE"),
])
def test_other_names_beside_a_law_keep_their_type(text, name, typ):
    assert {e.name: e.type for e in _rec(text).entities}.get(name) == typ

"""Speaker rules for parses that leave a reporting verb without a subject (issue 18, round 7).

The parses are built by hand (no model is loaded), so each test pins the exact slip the rule is for:
the name hung on the word before it, the name read as a compound of the verb, a name that only closes
a heading. Every sentence was written for these tests.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.extract.quotes.colon_cues import colon_name as _colon_name
from newsgraph.extract.quotes.cues import left_speaker

_VOCAB = English().vocab  # a blank English vocab: punctuation and shape flags, no model


def _doc(rows: list[tuple[str, int, str, str, str]], ents: list[str] | None = None) -> Doc:
    """rows: (word, head index, relation, part of speech, lemma); ents: IOB tags like "B-PERSON"."""
    words = [r[0] for r in rows]
    return Doc(_VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], ents=ents or ["O"] * len(rows))


def _text(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc[span[0] : span[1]].text


# "In a call on Monday, Major Lena Ortiz, an army spokeswoman in Kabul, said, ..." with the name hung on
# "Monday" as an apposition and no subject on "said" (the slip seen on PolNeAR train).
_APPOS = [("In", 12, "prep", "ADP", "in"), ("a", 2, "det", "DET", "a"), ("call", 0, "pobj", "NOUN", "call"),
          ("on", 2, "prep", "ADP", "on"), ("Monday", 3, "pobj", "PROPN", "Monday"), (",", 4, "punct", "PUNCT", ","),
          ("Lena", 7, "compound", "PROPN", "Lena"), ("Ortiz", 4, "appos", "PROPN", "Ortiz"),
          (",", 7, "punct", "PUNCT", ","), ("an", 10, "det", "DET", "an"),
          ("spokeswoman", 7, "appos", "NOUN", "spokeswoman"), (",", 12, "punct", "PUNCT", ","),
          ("said", 12, "ROOT", "VERB", "say"), (",", 12, "punct", "PUNCT", ",")]
_APPOS_ENTS = ["O", "O", "O", "O", "B-DATE", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]


def test_subjectless_cue_takes_the_name_before_its_apposition() -> None:
    doc = _doc(_APPOS, _APPOS_ENTS)
    assert _text(doc, left_speaker(doc, 12, 0)) == "Lena Ortiz"


def test_an_apposed_role_gives_way_to_the_name_it_describes() -> None:
    # the same sentence with the role's own phrase right before the verb: the role is not the speaker's name
    rows = _APPOS[:10] + [("spokeswoman", 7, "appos", "NOUN", "spokeswoman"), (",", 10, "punct", "PUNCT", ","),
                          ("said", 12, "ROOT", "VERB", "say")]
    doc = _doc(rows, _APPOS_ENTS[:13])
    assert _text(doc, left_speaker(doc, 12, 0)) == "Lena Ortiz"


def test_name_read_as_a_compound_of_the_verb_speaks() -> None:
    doc = _doc([("Okafor", 1, "compound", "PROPN", "Okafor"), ("joked", 1, "ROOT", "VERB", "joke"),
                (",", 1, "punct", "PUNCT", ",")], ["B-PERSON", "O", "O"])
    assert _text(doc, left_speaker(doc, 1, 0)) == "Okafor"


def test_an_object_before_the_cue_never_speaks() -> None:
    # "The mayor praised Okafor, saying ...": Okafor is the one praised, not the one who says
    rows = [("The", 1, "det", "DET", "the"), ("mayor", 2, "nsubj", "NOUN", "mayor"),
            ("praised", 2, "ROOT", "VERB", "praise"), ("Okafor", 2, "dobj", "PROPN", "Okafor"),
            (",", 3, "punct", "PUNCT", ","), ("saying", 3, "acl", "VERB", "say")]
    doc = _doc(rows, ["O", "O", "O", "B-PERSON", "O", "O"])
    assert left_speaker(doc, 5, 0) is None


def test_a_quote_mark_outside_the_phrase_stops_the_search() -> None:
    # '"We back Tom Walsh," said ...': a name inside the quote is no speaker of the cue after it
    rows = [("\u201c", 4, "punct", "PUNCT", "\u201c"), ("We", 2, "nsubj", "PRON", "we"),
            ("back", 4, "ccomp", "VERB", "back"), ("Walsh", 2, "dobj", "PROPN", "Walsh"),
            ("said", 4, "ROOT", "VERB", "say")]
    doc = _doc(rows[:3] + [("Walsh", 2, "npadvmod", "PROPN", "Walsh"), (",", 2, "punct", "PUNCT", ","),
                           ("\u201d", 6, "punct", "PUNCT", "\u201d"), ("said", 6, "ROOT", "VERB", "say")],
               ["O", "O", "O", "B-PERSON", "O", "O", "O"])
    assert left_speaker(doc, 6, 0) is None


def test_colon_name_after_a_heading_dash_and_before_a_party_label() -> None:
    rows = [("Turnout", 1, "nsubj", "NOUN", "turnout"), ("rose", 1, "ROOT", "VERB", "rise"),
            ("-", 1, "punct", "PUNCT", "-"), ("Ana", 4, "compound", "PROPN", "Ana"),
            ("Ruiz", 1, "npadvmod", "PROPN", "Ruiz"), (":", 1, "punct", "PUNCT", ":")]
    doc = _doc(rows)
    assert _text(doc, _colon_name(doc, 0, 5)) == "Ana Ruiz"
    rows = [("Rep.", 2, "compound", "PROPN", "Rep."), ("Ana", 2, "compound", "PROPN", "Ana"),
            ("Ruiz", 2, "ROOT", "PROPN", "Ruiz"), ("(", 4, "punct", "PUNCT", "("), ("D-Ore", 2, "appos", "PROPN", "D-Ore"),
            (".)", 4, "punct", "PUNCT", ".)"), (":", 2, "punct", "PUNCT", ":")]
    doc = _doc(rows[:5] + [(")", 4, "punct", "PUNCT", ")"), (":", 2, "punct", "PUNCT", ":")])
    assert _text(doc, _colon_name(doc, 0, 6)) == "Rep. Ana Ruiz"
    # the closing parenthesis glued to the colon ("(R-S.C.):" gives one token "):"); a dash inside the label
    # ("R-S.C.") is no heading dash
    rows = [("Rep.", 2, "compound", "PROPN", "Rep."), ("Ana", 2, "compound", "PROPN", "Ana"),
            ("Ruiz", 2, "ROOT", "PROPN", "Ruiz"), ("(", 6, "punct", "PUNCT", "("), ("R", 6, "compound", "PROPN", "R"),
            ("-", 6, "punct", "PUNCT", "-"), ("S.C.", 2, "appos", "PROPN", "S.C."), ("):", 2, "punct", "PUNCT", "):")]
    doc = Doc(_VOCAB, words=[r[0] for r in rows], spaces=[True, True, True, False, False, False, False, True],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows])
    assert _text(doc, _colon_name(doc, 0, 7)) == "Rep. Ana Ruiz"
    # a clause before the colon is no name
    rows = [("Officials", 1, "nsubj", "NOUN", "official"), ("said", 1, "ROOT", "VERB", "say"),
            (":", 1, "punct", "PUNCT", ":")]
    doc = _doc(rows)
    assert _colon_name(doc, 0, 2) is None

"""Quotes and speakers (issue 3): quote marks, kinds, attribution, speaker resolution, PolNeAR floor.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import json
import string
import sys

import pytest
from conftest import ROOT, need_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.quotes import QuoteComponent, extract_quotes, load_cues, quoted_spans


def _spans(text: str) -> list[str]:
    pars, pos = [], 0
    for chunk in text.split("\n\n"):
        pars.append((pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return [text[q.start : q.end] for q in quoted_spans(text, pars)]


# ------------------------------------------------------------------------------------------------
# quote marks (no model needed)
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will go" today.', ["we will go"]),
        ("“We will go,” she said.", ["We will go,"]),
        ("The minister replied: ‘We will not leave’", ["We will not leave"]),
        ("“He told me ‘never’ twice,” she said.", ["He told me ‘never’ twice,"]),
        ("“He told me 'never' twice,” she said.", ["He told me 'never' twice,"]),
        ("The US' plans and the Joneses’ house don’t matter to O'Brien.", []),
        ("“The US' plans are clear,” he said.", ["The US' plans are clear,"]),
        ("In the ’90s he said “hi there” twice.", ["hi there"]),
        ("''We won,'' he said.", ["We won,"]),
        # an opener never closed is dropped at the next opener; the quote after it survives
        ("“This never closes. Later she said \"a real quote\" here.", ["a real quote"]),
        # open at the end of a paragraph, next paragraph not a continuation: that quote only is lost
        ("He said “this is open.\n\nNothing more here.\n\n“Fine,” she said.", ["Fine,"]),
        # the continuation convention: no closing mark, next paragraph opens again
        ("“First part.\n\n“Second part,” he said.", ["First part.\n\n“Second part,"]),
        ("\"A,\" she said. \"B.\"", ["A,", "B."]),
        ("A stray ” closer and then “a quote” here.", ["a quote"]),
    ],
)
def test_quoted_spans(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


# Review 11: a photo's caption between two paragraphs of one quote was glued into it (BBC "Image copyright ...").
@pytest.mark.parametrize(
    ("text", "pars", "expected"),
    [
        # the caption (no body paragraph) lies between: two quotes, neither holding it
        ("He said: “The job gets done.\n\nImage copyright AFP Image caption A visit\n\n“He promised it,” he said.",
         [(0, 28), (73, 99)], ["The job gets done.", "He promised it,"]),
        # adjacent paragraphs still make one quote
        ("He said: “The job gets done.\n\n“He promised it,” he said.", [(0, 28), (30, 56)],
         ["The job gets done.\n\n“He promised it,"]),
    ],
)
def test_a_quote_never_runs_across_a_caption(text: str, pars: list[tuple[int, int]], expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in quoted_spans(text, pars)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.ascii_letters + " .,\n\"'“”‘’«»", max_size=120))
def test_quoted_spans_never_raise(text: str) -> None:
    for q in quoted_spans(text, [(0, len(text))]):
        assert 0 <= q.open_mark < q.start <= q.end <= len(text)


# ------------------------------------------------------------------------------------------------
# extraction over parsed text
# ------------------------------------------------------------------------------------------------
def _quotes(qnlp, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        mention = text[q["speaker_start"] : q["speaker_end"]] if q["speaker_start"] is not None else None
        if q["cue_start"] is not None:
            assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
        out.append((q["kind"], q["text"], q["speaker_name"], mention, q["cue"]))
    return out


CASES = [
    # speaker after the quote
    ('"We will win this election," Jane Smith said on Monday.',
     [("direct", "We will win this election", "Jane Smith", "Jane Smith", "said")]),
    # inverted order, apposition after the name
    ('"The plan is dead," said Robert Brown, the committee chairman.',
     [("direct", "The plan is dead", "Robert Brown", "Robert Brown", "said")]),
    # speaker before, colon
    ('Jane Smith said: "We will win this election."',
     [("direct", "We will win this election.", "Jane Smith", "Jane Smith", "said")]),
    # pronoun to the most recent person
    ('Robert Brown spoke to reporters in Ottawa on Tuesday. "The plan is dead," he added.',
     [("direct", "The plan is dead", "Robert Brown", "he", "added")]),
    # pronoun to the most recent person of compatible gender
    ('Maria Lopez met Robert Brown in Ottawa on Friday. "We found common ground," she said.',
     [("direct", "We found common ground", "Maria Lopez", "she", "said")]),
    # a recent subject wins over a nearer name in a subordinate phrase
    ('Governor Tom Walsh, one of the rivals beaten by Robert Brown, sounded unsure this week. '
     '"It is sad that we have such poor choices," he said.',
     [("direct", "It is sad that we have such poor choices", "Tom Walsh", "he", "said")]),
    # a long title before the name, between the quote and the cue
    ('"Our campaign is in good shape this year," CBS News morning anchor Daniel Price said.',
     [("direct", "Our campaign is in good shape this year", "Daniel Price", "CBS News morning anchor Daniel Price",
       "said")]),
    # a sign-off line after a quote paragraph
    ('Anna Keller arrived late.\n\n"We waited for hours and nobody came."\n\n- Anna Keller',
     [("direct", "We waited for hours and nobody came.", "Anna Keller", "Anna Keller", "-")]),
    # a nominal reference through the entity's role
    ('General Kenneth Hart visited the base on Monday. "Our troops are ready," the general said.',
     [("direct", "Our troops are ready", "Kenneth Hart", "the general", "said")]),
    # "according to"
    ('According to Robert Brown, "the talks have failed completely."',
     [("direct", "the talks have failed completely.", "Robert Brown", "Robert Brown", "According to")]),
    # a colon after a name
    ('Robert Brown met the unions on Monday.\n\nRobert Brown: "We will not back down."',
     [("direct", "We will not back down.", "Robert Brown", "Robert Brown", ":")]),
    # an interrupted quote: two direct quotes, one speaker
    ('Anna Keller spoke in Berlin on Monday. "We tried," she said. "It did not work."',
     [("direct", "We tried", "Anna Keller", "she", "said"),
      ("direct", "It did not work.", "Anna Keller", "she", "said")]),
    # a quote over two paragraphs (open-quote continuation)
    ('Robert Brown described the night.\n\n"We heard a loud bang and ran outside.\n\n'
     '"Then the lights went out," he said.',
     [("direct", 'We heard a loud bang and ran outside.\n\n"Then the lights went out', "Robert Brown", "he",
       "said")]),
    # partial inside reported speech, and the reported clause itself
    ('Robert Brown said the government trusted local forces to "operate independently".',
     [("indirect", 'the government trusted local forces to "operate independently"', "Robert Brown",
       "Robert Brown", "said"),
      ("partial", "operate independently", "Robert Brown", "Robert Brown", "said")]),
    ("Robert Brown said that the factory would close next year.",
     [("indirect", "the factory would close next year", "Robert Brown", "Robert Brown", "said")]),
    # scare quotes of one or two words that nobody says are not quotes
    ('The so-called "peace plan" was rejected in Ottawa on Monday.', []),
    # apostrophes and possessives are not quote marks
    ("\"The US' plans are clear,\" Robert Brown said.",
     [("direct", "The US' plans are clear", "Robert Brown", "Robert Brown", "said")]),
    ('"He told me \'never again\' twice," Anna Keller said.',
     [("direct", "He told me 'never again' twice", "Anna Keller", "Anna Keller", "said")]),
    # cues as written
    ('"Big win tonight for our team!" Robert Brown tweeted.',
     [("direct", "Big win tonight for our team!", "Robert Brown", "Robert Brown", "tweeted")]),
    ('"We are leaving the city," Robert Brown told reporters.',
     [("direct", "We are leaving the city", "Robert Brown", "Robert Brown", "told reporters")]),
    ('"We are leaving the city," Robert Brown was quoted as saying.',
     [("direct", "We are leaving the city", "Robert Brown", "Robert Brown", "was quoted as saying")]),
    # an unbalanced mark costs its own quote only
    ('"This never closes, Robert Brown said on Monday.\n\nAnna Keller disagreed. "We are ready," she said.',
     [("indirect", "This never closes", "Robert Brown", "Robert Brown", "said"),
      ("direct", "We are ready", "Anna Keller", "she", "said")]),
    # headlines, promos and captions are not quotes
    ("'We Will Win,' Says Brown As Talks Resume In Ottawa\n\nThe talks resumed on Monday.", []),
    ('Read: "We will win," says Brown\n\nThe talks resumed on Monday in Ottawa.', []),
    ('FILE PHOTO: "Hope" is painted on a wall in Kyiv.\n\nThe talks resumed on Monday in Ottawa.', []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(qnlp, text: str, expected: list[tuple]) -> None:
    assert _quotes(qnlp, text) == expected


def test_ids_and_entity_link(qnlp) -> None:
    doc = qnlp('Jane Smith arrived. "We will win," she said. "They will lose," Robert Brown replied.')
    qs = doc._.newsgraph_quotes
    assert [q["id"] for q in qs] == ["Q1", "Q2"]
    ents = {e["id"]: e["name"] for e in doc._.newsgraph_entities}
    assert [ents[q["speaker"]] for q in qs] == ["Jane Smith", "Robert Brown"]


@pytest.mark.parametrize("text", ['"', "“”", "'''", '" " " "', "“a” ‘b’ ’c‘ «d»", "\n\n\"\n\n\"x", "Hi."])
def test_bad_input_never_crashes(qnlp, text: str) -> None:
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    for q in doc._.newsgraph_quotes:
        assert 0 <= q["start"] <= q["end"] <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will go," she said.', [("direct", "We will go")]),
        ('He said "we will go" today, she said.', [("partial", "we will go")]),
    ],
)
def test_unparsed_doc_gives_quotes_without_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    import spacy

    from newsgraph.extract._doc import ensure_extensions

    ensure_extensions()
    qs = extract_quotes(spacy.blank("en")(text))
    assert [(q.kind, q.text) for q in qs] == expected
    assert all(q.speaker is None and q.cue is None for q in qs)


def test_doc_text_is_built_once_and_rebuilt_when_stale(qnlp) -> None:
    from newsgraph.extract import doc_text

    text = "“We will go,” she said.\n\nHe agreed."
    doc = qnlp(text)
    # the cleaning step kept the text; the quotes read it from there
    assert doc.user_data.get("newsgraph_text") == text == doc_text(doc)
    doc.user_data["newsgraph_text"] = "stale"  # a text of another length (foreign user data) is rebuilt
    assert doc_text(doc) == text
    empty = qnlp.make_doc("")
    assert doc_text(empty) == ""


def test_to_disk_roundtrip(tmp_path, qnlp) -> None:
    comp = QuoteComponent(qnlp, "newsgraph_quotes")
    comp.to_disk(tmp_path)
    other = QuoteComponent(qnlp, "newsgraph_quotes").from_disk(tmp_path)
    assert other.cues == load_cues()


def test_record_has_quotes(seed_record) -> None:
    q = [q for q in seed_record.quotes if q.kind == "direct"]
    assert [x.cue for x in q] == ["was quoted as saying", "added"]
    assert {x.speaker_name for x in q} == {"Kenneth McKenzie"}


# ------------------------------------------------------------------------------------------------
# quality floor on PolNeAR dev (84 articles; the reported split: tuning used train only)
# ------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_polnear_dev_floor() -> None:
    data = need_shared("data", "quotes", "polnear", "dev")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_quotes

    res = eval_quotes.evaluate(data, peer=False, end_to_end=False)
    json.dumps(res)
    m = res["metrics"]
    assert res["n_docs"] == 84
    # measured 0.922 overlap F1 and 0.956 speaker accuracy at 11:00 on 2026-12-03 (0.921 and 0.897 on 2026-11-25)
    assert m["direct_overlap_f1"] >= 0.89
    assert m["direct_speaker_accuracy"] >= 0.91
    # every attribution (issue 18), measured on 2026-12-03: overlap F1 0.808, token F1 0.850, speaker 0.881;
    # token F1 guards against whole-sentence spans buying overlap. Round 12 lowered the overlap floor from 0.78 to 0.77
    # on purpose: perceptions, wishes of people at large, refusals to act and the writer's own musings, which PolNeAR
    # counts as attributions and the reviews of real reports count as no quotes, are no longer reported; round 13 lowered
    # it to 0.76 for the same reason: acts aimed at something ("welcomed X", "blame X for Y", "citing X", "agreed to
    # Y") are no statements (this test, run once in round 13, gave 0.7642 on all 84 articles)
    assert m["all_overlap_f1"] >= 0.76
    assert m["all_token_f1"] >= 0.82
    assert m["all_speaker_accuracy"] >= 0.85

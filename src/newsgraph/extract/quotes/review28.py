"""Review of round 28 (the independent review of twelve unseen reports, issue #18 items 1 and 5): listed quotes
that are no statement.

- **What was said of something.** In '"The bottom line is it means delay," Ms. Rhee said of the minister's exit'
  the phrase after "said of" (or "said about") names the topic of the words, not words said. An indirect quote
  that is only the object of that preposition is kept as kind ``stance`` (stored with its holder, never shown as
  words said; PolNeAR's attributions join the topic to the quoted words, so its figures keep it), while a clause
  the verb governs beside it ("said of the exit that it was overdue") stays a statement (``spoken_topic``).
- **Whom a warning was for.** In "Leaders have warned the party not to make promises it cannot keep" the object
  is the one warned and the infinitive after it what they were told to do; the object alone was listed as the
  warning's words. A verb whose object PolNeAR counts as content (``data/attribution_frames.tsv`` ``dobj``) takes
  the infinitive that follows its object too (object control: "urged X to", "warned X not to"), so the words
  run on to what was asked (``told_to``).
- Orders, pledges and what a clip highlights ("ordered the killing of X", "pledged allegiance to Y", "highlights
  six disagreements") are acts whose noun-phrase object is their aim: ``data/quote_object_stances.tsv`` (read by
  ``afterpass``) keeps them as stances; "ordered that ...", "pledged to ..." stay statements.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from ...record import Quote
from .arrays import expand_span
from .cue_table import reporting_verbs

__all__ = ["heading_before", "predicted_speech", "quoted_in_object", "spoken_topic", "told_to"]

# verbs of saying whose "of"/"about" phrase names a topic, not words ("said of the exit", "says about the plan")
_SAYING = frozenset({"say"})
_TOPIC_PREPS = frozenset({"of", "about"})


def spoken_topic(doc: Doc, q: Quote, verb: Token | None) -> bool:
    """An indirect quote that is only the object of "said of" / "said about": the topic of the words."""
    if q.kind != "indirect" or verb is None or verb.lemma_.lower() not in _SAYING:
        return False
    span = expand_span(doc, q.start, q.end)
    if span is None or any(t.is_quote for t in span):
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _TOPIC_PREPS or prep.head.i != verb.i:
        return False
    # a clause the noun takes ("said of the chance that the delegates would switch") is a claim
    if any(c.dep_ in ("acl", "ccomp", "relcl") and doc[c.left_edge.i].lower_ == "that" for c in root.children):
        return False
    # the span lies inside the phrase: no clause of the verb's joined to it
    return span.start >= root.left_edge.i and span.end <= root.right_edge.i + 1


@lru_cache(maxsize=1)
def _told_to() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_told_to.tsv"))


def told_to(tok: Token, rel: str, head: Token, frames: frozenset[str], passive: bool) -> bool:
    """The infinitive after the object of a verb whose object holds content ("warned the party not to make
    promises", "urged lawmakers to act"): what the one addressed was told to do, part of the words."""
    if passive or rel != "xcomp" or "dobj" not in frames or head.i < tok.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < head.i), None)
    if obj is None or head.lemma_.lower() in reporting_verbs():
        return False  # ("emailed supporters to say that ...": the infinitive reports its own words)
    # a verb of telling someone to act takes it whoever the object is; after any other verb the infinitive tells
    # what a thing is for ("advocates a litany of rules to end the deferral"), part of what is attributed, while
    # after a person it is the subject's purpose ("emailed Brafman to thank him"), no words
    return tok.lemma_.lower() in _told_to() or not (obj.ent_type_ == "PERSON" or obj.pos_ == "PRON")


# a section heading put as a question is a short line ("Why the personal attack on John Bolton?")
_HEADING_WORDS = 12
_QUOTE_MARKS = "\"'“‘”’"


def heading_before(text: str, at: int, paragraphs: int = 2) -> tuple[int, int] | None:
    """(start, end) of a question heading in the ``paragraphs`` lines before the one holding ``at``, or None.

    BBC-style reports head a section with a short question ("Why the personal attack on John Bolton?") and go on
    "The hawkish conservative ... He has said ...": the "he" of the section is the one its heading names, never the
    speaker of the section before it (review 28 gave him a spokesman quoted above the heading)."""
    line_start = text.rfind("\n", 0, at) + 1
    hi = line_start - 1
    seen = 0
    while hi > 0 and seen < paragraphs:
        lo = text.rfind("\n", 0, hi) + 1
        line = text[lo:hi].strip()
        if line:
            seen += 1
            # (one short question, not the report's title line, not a sentence ended before it on the line)
            if line.endswith("?") and line[0] not in _QUOTE_MARKS and len(line.split()) <= _HEADING_WORDS and \
                    lo > 0 and ". " not in line:
                # a question the next paragraph answers with quoted words ('Was Ortiz satisfied?' then '"To a
                # point," he said.') is the writer's question to the speaker, no heading
                nxt = text[hi:].lstrip()
                return None if nxt[:1] in _QUOTE_MARKS else (lo, hi)
        hi = lo - 1
    return None


# subjects that stand for no one who has spoken yet: a group told by a common noun ("critics", "Trump's
# defenders") or a pronoun for one
_GROUP_PRONOUNS = frozenset({"they", "some", "many", "others", "people"})
_FUTURE = frozenset({"will", "'ll"})


def predicted_speech(verb: Token | None) -> bool:
    """'Trump's defenders will say this evidence is all circumstantial', 'They will also say that ...': words a
    group is expected to say, the writer's forecast in an argument, not words said (review 28). A named speaker
    ("Obama will say in his speech tonight that ...": an advance text) or a time given for the saying is left
    alone."""
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.tag_ == "NNS" or subj.lower_ in _GROUP_PRONOUNS) or subj.ent_type_:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("npadvmod", "prep", "tmod")
                   for t in c.subtree)


def quoted_in_object(span: Span) -> bool:
    """Quote marks in an object outside the relative clauses it holds: quoted words make the object words said
    ("expressed his "deep concern""), while a scare-quoted term in a relative clause on a noun further in
    ("pledged allegiance to IS, the group that declared a "caliphate"") only describes that noun (review 28)."""
    inside: set[int] = set()
    for t in span:
        if t.dep_ in ("relcl", "acl") and t.head.i != span.root.i and span.start <= t.head.i < span.end:
            inside.update(range(t.left_edge.i, t.right_edge.i + 1))
    return any(t.is_quote and t.i not in inside for t in span)

"""Round 24 (issue 18 item 5): acts the writer tells with a noun object, read as no words said.

Independent reviews of unseen reports (round 23's end review: 15 of 186 listed quotes were no statement) found the
writer's narration of an act with a noun object listed as words: "issued a statement that appeared to ...",
"denied the allegations in a statement", "distanced themselves from the US position", "must identify products
... on their labels", "offering the example of a campaign", a graphic's caption "the map shows the states where
...". Each is an act, not words anyone said; the rows of ``data/quote_thing_objects.tsv`` turn them into stances
(stored, never listed: PolNeAR marks many of them as attributions, so the scores keep them) or into nothing. The
predicates here are the needs those rows name:

- ``words``: the object is a noun for words with no content ("issued a statement", "published a statement that
  seemed to clear the way"): a statement issued is a quote only with its content, and a clause or quoted words
  inside ("a statement saying the vote was unfair", "a statement that the strike would go on") keep it listed
  (``thing_objects._says_something`` decides that before any need is read);
- ``display``: the subject of "show" is a picture or a graphic (``data/quote_told_acts.tsv``, kind ``display``):
  what it shows is stored as a stance with no speaker (treatment ``shown``), never listed, as PolNeAR train marks
  most such scenes as attributions;
- ``bare`` (read as its negation): the object of "deny" has no "that"-clause with a subject of its own ("denied
  a news report that the president had lashed out at him" denies the report's content, words said, even where the
  parser reads "that" as a relative pronoun, as it does after "lashed out");
- a scene a picture shows, told by a participle ("the video shows the suspect pledging loyalty to ..."), is no
  clause of anyone's either, however the parser reads it (``shown_scene``), and is stored the same way; "the chart shows that prices rose"
  keeps its finite clause;
- ``given``: the object of "offer" is no noun of words given ("offered his condolences" stays listed).

"denied that he had met her" has a clause for object and is untouched; "denied the allegations" is a stance.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import words_by_kind
from .statements import said_nouns

__all__ = ["bare_words", "display_subject", "shown_scene", "that_clause", "words_given"]


def _nouns() -> dict[str, frozenset[str]]:
    return words_by_kind("quote_told_acts.tsv")


def bare_words(top: Token) -> bool:
    """The object is a noun for words ("a statement", "the allegations") with no participle telling its content
    ("a warning urging citizens to leave", "a statement accusing the firm"); a clause or quoted words inside were
    ruled out before."""
    return top.lemma_.lower() in said_nouns() and not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in top.children)


def display_subject(verb: Token) -> bool:
    """The subject of the verb, or of the clause a relative "that" / "which" hangs on, is a picture or a graphic
    ("The map below shows ...", "a video that shows ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _nouns().get("display", frozenset())


def words_given(top: Token) -> bool:
    """The object of "offer" is words given ("his condolences", "no details", "an apology") or a noun for words."""
    lemma = top.lemma_.lower()
    return lemma in _nouns().get("given", frozenset()) or lemma in said_nouns()


def that_clause(top: Token) -> bool:
    """The noun has a clause opened by "that" right after it, with a subject of its own ("a report that Trump had
    lashed out at him"): after a verb of denying, its content, however the parser hangs the "that"."""
    nxt = top.doc[top.i + 1] if top.i + 1 < len(top.doc) else None
    if nxt is None or nxt.lower_ != "that":
        return False
    clause = next((c for c in top.children if c.dep_ in ("relcl", "acl") and c.i > nxt.i), None)
    return clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > nxt.i and c.lower_ != "that"
                                      for c in clause.children)


def shown_scene(span: Span, verb: Token) -> bool:
    """"A video shows the suspect pledging loyalty": a picture shows a scene, a participle with its doer, which
    the parser may read as a clause; no finite verb, no "that"."""
    root = span.root
    return verb.lemma_.lower() == "show" and display_subject(verb) and root.head.i == verb.i and \
        root.dep_ in ("ccomp", "dobj") and root.tag_ == "VBG" and \
        not any(c.dep_ == "mark" or c.dep_ in ("aux", "auxpass") for c in root.children)


def picture_noun(lemma: str) -> bool:
    """A picture or a graphic (the "display" nouns of data/quote_told_acts.tsv): it shows, it says nothing."""
    return lemma in _nouns().get("display", frozenset())

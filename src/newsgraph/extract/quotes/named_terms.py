"""Round 25 (issue 18 item 5): quoted words that nobody said.

The end review of round 24's unseen reports (medicine, sport, advice, fact checks) found 22% of listed quotes were
no statements. Four shapes are settled here, each needing no speaker and no cue where the marks alone made a quote:

- **A term in marks.** 'HP is called "feather duvet lung."', 'the term used is "bird fancier's lung."', 'Then
  there is "hot tub lung"', 'conditions like "feather duvet lung"', 'The directive, "Climate Change Adaptation"':
  quoted words with no verb that a naming context gives as a name (kind ``naming`` of the table, "known as",
  "such as", "like", "there is", apposition) name a thing; nobody is quoted (``term``). Verbless words in any
  other place ('a chant of "..."', 'constitutes a "flagrant violation"') may repeat someone's words and stay.
- **A quoted name before the noun it labels.** 'the "Meth. We're On It." campaign', 'a "Don't jerk and drive"
  ad': the words name a campaign, a slogan, a work (kind ``label`` of ``data/quote_told_acts.tsv``), whatever
  they hold (``label``; only with no speaker: "fix the nation's "broken" campaign finance system" and 'the
  "right to work" law' are a speaker's words in PolNeAR train); and the quoted words as the subject of the writer's verb ('"Meth. We're on it" is rolling
  out with TV commercials'), with the campaign or work told of just before, are a name too (``subject``).
- (Words said by no one, "Nothing indicated that he was ...", are :mod:`.reversals`': stored as ``negated``.)
- **A bare speech clause as the words.** '"...," he said he said he told them.' (a typo's repeated cue): words
  made only of pronouns and verbs of speech say nothing and are dropped.
- **A schedule line.** Under "UP NEXT", 'Thunder: Host the Lakers on Friday.' / 'Lakers: Visit the Thunder on
  Friday.': a body's name, a colon and a bare imperative with no "we" or "you", set out as one of a run of such
  lines or under an all-capitals heading, is layout, not the body's statement (``schedule_line``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...lexicon import words_by_kind
from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span
from .cue_table import reporting_verbs
from .speaker_words import person_nouns
from .statements import said_nouns

__all__ = ["settle_named_terms"]

# how many tokens before a quoted subject may tell of the campaign or work it names
_NEAR = 30
_SPEAKING = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})
# "Thunder: Host the Lakers on Friday." - a name, a colon, a capitalised bare verb
_LINE = re.compile(r"^[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}: [A-Z][a-z]+\b")
_HEADING = re.compile(r"^[A-Z][A-Z0-9'’&-]*(?: [A-Z][A-Z0-9'’&-]*){0,4}:?$")


def _kinds() -> dict[str, frozenset[str]]:
    return words_by_kind("quote_told_acts.tsv")


def _unattributed(q: Quote) -> bool:
    return q.kind in ("direct", "partial") and not q.speaker and not q.speaker_name and not q.cue


def _words(span: Span) -> list[Token]:
    return [t for t in span if not (t.is_punct or t.is_quote or t.is_space)]


def _term(span: Span) -> bool:
    """Verbless quoted words that a naming context gives as a name: the complement of a naming verb ('is called
    "..."'), of "known as" or "such as" / "like" ('conditions like "..."'), of "there is" or of "the term ... is",
    or set beside a noun in apposition ('the directive, "..."', 'the term "..."'). A noun for words beside them
    ('a chant of "..."', 'words like "..."') leaves them words said, and so does any other place: 'constitutes a
    "flagrant violation"' repeats someone's words."""
    words = _words(span)
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    tops = [t for t in words if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(tops) != 1 or tops[0].head.i == tops[0].i:
        return False
    top = tops[0]
    head, kinds = top.head, _kinds()
    if top.dep_ in ("oprd", "attr", "dobj") and head.lemma_.lower() in kinds.get("naming", frozenset()):
        return _given_name(head)
    if top.dep_ == "attr" and head.lemma_.lower() == "be":
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "expl")), None)
        return subj is not None and (subj.dep_ == "expl" or subj.lemma_.lower() in kinds.get("label", frozenset()))
    if top.dep_ == "pobj" and head.lower_ in ("like", "as"):
        before = head.doc[head.i - 1] if head.i else head
        named = head.lower_ == "like" or before.lower_ == "such" or head.head.lemma_.lower() in kinds.get(
            "naming", frozenset()) and _given_name(head.head)
        return named and (head.lower_ == "as" or head.head.lemma_.lower() not in said_nouns())
    # 'The directive, "..."': set off by a comma or a dash right after its noun
    j = span.start - 1
    while j >= 0 and (span.doc[j].is_quote or span.doc[j].is_space):
        j -= 1
    return top.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() not in said_nouns() and \
        j > 0 and span.doc[j].text in (",", "-", "–", "—") and span.doc[j - 1].i == head.i


def _given_name(verb: Token) -> bool:
    """A naming verb that gives a name, not a speaker's characterisation: a participle or a passive with no agent
    ('is called', 'known as', 'nicknamed'), of no person ('Duterte has been called the "..."' and 'who Beck
    called "..."', 'naming him the "..."' are someone's words of a person)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False
    named = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if named is None and verb.dep_ == "acl":
        named = verb.head  # "a bomb nicknamed the ...": the noun the participle hangs on
    return named is None or not (named.ent_type_ == "PERSON" or named.pos_ == "PRON" and named.lower_ != "it" or
                                 named.lemma_.lower() in person_nouns())


def _after(doc: Doc, span: Span) -> Token | None:
    """The first word after the quote's closing mark (final stops and commas inside the marks skipped)."""
    j = span.end
    while j < len(doc) and (doc[j].is_quote or doc[j].is_space or doc[j].text in (".", "!", "?")):
        j += 1
    return doc[j] if j < len(doc) else None


def _label(doc: Doc, span: Span) -> bool:
    """'the "..." campaign': a noun that a name labels right after the marks."""
    nxt = _after(doc, span)
    if nxt is None or "\n" in doc[span.end : nxt.i].text_with_ws or not nxt.is_lower:
        return False  # a new paragraph or a new sentence ("... the right thing." / "Acts of protest ...")
    return nxt.pos_ == "NOUN" and nxt.lemma_.lower() in _kinds().get("label", frozenset())


def _subject(doc: Doc, span: Span) -> bool:
    """'"Meth. We're on it" is rolling out': quoted words opening a sentence, a verb of the writer's right after."""
    j = span.start - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space):
        j -= 1
    opens = j < 0 or doc[j].text in (".", "!", "?", ":") or "\n" in doc[j].text_with_ws
    nxt = span.end
    while nxt < len(doc) and doc[nxt].is_quote:
        nxt += 1
    if not opens or nxt >= len(doc) or nxt == span.end:  # no closing mark read right after the words
        return False
    verb = doc[nxt]
    if not (verb.pos_ in ("AUX", "VERB") and verb.tag_ in ("VBZ", "VBD", "MD") and verb.is_lower):
        return False
    # the campaign, slogan or work it names is told of just before ('launched the campaign on Monday. "..." is
    # rolling out'); a witness's words as a subject ('"It looks like a tornado" flattened the city') are not a name
    labels = _kinds().get("label", frozenset())
    return any(t.lemma_.lower() in labels and t.pos_ == "NOUN" for t in doc[max(0, span.start - _NEAR) : span.start])


def _bare_speech(span: Span) -> bool:
    """Words of only pronouns and verbs of speech ("he said he told them")."""
    words = _words(span)
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and len(words) <= 6 and all(t.lemma_.lower() in reporting_verbs() for t in verbs) and \
        all(t.pos_ in ("PRON", "VERB", "AUX") for t in words)


def _lines_around(text: str, start: int) -> tuple[str, str, str]:
    """The line holding ``start`` and the nearest non-empty lines before and after it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    before = [s.strip() for s in text[:lo].split("\n") if s.strip()]
    after = [s.strip() for s in text[hi:].split("\n") if s.strip()]
    return (before[-1] if before else "", text[lo:hi].strip(), after[0] if after else "")


def _schedule_line(doc: Doc, q: Quote, span: Span) -> bool:
    """'Thunder: Host the Lakers on Friday.' in a run of such lines or under an all-capitals heading."""
    if q.cue != ":" or q.kind != "indirect":
        return False
    first = next(iter(_words(span)), None)
    # a bare verb, which the tagger may read as a noun on a line of its own ("Host the Lakers": its object tells)
    bare = first is not None and (first.tag_ == "VB" or any(c.dep_ == "dobj" for c in first.children))
    if first is None or not bare or any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.start for c in first.children):
        return False
    if any(t.lower_ in _SPEAKING for t in span):
        return False
    prev, line, nxt = _lines_around(doc_text(doc), q.start)
    if not _LINE.match(line) or any(t.ent_type_ == "PERSON" for t in doc[span.start - 6 : span.start]):
        return False
    return bool(_LINE.match(prev) or _LINE.match(nxt) or _HEADING.match(prev))


# the kinds of name a programme, a paper or a book goes by (NER's label on the words in marks)
_TITLE_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT"})


def _show_title(doc: Doc, span: Span) -> bool:
    """'speaking Sunday on "Fox & Friends,"', 'told "Meet the Press"': words in marks that are one name NER gave a
    programme's or a work's label, right after "on" or "to" (where one speaks), are the show, not words said (round
    25's stop read: a guest's allegation listed "Fox & Friends" as his partial quote)."""
    words = [t for t in span if not (t.is_quote or t.is_punct or t.is_space)]
    if not words or any(t.pos_ == "VERB" for t in words):
        return False
    j = span.start - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space):
        j -= 1
    if any(t.ent_type_ not in _TITLE_LABELS for t in words):
        return _broadcast_on(doc, j, words)
    return j >= 0 and (doc[j].lower_ in ("on", "to") and doc[j].pos_ == "ADP" or _told_owner(doc, j, words))


# nouns of a broadcast a programme's name follows with "on" ("an interview on CBS' "60 Minutes"")
_BROADCASTS = frozenset({"interview", "appearance", "show", "program", "programme", "broadcast", "segment"})
_SHOW_WORDS = 5


def _broadcast_on(doc: Doc, j: int, words: list[Token]) -> bool:
    """'in an interview on CBS' "60 Minutes"', 'said in an appearance on "Face the Nation"': a short name in title
    case (NER gives such names no title label: "60 Minutes" is a time) after "on" that hangs on a noun of broadcast,
    the network's possessive between them or not, is the programme (round 30, allsides ranks 309-348)."""
    if len(words) > _SHOW_WORDS or not all(t.text[:1].isupper() or t.like_num for t in words):
        return False
    if j >= 1 and (doc[j].tag_ == "POS" or doc[j].text in ("’", "'")):
        j -= 1  # the network's possessive marker ("CBS’s", or the bare apostrophe after "CBS")
        j -= 1 if doc[j].pos_ == "PROPN" and doc[j].text not in ("’", "'") else 0
    elif j >= 1 and doc[j].pos_ == "PROPN" and doc[j - 1].lower_ == "on":
        j -= 1  # the network before a bare apostrophe the loop above skipped as a mark ("CBS’ “60 Minutes”")
    prep = doc[j] if j >= 0 else None
    return prep is not None and prep.lower_ == "on" and prep.head.lemma_.lower() in _BROADCASTS


def _told_owner(doc: Doc, j: int, words: list[Token]) -> bool:
    """'told Fox News' "Fox & Friends"': the show after its network's possessive, as the hearer of "tell" (round
    29, q4): the possessive marker comes right before the marks and a word of the title is the object of "tell"."""
    # the marker may be a tagged possessive ("'s") or a bare apostrophe after a plural-looking name ("News’"),
    # which the loop above skipped as a quote mark: then the word before the marks is the owner itself
    owned = doc[j].tag_ == "POS" or (doc[j].text.endswith("s") and j + 1 < len(doc) and doc[j + 1].text in ("’", "'")
                                     and doc[j + 1].idx == doc[j].idx + len(doc[j].text))
    if not owned:
        return False
    return any(t.dep_ in ("dobj", "dative") and t.head.lemma_ == "tell" for t in words)


def settle_named_terms(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes without terms, labels, bare speech clauses and schedule lines (words said by no one are
    :mod:`.reversals`')."""
    kept: list[Quote] = []
    for q in out:
        span = expand_span(doc, q.start, q.end)
        if span is None:
            kept.append(q)
            continue
        if _unattributed(q) and (_term(span) or _subject(doc, span) or q.kind == "partial" and _label(doc, span)):
            continue
        if q.kind == "indirect" and (_bare_speech(span) or _schedule_line(doc, q, span)):
            continue
        if q.kind == "partial" and _show_title(doc, span):
            continue
        kept.append(q)
    return kept

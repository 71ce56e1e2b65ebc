"""Review 20: quoted or reported words that belong to someone other than the cue's subject.

- **Words inside "a statement from Y that ...".** In "Lopez challenged a remark last month from Senator Hale that
  "nobody could have stopped it"" the verb (challenged, rejected, disputed) is the subject's stance toward the
  remark; the words of the "that"-clause are Hale's. The indirect quote becomes the clause with Hale as speaker and
  the noun as cue, and the partial quotes inside it follow; a stance of the subject toward the remark is kept
  (stored, never listed).
- **Examples of statements someone cites.** "The statements that the senator's critics cite as proof, such as "I
  never promised a tax cut", ...": the quoted example is a statement of someone the critics quote, not theirs; and
  a noun for words ("The statements") never speaks. Without a clear owner the words stay unresolved.
- **"citing" after a content clause.** "The president announced that the country would no longer "admit" students,
  citing "huge costs"": citing is the cue verb's subject's act, never the act of a subject inside the reported
  clause (other participles there, "five men entered the bank shouting ...", are the clause's agents').
- **"says the dissent by Judge X".** The opinion's author speaks: X.
- **A speech set out after its delivery.** "He used the court hearing to deliver a speech that ..." and then a
  paragraph of quoted words with no cue of their own: the speech's words, its deliverer's.
- **Texts whose owner or issuer does not speak.** "Snowden's documents showed the NSA had access ...", "The
  executive order says these countries are problematic ...": the holder of leaked files and the issuer of an order
  or a law are not who states what the text shows; kind ``document`` (the mention stays as its source). A report,
  memo or letter keeps its author (``documents.text_author``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...record import Quote
from .._doc import doc_text
from .afterpass import verb_at
from .arrays import expand_span
from .kinds import as_document
from .statements import said_nouns as _said

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_owners"]

# verbs by which the subject takes a position toward another's words, not words of its own
_STANCE_VERBS = frozenset({"challenge", "reject", "dispute", "contest", "question", "deny", "refute", "criticize",
                           "criticise", "condemn", "denounce", "slam", "mock", "ridicule", "cite", "quote",
                           "repeat", "echo", "decry", "attack", "counter", "rebut", "dismiss"})
# words that introduce a quoted example of the noun before them
_EXAMPLE_MARKS = ("e.g.", "e.g", "such as", "for example", "for instance", "like", "including")
# participles of citing: the reporter's act ("shouting "Hands up"" inside the clause stays its agents')
_CITING = frozenset({"cite"})
# at most this many characters between two examples joined by "or"
_EXAMPLE_GAP = 8
# "delivered a speech", "gave an address": what follows is the speech
_DELIVER = frozenset({"deliver", "give", "make"})
_SPEECHES = frozenset({"speech", "address", "statement", "lecture", "sermon"})
# nouns for a court's written opinion, whose author speaks ("the dissent by Judge X")
_OPINION_NOUNS = frozenset({"dissent", "opinion", "concurrence", "majority"})
# nouns for words besides those whose "that"-clause is their content (data/quote_statement_nouns.tsv)
_WORD_NOUNS = frozenset({"remark", "comment", "word", "quote", "quotation", "tweet"})


# texts whose holder or issuer is not their speaker: leaked or held files, and legal texts issued by someone (lemmas:
# "documents" is read as "document")
_UNAUTHORED = frozenset({"document", "file", "record", "cable", "order", "law", "statute", "act", "bill", "decree",
                         "directive", "regulation", "constitution", "amendment", "treaty"})


@lru_cache(maxsize=1)
def _word_nouns() -> frozenset[str]:
    """The nouns for words: statements.said_nouns and _WORD_NOUNS (read once, not per quote)."""
    return _said() | _WORD_NOUNS


def _span(doc: Doc, start: int | None, end: int | None) -> Span | None:
    if start is None or end is None:
        return None
    return expand_span(doc, start, end)


def _owner_and_clause(noun: Token, verb: Token) -> tuple[Span, Token] | None:
    """The owner ("from Y", "Y's") and the "that"-clause of a noun for words, when it has both; the parser may
    hang "from Y" and the clause on the verb when they follow the noun ("challenged a remark last month from Y
    that ...")."""
    owner: Span | None = None
    clause: Token | None = None
    after = [c for c in verb.children if c.i > noun.i]
    for c in list(noun.children) + after:
        if c.dep_ == "prep" and c.lower_ == "from" and owner is None:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                owner = noun.doc[pobj.left_edge.i : pobj.i + 1]
        elif c.dep_ == "poss" and c.head.i == noun.i and c.pos_ == "PROPN":
            owner = noun.doc[c.left_edge.i : c.i + 1]
        elif c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            clause = clause or c
    return (owner, clause) if owner is not None and clause is not None else None


def _clause_span(clause: Token) -> tuple[int, int]:
    """Characters of the clause after its "that", to its last word; a participle after a comma ("..., calling it
    "a lie"") is the act of the verb's subject, hung on the clause by the parser, and ends it."""
    doc = clause.doc
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i and t.lower_ == "that")]
    lo, hi = toks[0].i, toks[-1].i
    for t in toks:
        if t.i > lo and t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG" and \
                doc[t.i + 1].dep_ == "advcl":
            hi = t.i - 1
            break
    while hi > lo and (doc[hi].is_punct and not doc[hi].is_quote):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


class _Partials:
    """The partial quotes by start, indexed once per Doc (a scan of every quote per clause was quadratic on a long
    input); neither their kind nor their bounds change while the owners are settled."""

    def __init__(self, out: list[Quote]) -> None:
        self.quotes = sorted((p for p in out if p.kind == "partial"), key=lambda p: p.start)
        self.starts = [p.start for p in self.quotes]

    def starting(self, lo: int, hi: int) -> list[Quote]:
        """The partial quotes that start in [lo, hi]."""
        return self.quotes[bisect_left(self.starts, lo) : bisect_right(self.starts, hi)]


def _from_statement(doc: Doc, q: Quote, partials: _Partials, resolver: Resolver) -> Quote | None:
    """Give an indirect quote whose words are "a remark from Y that ..." to Y (in place); the subject's stance
    toward the remark is returned as a new record."""
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None or verb.lemma_.lower() not in _STANCE_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and q.start <= c.idx < q.end), None)
    if noun is None or noun.lemma_.lower() not in _word_nouns():
        return None
    found = _owner_and_clause(noun, verb)
    if found is None:
        return None
    owner, clause = found
    old = (q.start, q.end, q.speaker)
    stance = q.model_copy()
    stance.kind, stance.end = "stance", owner.end_char
    text = doc_text(doc)  # (Doc.text is rebuilt from the tokens on every access)
    stance.text = text[stance.start : stance.end]
    q.start, q.end = _clause_span(clause)
    q.text = text[q.start : q.end]
    q.cue, q.cue_start, q.cue_end = noun.text, noun.idx, noun.idx + len(noun.text)
    q.speaker = q.speaker_name = q.affiliation = None
    resolver.fill(q, owner)
    for p in partials.starting(q.start, q.end + 1):  # the partial quotes inside the clause are the owner's too
        if p is not q and p.end <= q.end + 1 and p.speaker == old[2]:
            p.speaker, p.speaker_name, p.affiliation = q.speaker, q.speaker_name, q.affiliation
            p.speaker_start, p.speaker_end = q.speaker_start, q.speaker_end
            p.cue, p.cue_start, p.cue_end = q.cue, q.cue_start, q.cue_end
    return stance if stance.speaker_name else None


def _example_of_cited(doc: Doc, q: Quote, previous: Quote | None) -> bool:
    """Quoted words set out as an example ("e.g.", "such as", or after such an example and "or") of a noun for
    words, or spoken by such a noun with no one named ("The statements ... can be read as")."""
    lead = doc_text(doc)[max(0, q.start - 16) : q.start].lower().rstrip(" \"'\u201c\u2018,:\u2014\u2013-")
    speaker = _span(doc, q.speaker_start, q.speaker_end)
    if speaker is not None and q.speaker is None and speaker.root.lemma_.lower() in _word_nouns() and \
            any(c.dep_ == "relcl" for c in speaker.root.children):
        return True  # "The statements that X's critics cite ... can be read as": the statements do not speak
    if previous is not None and lead.endswith((" or", " and")) and q.start - previous.end < _EXAMPLE_GAP:
        return True  # 'e.g., "A" or "B"': the second example too
    if not lead.endswith(_EXAMPLE_MARKS) or speaker is None:
        return False
    # the speaker is the subject of a relative clause on the words-noun ("statements that X's critics cite")
    verb = speaker.root.head
    return verb.dep_ == "relcl" and verb.lemma_.lower() in _STANCE_VERBS and \
        verb.head.lemma_.lower() in _word_nouns()


def _cited_by_reporter(doc: Doc, q: Quote, out: list[Quote]) -> None:
    """'announced that the country would no longer ..., citing "costs"': the citing is the announcer's (in place).
    The participle's speaker mention stands inside the content clause of another quote's cue verb."""
    cue = _span(doc, q.cue_start, q.cue_end)
    who = _span(doc, q.speaker_start, q.speaker_end)
    if cue is None or who is None or cue.root.tag_ != "VBG" or cue.root.lemma_.lower() not in _CITING:
        return
    t = who.root
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.i < who.start:
            outer = next((o for o in out if o is not q and o.speaker_name and o.cue_start is not None and
                          verb_at(doc, o.cue_start, o.cue_end) == t.head), None)
            if outer is not None:
                q.speaker, q.speaker_name, q.affiliation = outer.speaker, outer.speaker_name, outer.affiliation
                q.speaker_start, q.speaker_end = outer.speaker_start, outer.speaker_end
            return
        t = t.head


def _unauthored_text(doc: Doc, q: Quote) -> bool:
    """The cue verb's subject is a legal text or a set of files: "Snowden's documents showed", "The order says"."""
    verb = verb_at(doc, q.cue_start, q.cue_end)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _UNAUTHORED and \
        subj.ent_type_ not in ("PERSON", "ORG")


def _opinion_author(doc: Doc, q: Quote, resolver: Resolver) -> None:
    """'says the dissent by Judge X': X speaks (in place)."""
    speaker = _span(doc, q.speaker_start, q.speaker_end)
    if speaker is None or q.speaker is not None or speaker.root.lemma_.lower() not in _OPINION_NOUNS:
        return
    for c in speaker.root.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "of", "from"):
            pobj = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON"), None)
            if pobj is not None:
                resolver.fill(q, doc[pobj.left_edge.i : pobj.i + 1])
                return


def _speech_giver(doc: Doc, q: Quote, resolver: Resolver) -> None:
    """A quote with no cue right after "X (used the hearing to) deliver(ed) a speech": X speaks (in place)."""
    first = _span(doc, q.start, q.end)
    if first is None or first.start < 2 or q.cue is not None or q.speaker_name is not None:
        return
    k = first.start - 1
    while k > 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    for verb in doc[k].sent:
        if verb.lemma_.lower() not in _DELIVER or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _SPEECHES for c in verb.children):
            continue
        v = verb
        while not any(c.dep_ == "nsubj" for c in v.children) and v.dep_ in ("xcomp", "advcl", "conj") and v.head.i != v.i:
            v = v.head  # "He used the hearing to deliver a speech": the subject of "used"
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.pos_ == "PRON" or subj.ent_type_ == "PERSON"):
            resolver.fill(q, doc[subj.left_edge.i : subj.i + 1])
        return


def settle_owners(doc: Doc, out: list[Quote], resolver: Resolver) -> list[Quote]:
    """The quotes with review 20's owner classes settled (see the module's text)."""
    for q in out:  # (before the clauses of "a remark from Y that ..." change hands)
        if q.kind in ("direct", "partial", "indirect"):
            _cited_by_reporter(doc, q, out)
    added: list[Quote] = []
    partials = _Partials(out)
    example: Quote | None = None  # the last quote found an example, for 'e.g., "A" or "B"'
    for q in sorted(out, key=lambda r: r.start):
        if q.kind == "indirect":
            stance = _from_statement(doc, q, partials, resolver)
            if stance is not None:
                added.append(stance)
        elif q.kind in ("partial", "direct") and _example_of_cited(doc, q, example):
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = q.cue = q.cue_start = q.cue_end = None
            example = q
            continue
        example = None if q.kind in ("partial", "direct") else example
    for q in out:
        if q.kind in ("direct", "partial", "indirect") and q.speaker is not None and _unauthored_text(doc, q):
            as_document(q)
        if q.kind in ("direct", "partial", "indirect"):
            _opinion_author(doc, q, resolver)
        if q.kind == "direct":
            _speech_giver(doc, q, resolver)
    return out + added

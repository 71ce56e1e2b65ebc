"""What the entity rules share: a candidate mention, name tokens, and the title before a name.

Split out of :mod:`newsgraph.extract.entities` so that the type repairs (:mod:`.entity_types`) and the
grouping rules read one definition of each.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import TITLE_MODIFIERS, Lexicon, norm_name
from ._doc import doc_words, span_text

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _is_lexicon_name(text: str, lex: Lexicon) -> bool:
    return bool(lex.country_of(text) or lex.demonym_of(text) or lex.org_of(text) or lex.body_of(text))


def _appositive_role(doc: Doc, span: Span) -> str | None:
    """", the head of the US military's Central Command in Baghdad," after a name → its text."""
    head = span.root
    for child in head.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        if child.ent_type_ == "PERSON" or child.lower_ not in _ROLE_HEADS and child.pos_ != "NOUN":
            continue
        toks = [t for t in child.subtree]
        while toks and (toks[0].lower_ in _DETERMINERS or toks[0].is_punct):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        # a relative clause (from its first word: "a former deputy prime minister who was named ...") or a second
        # apposition ends the role
        starts = {t.left_edge.i for t in toks if t.dep_ == "relcl"}
        cut = next((k for k, t in enumerate(toks) if t.text == "," or t.dep_ == "relcl" or t.i in starts), len(toks))
        toks = toks[:cut]
        if not toks:  # only a determiner or punctuation ("..., the ,"): no role
            continue
        # a clause is no role (a finite verb), nor a run across a paragraph break ("Obama, Putin gird for frosty
        # face-off" of a headline run into the next paragraph; review 14)
        if any(t.tag_ in _FINITE or "\n" in t.text or "\n" in t.whitespace_ for t in toks) or \
                any("\n" in doc[i].text for i in range(toks[0].i, toks[-1].i + 1)):
            return None
        if _list_item_follows(doc, toks[-1].i + 1):
            return None
        if 1 <= len(toks) <= 14:
            return doc[toks[0].i : toks[-1].i + 1].text
    return None


def _list_item_follows(doc: Doc, i: int) -> bool:
    """", the Prince of Wales, French President Francois Hollande and ...": a comma, then a person's name within
    four words and no verb before it: the phrase is an item of a list of people, no role of the name before it
    (review 15; ", and Smith" is left alone: it may close an apposition)."""
    if i >= len(doc) or doc[i].text != "," or i + 1 >= len(doc) or doc[i + 1].lower_ == "and":
        return False
    for t in doc[i + 1 : min(len(doc), i + 5)]:
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
        if t.ent_type_ == "PERSON":
            return True
    return False


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


# NER labels that a known PERSON surname may override: NER often tags a bare surname as ORG/NORP.
# A GPE/LOC reading ("in Washington") is kept when a locative preposition governs the name.
_RELABEL_TO_PERSON = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON"})


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


_ROLE_HEADS = frozenset({
    "head", "chief", "leader", "commander", "spokesman", "spokeswoman", "spokesperson", "minister",
    "secretary", "president", "director", "chairman", "chairwoman", "chair", "ambassador", "envoy",
    "founder", "ceo", "governor", "mayor", "senator", "official", "adviser", "advisor", "general",
    "member", "deputy", "editor", "correspondent", "analyst", "professor", "researcher", "candidate",
    "king", "queen", "prince", "emir", "premier", "chancellor", "lawmaker", "representative", "judge",
    "justice", "attorney", "lawyer", "prosecutor", "officer", "executive", "manager", "owner", "expert",
})


@dataclass
class _Cand:
    start: int  # char offsets of the trimmed mention
    end: int
    text: str
    label: str
    span: Span
    key: tuple[str, str] | None = None
    country: str | None = None
    canonical: str | None = None


# ----------------------------------------------------------------------------------------------
# grouping into entities
# ----------------------------------------------------------------------------------------------
def _person_tokens(text: str) -> list[str]:
    toks = [t for t in norm_name(text).replace(".", ". ").split() if t]
    return [t for t in toks if t.lower().rstrip(".") not in _SUFFIXES]


def _surname(tokens: list[str]) -> str:
    return tokens[-1] if tokens else ""


_FullNames = dict[str, list[tuple[int, list[str]]]]  # surname (lower) → (position, name tokens)


# ----------------------------------------------------------------------------------------------
# roles and countries of persons
# ----------------------------------------------------------------------------------------------
# capitalized words that make a title another, lower office ("Assistant Attorney General", "Deputy Director")
_RANK_PREFIXES = frozenset({"Assistant", "Deputy", "Associate", "Principal", "Under", "Vice"})


def _title_before(doc: Doc, tok_i: int, lex: Lexicon) -> tuple[str | None, bool, str | None, int]:
    """(role, office, country from a national modifier, first token index) of the title before a name."""
    words = doc_words(doc)
    for n in range(lex.max_title_tokens, 0, -1):
        s = tok_i - n
        if s < 0:
            continue
        found = lex.title_of(words[s:tok_i])
        if not found:
            continue
        role, office = found
        if s > 0 and words[s - 1] in _RANK_PREFIXES and role and not role.startswith(words[s - 1]):
            # "Assistant Attorney General Jane Roe" holds no "Attorney General" (review 16)
            role, s = f"{words[s - 1]} {role}", s - 1
        country = None
        j = s - 1
        while j >= 0 and (words[j].lower() in TITLE_MODIFIERS or words[j] == "-"):  # lower_: text.lower()
            j -= 1
        # the modifier sits in the title's own sentence and ends in a word: "... in neighboring Iraq. Rep. Duncan
        # Hunter" read "Iraq ." as his national title (review 16: a congressman coded with the last sentence's place)
        if j >= 0 and not doc[s].is_sent_start and not doc[j].is_punct:
            country = _country_modifier(doc, j, lex)
        return (None if role == "-" else role), office, country, s
    return None, False, None, tok_i


def _country_modifier(doc: Doc, j: int, lex: Lexicon) -> str | None:
    """Country of the word(s) ending at token j: "Iraqi", "US", "Iraq's", "the Pentagon's"."""
    if doc_words(doc)[j] in {"'s", "’s", "'", "’"} and j > 0:
        j -= 1
    for n in (3, 2, 1):
        if j - n + 1 < 0:
            continue
        piece = span_text(doc, j - n + 1, j + 1)
        iso = lex.country_of(piece) or lex.demonym_of(piece)
        if iso:
            return iso
        body = lex.body_of(piece)
        if body:
            return body[0]
    return None



def _opens_sentence(tok: Token) -> bool:
    """The sentence's first word, or the first word after the quotation mark that opens it ('"Insiders have ...')."""
    if tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.is_quote and bool(prev.is_sent_start)

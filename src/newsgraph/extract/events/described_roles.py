"""Round 33 (issue 19, events on real reports): a bare definite description by a person's office ("the president",
"the attorney general", "the chairman", "the special counsel") stands for the one person the report named before
it who holds that office.

Independent reviews (round 32, review I) counted event sides left empty or filled with the bare noun where the doer
is a description: "The president defends the move", "Nadler wants the attorney general to come before Congress",
"The chairman ... demanded". The quote layer already takes such descriptions up for speakers
(:mod:`..quotes.described_persons`); the party rule reads the same role heads (``role_heads``) and the same table
of other words for one office (``data/quote_described_roles.tsv``), over the whole report before the description:

- the description is "the" + a lower-case person noun (``person_nouns`` or a table head), with no possessor, no
  apposition, no "of" phrase and no capitalized word (a named place or body makes it another person's office:
  "the Russian president" is :mod:`..quotes.leaders_described`'s);
- a person fits when one of his or her roles has that head (or a word the table lists for it), every other word of
  the description is a word of that role ("the attorney general": "Attorney General"), and the role has no tenure
  or lesser-rank word the description lacks ("Vice President", "former President" are no "the president");
- exactly one person named before fits, and was named in the description's paragraph or the two before it; none,
  several or one named only further back leave the rules before to it (an empty side beats a wrong one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .._doc import doc_text
from ..quotes.described_persons import same_office
from ..quotes.speaker_names import role_heads
from ..quotes.speaker_words import person_nouns
from .office_fallback import fallback_holder
from .party_words import party_words

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["office_described"]


def _description_words(tok: Token) -> list[str] | None:
    """The lower-case words of a bare definite description headed by ``tok`` (the head last), or None where
    ``tok`` heads no such description."""
    if tok.tag_ != "NN" or not tok.is_lower or tok.dep_ == "compound":
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ in {"poss", "appos", "nmod"} or c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return None  # "the committee's chairman", "the chairman, Ed Royce", "the president of Mexico"
    words: list[str] = []
    for c in tok.lefts:
        if c.dep_ in {"det", "punct"}:
            continue
        if c.dep_ not in {"amod", "compound"} or any(not w.is_lower for w in c.subtree):
            return None  # "the Russian president", "the former Marine General": not a bare office
        words.extend(w.lower_ for w in c.subtree)
    return [*words, tok.lower_]


def _holds(role: str, words: list[str], wanted: frozenset[str], marked: frozenset[str]) -> bool:
    """The role is the office the description's words name (module text)."""
    if not role_heads(role) & wanted:
        return False
    role_words = set(role.lower().replace("-", " ").split())
    if not set(words[:-1]) <= role_words:
        return False  # "the special counsel" is no "Counsel"'s holder unless the role says "special"
    return (role_words & marked) <= set(words)  # "Vice President" is no "the president"


#: how many paragraphs before the description's own the holder may last have been named in
_PARAGRAPHS_BACK = 2


def _paragraphs_back(text: str, char: int) -> int:
    """Where the paragraph ``_PARAGRAPHS_BACK`` before the one holding ``char`` starts (a run of line breaks ends a
    paragraph)."""
    pos = char
    for _ in range(_PARAGRAPHS_BACK + 1):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return 0
        while pos > 0 and text[pos - 1] == "\n":
            pos -= 1
    return pos


def office_described(tok: Token, res: PartyResolver) -> list[Party]:
    """The one person named before ``tok`` who holds the office its bare description names, or [] (module text)."""
    words = _description_words(tok)
    if words is None:
        return []
    office = same_office()
    head = words[-1]
    if head not in person_nouns() and head not in office:
        return []
    wanted = office.get(head, frozenset({head}))
    marked = party_words()["tenure"] | party_words()["lesser_rank"]
    found: dict[str, dict[str, Any]] = {}
    near = _paragraphs_back(doc_text(tok.doc), tok.idx)
    for _s, _e, ent in res._mentions_before(tok.idx):
        if ent["type"] == "PERSON" and any(_holds(r, words, wanted, marked) for r in ent.get("roles") or []):
            found[ent["id"]] = ent
    # the holder is a person the report is telling of: named in the description's paragraph or the two before it
    # (read on a tune page: "the president" six paragraphs after Obama was Iraq's new president, named by no title)
    if len(found) == 1 and any(s >= near and eid in found for s, _e, eid in res.mentions if s < tok.idx):
        holder: dict[str, Any] | None = next(iter(found.values()))
    else:  # round 37: the one holder named in the sentence, or the report's one holder its title names
        holder = fallback_holder(
            tok, res, lambda e: any(_holds(r, words, wanted, marked) for r in e.get("roles") or []))
    if holder is None:
        return []
    p = res.from_entity(holder)
    sp = res._span_of(tok)
    p.start, p.end = sp.start_char, sp.end_char
    return [p]

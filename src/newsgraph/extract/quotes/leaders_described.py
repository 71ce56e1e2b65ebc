"""Round 30 (issue #18, quotes on real reports): "the Russian leader", "The Venezuelan president" take up the head of
state or government of that country the report named before ("Putin said ... The Russian leader chided ...").

Before, such a description was left without a speaker unless the person's role itself named the place ("President"
has no "Venezuelan" in it), while the reviews count it as named (allsides checks, ranks 137-348: "the North Korean
leader" after Kim Jong Un, "Israel's leader" after Netanyahu). The person must be the only one named before with
that country (the entity layer's ``country``) and a head's office: a role whose words are an office of
``data/event_party_words.tsv`` (``office``: president, premier, king, ...) or "leader"/"chairman". A tenure word
("the former Russian leader", ``tenure`` of the same file) or two such persons ("the Russian president" after
Putin and Medvedev) leave the speaker empty, as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicon import load_lexicon, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .speakers import Resolver

__all__ = ["leader_described"]

# heads that are no office of the file's row but name who leads a state ("the North Korean leader")
_LEADING = frozenset({"leader", "chairman"})
_TITLE_CHARS = 40  # how far before a mention its title's tenure word may stand ("Former Russian President ...")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    rows = {row[0]: row[1] for row in read_tsv("event_party_words.tsv") if len(row) > 1}
    return {kind: frozenset(w.strip().lower() for w in rows[kind].split("|")) for kind in ("office", "tenure")}


def _head_office(role: str) -> bool:
    """The role is a head's office held now ("President", "Supreme Leader", "Prime Minister"), not "Vice President"
    nor "former President" (a tenure word of the file's ``tenure`` row)."""
    words = role.lower().split()
    offices = _words()["office"] | _LEADING
    if not words or words[0] == "vice" or any(w in _words()["tenure"] for w in words):
        return False
    return " ".join(words) in offices or words[-1] in offices


def _place_country(span: Span, root: Token) -> str | None:
    """The country the words before the head name ("North Korean", "Russia's"), one only."""
    lex = load_lexicon()
    words = [t for t in span if t.i < root.i and t.ent_type_ in ("NORP", "GPE")]
    if not words:
        return None
    text = span.doc[words[0].i : words[-1].i + 1].text
    text = text[:-2] if text.endswith(("'s", "’s")) else text
    return lex.demonym_of(text) or lex.country_of(text)


def leader_described(res: Resolver, span: Span, root: Token) -> str | None:
    """The one person named before ``span`` who heads the country the description names (module text), or None."""
    head = root.lower_
    if root.tag_ != "NN" or head not in _words()["office"] | _LEADING or span[0].lower_ not in ("the", "this", "that"):
        return None
    if any(t.lower_ in _words()["tenure"] for t in span):
        return None
    iso = _place_country(span, root)
    if iso is None:
        return None
    found = {pid for st, pid in res.persons if st < span.start_char and res.by_id[pid].get("country") == iso and
             any(_head_office(r) for r in res.by_id[pid].get("roles", [])) and not _held_once(res, pid)}
    return found.pop() if len(found) == 1 else None


def _held_once(res: Resolver, pid: str) -> bool:
    """A tenure word stands in the title before one of the person's mentions ("Former Russian President X"; the
    entity layer keeps the role "President" alone)."""
    tenure = _words()["tenure"]
    return any(w.strip(",.").lower() in tenure for m in res.by_id[pid].get("mentions", [])
               for w in res.text[max(0, m["start"] - _TITLE_CHARS) : m["start"]].split())

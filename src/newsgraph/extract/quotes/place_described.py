"""Round 29 (review B, issue #18 item 1): a description whose only name is a place or a nationality that qualifies
it ("The U.S. ambassador said", "The Israeli foreign ministry said") was left without a speaker, the place being
no speaker; a bare "the ambassador" or "the ministry" was resolved. Now such a description is read as the bare one
is, with the place kept as a condition:

- a government noun ("ministry", "government", :data:`.speaker_words.STATE_NOUNS`) speaks for the country the
  nationality or place names, when the report names that country (the resolver's country rule);
- a noun for one person ("ambassador", "commander") is the last person named before it whose role has that noun and
  names the place too ("U.S. ambassador to the United Nations" for "The U.S. ambassador"), never one whose role
  names another place or none ("The Russian ambassador" is not the American one named before). Only a definite
  description ("the", "this", "that") refers back; "a U.S. ambassador" introduces someone new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .leaders_described import leader_described
from .speaker_words import LOCAL_WORDS, STATE_NOUNS, person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .speakers import Resolver

__all__ = ["place_described"]


def place_described(res: Resolver, span: Span, root: Token) -> str | None:
    """The speaker a place-qualified description stands for (see the module's text), or None."""
    # (a lower-case head the parser tagged a proper noun, "The Israeli foreign ministry", is a common noun)
    if not (root.pos_ == "NOUN" or root.pos_ == "PROPN" and root.is_lower) or \
            span[0].lower_ not in ("the", "this", "that"):
        return None
    if any(t.lower_ in LOCAL_WORDS for t in span):
        return None  # ("the local government": no country guessed)
    head = root.lower_
    if head in STATE_NOUNS and head != "officials":
        return res._country(span, root)
    if root.tag_ not in ("NN", "NNP") or head not in person_nouns():
        return None
    places = [t.text.lower() for t in span if t.i < root.i and t.ent_type_ and t.pos_ in ("PROPN", "ADJ")]
    pid = res.last_with_role(span, head)
    if pid is None or not places:
        return leader_described(res, span, root) if places else None
    roles = [r.lower() for r in res.by_id[pid].get("roles", [])]
    if any(head in r and all(p in r for p in places) for r in roles):
        return pid
    return leader_described(res, span, root)  # round 30: "the Russian leader" after Putin (leaders_described)

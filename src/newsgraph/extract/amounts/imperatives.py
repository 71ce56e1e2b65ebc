"""A programme's bullet ("Slash corporation tax from 33% to 25%", "Lower the income tax to 30%"): a sentence that
opens with the base form of a verb of movement and states no finite verb before its figure is an imperative, a
proposal, never a move made (round 33, issue 17). The parse's own test (a root tagged VB with no subject,
``changes._not_a_move``) misses it when the small model tags the opening verb an adjective ("Slash", "Lower") and
so loses the trigger; this reads the words and the tags alone."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .changes import change_verbs

__all__ = ["imperative_opening"]

# what may follow a sentence-opening verb of movement that is no imperative: "Rise in prices", "Cut off from
# supplies, the town ...", "Double-digit growth"
_NOT_AFTER = frozenset({"in", "of", "off", "from", "by", "to", "up", "down", "back", "out", "for", "at", "on", "-",
                        "–", ",", ":", "'s", "’s"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _opening(doc: Doc, i: int) -> Token | None:
    """The first word of the sentence holding token ``i``, past quotes, bullets and dashes."""
    sent = doc[i].sent
    return next((t for t in sent if not (t.is_punct or t.is_space or t.text in ("*", "•", "-"))), None)


def imperative_opening(doc: Doc, at_char: int, trigger: Token | None) -> bool:
    """The move whose first figure starts at ``at_char`` (with ``trigger``, or none the parse found) is told by a
    sentence-opening imperative of movement."""
    fig = doc.char_span(at_char, at_char + 1, alignment_mode="expand")
    if fig is None or not len(fig):
        return False
    first = _opening(doc, fig[0].i)
    if first is None or first.i + 1 >= len(doc) or first.i >= fig[0].i or not first.text[:1].isupper():
        return False
    if trigger is not None and trigger.i != first.i:
        return False  # another verb moves the figure ("Lower oil prices cut inflation to 2%")
    if first.lower_ not in change_verbs() or doc[first.i + 1].lower_ in _NOT_AFTER:
        return False
    return not any(t.tag_ in _FINITE for t in doc[first.i + 1 : fig[0].i])

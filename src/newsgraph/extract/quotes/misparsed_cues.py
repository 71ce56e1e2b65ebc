"""Round 26 (issue 18, direct quotes): a verb of speech the parser hung on the name before it as a reduced relative.

In '"...!" Mike Murphy, the head of the group, tweeted on Friday' the parser may read "tweeted" as a participle
modifying "Murphy" (``acl``, as in "a message tweeted on Friday") and the quote loses its speaker, since a
participle on a noun is no cue (``cues._NOT_CUE_DEPS``). A person is not what gets tweeted or said, so when the name
opens the words after the closing mark, an apposition follows it and the verb comes right after the comma that
closes the apposition, the verb is the name's own and the name speaks (or, after a title noun, the person's name set beside it). Read on PolNeAR train ("Murphy, the head of
Right to Rise USA, Tweeted on Friday", "the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cues import Attr, Cues, cue_extent, np_span

__all__ = ["named_relative", "named_relative_in", "noun_read_cue"]


def named_relative(doc: Doc, i: int, lo: int, cues: Cues) -> Attr | None:
    """The attribution of the cue at ``i`` misread as a participle on the name that opens the window at ``lo``."""
    tok = doc[i]
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.lemma_.lower() not in cues.verbs:
        return None
    head = tok.head
    if head.pos_ not in ("PROPN", "NOUN") or not lo <= head.i < i or doc[i - 1].text != ",":
        return None
    appos = next((c for c in head.children if c.dep_ == "appos" and head.i < c.i < i), None)
    if appos is None or any(c.dep_ in ("auxpass", "aux", "agent") for c in tok.children):
        return None  # (a passive of its own: "..., the letter, signed by ...")
    if np_span(doc, head)[0] != lo:
        return None  # the name (or its title) must open the words after the quote
    if head.pos_ == "PROPN":
        spk = np_span(doc, head)
    elif appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON":
        spk = np_span(doc, appos)  # "the presumptive nominee, Donald Trump, tweeted": the name speaks
    else:
        return None
    cs, ce = cue_extent(doc, tok)
    return Attr(cs, ce, spk)


def named_relative_in(doc: Doc, lo: int, hi: int, masked: list[bool], cues: Cues) -> Attr | None:
    """The first such cue in the window [lo, hi) after a closing mark, outside quoted words."""
    for i in range(lo + 1, hi):
        if not masked[i]:
            a = named_relative(doc, i, lo, cues)
            if a is not None:
                return a
    return None


# Verbs of a text's wording that the parser reads as a plural noun or a noun when a text noun comes before them
# ('"...," the email read.', '"...," the document states.': "email read" as a compound noun; round 30, PolNeAR train)
_TEXT_VERBS = frozenset({"read", "reads", "states"})
_OPENERS = frozenset({"the", "a", "an", "this", "that", "one", "his", "her", "its", "their"})


def noun_read_cue(doc: Doc, lo: int, hi: int) -> Attr | None:
    """'"...," the editorial read.': the words after the closing mark are a short noun phrase (a determiner, then
    adjectives and nouns) whose last word is a verb of wording misread as its head noun, closing the sentence; the
    phrase before that word speaks (a text: ``kinds.refine_kind`` makes its words a document's)."""
    i = lo
    while i < hi and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= hi or doc[i].lower_ not in _OPENERS:
        return None
    k = i + 1
    while k < hi and k - i <= 4 and doc[k].lower_ not in _TEXT_VERBS:
        if doc[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        k += 1
    if k >= hi or k == i + 1 or doc[k].lower_ not in _TEXT_VERBS or doc[k].pos_ != "NOUN":
        return None
    if k + 1 < len(doc) and doc[k + 1].text not in (".", "!", "?"):
        return None  # only a verb that closes the sentence ("the email reads show" is something else)
    return Attr(k, k + 1, (i, k))

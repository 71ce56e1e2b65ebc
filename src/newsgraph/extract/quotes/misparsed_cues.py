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

__all__ = ["named_relative", "named_relative_in"]


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

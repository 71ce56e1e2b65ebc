"""Paragraphs trafilatura's precision mode drops from inside an article (round 25's start review: a BBC explainer
lost "Nato's primary purpose was to block expansion ..." and the treaty's Article 5 text, each a paragraph holding
one link, so "It also aimed to ..." and "In response, each other member ..." lost what they refer to).

Precision mode prunes blocks by link density and position; most of what it prunes sits before or after the body
(navigation, related links, share bars), which is why newsgraph reads in that mode. A paragraph the default mode
keeps *between* two paragraphs precision mode kept is inside the article; it comes back when it reads as prose (a
sentence of six words or more ending in a stop), never at the edges."""

from __future__ import annotations

import re

__all__ = ["restore_inner_paragraphs"]

_PROSE = re.compile(r"^\S.*[.!?:\"'\u201d\u2019)]$")
_MIN_WORDS = 6


def _prose(line: str) -> bool:
    s = line.strip()
    return len(s.split()) >= _MIN_WORDS and bool(_PROSE.match(s))


def restore_inner_paragraphs(precise: str, default: str) -> str:
    """``precise`` with the prose paragraphs of ``default`` that lie between two of its own paragraphs put back in
    place; ``precise`` unchanged when its paragraphs are not, in order, paragraphs of ``default``."""
    kept = [ln for ln in precise.split("\n") if ln.strip()]
    full = default.split("\n")
    at: list[int] = []
    j = 0
    for ln in kept:
        while j < len(full) and full[j] != ln:
            j += 1
        if j == len(full):
            return precise  # not a subsequence: the two modes cut the text differently; trust precision
        at.append(j)
        j += 1
    if len(at) < 2:
        return precise
    inside = set(at)
    added = [i for i in range(at[0] + 1, at[-1]) if i not in inside and _prose(full[i])]
    if not added:
        return precise
    keep = sorted(inside | set(added))
    return "\n".join(full[i] for i in keep)

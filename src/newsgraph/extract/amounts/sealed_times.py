"""Times of a sentence that cannot govern a figure, because they sit in a clause the figure is no part of (round
23's independent review, issue 17, item 4):

* a time inside a clausal complement ("Two people briefed on the talks said [Trump has decided ... a scheduled
  Dec. 15 imposition ...]"): what was said is dated, not the people who said it;
* a time inside a clause that modifies a noun of another clause ("eliminate the 15% tariffs ... imposed on Sept.
  1, as well as provide relief from the 25% tariffs imposed on an earlier list": Sept. 1 dates the first
  tariffs, not the 25%). A modifier of a noun in the figure's own clause still dates it ("500 troops sent in
  2014", "ten died in a fire that broke out on Sunday").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..context import clause_head

__all__ = ["figure_time_keep"]

_MODIFIER_CLAUSES = frozenset({"acl", "relcl"})


def figure_time_keep(doc: Doc, start: int, end: int) -> Callable[[Span], bool] | None:
    """A test on a time's span for ``context.time_for`` (True: the time may govern the figure at characters
    [start, end)); None on an unparsed doc or a figure whose tokens do not align."""
    if not doc.has_annotation("DEP"):
        return None
    fig = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if fig is None or not len(fig):
        return None
    root = fig.root
    own = clause_head(root)

    def keep(sp: Span) -> bool:
        return not _sealed(sp.root, root, own)
    return keep


def _sealed(tok: Token, fig: Token, own: Token) -> bool:
    """``tok`` (a time) lies in a complement or a modifier clause that holds no part of the figure ``fig`` (of
    clause ``own``) and, for a modifier, that hangs on a noun of another clause."""
    cur = tok
    for _ in range(64):  # a parse is a tree, but never trust a bad one to terminate
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" or cur.dep_ in _MODIFIER_CLAUSES:
            inside = cur.left_edge.i <= fig.i <= cur.right_edge.i
            if inside:
                return False
            if cur.dep_ == "ccomp" or clause_head(cur.head).i != own.i:
                return True
        cur = cur.head
    return False

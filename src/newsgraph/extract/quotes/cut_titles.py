"""Round 37 (issue 18, "speaker a noun fragment"): a role speaker's written name cut inside its title.

The parser splits "vice-president" into three tokens and makes "vice" the subject's head, and it hangs "of state"
off "secretary" as a phrase the speaker's noun phrase leaves out, so "The US vice-president defended the move,
saying ..." and "The US secretary of state has warned ..." kept the fragments "The US vice" and "The US secretary"
as ``speaker_name`` (read reports: BBC copy writes the title for the person). When the written name is the
mention's own words and the text goes on with the rest of a title, the name and the mention take it in: a hyphened
title part ("-president", "-general", "-elect", "-in-chief") right after the mention, or "of" and a cabinet
portfolio after a secretary's or minister's noun; and where a person's name follows the whole title ("Secretary of
State John Kerry says ... for saying ..." had the speaker "Secretary"), that person speaks. Nothing else moves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...record import Quote
from .._doc import doc_text

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["settle_cut_titles"]

# the rest of a hyphened title, right after the mention's last word ("vice|-president", "secretary|-general")
_HYPHENED = re.compile(r"-(?:president|general|elect|chairman|chairwoman|chair|chancellor|premier|minister|"
                       r"designate|in-chief|governor|admiral|marshal|chief)\b", re.I)
# a cabinet portfolio after "secretary" or "minister" ("secretary of state", "minister of the interior")
_PORTFOLIO = re.compile(r" of (?:state|defen[cs]e|the treasury|homeland security|commerce|energy|labou?r|health|"
                        r"education|agriculture|transportation|the interior|justice|war|foreign affairs|finance|"
                        r"the environment|trade|housing|veterans affairs)\b", re.I)
_PORTFOLIO_HEADS = frozenset({"secretary", "minister"})
# a title's hyphened prefix right before a mention the parser began at the title's noun ("vice-|president")
# a name right after a title ("Secretary of State| John Kerry")
_NAME = re.compile(r" ((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3})")
_PREFIX = re.compile(r"\b(vice|deputy|ex|co)-", re.I)


def settle_cut_titles(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Take the rest of a cut title into the written name and mention of every quote whose name is its mention."""
    text = doc_text(doc)
    for q in out:
        start, end = q.speaker_start, q.speaker_end
        if start is None or end is None or q.speaker_name != text[start:end]:
            continue
        start = _title_start(doc, text, start)
        last = text[start:end].split()[-1].lower() if text[start:end].split() else ""
        rest = _HYPHENED.match(text, end) or (_PORTFOLIO.match(text, end) if last in _PORTFOLIO_HEADS else None)
        if rest is not None or start != q.speaker_start:
            q.speaker_start, q.speaker_end = start, rest.end() if rest is not None else end
            q.speaker_name = text[start : q.speaker_end]
            _titled(res, text, q)


def _titled(res: Resolver, text: str, q: Quote) -> None:
    """"Secretary of State John Kerry says": the person the whole title goes on to name speaks (name and mention)."""
    name = _NAME.match(text, q.speaker_end or 0)
    eid = res._entity_at(name.start(1), name.end(1)) if name is not None else None
    if name is None or eid is None or res.by_id[eid]["type"] != "PERSON":
        return
    q.speaker, q.speaker_name = eid, res.name_of(eid)
    q.speaker_start, q.speaker_end = name.start(1), name.end(1)


def _title_start(doc: Doc, text: str, start: int) -> int:
    """Where a mention that begins after a title's hyphened prefix ("The US vice-|president") really begins: the
    left edge of the prefix's noun phrase; else ``start``."""
    pre = _PREFIX.search(text, max(0, start - 8), start)
    if pre is None or pre.end() != start:
        return start
    span = doc.char_span(pre.start(), pre.start() + len(pre.group(1)))
    if span is None:
        return start
    return doc[span[0].left_edge.i].idx if span[0].left_edge.i <= span[0].i else start

"""A surname that names a family or an office rather than one person (issue 16, rule 2), for the
per-report repair (:mod:`newsgraph.persons`).

News writes a surname for more than its holder: "the Kim family dynasty", "the Bush family", "the Trumps"
name a family, and "the Bush administration", "the Trump White House", "the Obama-era rule", "the May
government" name the holder of a presidency or a head of government's office. The words that follow the
surname say which (data/surname_phrases.tsv); a plural of a surname after "the" is a family by its shape.

* A **family** is no one person: its mentions form an entity of their own, "<Surname> family", typed NORP
  (a group of people), so that neither the report nor the knowledge base gives them to a member.
* An **office** goes to the holder of the surname that the report writes under a head's title
  ("President George W. Bush", "Prime Minister Theresa May") or that the reference actors know as a head
  of an executive (data/executive_heads.tsv), whoever the report introduced first: "Jeb Bush ... the Bush
  administration ... George W. Bush" is George W. Bush's. Several such holders, or none in the report while
  the reference knows heads of that surname ("Jeb Bush ... the Bush administration" alone): unresolved.
  When neither the report nor the reference knows any head of the surname, the usual bare-surname rules
  decide (:mod:`newsgraph.person_bare`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .actors import executive_heads, well_known_holders
from .lexicon import Lexicon, read_tsv
from .names import PersonName, fold, same_person
from .person_namesakes import title_at
from .record import Mention

__all__ = ["surname_phrase", "family_word", "office_heads", "HEAD_TITLES"]

# the offices whose holder "the X administration / government" names; a vice president's or a minister's is not
HEAD_TITLES = frozenset({"president", "prime minister", "chancellor", "premier", "king", "queen", "emir", "sultan",
                         "supreme leader"})
_AFTER = re.compile(r"^(['’]s?)?(?:\s+|-)([A-Za-z]+)(?:['’]s?)?(?:\s+([A-Za-z]+))?")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in read_tsv("surname_phrases.tsv")}


def surname_phrase(text: str, m: Mention) -> str | None:
    """"family" or "office" when the words right after the mention make the surname name a family or an
    office ("Kim family dynasty", "Bush administration", "Trump White House", "Obama-era"), else None; a
    possessive names one person's family ("Trump's family": Trump)."""
    got = _AFTER.match(text[m.end:m.end + 40])
    if got is None:
        return None
    one = fold(got.group(2))
    two = f"{one} {fold(got.group(3))}" if got.group(3) else None
    kind = _phrases().get(two or "") or _phrases().get(one)
    # "Trump's family", "Biden's children": the family of one person, whom the surname names
    return None if kind == "family" and (got.group(1) or m.text.endswith(("'s", "’s"))) else kind


def family_word(text: str, m: Mention, n: PersonName, surnames: set[str]) -> str | None:
    """The singular surname of a plural written after "the" ("the Trumps", "the Clintons'"), when it is the
    surname of a holder of the report or of a well-known person or head; else None."""
    word = m.text.strip().rstrip("'’")
    if not n.bare or not word.endswith("s") or not _THE_BEFORE.search(text[max(0, m.start - 8):m.start]):
        return None
    for cut in (1, 2):
        single = fold(word[:-cut])
        if single in surnames or well_known_holders(single) or executive_heads(single):
            return word[:-cut]
    return None


def _is_head(text: str, p: Any, lex: Lexicon) -> bool:
    """The report writes the person under a head's title, or the reference knows him as a head."""
    if p.rep is None:
        return False
    if any(title_at(text, f, lex) in HEAD_TITLES for f in p.full_mentions):
        return True
    return any(same_person(k, p.rep) and k.initials == p.rep.initials and k.suffix == p.rep.suffix
               for k in executive_heads(p.rep.surname_core))


def office_heads(text: str, n: PersonName, cands: list[Any], lex: Lexicon) -> list[Any] | None:
    """The holders among ``cands`` whom the report or the reference know as heads of an executive; None when
    neither knows any head of this surname (then the usual rules decide)."""
    heads = [p for p in cands if _is_head(text, p, lex)]
    if heads or executive_heads(n.surname_core):
        return heads
    return None

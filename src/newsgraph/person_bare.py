"""Which person of a report a bare surname names (issue 16, rule 2), for the per-report repair
(:mod:`newsgraph.persons`).

News introduces a person by full name and then writes the surname alone. So a bare surname names a
person the report has already introduced; a person introduced only later is a candidate only when
nobody of that surname came before. The evidence, in order:

1. **Introduced first.** When some holder of the surname was named in full before the bare mention,
   holders named only after it are out ("Joe Biden ... Biden said ... Hunter Biden": Joe).
2. **One candidate** is the one, unless the context says otherwise: a title of the other gender
   ("Mr. Trump" beside only Melania Trump), or the candidate is named only after the bare mention and is a
   namesake by what the report says of him, a Jr./Sr./III (a namesake by definition) or a person introduced
   as someone's relative ("his son Hunter Biden", "Susan Pompeo, his wife", "first lady Melania Trump":
   data/relatives.tsv), or he is not the well-known holder of the surname (data/actors_recent.tsv, the
   actors written for this project because news names them without introduction: "now Biden and
   Bloomberg" ... "Hunter Biden"), unless the report introduces him under an office on a date when no
   well-known holder of the surname held any code ("Johnson issued a statement" ... "DHS Secretary Jeh
   Johnson" in 2015, before Boris Johnson's offices). Then the report does not say who the surname is,
   so it stays unresolved and the knowledge base decides by its evidence across reports. The Phoenix actors are no such evidence:
   they hold obscure namesakes of most surnames (a "Cyril Romney", a Honduran "Carlos Vargas").
3. **Several candidates**: a Jr./Sr. written with the surname keeps to holders of that suffix, and a plain
   surname to the plain holders when there are some; a name whose first word is a word of the language
   and no given name ("Space Force", "Special Counsel Mueller") is no holder; then a title (Mr./Mrs.) or
   the gendered pronouns of the rest of the sentence; then the one holding an office the report names only
   by title and surname (a reference office holder: "President Trump" beside a wife and a daughter named
   in full); then the one whose full mention comes last before it in its paragraph. Equal support leaves
   it unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from .actors import well_known_active, well_known_countries, well_known_holders
from .lexicon import country_in_text, load_lexicon, read_tsv
from .name_words import is_given_name, language_word, lower_words
from .names import PersonName, fold, same_person
from .person_index import Near
from .person_namesakes import title_at
from .record import Mention

__all__ = ["pick_bare", "gender_hint", "GENDER_OF_TITLE"]

_SENT_END = re.compile(r"[.!?]\s|\n")
_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Madam)\.?\s*$")
GENDER_OF_TITLE = {"mr": "M", "sir": "M", "mrs": "F", "ms": "F", "miss": "F", "lady": "F", "madam": "F"}


def _title_gender(text: str, m: Mention) -> str | None:
    """M/F from an honorific right before the mention or opening it ("Mr. Trump", "Mrs Trump")."""
    t = _TITLE_BEFORE.search(text[max(0, m.start - 8):m.start])
    if t:
        return GENDER_OF_TITLE[t.group(1).lower()]
    low = fold(m.text.split()[0]) if " " in m.text else ""
    return GENDER_OF_TITLE.get(low)


def gender_hint(text: str, m: Mention) -> str | None:
    """M/F from a title just before the mention or from the pronouns in the rest of its sentence."""
    g = _title_gender(text, m)
    if g:
        return g
    rest = text[m.end:m.end + 160]
    cut = _SENT_END.search(rest)
    rest = rest[:cut.start()] if cut else rest
    he, she = bool(_HE.search(rest)), bool(_SHE.search(rest))
    return "M" if he and not she else "F" if she and not he else None


def _first_full(near: Near, p: Any) -> int | None:
    starts = near.starts(p)
    return starts[0] if starts else None


def _introduced_later(near: Near, m: Mention, p: Any) -> bool:
    first = _first_full(near, p)
    return first is None or first > m.start


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in read_tsv("relatives.tsv"))


_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_APPOSITION = re.compile(r"^,\s+([^,.;:!?\n]{1,50})")


def _is_relative_phrase(words: list[str]) -> bool:
    low = [fold(w) for w in words]
    return any(w in _relatives() for w in low) or any(f"{a} {b}" in _relatives() for a, b in zip(low, low[1:], strict=False))


def introduced_as_relative(text: str, f: Mention) -> bool:
    """The full mention is introduced as someone's relative: a kinship noun among the two words before it in
    its sentence ("his son Hunter Biden", "first lady Melania Trump") or in an apposition right after it
    ("Susan Pompeo, his wife,", "Hunter Biden, the son of the former vice president")."""
    before = _WORDS.findall(re.split(r"[.!?]\s|\n", text[max(0, f.start - 40):f.start])[-1])[-2:]
    # "the grandson of Winston Churchill": the relative is someone else, Churchill is whom he is related to
    if before and fold(before[-1]) != "of" and _is_relative_phrase(before):
        return True
    app = _APPOSITION.match(text[f.end:f.end + 60])
    return app is not None and _is_relative_phrase(_WORDS.findall(app.group(1))[:4])


def _namesake_of_well_known(near: Near, m: Mention, n: PersonName, p: Any) -> bool:
    """A well-known person (data/actors_recent.tsv) carries this surname, and ``p`` is not he: news writes the
    well-known one's surname alone ("now Biden and Bloomberg" ... "Hunter Biden"). Not for a surname written
    under a title ("Secretary Johnson", "Mrs. Pence": the report's own office holder) or with a suffix."""
    text, on = near.rec.text, near.rec.published
    if n.suffix or title_at(text, m, load_lexicon()) or _title_gender(text, m):
        return False
    known = well_known_holders(n.surname_core)
    if not known or p.actor_name or p.rep is None or any(same_person(k, p.rep) for k in known):
        return False
    # the report introduces him under an office ("DHS Secretary Jeh Johnson") on a date when no well-known
    # holder of the surname held any (Boris Johnson's codes start in 2016): the report's own office holder
    first = min(p.full_mentions, key=lambda f: f.start)
    if not (on and title_at(text, first, load_lexicon())):
        return True
    # ...or under an office of a country where no well-known holder of the surname held a code that day ("London
    # Mayor Sadiq Khan" in 2017, Imran Khan's codes all Pakistani): the report's own office holder too
    office = _office_country(near, first)
    return well_known_active(n.surname_core, on) and (office is None or office in well_known_countries(n.surname_core, on))


def _office_country(near: Near, first: Mention) -> str | None:
    """The country of the place or nationality written in the title right before a person's first full mention
    ("London Mayor Sadiq Khan": the report's place London, GBR; "British MP ..."): the words back to the
    clause's start, at most five."""
    text = near.rec.text
    clause = re.split(r"[.!?;,:(\n]", text[max(0, first.start - 60):first.start])[-1]
    words = clause.split()[-5:]
    if not words:
        return None
    start = first.start - len(" ".join(words)) - 1
    for pl in near.rec.places:
        if pl.country and any(start <= pm.start and pm.end <= first.start for pm in pl.mentions):
            return pl.country
    return country_in_text(" ".join(words), load_lexicon())


def _after_own_given(text: str, m: Mention, p: Any) -> bool:
    """The bare mention follows the candidate's given name ("Sadiq" + "Khan" split by NER): his full name."""
    words = _WORDS.findall(text[max(0, m.start - 30):m.start].split("\n")[-1])
    return bool(words) and p.rep is not None and bool(p.rep.given) and fold(words[-1]) == p.rep.given


def _one(near: Near, m: Mention, n: PersonName, one: Any) -> Any | None:
    """The report's one holder of the surname, unless the context says the bare mention is someone else."""
    g = _title_gender(near.rec.text, m)
    if g and one.gender and g != one.gender:
        return None  # "Mr. Trump" beside only Melania Trump
    text = near.rec.text
    if _introduced_later(near, m, one) and not _after_own_given(text, m, one):
        # a Jr./Sr./III shares his surname with a namesake by definition, and so does a person introduced as
        # someone's relative: written before he is introduced, the surname is the other holder's
        first = min(one.full_mentions, key=lambda f: f.start)
        if (one.rep is not None and one.rep.suffix and not n.suffix) or introduced_as_relative(text, first) \
                or _namesake_of_well_known(near, m, n, one):
            return None
    return one


def _thing_shaped(p: Any, text: str) -> bool:
    """A "person" whose given name is a word of the language and no given name ("Space Force", "Special Counsel
    Mueller", "Mad Dog Mattis": an organization or a title NER took for a name, the report writing "space",
    "special", "mad" in lower case)."""
    g = p.rep.given if p.rep is not None else ""
    return bool(g) and not p.actor_name and not is_given_name(g) and language_word(g, lower_words(text))


def pick_bare(near: Near, m: Mention, n: PersonName, cands: list[Any], given: bool = False,
              bare_starts: list[int] | None = None) -> Any | None:
    """The person (of ``cands``, the report's holders of the surname) a bare mention names, or None.
    ``given``: the word is the one given name of ``cands`` ("Michelle" beside "first lady Michelle Obama"), not
    a surname: the family rules below (relatives, namesakes) do not apply."""
    if given:
        return cands[0] if len(cands) == 1 else None
    if len(cands) > 1:
        # among several holders, a thing's name neither takes a bare surname nor sets a person aside
        cands = [p for p in cands if not _thing_shaped(p, near.rec.text)]
        if not cands:
            return None
    # rule 1, suffixes never merge: "Trump Jr." is none but a Jr.; a plain "Trump" is the plain holder when the
    # report names one, the Jr. only when he is the one Trump named
    same = [p for p in cands if p.rep is not None and p.rep.suffix == n.suffix]
    cands = same if n.suffix or same else cands
    if not cands:
        return None
    before = [p for p in cands if not _introduced_later(near, m, p)]
    if before:
        cands = before  # never one introduced only after it when another holder came before
    if len(cands) == 1:
        return _one(near, m, n, cands[0])
    # NER split one holder's full name ("Ivanka" + "Trump"): his or hers, whatever rule follows (round 15)
    split = [p for p in cands if _after_own_given(near.rec.text, m, p)]
    if len(split) == 1:
        return split[0]
    g = gender_hint(near.rec.text, m)
    if g:
        sel = [p for p in cands if p.gender == g]
        if len(sel) == 1:
            return sel[0]
        cands = sel or cands
    # a person introduced as someone's relative ("his wife, Heidi Cruz") is not the one a bare surname names
    # while a holder who is no relative is left (issue 18, round 15: "Cruz said" went to Heidi Cruz)
    kin = [p for p in cands if p.full_mentions and introduced_as_relative(near.rec.text, min(p.full_mentions, key=lambda f: f.start))]
    if kin and len(kin) < len(cands):
        cands = [p for p in cands if p not in kin]
        if len(cands) == 1:
            return cands[0]
    # a president or minister the report names only by title and surname ("President Trump") is the one a
    # bare surname means, not a relative the report names in full once ("First lady Melania Trump"):
    # news style names the relatives in full, or by given name, precisely so that "Trump" stays his
    office = [p for p in cands if p.actor_name]
    if len(office) == 1:
        return office[0]
    # the holder named first, when the report used the bare surname before it named the next holder in full
    # (round 15, as the entity layer's extract.entity_surnames: the surname is the report's main person's)
    firsts = sorted((s[0], i) for i, p in enumerate(cands) if (s := near.starts(p)))
    if len(firsts) >= 2 and any(b < firsts[1][0] for b in bare_starts or ()):
        return cands[firsts[0][1]]
    lo, _hi = near.paragraph_of(m.start)
    # the candidate with the nearest full mention before it in its paragraph; none: unresolved
    best: tuple[int, Any] | None = None
    for p in cands:
        starts = near.starts(p)
        k = bisect_left(starts, m.start) - 1
        if k >= 0 and starts[k] >= lo and (best is None or starts[k] > best[0]):
            best = (starts[k], p)
    return best[1] if best else None

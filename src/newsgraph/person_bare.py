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

__all__ = ["pick_bare", "gender_hint", "GENDER_OF_TITLE", "age_word", "generation_of", "named_just_before",
           "of_generation", "title_gender", "as_relative"]

_SENT_END = re.compile(r"[.!?]\s|\n")
_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Madam)\.?\s*$")
GENDER_OF_TITLE = {"mr": "M", "sir": "M", "mrs": "F", "ms": "F", "miss": "F", "lady": "F", "madam": "F"}


def title_gender(text: str, m: Mention) -> str | None:
    """M/F from an honorific right before the mention or opening it ("Mr. Trump", "Mrs Trump")."""
    t = _TITLE_BEFORE.search(text[max(0, m.start - 8):m.start])
    if t:
        return GENDER_OF_TITLE[t.group(1).lower()]
    low = fold(m.text.split()[0]) if " " in m.text else ""
    return GENDER_OF_TITLE.get(low)


def gender_hint(text: str, m: Mention) -> str | None:
    """M/F from a title just before the mention or from the pronouns in the rest of its sentence."""
    g = title_gender(text, m)
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


# "the elder Mr. Bush", "the younger Bush": the age word right before the surname (an honorific between)
_AGE_BEFORE = re.compile(r"\b(elder|older|younger)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
# a sentence's end between two mentions: a full stop (not that of "Mr." or of the initials of "H.W."), then a
# capital or an opening quote mark; or a line break
_SENT_BREAK = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][\"”’']?\s+[\"“‘']?[A-Z]|\n")
_KIN_WORDS = re.compile(r"[A-Za-z]+")
# the word right after a name, past an age in commas ("Karim Haddad, 40, said")
_VERB_AFTER = re.compile(r"(?:,\s*\d+\s*,)?\s*([A-Za-z]+)")


@lru_cache(maxsize=1)
def _generations() -> dict[str, str]:
    """Kinship nouns and age words with the generation they tell ("father": elder, "son": younger)."""
    return {r[0].lower(): r[1] for r in read_tsv("relative_generations.tsv")}


def age_word(text: str, start: int) -> str | None:
    """ "elder" or "younger" from an age word right before a bare surname at ``start`` ("the elder Mr. Bush")."""
    got = _AGE_BEFORE.search(text[max(0, start - 30):start])
    return _generations()[got.group(1)] if got else None


def generation_of(text: str, start: int, end: int) -> str | None:
    """ "elder" or "younger" from a kinship noun among the four words before a full name in its sentence ("Mr.
    Bush's father, former President George H.W. Bush") or among the first words of an apposition after it ("Seif
    Gadhafi, a son of the leader,"); a noun followed by "of" before the name tells of someone else ("the son of
    George Bush" is no son)."""
    gens = _generations()
    words = _KIN_WORDS.findall(re.split(r"[.!?]\s|\n", text[max(0, start - 50):start])[-1])[-4:]
    votes = {gens[w.lower()] for i, w in enumerate(words)
             if w.lower() in gens and not (i + 1 < len(words) and words[i + 1].lower() == "of")}
    after = re.match(r",\s+([^,.;:!?\n]{1,40})", text[end:end + 50])
    if after:
        votes |= {gens[w.lower()] for w in _KIN_WORDS.findall(after.group(1))[:3] if w.lower() in gens}
    return next(iter(votes)) if len(votes) == 1 else None


def of_generation(cands: list[Any], generations: list[str | None], age: str) -> list[Any]:
    """The candidates an age word can name: those introduced in that generation, else those introduced in none
    ("the elder Bush" beside "his son George W. Bush" is the one who is no son)."""
    same = [c for c, g in zip(cands, generations, strict=True) if g == age]
    return same or [c for c, g in zip(cands, generations, strict=True) if g is None]


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    """The written forms of the reporting verbs of data/quote_cues.tsv ("said", "replies", "added", "told")."""
    out = set()
    for row in read_tsv("quote_cues.tsv"):
        if row[0] != "verb" or " " in row[1]:
            continue
        v = row[1]
        out |= {v, v + "s", v + "es", v + "d", v + "ed", v[:-1] + "ied", v[:-1] + "ies"}
    return frozenset(out | {"said", "told", "wrote", "spoke"})


def named_just_before(named: list[tuple[int, int, Any]], at: int, text: str) -> Any | None:
    """Of (start, end of a full mention, its holder), the holder named last before ``at`` when that mention is the
    subject of a verb of saying right after it ("Seif Gadhafi replied") in the same sentence or the one before
    (at most one sentence break between): the report goes on with the one who has just spoken. A name only
    mentioned there ("a visit by Chelsea Clinton", a name on a shirt) decides nothing."""
    last = max((trio for trio in named if trio[0] < at), key=lambda trio: trio[0], default=None)
    if last is None or len(_SENT_BREAK.findall(text[last[0]:at])) > 1:
        return None
    verb = _VERB_AFTER.match(text[last[1]:last[1] + 24])
    return last[2] if verb is not None and verb.group(1).lower() in _speech_forms() else None


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


def as_relative(text: str, f: Mention) -> bool:
    """The full mention introduces its person as someone's relative, by a kinship noun right before or after it
    or among the four words before it ("Mr. Bush's father, former President George H.W. Bush")."""
    return introduced_as_relative(text, f) or generation_of(text, f.start, f.end) is not None


def _generation(text: str, p: Any) -> str | None:
    """ "elder" / "younger": how a holder's first full mention introduces them (a Sr. or Jr. tells it too)."""
    first = min(p.full_mentions, key=lambda f: f.start) if p.full_mentions else None
    got = generation_of(text, first.start, first.end) if first is not None else None
    suffix = (p.rep.suffix if p.rep is not None else "").lower().rstrip(".")
    return got or {"sr": "elder", "jr": "younger"}.get(suffix)


def _namesake_of_well_known(near: Near, m: Mention, n: PersonName, p: Any) -> bool:
    """A well-known person (data/actors_recent.tsv) carries this surname, and ``p`` is not he: news writes the
    well-known one's surname alone ("now Biden and Bloomberg" ... "Hunter Biden"). Not for a surname written
    under a title ("Secretary Johnson", "Mrs. Pence": the report's own office holder) or with a suffix."""
    text, on = near.rec.text, near.rec.published
    if n.suffix or title_at(text, m, load_lexicon()) or title_gender(text, m):
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
    g = title_gender(near.rec.text, m)
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


def _by_age_or_last_speaker(text: str, m: Mention, cands: list[Any]) -> tuple[bool, Any | None]:
    """(decided, person) by the round-16 rules: an age word ("the elder Mr. Bush": the parent, never the one
    introduced as the son; undecided there: none), or an honorific right after a holder of its gender spoke
    ('Seif Gadhafi replied ... "...," Mr. Gadhafi said': the son, relative or not; a full name that introduces a
    relative, "Mr. Bush's father, George H.W. Bush, ...", is a side mention and is not taken)."""
    age = age_word(text, m.start)
    if age is not None:
        sel = of_generation(cands, [_generation(text, p) for p in cands], age)
        return True, sel[0] if len(sel) == 1 else None
    title = title_gender(text, m)
    if title is not None:
        got = named_just_before([(f.start, f.end, p) for p in cands for f in p.full_mentions
                                 if not as_relative(text, f)], m.start, text)
        if got is not None and got.gender in (None, title):
            return True, got
    return False, None


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
        age = age_word(near.rec.text, m.start)
        if age is not None and _generation(near.rec.text, cands[0]) != age:
            return None  # "the elder Klein" beside one Klein named in full, never told as a parent (round 26)
        return _one(near, m, n, cands[0])
    # NER split one holder's full name ("Ivanka" + "Trump"): his or hers, whatever rule follows (round 15)
    split = [p for p in cands if _after_own_given(near.rec.text, m, p)]
    if len(split) == 1:
        return split[0]
    decided, got = _by_age_or_last_speaker(near.rec.text, m, cands)
    if decided:
        return got
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
    return _nearest_in_paragraph(near, m, cands)


def _nearest_in_paragraph(near: Near, m: Mention, cands: list[Any]) -> Any | None:
    """The candidate with the nearest full mention before ``m`` in its paragraph; none: unresolved."""
    lo, _hi = near.paragraph_of(m.start)
    best: tuple[int, Any] | None = None
    for p in cands:
        starts = near.starts(p)
        k = bisect_left(starts, m.start) - 1
        if k >= 0 and starts[k] >= lo and (best is None or starts[k] > best[0]):
            best = (starts[k], p)
    return best[1] if best else None

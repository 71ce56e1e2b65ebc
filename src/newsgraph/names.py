"""Person names as structure: given / middle / surname / suffix, and whether two names can be one person.

Used by the per-report repair (:mod:`newsgraph.persons`) and by the cross-report index
(:mod:`newsgraph.kb.entities`); imports nothing but the lexicon, so both extraction and the
knowledge base can use it without spaCy. Parsing is done by our own rules: titles, possessives,
particles ("al-Assad" is also "Assad"), family-name-first names ("Kim Jong Un") and run-together
initials ("H.W.") are handled here, and an alias must look like a name at all (rule 5 of issue 16).
``nameparser`` (a maintained parser) can stand in for the split into given / middle / surname /
suffix (:func:`use_parser`); it was measured against these rules and not adopted (BENCHMARKS.md,
"Identity across reports").

The merge rules (each tested in ``tests/test_identity.py``):

* different given names never merge ("Melania Trump" ≠ "Donald Trump"), except a known short form
  ("Joe" = "Joseph", data/nicknames.tsv) or an initial ("J. Trump");
* different generational suffixes never merge; a suffix on one side only merges when the suffixed
  name also carries a middle initial ("Joseph R. Biden Jr." = "Joe Biden", the formal style of some
  papers), never for "Donald Trump Jr." against "Donald Trump";
* middle initials that are both given must agree ("George W. Bush" ≠ "George H. W. Bush"); a name
  without one is *compatible* with both and joins only when it has one candidate (the caller decides).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .lexicon import outlet_of, read_tsv

__all__ = ["FAMILY_FIRST", "is_epithet", "is_function_word", "is_title", "not_name_words", "reversed_name", "PersonName", "parse_person", "given_key", "same_person", "clean_name", "fold", "GENERATIONAL", "split_title", "strip_title",
           "exact_person", "use_parser", "word_type", "shape_type", "KEY_PARTICLES", "PARTICLES"]

GENERATIONAL = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv",
                "v": "v"}
# The words that open a surname (folded), one list in three layers: KEY_PARTICLES, which the entity keys read
# (a surname cited without its hyphened particle, "al-Kadhimi" as "Kadhimi"; a particle's case, "Bin Laden" as
# "bin Laden": extract/entity_keys.py; "ben" was never one there: a Hebrew "Ben-Gurion" is never "Gurion");
# _PARTICLES, which a parsed surname keeps; PARTICLES, every word that opens one
KEY_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "la", "le"})
_PARTICLES = KEY_PARTICLES | {"ben", "zu"}
PARTICLES = _PARTICLES | {"der", "den", "del", "della", "dos", "das", "st"}  # words that open a surname
# Words that start an alias but are not part of a name: leftovers of a bad entity boundary.
_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "pres",
    "president", "senator", "sir", "dame", "lady", "lord", "madam", "prof", "rev", "fr", "hon", "vice",
    "first", "former", "ex", "late", "then", "secretary", "minister", "governor", "speaker", "judge",
    "justice", "chairman", "leader", "king", "queen", "prince", "princess", "sheikh", "emir", "pope",
    "rabbi", "imam", "mullah", "monsignor", "pastor", "reverend", "ayatollah", "cardinal", "bishop",
})
# Family names written first in English-language news (Korean and Chinese leaders); a short list on
# purpose: "Lee" and "Park" are also Western names and are left out.
_KOREAN = frozenset({"kim", "moon", "choe", "ri", "yoon", "roh", "chun"})
FAMILY_FIRST = frozenset({"kim", "xi", "moon", "li", "wang", "zhang", "hu", "wen", "jiang", "mao", "deng", "liu",
                           "choe", "ri", "yoon", "roh", "chun", "syngman"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "first lady"})
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince"})
_BRACKETS = re.compile(r"[\[\]{}()<>|•·●▪■►*#@_=+~^\\/]")
_CONTRACTION = re.compile(r"^(?:n't|'s|'re|'ve|'ll|'d|'m|s)$", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]{1,3}-[A-Z][\w'’-]*|(?:al|el|bin|ibn|abu|van|von|de|da|di|du|la|le|ben|der|den|zu)|[A-Z]\.?)$")
# Run-together names ("TrumpTrump", "ObamaClinton"): a capitalized word directly followed by another
# one, where the first part is not a name prefix such as Mc, Mac, De, La, O'.
# Capitalized function words that open a boundary error ("Via Twitter", "With Obama"); never a given name.
_FUNCTION_WORDS = frozenset({"via", "with", "from", "by", "and", "or", "for", "at", "in", "on", "of", "to", "after",
                             "before", "during", "as", "like", "per", "about", "against", "under", "over", "into",
                             "the", "this", "that", "when", "while", "if", "but", "then", "whichever", "whatever",
                             "whoever", "however", "although", "whether"})
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")  # soft hyphens and zero-width marks
_NICKNAME = re.compile(r"\s[\"“‘'][^\"“”‘’']{1,25}[\"”’']\s")
# where a name ends inside a longer span: a dash or colon set off by spaces, a quote opened or closed
# against a word, "et al", a number
_TAIL = re.compile(r"\s+(?:-{1,2}|–|—)\s|:\s|[”\"]\s|\s[“\"]|\s+et al\b|\s+\d+\b")
# A link or a tweet's picture address, wherever it stands in a mention: the one pattern the name cleaner
# (a name ends where a link begins), the extractor (no entity holds one) and the repair (a PERSON entity of
# links and table cells is page furniture) read
LINK = r"(?:https?://|www\.|pic\.twitter\b|\bt\.co\b|\bbit\.ly\b|(?<=\w)\.(?:com|org|net)/)"
_URL = re.compile(rf"(?i){LINK}\S*")
_RUN_TOGETHER = re.compile(r"[a-z]{3,}[A-Z][a-z]{2,}")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "St", "Fitz", "Della")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-, accent- and dot-insensitive form: "Peña" → "pena", "J." → "j"."""
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace(".", "")
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """short or formal given name → the formal names it may stand for (itself included)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("nicknames.tsv"):
        formal = fold(row[0])
        out.setdefault(formal, {formal}).add(formal)
        for short in row[1].split() if len(row) > 1 else []:
            out.setdefault(fold(short), {fold(short)}).add(formal)
    return {k: frozenset(v) for k, v in out.items()}


def given_key(given: str) -> frozenset[str]:
    """The formal names a given name may stand for: "joe" → {"joe", "joseph"}."""
    g = fold(given)
    return _nicknames().get(g, frozenset({g}))


@dataclass(frozen=True)
class PersonName:
    given: str  # folded; "" for a bare surname
    middle: tuple[str, ...]  # folded middle names or initials
    surname: str  # folded, particles kept ("al-assad")
    suffix: str  # "jr", "sr", "ii"... or ""
    title: str = ""  # folded honorific that came with it ("mrs")

    @property
    def bare(self) -> bool:
        return not self.given

    @cached_property  # read in every comparison; computed once per parsed name
    def surname_core(self) -> str:
        """The surname without a leading particle: "al-assad" → "assad"."""
        parts = re.split(r"[-\s]", self.surname, maxsplit=1)
        return parts[1] if len(parts) == 2 and parts[0] in _PARTICLES else self.surname

    @property
    def initials(self) -> tuple[str, ...]:
        return tuple(m[0] for m in self.middle)

    @property
    def gender(self) -> str | None:
        if self.title in _FEMALE_TITLES:
            return "F"
        if self.title in _MALE_TITLES:
            return "M"
        return None

    def key(self) -> str:
        """given + surname + suffix, the part two names must share (modulo short forms)."""
        return " ".join(x for x in (self.given, self.surname_core, self.suffix) if x)


@lru_cache(maxsize=1)
def _epithets() -> frozenset[str]:
    """data/name_epithets.tsv: words written before a name that are no part of it ("Crooked Hillary")."""
    return frozenset(fold(r[0]) for r in read_tsv("name_epithets.tsv"))


def is_epithet(word: str) -> bool:
    """A word of data/name_epithets.tsv ("Crooked", "Sleepy")."""
    return fold(word) in _epithets()


@lru_cache(maxsize=1)
def not_name_words() -> dict[str, str]:
    """data/not_name_words.tsv: folded word → the entity type a name holding it has ("patrol" → ORG)."""
    return {fold(r[0]): r[1] for r in read_tsv("not_name_words.tsv") if "*" not in r[0]}


@lru_cache(maxsize=1)
def _word_shapes() -> tuple[tuple[str, str], ...]:
    """The table's shapes: "*exit" (a word ending so), "pro-*" (a word starting so) → type."""
    return tuple((fold(r[0]), r[1]) for r in read_tsv("not_name_words.tsv") if "*" in r[0])


@lru_cache(maxsize=50_000)
def shape_type(word: str) -> str | None:
    """The type a word's shape gives it, whatever NER said: "Brexit" → EVENT, "pro-Russia" → NORP."""
    w = fold(word)
    shapes = _word_shapes()
    for shape, kind in shapes:  # a prefix first: "pro-Brexit" is a stance, not an event
        if shape.endswith("*") and w.startswith(shape[:-1]) and len(w) > len(shape):
            return kind
    for shape, kind in shapes:  # a suffix of one plain word: "post-Brexit" is no event either
        if shape.startswith("*") and w.endswith(shape[1:]) and len(w) > len(shape) and w.isalpha():
            return kind
    return None


@lru_cache(maxsize=50_000)
def word_type(word: str) -> str | None:
    """The entity type a name holding this word has, or None for a word a name may hold: a word of
    data/not_name_words.tsv ("Patrol" → ORG), or one of its shapes ("Brexit" → EVENT, "pro-Russia" →
    NORP: a stance, not an organization or a person)."""
    w = fold(word)
    hit = not_name_words().get(w)
    return hit if hit is not None else shape_type(word)


# A modifier joined to a title by a hyphen ("Then-President", "Ex-Senator"): two words, both dropped.
_HYPHEN_TITLE = re.compile(r"^(then|ex|former|now|late|acting|interim)-(\S+)$", re.I)
# Glue between two words written without a space: a lower-case run then a capital ("RubioGOP",
# "KushnerTrump"), or letters then digits ("McCain2020"); The Hill's hover cards and related links.
_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z])|(?<=[A-Za-z])(?=\d)")
# (a particle may be written in lower case: "diGenova", "deBlasio")
_PREFIX_GLUE = re.compile(r"^(?:Mc|Mac|Fitz|O['’]|D['’]|[Dd]e|[Dd]i|[Dd]a|[Ll]a|[Ll]e|[Vv]an|[Vv]on|[Dd]u|St|Della)[A-Z]")


def _split_glued(tok: str) -> tuple[str, bool]:
    """The part of a token before glued text, and whether anything was cut."""
    m = _GLUE.search(tok)
    if m is None:
        return tok, False
    if _PREFIX_GLUE.match(tok) and m.start() <= 4 and not _GLUE.search(tok, m.start() + 1):
        return tok, False  # "MacArthur", "DeSantis": a name prefix, not glue
    return tok[:m.start()], True


def _is_caps_word(tok: str) -> bool:
    """"AFP", "GOP": an acronym, not a name word (initials "H.W." and "III" are names)."""
    bare = tok.strip(".,")
    return len(bare) >= 3 and bare.isalpha() and bare.isupper() and fold(bare) not in GENERATIONAL


# An Arabic compound given name opens with "Abd" ("servant of"): "Abdel Basset Abdel Maged", "Abdul Aziz
# Abdul Ghani" carry it twice in one name, as a father's name after one's own.
_COMPOUND_OPENER = re.compile(r"^abd(?:el|al|ul|ol|ur|ou|u)?$")


def _may_repeat(toks: list[str], i: int, key: str) -> bool:
    """Whether a word written again is part of the name, not the start of a second copy of it (a hover card's
    "Paul Ryan Paul Davis Ryan", a caption's "Tamerlan Tsarnaev Tsarnaev"): a name that opens with one word
    written twice ("Abdullah Abdullah", "Boutros Boutros Ghali", "Chung Chung Kil"; a headline's "Trump
    Trump" is split by the report's surnames, newsgraph.person_words), an "Abd" compound's opener, or a family
    name after a particle ("Khalifa bin Salman Al Khalifa", "Juma Bin Ali Bin Juma")."""
    return i == 1 or _COMPOUND_OPENER.match(key) is not None or fold(toks[i - 1]) in _PARTICLES


def _cut_tail(toks: list[str]) -> list[str]:
    """A name ends where a repeated word, an acronym or a news outlet begins: "Paul Ryan Paul Davis
    Ryan" → "Paul Ryan", "Saul Loeb AFP Getty Images" → "Saul Loeb" (hover cards, photo credits); a
    word glued to the next leaves only itself: "John Sidney McCain2020 Democrats" → "McCain"."""
    out: list[str] = []
    seen: set[str] = set()
    for i, tok in enumerate(toks):
        key = fold(tok).strip(",")
        if i and (key in seen and len(key) > 1 and key not in _PARTICLES and not _may_repeat(toks, i, key)
                  or _is_caps_word(tok)
                  or i >= 2 and any(outlet_of(" ".join(toks[i:i + k])) for k in (2, 3) if i + k <= len(toks))):
            break
        left, cut = _split_glued(tok)
        if cut:
            # a hover card's full name ("[Donald] John TrumpGOP"): its first words may be a middle
            # name or another card's tail; only the surname the glue is on is sure
            return [left] if left else out
        out.append(tok)
        seen.add(key)
    return out


def _expand_hyphen_titles(toks: list[str]) -> list[str]:
    out: list[str] = []
    for tok in toks:
        m = _HYPHEN_TITLE.match(tok)
        if m and fold(m.group(2)) in _titles():
            out.extend((m.group(1), m.group(2)))
        else:
            out.append(tok)
    return out


def _leading_title_len(toks: list[str]) -> int:
    """How many leading tokens are titles ("Secretary of State John Kerry" → 3)."""
    n, titles = 0, _titles()
    while n < len(toks) - 1:
        for k in (4, 3, 2, 1):
            if n + k < len(toks) and fold(" ".join(toks[n:n + k])) in titles:
                n += k
                break
        else:
            return n
    return n


@lru_cache(maxsize=200_000)
def clean_name(text: str) -> str | None:
    """A person alias trimmed to its name, or None when it is no name (rule 5).

    Drops brackets and bullets, leading words that are not name words ("Removing Trump",
    "WATCH Obama", "n't Obama", "Crooked Hillary"), possessives, and everything from glued text,
    a repeated word or an acronym on (:func:`_cut_tail`); refuses a word written twice ("TrumpTrump").
    """
    t = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).replace("’", "'").strip()  # "Mac\xadDougall"
    parts = _URL.split(t, maxsplit=1)  # "Trump pic.twitter.com/x": a name ends where a link begins, and one
    t = parts[0] if parts[0].strip(" -–—|:") or len(parts) == 1 else parts[1]  # after a link starts there
    t = _NICKNAME.sub(" ", t)  # 'Howard "Buck" McKeon': the nickname in quotes is no part of the name
    cut = _TAIL.search(t)
    if cut and len(t[:cut.start()].split()) >= 2 and _leading_title_len(t[:cut.start()].split()) == 0:
        t = t[:cut.start()]  # "Robert Mugabe - Timeline", "Rand Paul: Stop", "Grace Marufu 2000", "... et al"
    if _BRACKETS.search(t):
        t = _BRACKETS.sub(" ", t)
    t = re.sub(r"'s?$", "", " ".join(t.split())).strip(" ,;:!?\"“”-–—'")
    toks = _expand_hyphen_titles(t.split())
    epithets = _epithets()
    if toks and (word_type(toks[0]) == "EVENT" or shape_type(toks[0]) is not None):
        return None  # "Typhoon Haiyan": a storm named like a person; "Brexit"; "pro-Hong Kong": a stance
    while toks and (word_type(toks[0]) is not None or _CONTRACTION.match(toks[0]) or not _NAME_TOKEN.match(toks[0])
                    or (len(toks) > 1 and toks[0].lower() in _FUNCTION_WORDS)
                    or (len(toks) > 1 and fold(toks[0]) in epithets)
                    or (toks[0].isupper() and len(toks[0]) > 2 and "." not in toks[0])
                    or (toks[0].lower().endswith("ing") and len(toks) > 1 and toks[0][0].isupper()
                        and len(toks[0]) > 5 and not _leading_title_len(toks))):  # "Ranking Member"
        toks = toks[1:]
    if not toks:
        return None
    if len(toks) == 1 and len(toks[0]) >= 6 and toks[0][:len(toks[0]) // 2] * 2 == toks[0]:
        return None  # "TrumpTrump" alone: nothing but glue (inside a longer name _cut_tail trims it)
    lead = _leading_title_len(toks)
    toks = toks[:lead] + _cut_tail(toks[lead:])
    if len(toks) <= lead:
        return None
    for tok in toks[:-1]:
        if re.search(r"['’]s?$", tok) and not re.match(r"^[A-Z]['’]", tok):
            return None  # "Bill Kristol's Twitter": a possessive inside, a person's thing, not a name
    for tok in toks[lead:]:
        if word_type(tok) is not None:
            return None  # "Border Patrol", "Obama White House": an institution, not a person
        if not _NAME_TOKEN.match(tok) and tok.lower().rstrip(".") not in GENERATIONAL:
            return None
        if _RUN_TOGETHER.search(tok) and not tok.startswith(_NAME_PREFIXES):
            return None
    return " ".join(toks)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Honorifics plus every title of data/titles.tsv, folded ("prime minister", "sen")."""
    return frozenset(_HONORIFICS | {fold(r[0]) for r in read_tsv("titles.tsv")} | {"first lady", "chair"})


def is_function_word(word: str) -> bool:
    """A capitalized function word that opens a boundary error ("Via", "With")."""
    return word.lower() in _FUNCTION_WORDS


def is_title(word: str) -> bool:
    """A one-word title or honorific ("Senator", "Mr.", "agent")."""
    return fold(word) in _titles()


def _split_title(toks: list[str]) -> tuple[str, list[str]]:
    """Leading titles off a name ("Former Prime Minister Tony Blair" → "prime minister", Tony Blair)."""
    title = ""
    titles = _titles()
    while len(toks) > 1:
        for n in (3, 2, 1):
            if len(toks) > n and fold(" ".join(toks[:n])) in titles:
                title = fold(" ".join(toks[:n])) if not title or title in {"former", "then", "ex", "late"} else title
                toks = toks[n:]
                break
        else:
            break
    return title, toks


def split_title(toks: list[str]) -> tuple[str, list[str]]:
    """The leading title of a name's words and the words after it (`scripts/build_actors.py` reads
    dictionary names with it)."""
    return _split_title(toks)


@lru_cache(maxsize=200_000)
def strip_title(text: str) -> str | None:
    """The cleaned name without its leading titles: "Chair Reince Priebus" → "Reince Priebus"."""
    cleaned = clean_name(text)
    if cleaned is None:
        return None
    return " ".join(_split_title(cleaned.split())[1])


_PARSER = ["rules"]  # which parser parse_person uses: "rules" (ours) or "nameparser" (for measuring)


def use_parser(name: str) -> None:
    """Choose the parser behind :func:`parse_person`: "rules" (the default) or "nameparser"
    (needs the ``nameparser`` package; used by ``benchmarks/eval_identity.py --parser``)."""
    if name not in ("rules", "nameparser"):
        raise ValueError(f"unknown name parser {name!r}")
    _PARSER[0] = name
    parse_person.cache_clear()


def _parse_nameparser(cleaned: str) -> PersonName | None:
    """The same structure from ``nameparser.HumanName`` (titles, suffixes and particles its own way)."""
    from nameparser import HumanName

    h = HumanName(cleaned)
    title, suffix = fold(h.title), GENERATIONAL.get(fold(h.suffix).split(",")[0].strip(), "")
    first, last = h.first.strip(), h.last.strip()
    if not last:  # one word: nameparser calls it a first name; for us it is a bare surname
        return PersonName("", (), fold(first), suffix, title) if first else None
    surname = fold(last).replace(" ", "-")
    if not first:
        return PersonName("", (), surname, suffix, title)
    return PersonName(fold(first), tuple(fold(m) for m in h.middle_list if fold(m)), surname, suffix, title)


@lru_cache(maxsize=200_000)
def parse_person(text: str) -> PersonName | None:
    """Parse a person's name; None when nothing name-like is left."""
    cleaned = clean_name(text)
    if cleaned is None:
        return None
    if _PARSER[0] == "nameparser":
        return _parse_nameparser(cleaned)
    title, toks = _split_title(cleaned.split())
    if not toks:
        return None
    suffix = ""
    while len(toks) > 1 and fold(toks[-1]).rstrip(",") in GENERATIONAL:
        suffix = GENERATIONAL[fold(toks[-1]).rstrip(",")]
        toks = toks[:-1]
    toks = [x.rstrip(",") for x in toks if x.rstrip(",")]
    if len(toks) == 1:
        return PersonName("", (), fold(toks[0]), suffix, title)
    if _particle_surname(toks):
        return PersonName("", (), fold(" ".join(toks)).replace(" ", "-"), suffix, title)
    if _family_first(toks):
        # "Kim Jong Un" / "Kim Jong-un", "Xi Jinping": the family name comes first
        return PersonName(fold("-".join(toks[1:])), (), fold(toks[0]), suffix, title)
    # "H.W." / "HW" between given name and surname: two initials, not one middle name
    toks = [toks[0]] + [y for x in toks[1:-1] for y in _initials_of(x)] + [toks[-1]]
    # a particle run ("bin Salman", "al Assad", "van der Leyen") belongs to the surname
    i = len(toks) - 1
    while i > 1 and fold(toks[i - 1]) in _PARTICLES | {"der", "den"}:
        i -= 1
    surname = fold(" ".join(toks[i:])).replace(" ", "-") if i < len(toks) - 1 else fold(toks[-1])
    given, middle = fold(toks[0]), tuple(fold(x) for x in toks[1:i])
    return PersonName(given, middle, surname, suffix, title)


# particles that open a surname even when capitalised: none. "Al", "Ben", "Van" and "Abu" open given names ("Al
# Gore", "Ben Carson"), and so do "Bin" and "Ibn" (the Phoenix actors' "Bin Chhin", a Cambodian official: read as a
# bare surname, the actor table lost him; integration, round 19), so a particle counts only in lower case
_CAPITAL_PARTICLES: frozenset[str] = frozenset()


def _particle_surname(toks: list[str]) -> bool:
    """A surname with its particle and no given name ("bin Laden", "al Assad", "van der Leyen"): a bare surname,
    which joins the full name that ends in it (review 19: "Bin Laden" apart from "Osama bin Laden")."""
    head = toks[:-1]
    return bool(head) and all(fold(x) in PARTICLES and (x.islower() or fold(x) in _CAPITAL_PARTICLES) for x in head)


def _family_first(toks: list[str]) -> bool:
    """A Chinese or Korean name written family name first. Korean given names have two syllables,
    hyphenated or not ("Kim Jong-un", "Kim Jong Un"): a Korean family name before ONE plain word is
    a Western given name ("Kim Guadagno", "Kim Severson")."""
    first = fold(toks[0])
    if first not in FAMILY_FIRST or len(toks) > 3 or any(len(fold(x)) == 1 for x in toks):
        return False
    return first not in _KOREAN or len(toks) == 3 or "-" in toks[1]


def _initials_of(tok: str) -> list[str]:
    bare = tok.replace(".", "")
    if 2 <= len(bare) <= 3 and bare.isupper() and bare.isalpha():
        return list(bare)
    return [tok]


def _given_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # "J. Trump"
        return a[0] == b[0]
    return bool(given_key(a) & given_key(b))


def _middles_agree(a: PersonName, b: PersonName) -> bool:
    """Both carry middles and they differ → two people (George W. / George H. W.)."""
    if not a.middle or not b.middle:
        return True
    return a.initials == b.initials


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two full names can be one person (bare surnames are the caller's business)."""
    if a.bare or b.bare or a.surname_core != b.surname_core:
        return False
    if not _given_agree(a.given, b.given):
        return False
    if a.suffix != b.suffix:
        if a.suffix and b.suffix:
            return False
        suffixed = a if a.suffix else b
        if suffixed.suffix != "jr" or not suffixed.middle:
            return False
    return _middles_agree(a, b)


def reversed_name(n: PersonName) -> PersonName | None:
    """ "Trump Donald" read the other way round (two words, nothing else), or None."""
    if n.bare or n.middle or n.suffix or "-" in n.surname:
        return None
    return PersonName(n.surname, (), n.given, "", n.title)


def exact_person(a: PersonName, b: PersonName) -> bool:
    """Same person with no doubt left: same given names and the same middles (or neither has one)."""
    return same_person(a, b) and a.middle == b.middle and a.suffix == b.suffix

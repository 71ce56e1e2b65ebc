"""What a figure's own clause says of its scope: a plan, or a total of several events.

Two readings from the text alone (like :mod:`newsgraph.sites`, so that records of any version, rebuilt without
NLP, are read the same way), over the figure's clause (:func:`newsgraph.sites.clause_bounds`), with the words of
data/measure_scope.tsv:

- *a plan*: a plan word before the figure, with no word that opens another clause between them ("the plan
  announced Thursday keeps 9,800 U.S. troops", "Obama now plans to keep 5,500"; not "is considering options
  after the attack left 1,300 dead"; a threat the same: "his threat to hit Beijing with tariffs on $300
  billion"). A plan is an intention, not a fact: compared with nothing;
- *several events*: a plural event noun in the clause, or in the clause a relative one opens is about ("terror
  attacks in Paris last week left 17 people dead", "the bombings killed 30", "the attacks last week, in which 17
  were killed"), or a running toll of many days ("killed since the start of the operation", "the toll now stands
  at 105"): the figure is a total over several events, which holds the toll of any one of them ("killing 12
  people" at one magazine that week, "30 killed on Tuesday");
- *a running total since an event* ("In total, since the mass shooting at the magazine, 17 people have been
  killed": a sum phrase, or "since" an event noun, before the figure in its sentence) is read as one too;
- *a partitive part*: "about a dozen of the more than 120 companies": the figure counts a part of the whole
  told right after it, held by any figure of that whole at least as large;
- *a subset of a whole told elsewhere* (round 22): "three civilians were among the dead", "12 of the dead were
  children", a sentence that opens "Of those, 355 died" or "Among the dead, ...": the figure counts a part, held by
  any figure of the whole at least as large (a part larger than its whole still conflicts); "among the 40
  people killed" the same (round 23);
- *combatants named*: a sentence that names a soldier, police officers or militants beside a toll makes a toll of
  civilians told with it a part of the dead (round 22; "N civilians killed" is otherwise read as anyone's toll);
- *a toll broken down*: "Of the 22 people killed Friday, 12 died ... in Alexandria": the sentence opens with the
  toll and gives its parts at places; it holds an area's figure of another place;
- *a whole country*: "across the country", "nationwide", "across Egypt" tell a toll of all the country, which holds
  the toll of an area inside it ("four killed in Cairo"); an area's figure that gives the rest "elsewhere" ("four
  in Cairo and two elsewhere") is a part of a toll told at no site;
- *the whole of a possessed part*: "two of its five nuclear tests last year": the figure after "N of its" counts
  all the owner ever had, at no time of its clause (the time tells the part): compared with nothing;
- *its attackers counted*: "killed 14 people, including three gunmen": a list the toll holds, right after it in
  its sentence, names those who carried out the attack; such a toll counts another group than one that does
  not ("17 people dead"), so the two are no one quantity;
- *one state's act*: "Germany expelled four Russian diplomats": an expulsion is an act each state does on its own,
  many at once; the figure counts the act of the state named before it in its clause (not the key's owner,
  whose people are expelled), and is compared only with a figure of the same state's act.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import load_lexicon, read_tsv
from .sites import clause_bounds

__all__ = ["told_as_plan", "several_events", "whole_of_part", "counts_attackers", "acting_state", "country_wide",
           "rest_elsewhere", "partitive_part", "subset_part", "names_combatants", "civilian_words", "broken_down"]

_WORD = re.compile(r"[A-Za-z]+")
_TO = re.compile(r"\s+to\b")
_SENTENCE_END = re.compile(r"[.!?;][\"”’)]*(?:\s|$)")


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    rows = {r[0]: frozenset(w.strip().lower() for w in r[1].split("|") if w.strip())
            for r in read_tsv("measure_scope.tsv")}
    kinds = ("plan", "plan_to", "cut", "event", "whole_owner", "part", "attacker", "counting", "expel", "running",
             "relative", "wide", "wide_prep", "elsewhere", "total", "partitive", "breakdown", "subset_after",
             "subset_lead", "civilian", "combatant", "died")
    return {k: rows.get(k, frozenset()) for k in kinds}


@lru_cache(maxsize=1)
def _whole_rx() -> re.Pattern[str]:
    tab = _table()
    parts = "|".join(sorted(tab["part"], key=len, reverse=True))
    owners = "|".join(sorted(tab["whole_owner"]))
    return re.compile(rf"\b(?:\d[\d,.]*|{parts})\s+of\s+(?:{owners})\s+$", re.I)


@lru_cache(maxsize=1)
def _plural_events() -> frozenset[str]:
    out = set()
    for w in _table()["event"]:
        out.add(w + "es" if w.endswith(("sh", "ch", "s", "x")) else w + "s")
    return frozenset(out)


def told_as_plan(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is told as an intention (see the module docstring)."""
    a, _ = clause_bounds(text, start, end)
    tab = _table()
    planned = False
    for m in _WORD.finditer(text, a, start):
        w = m.group(0)
        low = w.lower()
        if low in tab["plan"] and (w == low or m.start() == a):  # "May" in mid-clause is a month, not "may"
            planned = True
        elif low in tab["plan_to"] and _TO.match(text, m.end()):
            planned = True
        elif low in tab["cut"]:
            planned = False  # another clause opens: its figure is not the plan's
    return planned


@lru_cache(maxsize=32)
def _rx(kind: str) -> re.Pattern[str]:
    """The phrases of one kind of data/measure_scope.tsv, any spacing, whole words."""
    words = sorted(_table()[kind], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


#: a participle clause that tells the toll of the clause before it ("Two bombings hit the city, killing 30")
_TOLL_PARTICIPLE = r"(?:killing|leaving|wounding|injuring)\b"


@lru_cache(maxsize=8)
def _framed(before: str, kind: str, after: str = "") -> re.Pattern[str]:
    """The phrases of one kind (:func:`_rx`) between two fixed patterns, compiled once, not per figure."""
    return re.compile(before + _rx(kind).pattern + after, re.I)


def several_events(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is a total of several events: a plural event noun in its clause, or in
    the clause a relative one opens is about; or a running toll of many days ("since the start of the
    operation", "now stands at")."""
    a, b = clause_bounds(text, start, end)
    if _rx("running").search(text, a, b) or _since_event(text, start):
        return True
    if _framed(r"\s*(?:", "relative", "|" + _TOLL_PARTICIPLE + ")").match(text, a) and a >= 2:
        # "the attacks in the capital, which left 31 dead", "Two bombings hit the city, killing 30": its antecedent's
        a = clause_bounds(text, a - 2, a - 2)[0]
    plural = _plural_events()
    return any(m.group(0).lower() in plural for m in _WORD.finditer(text, a, b))


def _sentence_start(text: str, start: int, *, lines: bool = False) -> int:
    """Where the figure's sentence starts; ``lines``: a line break also ends one (a heading before a paragraph)."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    a = stops[-1] if stops else max(0, start - 400)
    return max(a, text.rfind("\n", 0, start) + 1) if lines else a


@lru_cache(maxsize=1)
def _since_rx() -> re.Pattern[str]:
    events = "|".join(sorted(_table()["event"] | _plural_events(), key=len, reverse=True))
    return re.compile(rf"\bsince\s+(?:the|this|last|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{events})\b", re.I)


def _since_event(text: str, start: int) -> bool:
    """Before the figure in its sentence, a sum ("In total", "all told") or a count since an event ("since the
    mass shooting at the magazine on Wednesday, 17 people have been killed"): a running toll."""
    a = _sentence_start(text, start, lines=True)
    return bool(_rx("total").search(text, a, start) or _since_rx().search(text, a, start))


_NUMBER_AHEAD = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve|a dozen|dozens|hundreds|thousands)\b)")


def partitive_part(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` counts a part of a whole told right after it ("about a dozen of the more
    than 120 companies"): "of the" and another figure follow it."""
    m = _framed(r"\s+", "partitive").match(text, end)
    return m is not None and _NUMBER_AHEAD.match(text, m.end()) is not None


# "among the" a toll with its own figure: the subset_after row's words with a number and a group noun between
_AMONG_TOLL = re.compile(r"\bamong\s+the\s+(?:[\d,.]+|[a-z]+)\s+(?:(?:people|persons|others|civilians)\s+)?"
                         r"(?:killed|dead|wounded|injured)\b", re.I)


def subset_part(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` counts a subset of a whole told elsewhere: words of the ``subset_after``
    row follow it in its clause ("three civilians were among the dead"), or its sentence opens with a word of the
    ``subset_lead`` row and a comma before it ("Of those, 355 died")."""
    b = clause_bounds(text, start, end)[1]
    comma = text.find(",", end, b)
    stop = b if comma < 0 else comma
    if _rx("subset_after").search(text, end, stop) or _AMONG_TOLL.search(text, end, stop):
        return True  # "three civilians were among the dead", "two journalists were among the 40 people killed"
    a = _sentence_start(text, start, lines=True)
    m = _framed(r"\s*", "subset_lead", r"(?:\s+[a-z]+){0,3}\s*,").match(text, a, start)
    return m is not None and m.end() <= start


def civilian_words() -> frozenset[str]:
    """The words of a toll's group that name civilians (row ``civilian``)."""
    return _table()["civilian"]


def names_combatants(text: str, start: int, end: int) -> bool:
    """The sentence of the figure at ``text[start:end]`` names a combatant among the dead (row ``combatant``: "a
    soldier was killed", "civilians and a soldier"): a toll of civilians told beside it is a part of the dead, not
    their whole."""
    a = _sentence_start(text, start)
    stop = _SENTENCE_END.search(text, end)
    return _combatant_dead().search(text, a, stop.start() if stop else len(text)) is not None


@lru_cache(maxsize=1)
def _combatant_dead() -> re.Pattern[str]:
    """A combatant among the dead: "a soldier was killed", "civilians and a soldier" (rows combatant, died,
    civilian)."""
    who, died, civ = (_rx(k).pattern for k in ("combatant", "died", "civilian"))
    num = r"(?:a|an|one|two|three|four|five|\d+)"
    # "civilians and a soldier", and the other order: "killed two U.S. troops and two civilians"
    return re.compile(rf"{who}(?:\s+[\w'’]+){{0,3}}?\s+{died}|{civ}\s+(?:and|as well as|plus)\s+{num}\s+"
                      rf"(?:[\w'’]+\s+)?{who}|{who}\s+(?:and|as well as|plus)\s+{num}\s+(?:[\w'’]+\s+)?{civ}", re.I)


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern[str]:
    return re.compile(r"\b(?:in|at|near|of)\s+(?:the\s+)?((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*)")


def broken_down(text: str, start: int, end: int, lex_place: Callable[[str], bool]) -> frozenset[str]:
    """The places a toll's own sentence gives its parts at, when the sentence opens with the toll after "Of the"
    ("Of the 22 people killed Friday, 12 died in clashes in the northern Egyptian city of Alexandria": {"alexandria"});
    empty otherwise. ``lex_place`` tells a name of a place inside a country (:mod:`newsgraph.sites`)."""
    a = _sentence_start(text, start, lines=True)
    if not _framed(r"\s*", "breakdown", r"\s+(?:[a-z]+\s+){0,3}?$").fullmatch(text, a, start):
        return frozenset()
    stop = _SENTENCE_END.search(text, end)
    names = (m.group(1).rstrip(".") for m in _place_rx().finditer(text, end, stop.start() if stop else len(text)))
    return frozenset(n.lower() for n in names if lex_place(n))


def country_wide(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is told of a whole country: "across the country", "nationwide", "across
    Egypt" in its sentence before the end of its clause ("fighting erupted across Egypt, leaving 24 dead")."""
    b = clause_bounds(text, start, end)[1]
    a = _sentence_start(text, start)
    if _rx("wide").search(text, a, b):
        return True
    lex = load_lexicon()
    for m in _rx("wide_prep").finditer(text, a, b):
        name = re.match(r"\s+((?:[A-Z][\w'’.-]*\s*){1,3})", text[m.end():b])
        words = name.group(1).split() if name else []
        if any(lex.country_of(" ".join(words[:n]).strip(",.;:")) for n in range(len(words), 0, -1)):
            return True
    return False


def rest_elsewhere(text: str, start: int, end: int) -> bool:
    """The figure's clause gives the rest of the toll elsewhere ("four killed in Cairo and two elsewhere")."""
    a, b = clause_bounds(text, start, end)
    return _rx("elsewhere").search(text, end, b) is not None


def whole_of_part(text: str, start: int) -> bool:
    """The figure at ``text[start:]`` is the whole of a possessed part: "two of its five tests" (see the module
    docstring)."""
    return _whole_rx().search(text, max(0, start - 40), start) is not None


_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*")
_LIST_OPENS_BY = 4  # words after the figure within which the toll's own list opens ("14 people, including")
_LIST_WORDS = 12  # the longest list read ("including a police officer who was stabbed and the alleged assailant")
_LIST_END = re.compile(r"[,;:()]|\s[-–—]+\s")


def counts_attackers(text: str, start: int, end: int) -> bool:
    """The toll at ``text[start:end]`` counts its attackers: a list right after it, in its sentence, names them
    (see the module docstring); "not counting the gunman" leaves them out, and an attacker the list names as an
    agent ("30 women caught by the gunmen") is not one of its members."""
    stop = _SENTENCE_END.search(text, end)
    toks = list(_TOKEN.finditer(text, end, stop.start() if stop else len(text)))
    words = [m.group(0).lower() for m in toks]
    tab = _table()
    opens = sorted((o.split() for o in tab["counting"]), key=len, reverse=True)
    for i in range(min(len(words), _LIST_OPENS_BY + 1)):
        hit = next((o for o in opens if words[i:i + len(o)] == o), None)
        if hit is None:
            if words[i] == "and" or words[i][0].isdigit():
                return False  # another figure's list ("9 soldiers and wounded 30, including four militants")
            continue
        if i and words[i - 1] == "not":
            return False
        first = i + len(hit)
        close = _LIST_END.search(text, toks[first - 1].end()) if first < len(toks) else None
        members = [j for j in range(first, min(len(words), first + _LIST_WORDS))
                   if close is None or toks[j].start() < close.start()]
        return any(words[j] in tab["attacker"] and "by" not in words[max(first, j - 3):j] for j in members)
    return False


_NAME_WORDS = 3  # the longest country name read before an expulsion's figure ("the United States")


def acting_state(text: str, start: int, end: int, owner: str | None = None) -> str | None:
    """The state whose expulsion the figure at ``text[start:end]`` counts: ISO3, "" when its clause names none
    before the figure, None when the clause tells no expulsion (see the module docstring). ``owner``, the key's
    owner (those expelled), is never the actor."""
    a, b = clause_bounds(text, start, end)
    words = _WORD.findall(text, a, b)
    if not any(w.lower() in _table()["expel"] for w in words):
        return None
    lex = load_lexicon()
    before = text[a:start].replace("’", "'").split()
    for i in range(len(before)):
        for n in range(_NAME_WORDS, 0, -1):
            name = " ".join(before[i:i + n]).strip(",.;:").removesuffix("'s")
            code = lex.country_of(name) or (lex.demonym_of(name) if n == 1 else None)
            if code and code != owner:
                return code
    return ""

"""Entities: US places that share a name with a country or a national body (review 19).

- "Westminster, California": a name followed by a comma and a US state's name is a US city, not the national
  body "Westminster" (GBR) nor an organization;
- "Paris, Texas": such a pair whose name is a foreign country's capital is keyed and named by the pair, "Paris,
  Texas", no longer "Paris" (round 20); the report's other bare mentions of the name are that town when the
  report pairs the name with one state only (they were one entity with the pair before, keyed by the bare name);
- "Rep. Doug Collins of Georgia", "a Georgia Republican", "Atlanta, Georgia": the US state, not the country, when
  the report names none of the country's words (data/entity_state_namesakes.tsv); then every mention of the name
  is the state. Without a cue the country stays (the lexicon's reading)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv
from ._doc import doc_text
from .entity_base import _Cand
from .entity_forms import _state_abbreviations
from .events.lexicon import capital_countries


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The fifty states' names; the abbreviations' table alone lacks the six that AP never abbreviates ("Moscow,
    Idaho", "Dublin, Ohio", round 20)."""
    import pycountry

    return frozenset(_state_abbreviations().values()) | frozenset(
        s.name for s in pycountry.subdivisions.get(country_code="US") if s.type == "State")


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, re.Pattern[str]]:
    return {row[0]: re.compile(r"\b(?:" + row[1] + r")\b") for row in read_tsv("entity_state_namesakes.tsv")}


# a member of Congress or a governor "of" the state, a party member "from" it, the state's own party members
_STATE_CUE_BEFORE = re.compile(r"(?:\b(?:Rep|Sen|Gov)\.|\b(?:Representative|Senator|Governor|Congressman|Congresswoman)"
                               r")\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:of|from)\s+$|\b(?:Republicans?|Democrats?|state)\s+"
                               r"(?:of|from)\s+$")
_STATE_CUE_AFTER = re.compile(r"^\s+(?:Republicans?|Democrats?|Gov\.|governor|legislature|state\s+senator|voters)\b")


def key_us_places(cands: list[_Cand]) -> None:
    """Re-key the candidates that name US places (in place)."""
    if not cands:
        return
    doc = cands[0].span.doc
    text = doc_text(doc)
    _key_namesake_towns(cands, text)
    for c in cands:
        if _before_state(c, text):
            c.label, c.key, c.country, c.canonical = "GPE", ("GPE", c.text.strip().lower()), "USA", c.text.strip()
    for name, country_words in _namesakes().items():
        mine = [c for c in cands if c.text.strip() == name]
        if mine and not country_words.search(text) and any(_state_cue(c, text, cands) for c in mine):
            for c in mine:
                c.label, c.key, c.country, c.canonical = "GPE", ("GPE", f"{name.lower()} (us state)"), "USA", name


def _before_state(c: _Cand, text: str) -> bool:
    """"Westminster, California": one word or a few, then a comma and a US state's name (no state itself)."""
    return _state_after(c, text) is not None and c.country not in (None, "USA")


def _state_after(c: _Cand, text: str) -> str | None:
    """The US state named right after the candidate's comma ("Paris, Texas"), or None; never for a state, a person
    or a country (a country first in a list of places, "Mexico, California and Texas", stays the country)."""
    if c.text.strip() in _state_names() or c.label == "PERSON" or (c.key and c.key[0] == "COUNTRY"):
        return None
    m = re.match(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b", text[c.end:c.end + 30])
    return m.group(1) if m is not None and m.group(1) in _state_names() else None


# a list of places goes on after the state's name ("in Paris, Washington and Moscow", "Moscow, Georgia, Ukraine")
_LIST_AFTER = re.compile(r"(?:,\s+|\s+(?=and|or|&))(?:(?:and|or|&)\s+)?[A-Z]")


def _listed(c: _Cand, state: str, text: str) -> bool:
    """The pair may be two items of a list of places: a comma before the name, or the list going on after the
    state's name (a capital then a state's namesake, "Washington" or "Georgia", is the commoner reading there)."""
    after = text.find(state, c.end) + len(state)
    return bool(re.search(r",\s*$", text[max(0, c.start - 3):c.start])) or bool(_LIST_AFTER.match(text, after))


def _key_namesake_towns(cands: list[_Cand], text: str) -> None:
    """"Paris, Texas": a place name paired with a US state whose name is a foreign country's capital ("Paris",
    "Athens", "Moscow") is the US town, keyed and named by the pair; the bare mentions of the name (keyed by the
    name alone) join it when the report pairs the name with one state only. Any other name ("Houston, Texas")
    stays keyed by itself, and a national body's ("Westminster, California") by the rule below."""
    states: dict[str, set[str]] = {}
    paired: list[tuple[_Cand, str]] = []
    for c in cands:
        name, state = c.text.strip(), _state_after(c, text)
        if state is None:
            continue
        states.setdefault(name, set()).add(state)  # (a listed pair too: "Paris" may be either town)
        if c.label in ("GPE", "LOC", "FAC") and not _listed(c, state, text) and \
                capital_countries().get(name.lower()) not in (None, "USA"):
            paired.append((c, state))
    for c, state in paired:
        name = c.text.strip()
        bare = ("GPE", name.lower())
        c.label, c.key, c.country, c.canonical = "GPE", ("GPE", f"{name}, {state}".lower()), "USA", f"{name}, {state}"
        if len(states[name]) == 1:
            for o in cands:
                if o.key == bare and o.text.strip() == name:
                    o.key, o.canonical = c.key, c.canonical


def _state_cue(c: _Cand, text: str, cands: list[_Cand]) -> bool:
    return bool(_STATE_CUE_BEFORE.search(text[max(0, c.start - 60):c.start])
                or _STATE_CUE_AFTER.match(text[c.end:c.end + 30]) or _us_place_before(c, text, cands))


def _us_place_before(c: _Cand, text: str, cands: list[_Cand]) -> bool:
    """"Atlanta, Georgia": a city (a place that is no country and coded nowhere else) right before the comma (review of round 19: any capitalised
    word there took "Russia, Georgia and Moldova" and "On Monday, Georgia recalled ..." for the US state)."""
    m = re.search(r",\s+$", text[max(0, c.start - 4):c.start])
    if m is None:
        return False
    comma = c.start - (len(text[max(0, c.start - 4):c.start]) - m.start())
    return any(o is not c and o.end == comma and o.label == "GPE" and o.country in (None, "USA") and
               not (o.key and o.key[0] == "COUNTRY") for o in cands)

"""The country of a leader named by a bare surname with no title ("Mugabe accused Britain", "Karzai urged the
Taliban"), which the entity layer leaves without one (issue 19, round 21 source actors).

``party_words.office_country`` codes a bare surname under a head's title ("President Mugabe"); without the title
the party had no code, though wire copy names well-known leaders by surname alone. The surname codes only where no
other country could be meant:

* the surname is a head of state or government of ``data/executive_heads.tsv`` of exactly one country, and every
  reference person of that surname who held a government code is of that same country ("Mugabe" ZWE, "Karzai"
  AFG, "Netanyahu" ISR; not "Johnson", whose reference ministers are of seven countries, nor "Chavez", "Abbas",
  "Bush" with a Cayman minister, "Khan");
* on a dated report, the reference holder of an office of that surname on that date must be of that country as well
  (``actors.office_holder``): "Sharon" in a report of 2019 names no prime minister of Israel and stays uncoded.

An empty code beats a wrong one: a surname that is also a common first name or a private person's stays uncoded
whenever the tables give it a second country, and the full name, where the report gives it, always wins (the entity
is then no bare surname).
"""

from __future__ import annotations

from ...actors import government_countries, office_holder

__all__ = ["bare_head_country"]


def bare_head_country(surname: str, on: str | None) -> str | None:
    """ISO3 of the one country whose listed head bears ``surname`` (one word), else None (module docstring)."""
    if not surname or " " in surname or "-" in surname:
        return None
    heads = government_countries(surname, heads_only=True)
    if len(heads) != 1 or government_countries(surname) != heads:
        return None
    country = next(iter(heads))
    if on:
        held = office_holder(surname, on, surname)
        if held is None or held[1].country(str(on)[:10]) != country:
            return None
    return country

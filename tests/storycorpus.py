"""A small generated corpus of stories told by several outlets, for the story tests.

Every sentence is written here from templates; names and places are invented. Each story has its own
rare names (unknown to the word-frequency table, so they weigh most), and each outlet tells it with
other sentences, so reports of one story share names but not wording. Distractor reports name other
things on the same days.
"""

from __future__ import annotations

import datetime as dt

from kb_records import record

from newsgraph.record import Article

OUTLETS = ("Fox Online News", "New York Times - News", "HuffPost")

# (person, place, thing, action) per story: invented words, so no two stories share them
STORIES = [
    ("Ilse Brandtmoor", "Varnosburg", "reservoir dam", "collapsed after a week of storms"),
    ("Tomas Quellvik", "Harrowgate Falls", "rail bridge", "was closed after cracks were found"),
    ("Amara Okonkwe", "Selvia Bay", "ferry service", "was halted by a strike of the crews"),
    ("Piet Vandersloot", "Morrow Valley", "wind farm", "won approval from the regional board"),
    ("Kalani Pereira", "Eastmarch", "water plant", "was shut after a chemical leak"),
    ("Rosalind Achterberg", "Glenfirth", "steel works", "will lay off nine hundred workers"),
]

_FRAMES = [
    ("{thing_t} in {place} {action}",
     "Officials in {place} said the {thing} {action}. {person} told reporters the town would need help. "
     "Residents of {place} gathered near the {thing} on the first evening, and {person} promised an inquiry."),
    ("{person} speaks as {place} {thing} {action}",
     "The {thing} of {place} {action}, {person} said in a statement. Engineers were sent to {place} to "
     "inspect what remained. {person} said the cost of the {thing} was not yet known."),
    ("What the {place} {thing} means for the region",
     "After the {thing} {action}, people across {place} asked what comes next. {person}, who leads the "
     "local council, said the {thing} had been a worry for years. Critics in {place} blamed delays."),
]

_DISTRACTORS = [
    ("Council votes on bicycle lanes", "The city council voted to add bicycle lanes downtown. The plan costs "
     "less than expected, the transport office said, and work starts in spring."),
    ("Museum reopens after renovation", "The national museum reopened its doors after two years of work. "
     "Visitors lined up early to see the restored halls and the new gallery of maps."),
    ("Local team wins championship", "The local basketball team won the championship on a late basket. "
     "Fans filled the square to celebrate until midnight."),
    ("Bakery prices rise again", "Bread prices rose for the third month as flour costs climbed. Bakers said "
     "they could not absorb the increase any longer."),
]


def story_reports(start: str = "2024-03-04", spacing_days: int = 2) -> tuple[list[Article], dict[str, int]]:
    """Reports of every story by three outlets over two days, plus distractors on the same days.

    Returns the records (stories first, interleaved by day) and record id -> gold story index
    (distractors are absent from the map)."""
    day0 = dt.date.fromisoformat(start)
    recs: list[Article] = []
    gold: dict[str, int] = {}
    for k, (person, place, thing, action) in enumerate(STORIES):
        for j, outlet in enumerate(OUTLETS):
            title, body = _FRAMES[j]
            fill = {"person": person, "place": place, "thing": thing, "thing_t": thing.capitalize(),
                    "action": action}
            day = (day0 + dt.timedelta(days=k * spacing_days + (j == 2))).isoformat()
            rec = record(body.format(**fill), day, title=title.format(**fill), source=outlet,
                         url=f"https://example.org/{k}/{j}")
            recs.append(rec)
            gold[rec.id] = k
    for k, (title, body) in enumerate(_DISTRACTORS):
        day = (day0 + dt.timedelta(days=k * spacing_days)).isoformat()
        recs.append(record(body, day, title=title, source="Example Wire", url=f"https://example.org/d{k}"))
    return recs, gold

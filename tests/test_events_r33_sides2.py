"""Round 33, wave 2 (issue 19, events on real reports: a side left empty although the text names it).

Class read on allsides read ranks 600-669 (/work/cache/r33/r33-evside2/): the object of an arrest or a killing told
by a common noun of a person that the actor-noun table lacked ("arrested the driver", "killed seven suspected
informants") left the target empty; such nouns are now civilian actor nouns (data/plover_actors.tsv, ``sector``
rows, CVL). "He"/"she" in a clause under a verb whose subject is a gathering told in the singular ("a cheering crowd
greeted Castro after he overthrew Batista") took the crowd as the doer; a gathering or a body noun is no one person
(``gathering`` row of data/event_party_words.tsv, parties._one_person). A quoted meeting noun with no doer whose
"with" partner is the speaker's own ("After consultation with my Generals, ...") was held by the quote's speaker
(argument_roles._own_counsel; the full pipeline, which reads the quotes). Sentences written here; each ROWS entry fails on main 0f847a96, each GUARDS entry passes on both.
"""

from __future__ import annotations

import pytest
from conftest import events_at, party_names


def _side(enlp, text: str, word: str, typ: str, role: str) -> str:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    return party_names(hits[0][role])


ROWS = [
    ("Police arrested the driver after the crash near the harbour.", "arrested", "COERCE", "targets", "driver"),
    ("Officers detained the truck driver on Saturday.", "detained", "COERCE", "targets", "truck driver"),
    ("Masked gunmen killed three suspected informants outside the market.", "killed", "ASSAULT", "targets",
     "informants"),
    ("The blast killed two bystanders in the old city.", "blast", "ASSAULT", "targets", "bystanders"),
    ("Police shot a motorist at a checkpoint on Sunday.", "shot", "FIGHT", "targets", "motorist"),
    ("Troops detained a cyclist near the border post.", "detained", "COERCE", "targets", "cyclist"),
    # "he"/"she" is one person: never a gathering told in the singular, the person after it is
    ("A jubilant crowd welcomed Mandela after he signed the peace accord.", "signed", "AGREE", "actors", "Mandela"),
    ("A cheering crowd greeted Castro after he overthrew Batista.", "overthrew", "COERCE", "actors", "Castro"),
]

GUARDS = [
    ("Police arrested the gunman on Friday.", "arrested", "COERCE", "targets", "gunman"),
    ("Police arrested two men on Friday.", "arrested", "COERCE", "targets", "two men"),
    ("Police arrested the driver after the crash near the harbour.", "arrested", "COERCE", "actors", "Police"),
    ("The senator praised Obama because he vetoed the bill.", "vetoed", "REJECT", "actors", "Obama"),
    ("An angry mob surrounded the mayor after he arrested the strike leaders.", "arrested", "COERCE", "actors", ""),
    ("The general greeted the envoy after he arrested the rebel leader.", "arrested", "COERCE", "actors", "general"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), ROWS + GUARDS)
def test_side_named(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    got = _side(enlp, text, word, typ, role)
    assert (name in got) if name else got == "", got


QUOTED_ROWS = [
    ('Prime Minister Jane Holt wrote on Twitter: "After consultation with my ministers, the fuel tax will be scrapped."',
     "consultation", "CONSULT", "actors", "Jane Holt"),
]

QUOTED_GUARDS = [
    # an unnamed speaker gives nobody
    ('"After consultation with my generals, the plan stands," the minister said.', "consultation", "CONSULT", "actors",
     ""),
    ('Prime Minister Jane Holt wrote on Twitter: "After consultation with my ministers, the fuel tax will be scrapped."',
     "consultation", "CONSULT", "targets", "my ministers"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), QUOTED_ROWS + QUOTED_GUARDS)
def test_quoted_speaker_side(nlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    got = _side(nlp, text, word, typ, role)
    assert (name in got) if name else got == "", got

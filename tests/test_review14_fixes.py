"""Review 14's classes (main a6a179b, findings of 8 unseen reports): one entity per real person, name pieces,
places that are people, and quote speakers written as a title before a name. Hand-written texts only."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.person_roles import DROP, role_owner
from newsgraph.record import Mention


def _rec(text: str, published: str = "2017-07-10"):
    return newsgraph.extract(text, published=published)


def _entity_of(rec, surface: str):
    return next((e for e in rec.entities if any(m.text == surface for m in e.mentions)), None)


# -- a son and his father in one report: roles, aliases and "he" go to the one the text names ---------------
_FAMILY = ("WASHINGTON - President Hale's eldest son, Robert Hale Jr., arranged a meeting with a banker in May, a "
           "newspaper reported. Hale Jr., a close adviser to his father, said he had asked two aides to \"come by.\" "
           "\"It was short,\" he said in a statement. President Hale said on Monday that he had not known. "
           "Hale Jr. later said he regretted nothing.")


def test_a_sons_alias_and_apposition_are_not_his_fathers():
    rec = _rec(_FAMILY)
    father, son = _entity_of(rec, "Hale"), _entity_of(rec, "Hale Jr.")
    assert father is not None and son is not None and father.id != son.id
    assert "Hale Jr." not in father.aliases
    assert not any("adviser" in r for r in father.roles)
    assert any("adviser" in r for r in son.roles)


@pytest.mark.parametrize("quoted, who", [
    ("come by.", "Hale Jr."),
    ("It was short,", "Hale Jr."),
])
def test_he_after_the_sons_name_is_the_son(quoted, who):
    rec = _rec(_FAMILY)
    son = _entity_of(rec, who)
    q = next(q for q in rec.quotes if q.text.strip(" ,.") == quoted.strip(" ,."))
    assert q.speaker == son.id


@pytest.mark.parametrize("role, before, after, expected", [
    ("President", "President ", " said", 0),   # a title before the mention
    ("close adviser to his father", "", ", a close adviser to his father, said", 0),  # an apposition after
    ("son-in-law", "", "’s son-in-law, Jared Roe, said", DROP),  # another's relation, after a possessive
    ("mayor", "", " said", None),  # beside no mention: the caller's default
])
def test_role_owner_reads_the_text_beside_each_mention(role, before, after, expected):
    text = before + "Hale" + after
    m = Mention(start=len(before), end=len(before) + 4, text="Hale")
    other = Mention(start=len(text) + 1, end=len(text) + 5, text="Hale")
    assert role_owner(text + " Hale", role, [[m], [other]]) == expected


# -- a given name written alone is the report's one person of that given name ------------------------------
@pytest.mark.parametrize("text, full, alone", [
    ("The president said he had fired John Brolley, his adviser. \"I asked John for his resignation,\" he wrote. "
     "\"I thank John very much.\"", "John Brolley", "John"),
    ("Mary Tellwick resigned on Friday. Colleagues said they would miss Mary.", "Mary Tellwick", "Mary"),
])
def test_a_common_first_name_alone_joins_the_one_person_so_named(text, full, alone):
    rec = _rec(text)
    e = _entity_of(rec, alone)
    assert e is not None and e.name == full


def test_a_first_name_set_alone_in_quotation_marks_is_a_nickname_not_the_person():
    rec = _rec("Pentagon spokesman John Kirby said the raid had failed. A former hostage said one captor called "
               "himself \"John\" and spoke with a London accent.")
    e = _entity_of(rec, "John")
    assert e is None or e.name != "John Kirby"


def test_two_people_of_that_first_name_leave_it_alone():
    rec = _rec("John Brolley and John Meckin met on Friday. \"I thank John,\" the host said.")
    e = _entity_of(rec, "John")
    assert e is None or e.name not in ("John Brolley", "John Meckin")


# -- pieces of names: a title's first word, a possessive phrase, a given name typed as a place --------------
@pytest.mark.parametrize("text, absent", [
    ("\"We remain at war,\" press secretary Rear Adm. Peter Dalloway said on Friday.", "Rear"),
    ("The briefing was led by Rear Adm. Peter Dalloway, the Pentagon press secretary, on Friday.", "Rear"),
])
def test_the_first_word_of_a_title_is_no_entity(text, absent):
    rec = _rec(text)
    assert not any(e.name == absent for e in rec.entities)
    assert any(e.name == "Peter Dalloway" for e in rec.entities)


@pytest.mark.parametrize("text", [
    "The Russian lawyer, Natalia Veselnitskaya, met the aides in June.",
])
def test_a_given_name_is_not_split_from_its_surname(text):
    rec = _rec(text)
    people = [e.name for e in rec.entities if e.type == "PERSON"]
    first = text.split(", ")[1].split()[0]
    assert any(n.startswith(first + " ") for n in people), people
    assert not any(e.name == first for e in rec.entities)


def test_a_possessive_phrase_is_its_owners_mention():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.extract.entity_pieces import cut_possessive_phrase

    doc = Doc(Vocab(), words=["during", "Obama", "’s", "2009", "trip", "and", "Obama", "’s", "last", "talks"])
    fac = doc.char_span(doc[1].idx, doc[3].idx + 4, label="FAC")
    assert cut_possessive_phrase(fac).text == "Obama"
    named = doc.char_span(doc[6].idx, doc[9].idx + len("talks"), label="FAC")  # "Obama's last talks": all lower
    assert cut_possessive_phrase(named).text == "Obama"
    whole = doc.char_span(doc[1].idx, doc[1].idx + 5, label="FAC")
    assert cut_possessive_phrase(whole) is None
    person = doc.char_span(doc[1].idx, doc[3].idx + 4, label="PERSON")
    assert cut_possessive_phrase(person) is None


# -- a person's surname is no town ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("National security adviser John Bolton resigned on Tuesday.\n\nAdviser John R. Bolton listens at a "
     "meeting.\n\nBolton said he had offered to resign.", "Bolton"),
])
def test_a_surname_of_the_reports_person_is_no_place(text, name):
    rec = _rec(text)
    assert not any(p.name == name for p in rec.places)


# -- a title before a name: the quote's speaker is the person --------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("The firing drew criticism. Senate Minority Leader Chuck Schumer, D-New York, said, \"This is chaos.\" "
     "Minister of the Interior Bernard Cazeneuve said that the attack was planned abroad.", "Chuck Schumer"),
    ("The firing drew criticism. Senate Minority Leader Chuck Schumer, D-New York, said, \"This is chaos.\" "
     "Minister of the Interior Bernard Cazeneuve said that the attack was planned abroad.", "Bernard Cazeneuve"),
])
def test_a_title_before_a_name_gives_the_person_as_speaker(text, speaker):
    rec = _rec(text)
    names = {e.id: e.name for e in rec.entities}
    assert any(q.speaker_name == speaker and names.get(q.speaker) == speaker for q in rec.quotes), \
        [(q.speaker_name, q.text) for q in rec.quotes]


# -- a bare month or month-day: a date something is set for lies ahead; "before" bounds like "until" -----------
@pytest.mark.parametrize("text, published, value", [
    ("A judge set his sentencing for Dec. 18.", "2019-09-10", "2019-12-18"),
    ("The court postponed the hearing to Dec. 3.", "2019-09-10", "2019-12-03"),
    ("Little progress is expected in what's likely to be one of her last big summits before November.",
     "2016-06-10", "2016-11"),
    ("He had left the party before November.", "2016-06-10", "2015-11"),  # a past clause: the past November
    ("The judge sentenced him on Dec. 18.", "2019-09-10", "2018-12-18"),  # no setting: the past one, as before
    # "before" that governs another noun ("before Friday's purchases") bounds nothing: the purchases are done
    ("The firm's share of 7% before Friday's purchases is far below the leaders'.", "1989-10-30", "1989-10-27"),
])
def test_a_bare_date_takes_its_direction_from_what_sets_or_bounds_it(text, published, value):
    rec = _rec(text, published)
    assert [t.value for t in rec.times] == [value]


# -- a certainty idiom is no amount ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("Asked whether he had discussed it, he answered \"A hundred percent no\" to the question.", 0),
    ("\"I am 100 percent sure of it,\" she said.", 0),
    ("Turnout rose 100 percent in the city.", 1),  # a share of something: an amount
    ("Officials said 100 percent of the ballots were counted.", 1),
])
def test_a_hundred_percent_of_certainty_is_no_amount(text, n):
    assert len(_rec(text).amounts) == n


# -- a relative "who" is its person, not a day nor the bare word ------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("The doubts were planted by John Kerry on Thursday, who told CNN that the country was not at war.",
     "John Kerry"),
    ("The seeds were planted by John Kerry on Thursday , who told CNN in an interview that the country was not "
     "at war.", "John Kerry"),
])
def test_a_relative_who_after_a_day_is_the_person_before_it(text, speaker):
    rec = _rec(text)
    names = {e.id: e.name for e in rec.entities}
    assert rec.quotes and names.get(rec.quotes[0].speaker) == speaker and rec.quotes[0].speaker_name == speaker


# -- places: a settlement NER typed as a facility, a one-word sentence, a body named by a common noun -----------
def test_a_city_of_name_is_a_place_and_one_entity():
    rec = _rec("Jets pounded positions around the city of Sirte on the coast. Police raided a flat in the Paris "
               "suburb of Saint-Denis. The Saint-Denis raid was violent.")
    types = {e.name: e.type for e in rec.entities}
    assert types.get("Sirte") == "GPE" and types.get("Saint-Denis") == "GPE"
    assert sum(e.name == "Saint-Denis" for e in rec.entities) == 1
    assert {"Sirte", "Saint-Denis"} <= {p.name for p in rec.places}


def test_a_one_word_sentence_is_no_place():
    rec = _rec("What came of the strikes around the city of Sirte on the coast?  Nada. Zip. Nothing.  Everyone "
               "involved has reasons to keep quiet.")
    assert "Nada" not in {p.name for p in rec.places}


@pytest.mark.parametrize("text, country", [
    ("French lawmakers voted on Thursday to extend the state of emergency in France by three months. The measure "
     "still has to be approved by the Senate.", None),
    ("The Senate voted on the bill on Friday. The White House said the president would sign it.", "USA"),
])
def test_a_body_named_by_a_common_noun_keeps_its_country_only_beside_that_country(text, country):
    rec = _rec(text)
    senate = next(e for e in rec.entities if e.name == "Senate")
    assert senate.country == country


def test_a_headline_run_into_the_next_paragraph_is_no_role():
    rec = _rec("When the two leaders meet Monday, the agenda will be full. Obama, Putin gird for frosty face-off\n\n"
               "When President Barack Obama meets Monday with Russian President Vladimir Putin, both will be under "
               "pressure. Jared Kushner, now a senior White House aide, disclosed the meeting.")
    roles = {e.name: e.roles for e in rec.entities}
    assert not any("gird" in r for r in roles.get("Barack Obama", []))
    assert roles.get("Jared Kushner") == ["now a senior White House aide"]  # a role in apposition stays


# -- a nickname in quotation marks inside a name: one person ---------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Debate has rarely risen above sloganeering. Donald \"Disaster!\" Trump certainly deserves a share of the "
     "blame. Trump said so.", "Donald Trump"),
    ("Wrestler Dwayne \"The Rock\" Johnson said he may run. Johnson is popular.", "Dwayne Johnson"),
])
def test_a_nickname_in_quotes_inside_a_name_is_one_person(text, name):
    rec = _rec(text)
    people = [e for e in rec.entities if e.type == "PERSON"]
    assert [e.name for e in people] == [name]
    assert len(people[0].mentions) == 2


# -- an apposition that is only punctuation ("Maria Lopez and her co-conspirators" parsed with "-" as the
# apposition) gives no role and never fails the entities family (found on PolNeAR dev in the integration run)
@pytest.mark.parametrize("text", [
    '"Mr. President, will you pledge not to issue a pardon to Maria Lopez and her co-conspirators for their many '
    'crimes against our country?"',
])
def test_an_apposition_of_punctuation_alone_is_no_role(text):
    rec = _rec(text)
    assert rec.extraction_errors == []
    assert [e.name for e in rec.entities if e.type == "PERSON"] == ["Maria Lopez"]

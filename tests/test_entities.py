"""Entity repairs and canonicalization on short articles written for these tests (several styles)."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.lexicon import load_lexicon, norm_name


def ents(text: str) -> dict[str, newsgraph.record.Entity]:
    rec = newsgraph.extract(text, published="2021-05-04")
    return {e.name: e for e in rec.entities}


@pytest.mark.parametrize(
    "text, iso3",
    [("U.S.", "USA"), ("the United States", "USA"), ("America", "USA"), ("US", "USA"), ("Iraq's", "IRQ"),
     ("Britain", "GBR"), ("Iran", "IRN"), ("Ivory Coast", "CIV"), ("the Netherlands", "NLD"),
     ("Taji", None), ("Washington", None), ("us", None), ("IN", None)],
)
def test_country_lookup_never_fuzzy(text: str, iso3: str | None) -> None:
    assert load_lexicon().country_of(text) == iso3


@pytest.mark.parametrize("text, iso3", [("Iraqi", "IRQ"), ("Americans", "USA"), ("Frenchmen", "FRA"),
                                        ("Israelis", "ISR"), ("Swiss", "CHE"), ("Martian", None)])
def test_demonyms(text: str, iso3: str | None) -> None:
    assert load_lexicon().demonym_of(text) == iso3


@pytest.mark.parametrize("raw, normed", [("the Pentagon's", "Pentagon"), ("U.S.", "U.S."), ("Trump’s", "Trump")])
def test_norm_name(raw: str, normed: str) -> None:
    assert norm_name(raw) == normed


def test_surname_joins_full_name_and_country_aliases_merge() -> None:
    e = ents(
        "President Joe Biden spoke with German Chancellor Olaf Scholz on Tuesday. "
        "Biden told Scholz that the U.S. would send more aid. The United States and Germany "
        "will meet again in June, and America expects progress, Biden's office said."
    )
    assert e["Joe Biden"].type == "PERSON"
    assert len(e["Joe Biden"].mentions) == 3
    assert "President" in e["Joe Biden"].roles
    assert e["Olaf Scholz"].country == "DEU"
    assert "Chancellor" in e["Olaf Scholz"].roles
    us = e["United States"]
    assert us.country == "USA" and us.type == "GPE"
    assert {"U.S.", "America"} <= set(us.aliases)
    assert "Biden" not in e and "Scholz" not in e


def test_title_case_promo_gives_only_known_names() -> None:
    rec = newsgraph.extract(
        "Police in Lagos arrested 12 people after the protest, Governor Ade Bello said.\n\n"
        "Read: Nigerian Police Chiefs Summon Protest Leaders Over Riots\n\n"
        "Bello said the curfew would stay in place until Friday."
    )
    names = {e.name for e in rec.entities}
    assert "Ade Bello" in names
    assert not any("Police Chiefs" in n or "Protest Leaders" in n for n in names)
    # the promo's text is kept, as a related link, not as entity evidence
    assert rec.related_links[0].text.startswith("Nigerian Police Chiefs")


def test_disease_and_product_codes_are_not_organizations() -> None:
    rec = newsgraph.extract(
        "Hospitals in Madrid reported new COVID-19 cases on Monday. The H1N1 outbreak of 2009 was "
        "smaller, officials at the Spanish Health Ministry said."
    )
    labels = {(m.text, e.type) for e in rec.entities for m in e.mentions}
    assert not any(t in {"COVID-19", "H1N1"} for t, _ in labels)


def test_national_bodies_and_org_countries() -> None:
    e = ents(
        "The Kremlin rejected the claim on Friday. A Pentagon spokesman said the Iraqi Security Forces "
        "had taken over the base, and the Government of Iraq welcomed the move."
    )
    assert e["Kremlin"].country == "RUS"
    assert e["Pentagon"].country == "USA"
    assert e["Government of Iraq"].country == "IRQ"


def test_appositive_role_and_country() -> None:
    e = ents("Maria Silva, the head of Brazil's central bank, said rates would stay at 10%.")
    silva = e["Maria Silva"]
    assert any(r.startswith("head of Brazil's central bank") for r in silva.roles)
    assert silva.country == "BRA"


def test_acronym_joins_long_form() -> None:
    e = ents(
        "The Islamic Revolutionary Guard Corps said it seized a tanker. The IRGC has seized ships before, "
        "officials in Tehran said."
    )
    irgc = next(x for x in e.values() if x.type == "ORG" and x.name in {"Islamic Revolutionary Guard Corps", "IRGC"})
    assert len(irgc.mentions) == 2
    assert irgc.country == "IRN"


def test_ids_in_order_of_first_mention(seed_record) -> None:
    ids = [e.id for e in seed_record.entities]
    assert ids == [f"E{i}" for i in range(1, len(ids) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in seed_record.entities]
    assert firsts == sorted(firsts)


def test_mentions_are_exact_evidence(seed_record) -> None:
    for e in seed_record.entities:
        for m in e.mentions:
            assert seed_record.text[m.start : m.end] == m.text


def test_seed_entities(seed_record) -> None:
    e = {x.name: x for x in seed_record.entities}
    assert (e["Donald Trump"].type, e["Donald Trump"].country, len(e["Donald Trump"].mentions)) == ("PERSON", "USA", 4)
    assert e["Kenneth McKenzie"].roles[0] == "General"
    assert e["Mustafa al-Kadhimi"].country == "IRQ"
    assert len(e["United States"].mentions) == 9
    assert len(e["Iraq"].mentions) == 7
    # nothing from the promo lines
    assert not any(m.start > 2240 for x in seed_record.entities for m in x.mentions)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fox Online News", "Fox News"), ("the Fox News's", "Fox News"), ("NYT", "The New York Times"),
    ("Fox", None), ("News", None),
])
def test_outlet_names(text: str, expected: str | None) -> None:
    from newsgraph.lexicon import load_lexicon

    assert load_lexicon().outlet_of(text) == expected


def test_outlet_tagged_person_and_one_word_place_tagged_person(nlp) -> None:  # noqa: ANN001
    # NER's type flips inside one report: the outlet and the town must not become people
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp.make_doc("The official told Fox News on Monday. Fighters reached Kobani on Tuesday. "
                       "Residents of Kobani fled, and Kobani said nothing.")
    idx = {w: [i for i, t in enumerate(doc) if t.text == w] for w in ("Fox", "Kobani")}
    doc = nlp.get_pipe("tok2vec")(doc) if "tok2vec" in nlp.pipe_names else doc
    for name, proc in nlp.pipeline:
        if name not in ("ner", "entities", "newsgraph_entities") and not name.startswith("newsgraph"):
            doc = proc(doc)
    k = idx["Kobani"]
    doc.ents = [Span(doc, idx["Fox"][0], idx["Fox"][0] + 2, label="PERSON"), Span(doc, k[0], k[0] + 1, label="GPE"),
                Span(doc, k[1], k[1] + 1, label="GPE"), Span(doc, k[2], k[2] + 1, label="PERSON")]
    got = sorted((e.name, e.type) for e in extract_entities(doc))
    assert got == [("Fox News", "ORG"), ("Kobani", "GPE")]


@pytest.mark.parametrize("labels, expected", [
    # NER's flip after a place preposition: one town, which amounts and events can locate
    (("ORG", "GPE", "GPE"), {("Coimbra", "GPE", 3)}),
    # a word tagged ORG more often than a place keeps both readings apart: no vote, no flip
    (("ORG", "ORG", "GPE"), {("Coimbra", "ORG", 2), ("Coimbra", "GPE", 1)}),
])
def test_a_place_tagged_org_after_a_preposition_is_the_place(nlp, labels: tuple[str, ...],  # noqa: ANN001
                                                             expected: set) -> None:
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp("Residents of Coimbra fled on Sunday. Water rose in Coimbra, and Coimbra closed its bridge.")
    at = [i for i, t in enumerate(doc) if t.text == "Coimbra"]
    doc.ents = [Span(doc, i, i + 1, label=lab) for i, lab in zip(at, labels, strict=True)]
    assert {(e.name, e.type, len(e.mentions)) for e in extract_entities(doc)} == expected


def test_a_titled_or_mostly_person_word_tagged_place_once_stays_a_person(nlp) -> None:  # noqa: ANN001
    # "the Obama administration" tagged GPE must not turn "President Obama" and "Obama said" into a place
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp("President Obama spoke in Seoul. Critics said the Obama administration waited. Obama said no.")
    ob = [i for i, t in enumerate(doc) if t.text == "Obama"]
    doc.ents = [Span(doc, ob[0], ob[0] + 1, label="PERSON"), Span(doc, ob[1], ob[1] + 1, label="GPE"),
                Span(doc, ob[2], ob[2] + 1, label="PERSON")]
    got = {(e.name, e.type, len(e.mentions)) for e in extract_entities(doc)}
    assert ("Obama", "PERSON", 2) in got


def test_a_known_organization_tagged_person_is_the_organization(nlp) -> None:  # noqa: ANN001
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp("Rumours on Twitter spread fast. Twitter said it removed the posts. Al Shabaab denied it.")
    tw = [i for i, t in enumerate(doc) if t.text == "Twitter"]
    al = next(i for i, t in enumerate(doc) if t.text == "Al")
    doc.ents = [Span(doc, tw[0], tw[0] + 1, label="PERSON"), Span(doc, tw[1], tw[1] + 1, label="ORG"),
                Span(doc, al, al + 2, label="PERSON")]
    got = sorted((e.name, e.type, len(e.mentions)) for e in extract_entities(doc))
    assert got == [("Twitter", "ORG", 2), ("al-Shabaab", "ORG", 1)]


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # person mentions outvote the flips: one row
    ("Trump spoke on Monday. Trump said no. Aides said Trump was tired.",
     ["PERSON", "PERSON", "ORG"], {("Trump", "PERSON", 3)}),
    # a title outvotes any number of flips
    ("President Trump spoke. Trump said no. Trump left. Trump slept.",
     ["PERSON", "ORG", "ORG", "ORG"], {("Trump", "PERSON", 4)}),
    # a tie changes nothing (apps and places were tied on real reports)
    ("Douyin grew. Users left Douyin.", ["PERSON", "ORG"], {("Douyin", "PERSON", 1), ("Douyin", "ORG", 1)}),
    # a minority changes nothing either: a person is never made an organization by the vote
    ("Maduro spoke. Maduro left. Maduro slept.", ["PERSON", "ORG", "ORG"],
     {("Maduro", "PERSON", 1), ("Maduro", "ORG", 2)}),
])
def test_one_word_name_types_vote_in_a_report(nlp, text: str, labels: list[str], expected: set) -> None:  # noqa: ANN001
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp(text)
    word = text.split()[1] if text.startswith("President") else text.split()[0]
    at = [i for i, t in enumerate(doc) if t.text == word]
    doc.ents = [Span(doc, i, i + 1, label=lab) for i, lab in zip(at, labels, strict=True)]
    got = {(e.name, e.type, len(e.mentions)) for e in extract_entities(doc)}
    assert got == expected


def test_an_honorific_makes_a_person_whatever_ner_says(nlp) -> None:  # noqa: ANN001
    # "Mr Pompeo" tagged ORG had been a second, organization row beside "Mike Pompeo"
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp("Mike Pompeo landed in Seoul. Mr Pompeo said the talks went well.")
    mike = next(i for i, t in enumerate(doc) if t.text == "Mike")
    mr = next(i for i, t in enumerate(doc) if t.text == "Mr")
    doc.ents = [Span(doc, mike, mike + 2, label="PERSON"), Span(doc, mr, mr + 2, label="ORG")]
    got = {(e.name, e.type, len(e.mentions)) for e in extract_entities(doc)}
    assert ("Mike Pompeo", "PERSON", 2) in got
    assert not any(t == "ORG" for _n, t, _k in got)


@pytest.mark.parametrize(("text", "expected"), [
    # the bare surname of a person named in full, tagged GPE, is the person, not the country
    ("Representative Jim Jordan spoke first. Jordan later said he meant no harm.",
     {("Jim Jordan", "PERSON", 2)}),
    ("Senator Tom Chad left early. Chad told reporters he was tired.", {("Tom Chad", "PERSON", 2)}),
    # in a locative phrase the country stays
    ("Representative Jim Jordan flew home. Refugees in Jordan waited.",
     {("Jim Jordan", "PERSON", 1), ("Jordan", "GPE", 1)}),
    # no person of that surname: the country
    ("Jordan closed its border on Monday.", {("Jordan", "GPE", 1)}),
    # a report that names the place in a locative phrase keeps every bare mention a place (NER's junk
    # "Jim Jordan" out of "... Jim Jordan troops" must not take the country's mentions)
    ("Envoy Jim Jordan arrived. Troops stayed in Jordan. Jordan said no.",
     {("Jim Jordan", "PERSON", 1), ("Jordan", "GPE", 2)}),
    # a run-on span whose last word follows no given name is no surname ("... Bolger Jordan" out of a headline)
    ("Author Bolger Jordan wrote. Jordan said no.", {("Bolger Jordan", "PERSON", 1), ("Jordan", "GPE", 1)}),
])
def test_a_persons_surname_tagged_place_is_the_person(nlp, text: str, expected: set) -> None:  # noqa: ANN001
    from spacy.tokens import Span

    from newsgraph.extract.entities import extract_entities

    doc = nlp(text)
    word = "Chad" if "Chad" in text else "Jordan"
    ents = []
    for i, t in enumerate(doc):
        if t.text == word:
            full = i > 0 and doc[i - 1].text in ("Jim", "Tom", "Bolger")
            ents.append(Span(doc, i - 1, i + 1, label="PERSON") if full else Span(doc, i, i + 1, label="GPE"))
    doc.ents = ents
    got = {(e.name, e.type, len(e.mentions)) for e in extract_entities(doc)}
    assert got == expected


# Review 10: NER's spans given as they came on real reports; each row fails on main 6954568.
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # a piece of a hashtag or a handle is no name (was PERSON "Free")
    ("The ministry announced a #FreeMariaButina campaign.", [("Free", "PERSON")], set()),
    ("Supporters wrote to @FreeTheFive on Friday.", [("Free", "PERSON")], set()),
    # a section label in capitals at a paragraph's start (data/section_labels.tsv, data/common_words.tsv)
    ("ANALYSIS/OPINION:\n\nThe talks failed.", [("ANALYSIS", "ORG")], set()),
    ("EXCLUSIVE: NATO will meet.", [("EXCLUSIVE", "ORG"), ("NATO", "ORG")], {("NATO", "ORG", 1)}),
    # ...but an acronym there stays
    ("NATO: allies will meet.", [("NATO", "ORG")], {("NATO", "ORG", 1)}),
    # a place name written as a title is the magazine (was LOC "Atlantic", the ocean)
    ("He was described by The Atlantic as un-fireable.", [("Atlantic", "LOC")], {("Atlantic", "ORG", 1)}),
    ("The Atlantic article noted it.", [("Atlantic", "LOC")], {("Atlantic", "ORG", 1)}),
    ("The Atlantic coast was hit.", [("Atlantic", "LOC")], {("Atlantic", "LOC", 1)}),
    # a common word capitalized only as a sentence's first word (a syndication line): no name (was ORG)
    ("Content created by The Daily Caller News Foundation is free.",
     [("Content", "ORG"), ("Daily Caller News Foundation", "ORG")], {("Daily Caller News Foundation", "ORG", 1)}),
    # ...but one the report writes capitalized inside a sentence too stays
    ("Target cut prices. Rivals of Target said so.", [("Target#0", "ORG")], {("Target", "ORG", 1)}),
    # a model code and a name: a product (was ORG)
    ("The Pentagon sent two F-22 Raptor stealth fighters.", [("F-22 Raptor", "ORG")], {("F-22 Raptor", "PRODUCT", 1)}),
    # a lexicon group tagged as a thing is the group (was PRODUCT "G-20")
    ("Leaders met at the G-20 summit.", [("G-20", "PRODUCT")], {("G20", "ORG", 1)}),
    # a country's name of two words tagged PERSON is the country (was PERSON "N. Korea")
    ("North Korea tested a missile. N. Korea said so.", [("North Korea", "GPE"), ("N. Korea", "PERSON")],
     {("North Korea", "GPE", 2)}),
    # "the Times" after the one outlet ending so is that outlet (was a second ORG "Times")
    ("The New York Times reported it. McFaul told the Times he was surprised.",
     [("The New York Times", "ORG"), ("Times", "ORG")], {("The New York Times", "ORG", 2)}),
    # ...not a name that goes on ("the Post and Courier")
    ("The Washington Post reported it. Scott told the Post and Courier so.",
     [("The Washington Post", "ORG"), ("Post", "ORG")], {("The Washington Post", "ORG", 1), ("Post", "ORG", 1)}),
    # ...two such outlets leave it alone
    ("The New York Times and the Financial Times reported it. The Times said more.",
     [("The New York Times", "ORG"), ("Financial Times", "ORG"), ("Times", "ORG")],
     {("The New York Times", "ORG", 1), ("Financial Times", "ORG", 1), ("Times", "ORG", 1)}),
])
def test_review10_entity_classes(nlp, text: str, spans: list[tuple[str, str]], expected: set) -> None:  # noqa: ANN001
    from newsgraph.extract.entities import extract_entities

    doc = nlp(text)
    ents_ = []
    for sub, label in spans:
        sub, _, nth = sub.partition("#")  # "Target#0": the first of several
        start = (text.rindex(sub) if text.count(sub) > 1 else text.index(sub)) if not nth else \
            [i for i in range(len(text)) if text.startswith(sub, i)][int(nth)]
        sp = doc.char_span(start, start + len(sub), label=label, alignment_mode="expand")
        assert sp is not None
        ents_.append(sp)
    doc.ents = ents_
    got = {(e.name, e.type, len(e.mentions)) for e in extract_entities(doc)}
    assert got == expected


# Review 11: NER's spans as they came on real reports; each row fails on main 73c7a51.
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # a person tagged as a place: a given name first, or joined by "or"/"and" to a person (was GPE)
    ("Agnes Callamard, UN Special Rapporteur, tweeted that the bar is high. Callamard said so.",
     [("Agnes Callamard", "GPE"), ("Callamard", "ORG")], {("Agnes Callamard", "PERSON", 2)}),
    ("Beijing fears that he is a crafty Machiavelli or Sun Tzu.", [("Machiavelli", "PERSON"), ("Sun Tzu", "GPE")],
     {("Machiavelli", "PERSON", 1), ("Sun Tzu", "PERSON", 1)}),
    # ...a place's name of two words stays one (the gazetteer holds it)
    ("Officials in Virginia Beach said so.", [("Virginia Beach", "GPE")], {("Virginia Beach", "GPE", 1)}),
    # ...and a name ending with a place's head word (data/entity_place_name_heads.tsv), a given name first or not
    ("Sources within the Min County government said the quake was felt.", [("Min County", "GPE")],
     {("Min County", "GPE", 1)}),
    ("Israel will keep the Jordan Valley east of the West Bank, officials said.", [("Jordan Valley", "LOC")],
     {("Jordan Valley", "LOC", 1)}),
    # one word after "the" and a nationality is an organization named after that nation (was GPE, a village)
    ("As a young officer he worked with the East German Stasi for years.", [("East German", "NORP"), ("Stasi", "GPE")],
     {("East German", "NORP", 1), ("Stasi", "ORG", 1)}),
    ("Files were kept on everyone. The East German Stasi may have compiled them.", [("East German", "NORP"),
     ("Stasi", "GPE")], {("East German", "NORP", 1), ("Stasi", "ORG", 1)}),
    # ...not a well-known place
    ("The troops were said to have left the Ukrainian Crimea in a hurry.", [("Ukrainian", "NORP"), ("Crimea", "GPE")],
     {("Ukrainian", "NORP", 1), ("Crimea", "GPE", 1)}),
    # a word cut out of a lexicon name that goes on after it is that name (was NORP "Islamic")
    ("Trump remains committed to defeating Islamic State (IS) in Syria.", [("Islamic", "NORP"), ("Syria", "GPE")],
     {("ISIS", "ORG", 1), ("Syria", "GPE", 1)}),
    # a one-word NORP that is no nationality before a title and a name: part of the title (was NORP "Guards")
    ("There is no doubt that they did it by killing Guards Commander Lt. Gen. Soleimani in the night.",
     [("Guards", "NORP"), ("Soleimani", "PERSON")],
     {("Soleimani", "PERSON", 1)}),
    # ...nor a party's adjective there; since review 17 that adjective is no group row either (it had taken the
    # senator's event), so only the person is left
    ("The report was in a letter sent to Republican Sen. Chuck Grassley this week.",
     [("Republican", "NORP"), ("Chuck Grassley", "PERSON")], {("Chuck Grassley", "PERSON", 1)}),
    ("In a speech on the radio, the Iranian Commander Ali Fadavi said it was over.",
     [("Iranian", "NORP"), ("Ali Fadavi", "PERSON")],
     {("Iranian", "NORP", 1), ("Ali Fadavi", "PERSON", 1)}),
    # an institution's adjective (data/entity_institution_adjectives.tsv) is no group (was NORP)
    ("He leads a Congressional body.", [("Congressional", "NORP")], set()),
    # two names joined by a slash: a topic's label (was ORG "Trump/Russia" in Russia)
    ("Schiff on Trump/Russia connection: there is more.", [("Schiff", "PERSON"), ("Trump/Russia", "ORG")],
     {("Schiff", "PERSON", 1)}),
    # ...but two surnames of persons the report names in full stay (their own entity's mentions)
    ("Cody Shearer met Sidney Blumenthal, and the Shearer/Blumenthal memo followed.",
     [("Cody Shearer", "PERSON"), ("Sidney Blumenthal", "PERSON"), ("Shearer/Blumenthal", "ORG")],
     {("Cody Shearer", "PERSON", 1), ("Sidney Blumenthal", "PERSON", 1), ("Shearer/Blumenthal", "ORG", 1)}),
])
def test_review11_entity_classes(nlp, text: str, spans: list[tuple[str, str]], expected: set) -> None:  # noqa: ANN001
    test_review10_entity_classes(nlp, text, spans, expected)


@pytest.mark.parametrize("words", ["National Security Adviser", "National Security Advisor",
                                   "Deputy National Security Adviser"])
def test_the_national_security_adviser_is_a_title(words: str) -> None:
    # review 10: "National Security" had been cut out of the title as an organization and made an affiliation
    assert load_lexicon().title_of(words.split()) is not None


# Review 12: NER's spans as they came on real reports (or their shape); each row that is no guard fails on main 47e91bd.
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # a lexicon group tagged as a place or a nationality is the group, with its other names (was GPE "Daesh")
    ("Daesh (IS) claimed responsibility for the attack in Kabul.", [("Daesh", "GPE"), ("IS", "ORG"), ("Kabul", "GPE")],
     {("ISIS", "ORG", 2), ("Kabul", "GPE", 1)}),
    ("Taliban fighters attacked a checkpoint.", [("Taliban", "NORP")], {("Taliban", "ORG", 1)}),
    # a region of data/place_regions.tsv tagged ORG: the region, in a state (GPE) or across states (LOC)
    ("Russia systematically reabsorbed Crimea in 2014.", [("Russia", "GPE"), ("Crimea", "ORG")],
     {("Russia", "GPE", 1), ("Crimea", "GPE", 1)}),
    ("Moscow is active in the Caucasus again.", [("Moscow", "GPE"), ("Caucasus", "ORG")],
     {("Moscow", "GPE", 1), ("Caucasus", "LOC", 1)}),
    # ...a lexicon name the table also holds keeps the lexicon's type, and a magazine's title stays the magazine
    ("The European Union met.", [("European Union", "ORG")], {("European Union", "ORG", 1)}),
    ("He was described by The Atlantic as un-fireable.", [("Atlantic", "ORG")], {("Atlantic", "ORG", 1)}),
    # a nationality tagged as a place is the nationality (was GPE "Ukrainian")
    ("Iran shot down a Ukrainian airliner in January.", [("Iran", "GPE"), ("Ukrainian", "GPE")],
     {("Iran", "GPE", 1), ("Ukrainian", "NORP", 1)}),
    # a state's epithet is the one state of its row that the report names (was GPE "Islamic Republic", no country)
    ("Iran said it will file lawsuits in the Islamic Republic.", [("Iran", "GPE"), ("Islamic Republic", "GPE")],
     {("Iran", "GPE", 2)}),
    # ...two such states named: left as it was
    ("Pakistan and Iran met. Officials in the Islamic Republic said so.",
     [("Pakistan", "GPE"), ("Iran", "GPE"), ("Islamic Republic", "GPE")],
     {("Pakistan", "GPE", 1), ("Iran", "GPE", 1), ("Islamic Republic", "GPE", 1)}),
    # an organization right after a portfolio's title and "on"/"for" is part of the title (was ORG)
    ("Agnes Callamard, UN Special Rapporteur on Extra-Judicial Executions, tweeted that the bar was high.",
     [("Agnes Callamard", "PERSON"), ("UN", "ORG"), ("Extra-Judicial Executions", "ORG")],
     {("Agnes Callamard", "PERSON", 1), ("United Nations", "ORG", 1)}),
    # ...not a place, a lexicon body, or an employer after a spokesman
    ("He met the Special Envoy for Syria.", [("Syria", "GPE")], {("Syria", "GPE", 1)}),
    ("She is a spokeswoman for Amazon Web Services, she said in an email on the day.", [("Amazon Web Services", "ORG")],
     {("Amazon Web Services", "ORG", 1)}),
    # two PERSON spans split before a particle are one name (was "Karl-Theodor" and "zu Guttenberg")
    ("Former German Defense Minister Karl-Theodor zu Guttenberg said so. Guttenberg added more.",
     [("Karl-Theodor", "PERSON"), ("zu Guttenberg", "PERSON"), ("Guttenberg", "PERSON")],
     {("Karl-Theodor zu Guttenberg", "PERSON", 2)}),
    # a well-known work whose title reads like a name (data/entity_works.tsv; was PERSON "Citizen Kane")
    ("The film is a modern take on Citizen Kane's enigmatic sled.", [("Citizen Kane", "PERSON")],
     {("Citizen Kane", "WORK_OF_ART", 1)}),
    # a head's surname before a national body: the body, and the surname (was ORG "Trump White House")
    ("Donald Trump spoke. Many in the Trump White House were upset. The White House said nothing.",
     [("Donald Trump", "PERSON"), ("Trump White House", "ORG"), ("White House", "ORG")],
     {("Donald Trump", "PERSON", 2), ("White House", "ORG", 2)}),
    # a name next to a publication's noun is the publication (was PERSON, PRODUCT, GPE)
    ("Gunmen attacked the Charlie Hebdo newspaper in Paris.", [("Charlie Hebdo", "PERSON"), ("Paris", "GPE")],
     {("Charlie Hebdo", "ORG", 1), ("Paris", "GPE", 1)}),
    ("He told British newspaper The Telegraph so.", [("British", "NORP"), ("Telegraph", "PRODUCT")],
     {("British", "NORP", 1), ("Telegraph", "ORG", 1)}),
    ("It ran in the best-selling daily newspaper, Yedioth Ahronoth.", [("Yedioth Ahronoth", "GPE")],
     {("Yedioth Ahronoth", "ORG", 1)}),
    # ...not a person whose paper it is, nor the paper's nationality
    ("It ran in a Murdoch newspaper last year.", [("Murdoch", "PERSON")], {("Murdoch", "PERSON", 1)}),
    ("He leaked them to the British newspaper the Guardian.", [("British", "NORP"), ("Guardian", "ORG")],
     {("British", "NORP", 1), ("The Guardian", "ORG", 1)}),
    # a religion is one NORP entity (was NORP and ORG "Islam")
    ("He condemned radical Islam. It was a corrupted version of Islam.", [("Islam#0", "NORP"), ("Islam#1", "ORG")],
     {("Islam", "NORP", 2)}),
    # a state's AP abbreviation after a party letter is the state (was GPE "Fla." beside "Florida")
    ("Sen. Marco Rubio, R-Fla., spoke. The former Florida governor agreed.",
     [("Marco Rubio", "PERSON"), ("Fla.", "GPE"), ("Florida", "GPE")],
     {("Marco Rubio", "PERSON", 1), ("Florida", "GPE", 2)}),
    # ...after a city's comma or in brackets alike (integration: "Cambridge (Mass.)" was a second state)
    ("He lived in Cambridge, Mass., and then left Cambridge (Mass.) for good.",
     [("Cambridge#0", "GPE"), ("Mass.#0", "GPE"), ("Cambridge#1", "GPE"), ("Mass.#1", "GPE")],
     {("Cambridge", "GPE", 2), ("Massachusetts", "GPE", 2)}),
    # an organization's name after a country takes its short form (was two ORG entities)
    ("The U.S. Border Patrol said arrests rose. Border Patrol data show it.",
     [("U.S. Border Patrol", "ORG"), ("Border Patrol#1", "ORG")], {("U.S. Border Patrol", "ORG", 2)}),
    # ...two such longer names leave the short one alone
    ("The Iraqi Army and the U.S. Army met. The Army said so.",
     [("Iraqi Army", "ORG"), ("U.S. Army", "ORG"), ("Army", "ORG")],
     {("Iraqi Army", "ORG", 1), ("U.S. Army", "ORG", 1), ("Army", "ORG", 1)}),
    # a common or function word opening a quoted sentence, or a common word after a possessive, is no name
    ('"Insiders have described him as loyal," he said.', [("Insiders", "ORG")], set()),
    ('"Whichever is true, it matters," she said.', [("Whichever", "PERSON")], set()),
    ("He wrote that our Country is full.", [("Country", "GPE")], set()),
    # a well-known place tagged PERSON before a noun for its people is the place (was PERSON "Manisa")
    ("As Manisa members of parliament, we warned them.", [("Manisa", "PERSON")], {("Manisa", "GPE", 1)}),
    # ...not a person's name
    ("Many Trump voters were angry.", [("Trump", "PERSON")], {("Trump", "PERSON", 1)}),
    ("Ed Paris spoke. Paris voters were angry.", [("Ed Paris", "PERSON"), ("Paris", "PERSON")],
     {("Ed Paris", "PERSON", 2)}),
    # ...a lexicon name after a possessive stays
    ("They met their Taliban contacts in Doha.", [("Taliban", "ORG"), ("Doha", "GPE")],
     {("Taliban", "ORG", 1), ("Doha", "GPE", 1)}),
])
def test_review12_entity_classes(nlp, text: str, spans: list[tuple[str, str]], expected: set) -> None:  # noqa: ANN001
    test_review10_entity_classes(nlp, text, spans, expected)


@pytest.mark.parametrize(("text", "role"), [
    # a role in apposition ends where its relative clause starts (was "former deputy prime minister who was")
    ("The dossier named Igor Sechin, a former deputy prime minister who was named repeatedly, as a source.",
     "former deputy prime minister"),
])
def test_a_role_ends_before_its_relative_clause(text: str, role: str) -> None:
    assert role in ents(text)["Igor Sechin"].roles


# Review 13 (and round 12's leftovers): the whole pipeline on constructed sentences; each row that is no guard fails
# on main 521236d. (name, type, country) of the entities named, and a name that must be absent (None: no check).
@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a historical state is its own entity, never Russia's alias (was one entity "Russia" with "Soviet Union")
    ("The Soviet Union collapsed in 1991, and Russia became its heir. The USSR had 15 republics.",
     {("Soviet Union", "GPE", "SUN"), ("Russia", "GPE", "RUS")}, None),
    ("Soviet tanks entered Prague in 1968.", {("Soviet", "NORP", "SUN")}, None),
    # ...and a living person's nationality is never the state gone (was SUN through "a former Soviet spy")
    ("Putin, a former Soviet spy, met Merkel in Moscow.", {("Putin", "PERSON", None)}, None),
    # a district that is its city is the city: one entity (was "Washington" and "D.C." apart)
    ("The protest in Washington, D.C., drew thousands. Officials in D.C. said so. Washington was calm.",
     {("Washington", "GPE", "USA")}, "D.C."),
    # ...the state stays apart
    ("The Seattle, Washington office closed. DC Comics sued.", {("Washington", "GPE", "USA")}, None),
    # a US state before its shorter country namesake gives no foreign country (was MEX, JEY)
    # (...a country named so stays the country: Georgia's president)
    ("Former New Mexico Gov. Bill Richardson said on Sunday that the strike was a signal. New Jersey Gov. Chris "
     "Christie agreed. Former Georgia President Mikheil Saakashvili spoke.",
     {("Bill Richardson", "PERSON", "USA"), ("Chris Christie", "PERSON", "USA"), ("Mikheil Saakashvili", "PERSON", "GEO")},
     None),
])
def test_review13_entity_classes(text: str, expected: set, absent: str | None) -> None:
    got = {(e.name, e.type, e.country) for e in ents(text).values()}
    assert expected <= got
    if absent:
        assert absent not in {n for n, _t, _c in got}


# Review 13 with NER's spans given (as they come on real reports); each row that is no guard fails on main 521236d.
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # a person's initials are the person (AMLO): a join in the entity keys was tried and withdrawn, because the
    # per-report person repair regroups mentions by name structure and dropped the joined acronym's mention
    # ("MBS" beside "Mohammed Bin Salman" on a real report): a rule for persons.py, left
    pytest.param("Andrés Manuel López Obrador won. AMLO, as he is known, spoke.",
                 [("Andrés Manuel López Obrador", "PERSON"), ("AMLO", "ORG")],
                 {("Andrés Manuel López Obrador", "PERSON", 2)},
                 marks=pytest.mark.xfail(strict=True, reason="a person's initials: left to the per-report repair")),
    # ...an organization's initials stay the organization's
    ("The Islamic Revolutionary Guard Corps fired. The IRGC said so.",
     [("Islamic Revolutionary Guard Corps", "ORG"), ("IRGC", "ORG")], {("Islamic Revolutionary Guard Corps", "ORG", 2)}),
    # a compound surname without the given names is the person named in full (was a second PERSON)
    ("Andrés Manuel López Obrador won the vote in Mexico. López Obrador spoke on Monday in the capital.",
     [("Andrés Manuel López Obrador", "PERSON"), ("López Obrador", "PERSON")],
     {("Andrés Manuel López Obrador", "PERSON", 2)}),
    # an adjective of a stance toward a name is no group or place (was NORP "anti-Muslim", "pro-Russia")
    ("Leaders whip up anti-Muslim sentiment in Europe.", [("anti-Muslim", "NORP")], set()),
    ("The pro-Russia separatists fought in Donetsk.", [("pro-Russia", "NORP"), ("Donetsk", "GPE")],
     {("Donetsk", "GPE", 1)}),
    # ...the nationality itself stays
    ("Muslim leaders met in Paris.", [("Muslim", "NORP")], {("Muslim", "NORP", 1)}),
    # ...a suffix alone ("Jr.", no name word) is read without failing the report (a first version raised here)
    ("Donald Trump Jr. met Emin Agalarov in New York. Jr. was not there.",
     [("Donald Trump Jr.", "PERSON"), ("Emin Agalarov", "PERSON"), ("Jr.#1", "PERSON")],
     {("Donald Trump Jr.", "PERSON", 1), ("Emin Agalarov", "PERSON", 1), ("Jr.", "PERSON", 1)}),
    # ...a given name and a surname stay another person
    ("Bill Clinton spoke. Hillary Clinton agreed.", [("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON")],
     {("Bill Clinton", "PERSON", 1), ("Hillary Clinton", "PERSON", 1)}),
])
def test_review13_entity_spans(nlp, text: str, spans: list[tuple[str, str]], expected: set) -> None:  # noqa: ANN001
    test_review10_entity_classes(nlp, text, spans, expected)

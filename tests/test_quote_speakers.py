"""Speaker rules of the quote extractor, one table per rule (issue 18).

Every sentence here was written for these tests. Each case lists the quotes expected as
(kind, text, speaker_name, affiliation's name); an empty answer is expected where the text does not say
who speaks.
"""

from __future__ import annotations

import pytest


def _run(qnlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    names = {e["id"]: e["name"] for e in doc._.newsgraph_entities}
    out = []
    for q in doc._.newsgraph_quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        if q["kind"] not in ("stance", "topic", "impersonal", "term"):  # round 14's stances (no words said) are tested in tests/test_quote_round14.py
            out.append((q["kind"], q["text"], q["speaker_name"], names.get(q["affiliation"])))
    return out


PRONOUNS = [
    # reach is counted outside quoted words: a long quote does not put the reporting subject out of reach,
    # and a person named beside her (Lopez, the subject of a subordinate clause) does not take her words
    ("Senator Ana Ruiz told the committee on Tuesday that she was stepping down because Governor Maria Lopez "
     "had ignored the warnings.\n\n\u201cI sent the report to the cabinet twice, and I sent it to the "
     "inspector's office as well. Nobody answered, and nobody called the families who had lost their homes in "
     "the spring,\u201d she said.",
     [("indirect", "she was stepping down because Governor Maria Lopez had ignored the warnings", "Ana Ruiz", None),
      ("direct", "I sent the report to the cabinet twice, and I sent it to the inspector's office as well. Nobody "
       "answered, and nobody called the families who had lost their homes in the spring", "Ana Ruiz", None)]),
    # "he added" continues the last speaker even when the article does not tell that speaker's gender; an
    # earlier speaker of known gender does not take it
    ("Colonel Pedro Alves said the convoy would leave at dawn.\n\nAsked about the plan, Okonjo replied: "
     "\u201cI know the colonel well.\u201d\n\n\u201cThe road north is still mined,\u201d he added.",
     [("indirect", "the convoy would leave at dawn", "Pedro Alves", None),
      ("direct", "I know the colonel well.", "Okonjo", None),
      ("direct", "The road north is still mined", "Okonjo", None)]),
    # the pronoun's person is two paragraphs back
    ('Robert Brown spoke at the plant on Monday.\n\nWorkers cheered as the trucks left the yard.\n\n'
     '"We will build here again," he said.',
     [("direct", "We will build here again", "Robert Brown", None)]),
    # never a person merely named inside the quote
    ('Robert Brown met Tom Walsh in Ohio on Monday. Brown later flew home.\n\n'
     '"The attacks on Governor Walsh and now on myself are unfair," he told reporters.',
     [("direct", "The attacks on Governor Walsh and now on myself are unfair", "Robert Brown", None)]),
    # the person who spoke last, not the one named in what was reported
    ("Robert Brown said Tom Walsh would not be handed over and had committed no crime in Canada.\n\n"
     "But he also said the police had not been working with the fugitive.",
     [("indirect", "Tom Walsh would not be handed over and had committed no crime in Canada", "Robert Brown", None),
      ("indirect", "the police had not been working with the fugitive", "Robert Brown", None)]),
    # gender picks the person
    ('Robert Brown met Anna Keller in Paris. "We agreed on nothing," she said.',
     [("direct", "We agreed on nothing", "Anna Keller", None)]),
    # descriptions through the person's title or apposition
    ("Former Sen. Tom Walsh met voters in Iowa on Monday. The former senator said the farm bill had failed.",
     [("indirect", "the farm bill had failed", "Tom Walsh", None)]),
    ("Anna Keller, a spokeswoman for the ministry, spoke on Tuesday. The spokeswoman said the talks would resume.",
     [("indirect", "the talks would resume", "Anna Keller", None)]),
    # a pronoun inside a clause governed by a verb whose subject describes a person the report names is that
    # person: "the president" is President Berger, not the senator named last
    ("President Tom Berger met Senator Robert Brown on Monday. In December, the president signed a directive "
     "that he said would return astronauts to the moon.",
     [("indirect", "would return astronauts to the moon", "Tom Berger", None)]),
    # an agent noun for one person binds the pronoun of the clause it reports, and nobody named elsewhere takes it
    ('Senator Robert Brown spoke on Monday. In Damascus, an army loyalist who spoke to reporters said he believes '
     'the United States is "inventing stories" about the attack.',
     [("indirect", 'he believes the United States is "inventing stories" about the attack', "an army loyalist", None),
      ("partial", "inventing stories", "an army loyalist", None)]),
    # across paragraphs: a sentence about a new person (its main subject) between the last speaker and "he"
    # makes that person the one "he" stands for ...
    ('"I cannot say where I am going," Robert Brown wrote in his last blog post.\n\nMark Goto, 47, is a '
     'respected freelance journalist who went to report on the war last year. "I am in Syria for reporting," he '
     'wrote in an email in October.',
     [("direct", "I cannot say where I am going", "Robert Brown", None),
      ("direct", "I am in Syria for reporting", "Mark Goto", None)]),
    # ... but not a person named in the clause the last speaker reported, nor in the speaker's own sentence
    ('Tom Walsh said there was nothing wrong with the plan. But he suggested that Robert Brown had his eyes on '
     'the farm vote. "They are under pressure at home," he said.',
     [("indirect", "there was nothing wrong with the plan", "Tom Walsh", None),
      ("indirect", "Robert Brown had his eyes on the farm vote", "Tom Walsh", None),
      ("direct", "They are under pressure at home", "Tom Walsh", None)]),
    ('Tom Walsh said on Monday that Robert Brown does not care about the farms. "It is not something he talks '
     'about," he said.',
     [("indirect", "Robert Brown does not care about the farms", "Tom Walsh", None),
      ("direct", "It is not something he talks about", "Tom Walsh", None)]),
    # ... but only through a role's head noun: the lawyer "for the union leader" is not "the leader"
    ("Robert Brown, a lawyer for the union leader, spoke on Monday. The leader said the talks had failed.",
     [("indirect", "the talks had failed", "The leader", None)]),
    # an organization's noun is the organization named with it, not a person whose role mentions it
    ("Anna Keller, a spokeswoman for the House Intelligence Committee, defended the report on Monday. "
     "The committee said the report was complete.",
     [("indirect", "the report was complete", "House Intelligence Committee", None)]),
    ("The Congressional Budget Office released its forecast on Monday. Senator Robert Brown, chairman of the "
     "Senate Budget Committee, praised it. The budget office said the deficit would fall next year.",
     [("indirect", "the deficit would fall next year", "Congressional Budget Office", None)]),
    # an outlet noun with no outlet named is nobody the report names, never the last organization of any kind
    ("The Senate Budget Committee met on Monday. The newspaper said the vote would be close.",
     [("indirect", "the vote would be close", "The newspaper", None)]),
    # a description through the person's role
    ("Maria Lopez, the finance minister, presented the budget on Tuesday. "
     "The minister said the deficit would shrink next year.",
     [("indirect", "the deficit would shrink next year", "Maria Lopez", None)]),
]

TITLED = [
    # the person named in apposition to the speaker's role speaks; a possessed government stays the group
    ("The party's 15-member Platform Drafting Committee met on Friday. Its chairman, Tom Walsh, said the draft "
     "was ready.",
     [("indirect", "the draft was ready", "Tom Walsh", None)]),
    ("A senior Pentagon official, Jeff Davis, said the strikes would continue.",
     [("indirect", "the strikes would continue", "Jeff Davis", None)]),
    ("National Economic Council Director Larry Kudlow said the economy would grow next year.",
     [("indirect", "the economy would grow next year", "Larry Kudlow", "National Economic Council")]),
    ("Acme Corporation chief executive Anna Keller said the deal was close.",
     [("indirect", "the deal was close", "Anna Keller", "Acme Corporation")]),
    # a person who only modifies the speaker's title is not the speaker
    ("A senior Robert Brown administration official said the talks would resume in May.",
     [("indirect", "the talks would resume in May", "A senior Robert Brown administration official", None)]),
    ("Anna Keller's lawyer said the meeting had been cancelled because of the storm.",
     [("indirect", "the meeting had been cancelled because of the storm", "Anna Keller's lawyer", None)]),
    # the title after the name
    ('"We expect a deal soon," said Anna Keller, chief executive of Acme Corporation.',
     [("direct", "We expect a deal soon", "Anna Keller", "Acme Corporation")]),
]

GROUPS = [
    # a bare nationality word is never a speaker: the group keeps its name, without an entity
    ("French police say the suspect fled the scene on foot.",
     [("indirect", "the suspect fled the scene on foot", "French police", None)]),
    ("Chinese officials said the talks would resume next month.",
     [("indirect", "the talks would resume next month", "Chinese officials", None)]),
    ("The French said the troops would stay until spring.",
     [("indirect", "the troops would stay until spring", None, None)]),
    # a place in the speaker's title is not the speaker
    ("The U.S. Ambassador said the embassy would stay open through the weekend.",
     [("indirect", "the embassy would stay open through the weekend", "The U.S. Ambassador", None)]),
    # the organization the report names
    ("The White House said the president would sign the bill on Friday.",
     [("indirect", "the president would sign the bill on Friday", "White House", None)]),
    ("Pentagon officials said the troops would stay until spring.",
     [("indirect", "the troops would stay until spring", "Pentagon officials", None)]),
]

# (text, the entity that stands for the group speaker, or None)
GROUP_ENTITIES = [
    ("Pentagon officials said the troops would stay until spring.", "Pentagon"),
    # the government of the one country the report has just named
    ("China raised tariffs again this week. The government announced on Monday that the new tariffs would "
     "take effect in June.", "China"),
    ("Trade talks with China resumed. Chinese officials said the talks would resume next month.", "China"),
    # two countries just named: no guess
    ("China and Japan raised tariffs this week. The government announced on Monday that the new tariffs "
     "would take effect in June.", None),
    ("French police say the suspect fled the scene on foot.", None),
]

BLOCKS = [
    ("In a letter to the board, Anna Keller wrote:\n\n"
     "We have reviewed the accounts and found no errors in them.\n\n"
     "I hope we can meet again next month to discuss our plans.\n\n"
     "The board did not reply on Tuesday.",
     [("block", "We have reviewed the accounts and found no errors in them.\n\n"
       "I hope we can meet again next month to discuss our plans.", "Anna Keller", None)]),
    # a list after a colon is no block quote
    ("The plan has three parts:\n\nNew roads, new schools and new hospitals for the region.", []),
    # an excerpt introduced by its source ("From X:", "According to X:") is the source's; what the source
    # itself attributes inside it stays an attribution of its own
    ("Officials met on Monday.\n\nFrom the Wall Street Journal:\n\n"
     "In the first strike, fighters and drones hit one of two armored vehicles near the town.",
     [("block", "In the first strike, fighters and drones hit one of two armored vehicles near the town.",
       "the Wall Street Journal", None)]),
    ("Here is a look at the plan:\n\nThe plan will cut taxes for families and raise them for firms.", []),
]

QUESTIONS = [
    # the asker speaks, never the person asked
    ('"Do you regret the decision?" a reporter asked Robert Brown. "No," Brown said.',
     [("question", "Do you regret the decision?", "a reporter", None),
      ("direct", "No", "Robert Brown", None)]),
    ('"Will you resign?" Robert Brown was asked on Monday.',
     [("question", "Will you resign?", None, None)]),
    # a question the speaker asks himself stays his
    ('"Who could have known?" Robert Brown said.',
     [("direct", "Who could have known?", "Robert Brown", None)]),
    # a reported question without marks: the askers speak
    ("Reporters asked whether Robert Brown would sign the treaty with the northern provinces.",
     [("question", "Robert Brown would sign the treaty with the northern provinces", "Reporters", None)]),
    # the person asked is not the asker, and a statement of hers after the question stays hers
    ("Asked whether the plant would close, Anna Keller said the workers would be told first.",
     [("question", "the plant would close", None, None),
      ("indirect", "the workers would be told first", "Anna Keller", None)]),
    ("Robert Brown was asked whether the factory would be sold.",
     [("question", "the factory would be sold", None, None)]),
]

DOCUMENTS = [
    ('The law states that "no person shall be denied the right to vote on account of age."',
     [("document", "no person shall be denied the right to vote on account of age.", "The law", None)]),
]

INDIRECT = [
    ("Robert Brown said that the factory would close next year.",
     [("indirect", "the factory would close next year", "Robert Brown", None)]),
    # the reported speech before its attribution
    ("The talks will fail next week, Robert Brown said on Monday.",
     [("indirect", "The talks will fail next week", "Robert Brown", None)]),
    ("According to Robert Brown, the factory will close next year.",
     [("indirect", "the factory will close next year", "Robert Brown", None)]),
    # reported over two sentences, the second through a pronoun
    ("Robert Brown argued that the tax would hurt small firms. He also warned that prices could rise.",
     [("indirect", "the tax would hurt small firms", "Robert Brown", None),
      ("indirect", "prices could rise", "Robert Brown", None)]),
    ("Anna Keller's office said the meeting had been cancelled because of the storm.",
     [("indirect", "the meeting had been cancelled because of the storm", "Anna Keller", None)]),
    # what a person said or wrote speaks for its possessor, a name or a pronoun
    ("Anna Keller's statement said the factory would stay open.",
     [("indirect", "the factory would stay open", "Anna Keller", None)]),
    ("Robert Brown wrote to the board on Monday. His letter said the plan had failed.",
     [("indirect", "the plan had failed", "Robert Brown", None)]),
    ("In a statement, Robert Brown said the company would appeal the ruling.",
     [("indirect", "the company would appeal the ruling", "Robert Brown", None)]),
    # what is said never holds its cue: a relative pronoun before the cue is not part of it
    ("Robert Brown visited the border post, which he said had reached the breaking point.",
     [("indirect", "had reached the breaking point", "Robert Brown", None)]),
    # a verb of disapproving with an object tells an act aimed at it (round 13, data/quote_acts.tsv), no words
    ("Robert Brown criticized the new budget for its cuts to rural schools.", []),
]

SIGN_OFFS = [
    # one quote a line, each signed after a dash and a no-break space: each quote is its signer's
    ('Readers sent their views after the debate.\n“We need a new plan for the town.” ―\u00a0Ana Ruiz\n'
     '“Nothing will change here before the winter.” ―\u00a0Tom Walsh',
     [("direct", "We need a new plan for the town.", "Ana Ruiz", None),
      ("direct", "Nothing will change here before the winter.", "Tom Walsh", None)]),
    # a dash and a name after the quote, and a transcript line
    ('Readers sent their views after the debate.\n\n"The plan will never work in our town." ― Ana Ruiz',
     [("direct", "The plan will never work in our town.", "Ana Ruiz", None)]),
    ('Robert Brown spoke to the host on Sunday.\n\n"BROWN: Well, I will be there, and it will be a great night.',
     [("direct", "Well, I will be there, and it will be a great night.", "Robert Brown", None)]),
]

NOT_QUOTES = [
    # the name of a show told to, or of a book written in, is no quote of the speaker
    ('Anna Keller told "Good Morning America" on Monday that the plan was dead.',
     [("indirect", "the plan was dead", "Anna Keller", None)]),
    ('Robert Brown wrote in his book "The Great War of Our Time" that the agency had failed.',
     [("indirect", "the agency had failed", "Robert Brown", None)]),
    # a show title
    ('Anna Keller appeared on the show "Starting Point." She spoke about the budget.', []),
    ('The "reform" left prices where they were a year ago.', []),
    # acts are not statements: deciding, discussing, meeting or signing attributes nothing
    ('The ministry has decided to close two border crossings in the north.', []),
    ('The two ministers discussed plans to open a rail link next year.', []),
    ('Tom Berger signed an order to cut the fleet by half.', []),
    # one quoted function word is a word mentioned or stressed, not a statement; "as one" is said
    ('Robert Brown said the plan "would" work. He later said he meant "wouldn\'t" instead.',
     [("indirect", 'the plan "would" work', "Robert Brown", None),
      ("indirect", 'he meant "wouldn\'t" instead', "Robert Brown", None)]),
    ('Anna Keller said the union would act "as one" in the talks.',
     [("indirect", 'the union would act "as one" in the talks', "Anna Keller", None),
      ("partial", "as one", "Anna Keller", None)]),
    # a verb whose subject is an event, a time or an idea attributes nothing: the speaker is the person
    ('"We will not leave," Robert Brown said in Ohio after his news conference began drawing fire. '
     '"The plant stays open."',
     [("direct", "We will not leave", "Robert Brown", None), ("direct", "The plant stays open.", "Robert Brown", None)]),
    ("Critics said the context of the speech indicates Robert Brown meant every word.",
     [("indirect", "the context of the speech indicates Robert Brown meant every word", "Critics", None)]),
    ("The context indicates that the minister knew about the plan.", []),
    # the verb of a time clause before the quote is not its cue: the reporting verb it hangs on is
    ('Hillary Clinton initially said in the spring, when the private server email story broke, '
     '“I did not email any classified material to anyone on my email.”',
     [("direct", "I did not email any classified material to anyone on my email.", "Hillary Clinton", None)]),
    # what someone did not say is nothing they said: a negated verb of naming a topic reports no statement
    ("Robert Brown did not mention the closure of the two plants in his speech.", []),
    ("Anna Keller spoke for an hour without addressing the loss of the northern seats.", []),
    ("Tom Berger has never discussed the terms of the settlement with the union.", []),
    ("The ministry did not comment on the report about the missing funds.", []),
    # ... while the same verbs, said, name what was spoken of: since round 20 a noun object of "mention" is the
    # topic, a stored stance never listed as words said (tests/test_quote_round20_content.py checks the stance)
    ("Robert Brown mentioned the closure of the two plants in his speech.", []),
    # a free relative that only points at words gives none of them; a free relative that is the subject of
    # what was said does not stop the statement
    ("Critics said the speech shows that Robert Brown said what he meant the first time.",
     [("indirect", "the speech shows that Robert Brown said what he meant the first time", "Critics", None)]),
    ("Anna Keller told the panel what she thought of the budget.", []),
    ("Tom Berger said what the workers want is a fair contract and a safe plant.",
     [("indirect", "what the workers want is a fair contract and a safe plant", "Tom Berger", None)]),
    # a show named after a channel's possessive is a title, with a full stop or a comma inside the marks
    ('"We will vote on it tomorrow," Anna Keller said on ABC\'s “Sunday Morning With Joe Rivera.”',
     [("direct", "We will vote on it tomorrow", "Anna Keller", None)]),
    # a scare quote after "so-called" and a term named as a word are nobody's statement
    ('Robert Brown said the so-called "border tax" would raise prices.',
     [("indirect", 'the so-called "border tax" would raise prices', "Robert Brown", None)]),
    # (round 13: "attacked X for Y" is an act aimed at X, no statement of the critics')
    ('Critics attacked Anna Keller for refusing to use the phrase "hard border" in the debate.', []),
    # ... unless the quoted words are the verb of which the term is the subject
    ('Robert Brown said the words "lump" all farmers together.',
     [("indirect", 'the words "lump" all farmers together', "Robert Brown", None),
      ("partial", "lump", "Robert Brown", None)]),
    # "A," she said. "B." stays two direct quotes
    ('Anna Keller spoke in Berlin. "We tried," she said. "It did not work."',
     [("direct", "We tried", "Anna Keller", None), ("direct", "It did not work.", "Anna Keller", None)]),
]


MISTYPED = [
    # NER types the agent's name ORG: a name right after a job noun is a person, and "he" goes back to him
    ('FBI agent Brock Domin wrote in the filing that Manafort had contacted two witnesses. "The investigation is '
     'ongoing," he added.',
     [("indirect", "Manafort had contacted two witnesses", "Brock Domin", "FBI"),
      ("direct", "The investigation is ongoing", "Brock Domin", None)]),
    # NER types a one-word name NORP: one who "says" and is no nationality is a person, and "she" is her
    ('The protests grew on Friday. Someone pulled him out of the car, says Neslihan, and stabbed him. Neslihan '
     'blames the police. "I will never forgive them," she says.',
     [("indirect", "Someone pulled him out of the car", "Neslihan", None),
      ("direct", "I will never forgive them", "Neslihan", None)]),
]

# group words stay groups: "a New Hampshire Republican" is anyone of a party, and an organization named after
# a compound adjective ("15-member") is no person
GROUP_WORDS = [
    ('"It was close," said a New Hampshire Republican. The Republican establishment is worried.', "Republican", "NORP"),
    ("The party's 15-member Platform Drafting Committee met on Friday.", "Platform Drafting Committee", "ORG"),
]


@pytest.mark.parametrize(("text", "expected"), MISTYPED)
def test_names_ner_mistyped_are_speakers(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "name", "kind"), GROUP_WORDS)
def test_group_words_are_not_made_persons(qnlp, text, name, kind) -> None:
    doc = qnlp(text)
    assert {e["name"]: e["type"] for e in doc._.newsgraph_entities}[name] == kind


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_and_description_speakers(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_titled_speaker_is_the_person(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_group_speakers(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_attributions(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SIGN_OFFS)
def test_sign_offs_and_transcripts(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "entity"), GROUP_ENTITIES)
def test_group_speaker_entities(qnlp, text, entity) -> None:
    doc = qnlp(text)
    names = {e["id"]: e["name"] for e in doc._.newsgraph_entities}
    assert [names.get(q["speaker"]) for q in doc._.newsgraph_quotes] == [entity]


@pytest.mark.parametrize(("text", "expected"), BLOCKS)
def test_block_quotes(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_questions(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_QUOTES)
def test_not_statements(qnlp, text, expected) -> None:
    assert _run(qnlp, text) == expected


def test_title_case_line_ending_in_a_colon_introduces_the_quote(qnlp) -> None:
    # "Reporter Anna Keller says:" reads as a headline by its capitals, but a colon introduces what follows
    text = 'Robert Brown spoke on Monday.\n\nReporter Anna Keller says:\n\n"The crowd stayed in the square all night."'
    got = _run(qnlp, text)
    assert [(k, t) for k, t, _s, _a in got] == [("direct", "The crowd stayed in the square all night.")]
    assert got[0][2] is not None and got[0][2].endswith("Anna Keller")


def test_importing_the_speaker_rules_loads_no_lexicon():
    # the word lists built from data files (titles, person nouns) are read on first use, not at import
    import subprocess
    import sys

    code = ("from newsgraph.extract.quotes import speakers\n"
            "from newsgraph.lexicon import load_lexicon\n"
            "print(load_lexicon.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_a_subjectless_adding_continues_the_last_speaker(qnlp) -> None:
    # 'Adding, "..."' with no subject of its own is the speaker who spoke just before; with nobody before it
    # the quote keeps no speaker (an empty answer beats a guess)
    text = ('Later in the show, Tom Berger said of the dispute that the audit \u201cwas not good.\u201d Adding, '
            '\u201cNow, like with every audit, what they find is never that bad.\u201d')
    assert ("direct", "Now, like with every audit, what they find is never that bad.", "Tom Berger", None) in \
        _run(qnlp, text)
    text = 'Anna Keller spoke in Berlin on Monday.\n\nAdding, \u201cWe will not leave the talks.\u201d'
    assert _run(qnlp, text) == [("direct", "We will not leave the talks.", None, None)]

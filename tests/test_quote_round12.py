"""Quotes, issue 18 round 12: minds nobody speaks for, and participles that belong to the main clause.

Every sentence here was written for these tests. Each case gives the text and its quotes as (kind, text,
speaker_name).
"""

from __future__ import annotations

import pytest
import spacy
from quote_kit import quote_rows
from spacy.tokens import Doc, Span

from newsgraph.extract.quotes.cues import subject_of

MINDS = [
    # the writer's own musings
    ("I thought the new budget was a mistake.", []),
    ("I don't know that to be true.", []),
    ("Even if you want to ignore the budget, the numbers are bad.", []),
    ("One wonders why the ministers think the plan will work.", []),
    ("We know that the budget will fail.", []),
    # people at large, places and counts hold views nobody stated
    # since round 19 a view of people at large is a stored stance, never listed (test_quote_at_large.py)
    ("Average Spanish citizens wonder why their leaders spend so much abroad.",
     [("stance", "why their leaders spend so much abroad", "Average Spanish citizens")]),
    ("Madrid fears that the new president is a cunning strategist.", []),
    ("They assumed that the city could not recover.", []),
    ("Only 1 in 10 Britons believes the plan will work.",  # round 19: the plural heads the share
     [("stance", "the plan will work", "Only 1 in 10 Britons")]),
    ("The Russians apparently did not expect the protests to spread.", []),
    ("The minister is seen by many in Europe as a reformer.", []),
    # a mental state with a bare noun for object holds no proposition
    ("The administration recognizes the threat posed by the rebels.", []),
    ("Our spies want everything on everybody.", []),
    # ... while a person, a group that speaks, or a speaking verb keeps its statement (round 14, beliefs: a belief
    # so held is kind "stance", no words said; tests/test_quote_beliefs.py)
    ("Maria Lopez believes the plan will work.", [("stance", "the plan will work", "Maria Lopez")]),
    ("Environmental groups fear that the mine will pollute the river.",
     [("stance", "the mine will pollute the river", "Environmental groups")]),
    ("Officials believe the gunman acted alone.", [("stance", "the gunman acted alone", "Officials")]),
    ("Few experts believe that the deal will last.", [("stance", "the deal will last", "Few experts")]),
    ("Spain said that the talks had failed.", [("indirect", "the talks had failed", "Spain")]),
]


@pytest.mark.parametrize(("text", "expected"), MINDS)
def test_minds(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text, stances=True) == expected


PARTICIPLES = [
    # a participle after a noun for words belongs to those words: their owner speaks, not the main subject
    ("Mr. Lopez spoke on Friday. He was responding to comments from Mr. Garcia on Thursday warning the rebels "
     "that they face consequences.",
     [("indirect", "the rebels that they face consequences", "Garcia")]),
    # ... and parsed as the noun's modifier it is no reporting verb at all (no one's words are guessed)
    ("Mr. Lopez spoke on Friday. He was responding to a statement by the army warning the rebels that they face "
     "consequences.", []),
    # an opening participle is the reporting clause's subject's, not the subject of the quoted words
    ("Insisting that the world is not being fooled by Spain’s “propaganda” and “President Garcia’s fantasy” of "
     "peaceful but besieged Catalan-speaking protesters, Lopez said, “Spain is stoking the very instability they "
     "say they want to quell.”",
     [("indirect", "the world is not being fooled by Spain’s “propaganda” and “President Garcia’s fantasy” of "
       "peaceful but besieged Catalan-speaking protesters", "Lopez"),
      ("partial", "propaganda", "Lopez"), ("partial", "President Garcia’s fantasy", "Lopez"),
      ("direct", "Spain is stoking the very instability they say they want to quell.", "Lopez")]),
    # a participle that hangs on its own clause keeps that clause's subject
    ("Mr. Lopez criticized the budget on Monday, warning that the cuts would hurt schools.",
     [("indirect", "the cuts would hurt schools", "Lopez")]),
    # words the subject's own possessive pronoun marks are the subject's (integration: went to the previous
    # sentence's speaker)
    ("Mr. Garcia warned Mr. Lopez on Monday that time was short. Defense Secretary Juan Ruiz quickly released his "
     "own statement, saying he agrees with the move.",
     [("indirect", "that time was short", "Garcia"), ("indirect", "he agrees with the move", "Juan Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participles(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected



NAMES = [
    # the name given goes with what is named: the topic alone is no statement
    ("Ruiz had earlier called the withdrawal decision a 'huge mistake'.",
     [("indirect", "the withdrawal decision a 'huge mistake'", "Ruiz"), ("partial", "huge mistake", "Ruiz")]),
    ("Ruiz has called the inquiry a phony witch hunt.",
     [("indirect", "the inquiry a phony witch hunt", "Ruiz")]),
    ('Lopez called the plan "a disaster."', [("indirect", 'the plan "a disaster."', "Lopez"),
                                             ("partial", "a disaster.", "Lopez")]),
    # the writer naming a thing is nobody's statement (round 12 kept the quoted name as a partial with no speaker;
    # round 35, quotes/work_names.py: title-case words in marks with no speaker in running text are a name, dropped)
    ('NPR follows the troops. We are calling the project "Back at Base." It has four parts.', []),
    # a passive naming with no agent: a name nobody said, the thing named no speaker
    ('Lopez\'s approach was sometimes called "triangulation."', []),
    # ... with its agent, the agent's words
    ('The plan was called "a disaster" by the minister.', [("partial", "a disaster", "the minister")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected


ADDRESSED = [
    # the one written to is not the one who writes
    ("His campaign emailed supporters to say he would not yield the floor.",
     [("indirect", "he would not yield the floor", "His campaign")]),
    # "he" never stands for the one its own sentence addresses
    ('Donald Trump wrote to Mexico on Monday. He said he is drafting plans and told Trump: "Please, remember '
     'that we do not lack courage."',
     # round 17: the clause before "and told" is his too, no longer dropped whole with the direct quote after it
     [("indirect", "he is drafting plans", None), ("direct", "Please, remember that we do not lack courage.", None)]),
    # a verb of speaking the cue list lacked
    ('"We cannot keep doing the same thing," President Lopez pronounced on Wednesday.',
     [("direct", "We cannot keep doing the same thing", "Lopez")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSED)
def test_addressed(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected


ACTS = [
    # a refusal to act is an act, and what it governs is no statement
    ("The minister refused to release his tax records.", []),
    ("The prosecutors declined to charge any of the agents.", []),
    ("Lopez refused to blame the rebels, preferring instead to blame extremism.", []),
    # a perception of something as something is nobody's statement
    ("Lopez and Garcia see the law as an infringement of privacy.", []),
    ("The ministry views the treaty as a step toward peace.", []),
    # a situation the subject is in, and a charge with no one named bringing it
    ("Lopez now finds himself stuck in political limbo.", []),
    ("He has been charged with fraud and breach of trust.", []),
    # the clause "whether" opens under a verb that does not ask gives no answer
    ("Lopez would not confirm whether the talks had failed.", []),
    ("Pressed to answer whether the country is at war, Lopez said the enemy was terrorism.",
     [("indirect", "the enemy was terrorism", "Lopez")]),
    # ... while what the one refusing goes on to say is still said
    ("Lopez declined to comment on the report but said the talks would resume.",
     [("indirect", "the talks would resume", "Lopez")]),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_acts(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected

def _parsed(rows: list[tuple[str, str, int, str]], ents: list[tuple[int, int, str]]) -> Doc:
    """A Doc with the parse given row by row (word, tag, head, dep): the parses the parser gives real reports."""
    words, tags, heads, deps = (list(x) for x in zip(*rows, strict=True))
    pos = ["VERB" if t.startswith("VB") else "PROPN" if t == "NNP" else "NOUN" if t.startswith("NN") else
           "PRON" if t == "PRP" else "PUNCT" if not t[0].isalpha() else "X" for t in tags]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, a, b, label) for a, b, label in ents]
    return doc


# "Insisting ..., Lopez said, “Madrid is stoking unrest.”": the parser hangs the participle on the quoted clause and
# sets "Lopez said" in it as a parataxis
_INSISTING = [("Insisting", "VBG", 13, "advcl"), ("that", "IN", 5, "mark"), ("voters", "NNS", 5, "nsubjpass"),
              ("are", "VBP", 5, "auxpass"), ("not", "RB", 5, "neg"), ("fooled", "VBN", 0, "ccomp"),
              (",", ",", 8, "punct"), ("Lopez", "NNP", 8, "nsubj"), ("said", "VBD", 13, "parataxis"),
              (",", ",", 8, "punct"), ("“", "``", 8, "punct"), ("Madrid", "NNP", 13, "nsubj"),
              ("is", "VBZ", 13, "aux"), ("stoking", "VBG", 13, "ROOT"), ("unrest", "NN", 13, "dobj"),
              (".", ".", 13, "punct"), ("”", "''", 13, "punct")]
# "He was responding to comments from Garcia Thursday warning ...": the parser hangs the participle on "responding"
_RESPONDING = [("He", "PRP", 2, "nsubj"), ("was", "VBD", 2, "aux"), ("responding", "VBG", 2, "ROOT"),
               ("to", "IN", 2, "prep"), ("comments", "NNS", 3, "pobj"), ("from", "IN", 4, "prep"),
               ("Garcia", "NNP", 5, "pobj"), ("Thursday", "NNP", 8, "npadvmod"), ("warning", "VBG", 2, "advcl"),
               ("the", "DT", 10, "det"), ("rebels", "NNS", 8, "dobj"), (".", ".", 2, "punct")]
_RESPONDING_BARE = [("He", "PRP", 2, "nsubj"), ("was", "VBD", 2, "aux"), ("responding", "VBG", 2, "ROOT"),
                    ("to", "IN", 2, "prep"), ("comments", "NNS", 3, "pobj"), ("Thursday", "NNP", 6, "npadvmod"),
                    ("warning", "VBG", 2, "advcl"), ("the", "DT", 8, "det"), ("rebels", "NNS", 6, "dobj"),
                    (".", ".", 2, "punct")]
# a participle that belongs to its own clause's subject
_CRITICIZING = [("Lopez", "NNP", 1, "nsubj"), ("spoke", "VBD", 1, "ROOT"), ("on", "IN", 1, "prep"),
                ("Monday", "NNP", 2, "pobj"), (",", ",", 1, "punct"), ("warning", "VBG", 1, "advcl"),
                ("the", "DT", 7, "det"), ("rebels", "NNS", 5, "dobj"), (".", ".", 1, "punct")]

MISPARSED = [
    (_INSISTING, [], 0, "Lopez"),
    (_RESPONDING, [(6, 7, "PERSON"), (7, 8, "DATE")], 8, "Garcia"),
    # with no owner named the words are most often the subject's own ("issued a statement Friday defending ...")
    (_RESPONDING_BARE, [(5, 6, "DATE")], 6, "He"),
    (_CRITICIZING, [(0, 1, "PERSON"), (3, 4, "DATE")], 5, "Lopez"),
]


@pytest.mark.parametrize(("rows", "ents", "verb", "expected"), MISPARSED)
def test_participle_subject(rows, ents, verb, expected) -> None:
    subj = subject_of(_parsed(rows, ents)[verb])
    assert (subj.text if subj is not None else None) == expected

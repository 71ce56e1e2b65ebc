"""The verb of speech that a colon hands a direct quote to (round 19).

'Alma Torres, exasperated, responded: "What difference does it make?" Her critics cite ...': the clause that
ends with the colon right before the opening mark introduces the quote, so its verb of speech names the speaker.
The attribution search after a quote ('"...," she said') found "Her critics cite" first and gave them the words;
the colon rule of ``cue_clauses.verb_before`` read only the sentence's root ("She said her plans were strong, to
which Brandt interjected:" gave "She"). Here the verb of speech nearest the colon, with its own subject in the
clause, is the attribution.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_clauses import SUBORDINATORS, lead_dash, may_speak
from .cue_table import reporting_verbs
from .cues import _NOT_SPEAKER, Attr, Cues, cue_extent, is_verb_cue, mute, np_span, subject_of
from .label_lines import described_label
from .participles import participle_subject
from .signoffs import DASHES
from .speaker_words import GROUP_NOUNS, ORG_NOUNS, person_nouns

# Words that open an adverbial clause of time, cause or condition: a verb of speech inside one ("replied when
# Jones asked about it:") is background to the clause it hangs on, not the colon's speaker
# the cue rule's subordinators but "as" and "where" ("X said as Y yelled:" is still X's colon; see _VOCAL)
_SUBORDINATORS = SUBORDINATORS - {"as", "where"}
# Verbs of uttering aloud: "Cruz said as the heckler yelled: "..."" gives the shout to the one who yelled
_VOCAL = frozenset({"shout", "yell", "scream", "chant", "cry", "shriek", "holler", "bellow", "interject"})
# Tokens that end the clause a colon closes, walking back from it
_CLAUSE_ENDS = frozenset({";", ".", "!", "?"})


def colon_verb(doc: Doc, lo: int, open_tok: int, masked: list[bool], cues: Cues) -> Attr | None:
    """The verb of speech nearest the colon right before ``open_tok`` (the opening mark), in the clause from
    ``lo``, with a subject of its own before it that can speak; None when no colon stands there, when quoted words
    come between (the clause is not the colon's own), or when the nearest verb of speech has no such subject."""
    j = open_tok - 1
    while j > lo and doc[j].is_space:
        j -= 1
    if j <= lo or doc[j].text != ":":
        return None
    for k in range(j - 1, lo - 1, -1):
        tok = doc[k]
        if masked[k] or tok.text in _CLAUSE_ENDS or lead_dash(doc, k):
            return None  # (a dash starts a lead-in of its own: "Pollsters agree - Dana Cole:", round 22)
        slipped = _slipped_subject(tok) if tok.lemma_.lower() in cues.verbs else None
        if not (is_verb_cue(tok, cues) or slipped is not None) or _background(tok) or _told_object(tok):
            continue
        if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and lo <= tok.head.i < tok.i and \
                tok.head.lemma_.lower() not in reporting_verbs():
            return None  # 'Goldberg imagined Christie was thinking: "..."': a clause another verb governs
        # ('Weber said Krause told her: "..."': a report of another's speech hands the colon to the inner
        # speaker, round 26)
        subj = slipped or subject_of(tok) or participle_subject(tok)
        if subj is None or subj.dep_ == "nsubjpass" or not lo <= subj.i < tok.i or masked[subj.i] or \
                subj.ent_type_ in _NOT_SPEAKER or mute(subj) or not may_speak(subj):
            return None  # (a thing does not speak: "on camera, who responds", "banners proclaiming")
        s, e = cue_extent(doc, tok)
        return Attr(s, e, np_span(doc, subj))
    return None


def _told_object(verb: Token) -> bool:
    """A verb of speech whose object already tells what was said ("a candidate who promised mass deportations:"):
    the colon's words are not its own; an object that can hear ("told Congress", "told reporters") is no such
    object."""
    return any(c.dep_ == "dobj" and not _hearer(c) for c in verb.children)


def _hearer(noun: Token) -> bool:
    """An object that can be told something: a pronoun, a name, a person, a group or a body ("his aides"); not a
    thing a possessor owns ("acknowledge his victory")."""
    if noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = noun.lemma_.lower()
    return lemma in person_nouns() or noun.lower_ in GROUP_NOUNS or lemma in ORG_NOUNS


def _background(verb: Token) -> bool:
    """A verb of speech in a clause of time, cause or condition ("when Jones asked about it"), unless it utters
    the words aloud ("as the heckler yelled")."""
    if verb.lemma_.lower() in _VOCAL or verb.dep_ != "advcl":
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS for c in verb.children)


def _slipped_subject(verb: Token) -> Token | None:
    """The subject of a verb of speech the parser hung loose: a past tense read as a reduced relative on the name
    before it ("Rick Doyle, the nominee, tweeted in response:" as ``acl`` of Doyle), or left as ``dep`` of the
    clause's verb ("Alma Torres, exasperated, famously responded:" under "exasperated"), whose subject it shares."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.pos_ == "PROPN" and head.i < verb.i and \
            not any(c.dep_ == "agent" for c in verb.children):
        return head
    if verb.dep_ == "dep" and head.pos_ == "VERB" and head.i < verb.i:
        return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return None


def colon_name(doc: Doc, lo: int, colon: int) -> tuple[int, int] | None:
    """The name before a colon that introduces a quote: "McKenzie:", "Rep. Trey Gowdy (R-S.C.):" (the party
    label left out), or the name after a dash that closes a heading ("... in Indiana - Philip Bump:")."""
    # a heading's dash stands apart ("... Indiana - Philip Bump:"); one inside a word or label ("R-S.C.") does not
    start = max((k + 1 for k in range(lo, colon) if doc[k].text in DASHES and k > 0 and doc[k - 1].whitespace_),
                default=lo)
    end = colon
    # the label's closing parenthesis, alone or glued to the colon ("(R-S.C.):" is one token)
    # ("S.C.):" may be one token too)
    glued = doc[colon].text[:1] == ")" or doc[colon].text.endswith("):")
    shut = colon if glued else colon - 1 if colon - 1 > start and doc[colon - 1].text == ")" else None
    if shut is not None:
        opener = next((k for k in range(shut - 1, start, -1) if doc[k].text == "("), None)
        end = opener if opener is not None and shut - opener <= 8 else end
    name = doc[start:end]
    if not len(name) or len(name) > 8 or name[-1].pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in name):
        return described_label(doc, lo, colon)  # round 30: 'Lowe, a Democrat from Gary, Indiana: "..."'
    return start, end

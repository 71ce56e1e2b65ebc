"""Pronoun parties (split from :mod:`.parties`, round 10): what "he", "him", "they" or "it" stands for, by the
clause rules first (the subject of the verb that reports the clause, the main clause's person, a chain of the
same pronoun), then by the one entity that fits near it; an unresolvable pronoun party stays empty
(docs/events_guidelines.md, round 10 addendum)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ..quotes.kin_apposed import kin_possessor, passed_relative
from ..quotes.speaker_words import pronoun_gender
from .charged import charged_doer
from .senses import load_senses

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["resolve_pronoun", "PRON_PERSON", "PRON_THING"]

PRON_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
PRON_THING = frozenset({"it", "its", "they", "them", "their"})
_PRON_FIRST = frozenset({"i", "me", "my", "mine", "myself"})
_PRON_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_PRON_NONE = frozenset({"you", "your", "yours", "yourself", "yourselves", "one", "someone", "somebody", "anyone",
                        "anybody", "everyone", "everybody", "nobody", "who", "whoever", "this", "that", "these",
                        "those", "something", "anything", "nothing"})


#: reflexives stand for their own clause's subject, which is never that clause's other party ("killed 23 people as
#: well as themselves": the bombers, not the police that report it); as a party they stay empty (round 12 parties)
_PRON_SELF = frozenset({"himself", "herself", "itself", "themselves", "themself"})


def _follow(res: PartyResolver, earlier: Token, tok: Token) -> Party | None:
    """What the same pronoun earlier in the chain stands for, at ``tok``'s place (at most four links)."""
    if res._chain > 3:
        return None
    res._chain += 1
    try:
        p = resolve_pronoun(res, earlier)
    finally:
        res._chain -= 1
    if p is not None:
        p.start, p.end = tok.idx, tok.idx + len(tok.text)
    return p


def previous_subject(res: PartyResolver, tok: Token, want: str | None) -> Party | None:
    """The named person who is the main subject of the sentence before ``tok``'s, if the gender fits."""
    start = tok.sent.start
    if start == 0:
        return None
    root = res.doc[start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.pos_ == "PRON":
        # "Ehsan said ... He did not ... He denies": a chain of the same pronoun keeps its person
        return _follow(res, subj, tok) if subj.lower_ == tok.lower_ else None
    ps = res.resolve(subj, strict=True) if subj is not None else []
    if ps and res._is_person(ps[0]) and res._fits(res.entities[ps[0].entity or ""], want):
        p = ps[0]
        p.start, p.end = tok.idx, tok.idx + len(tok.text)
        return p
    return None


def previous_body(res: PartyResolver, tok: Token) -> Party | None:
    """The state or organization that is the main subject of the sentence before ``tok``'s, if any."""
    if tok.sent.start == 0:
        return None
    from .meetings import telling  # here, not at the top: meetings imports parties, which imports this module

    root = res.doc[tok.sent.start - 1].sent.root
    if telling(root.lemma_.lower()) and any(c.dep_ == "ccomp" for c in root.children):
        # "The US insists the Russians have developed a missile. It would enable ...": after a sentence that
        # reports a claim, "it" is more often a thing of the claim than its teller: empty beats wrong
        return None
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    ent = res.entity_at_token(subj) if subj is not None and subj.pos_ == "PROPN" else None
    if ent is None or ent["type"] not in {"GPE", "ORG"}:
        return None
    p = res.from_entity(ent, subj)
    p.start, p.end = tok.idx, tok.idx + len(tok.text)
    return p


def _chained(res: PartyResolver, tok: Token) -> bool:
    """The sentence before ``tok``'s has the same pronoun as its main subject ("He ... . And he ...")."""
    if tok.sent.start == 0:
        return False
    root = res.doc[tok.sent.start - 1].sent.root
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == tok.lower_ for c in root.children)


_UNSETTLED = object()  # the clause rules found no referent; the search goes on to the mentions


def _reported_by(res: PartyResolver, tok: Token, head: Token, low: str, want: str | None) -> Party | None:
    """The subject of ``head``, the verb that reports or governs the pronoun's clause, if it may be the pronoun."""
    for c in head.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i and c.pos_ != "PRON":
            ps = res.resolve(c, strict=True)
            ent = res.entities.get(ps[0].entity or "") if ps else None
            # "he" stands for a person: "as he urged" under "the rebels might have been behind" is not the
            # rebels (the search goes on to the clause above, then to the mentions); "she" is no man
            if ps and (low not in PRON_PERSON or res._one_person(c, ps[0])) and (ent is None or res._fits(ent, want)):
                return ps[0]
    return None


def _conjoined_subject(head: Token) -> bool:
    """``head``'s subject is a conjunction of parties ("Trump and Moon said ...")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and any(x.dep_ == "conj" for x in c.children) for c in head.children)


def _told_person(head: Token) -> bool:
    """A verb with no subject of its own that tells a person ("..., telling him that he was leading"): its doer
    is unknown, and the pronoun of its clause may be either man."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) and any(
        c.dep_ in {"dobj", "dative"} and (c.lower_ in PRON_PERSON or c.ent_type_ == "PERSON") for c in head.children)


def _spliced(clause: Token) -> bool:
    """A clause the parser hung as the object of a later verb that tells nothing: two sentences run together with a
    comma ("They freed the two journalists, Putin met Erdogan and ..."). Its pronoun is not that verb's subject; a
    fronted reported clause ("It will respond, Iran said") keeps its teller (round 28)."""
    from .meetings import telling  # here, not at the top: meetings imports parties, which imports this module

    return clause.dep_ == "ccomp" and clause.i < clause.head.i and not telling(clause.head.lemma_.lower())


def _quoted_apart(res: PartyResolver, tok: Token, verb: Token) -> bool:
    """Round 30 (ev3): ``tok`` is inside quoted words and ``verb``, which reports them, is outside the marks: a
    third person in the speaker's own words ("They intend to kill us," Boehner said) is someone else than the
    speaker, who would say "I" or "we"; the reporting verb's subject is no antecedent there."""
    for q in res.doc._.newsgraph_quotes or []:
        if q.get("kind") in {"direct", "partial", "block"} and q["start"] <= tok.idx < q["end"]:
            return not q["start"] <= verb.idx < q["end"]
    return False


def _by_clause(res: PartyResolver, tok: Token, low: str, want: str | None) -> Any:
    """The party the clause rules give the pronoun, None where they leave it empty, else ``_UNSETTLED``:
    "Syria says it is willing ...": the subject of the verb that reports the clause; "he"/"she" as a subject goes
    on up the clauses to a person, the main clause's last."""
    subject = low in {"he", "she"} and tok.dep_ in {"nsubj", "nsubjpass"}
    clause = tok.head
    for _ in range(8):
        if clause.dep_ in {"ccomp", "xcomp", "advcl"} and clause.head.i != clause.i:
            if _spliced(clause):
                return None  # "They freed two journalists, Putin met Erdogan": not Putin, nobody known (round 28)
            if _told_person(clause.head):
                return None  # "Solomon quotes Shokin, telling him that he was leading a probe": not Solomon
            if not subject and clause.dep_ in {"xcomp", "advcl"} and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
                # "McCain wrote a letter to Carter, calling on him": the clause's doer is the subject above, whom
                # an object "him" is not (that would be "himself"); the mentions decide (round 13 parties)
                break
            if _quoted_apart(res, tok, clause.head):
                return None  # '"They want to kill us," Jones said': not Jones, who would say "we" (round 30)
            judged = _judged_person(res, tok, clause.head, want) if subject and clause.dep_ == "advcl" else None
            if judged is not None:
                return judged  # "Bush praised Qaddafi because he arrested ...": Qaddafi (round 33)
            found = _reported_by(res, tok, clause.head, low, want)
            if found is not None and low == "their" and res._is_person(found) and not _conjoined_subject(clause.head):
                # round 37: "Austin said ... the U.S. won't tolerate their interference": one named person is no
                # "their", and whose it is cannot be told from here: empty, not the teller nor a later guess
                return None
            if found is not None:
                return found
            if not subject:
                break
        if clause.head.i == clause.i:
            # "Kerry, after ..., ridiculed ... as he urged": the main clause's person
            first = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject and first is not None and first.i < tok.i and first.lower_ == tok.lower_:
                # "He not only advocated ..., but he also defended ...": the main clause's "he" is this one
                return _follow(res, first, tok)
            subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject and subj is not None and subj.i < tok.i:
                ps = res.resolve(subj, strict=True)
                if ps and res._is_person(ps[0]) and res._fits(res.entities[ps[0].entity or ""], want):
                    return ps[0]
            break
        if tok.dep_ in {"nsubj", "nsubjpass"} and clause.i == tok.head.i and clause.dep_ == "conj" and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in clause.head.children):
            # "South Korea said North Korea fired ... and it also threatened ...": the conjunct before names
            # another doer; which of the two the pronoun is cannot be told (round 11): empty
            return None
        clause = clause.head
    return _UNSETTLED


def _judged_person(res: PartyResolver, tok: Token, verb: Token, want: str | None) -> Party | None:
    """Round 33 (issue 19): "Obama thanked Putin because he released the journalist", "Bush praised Qaddafi because
    he arrested Al Qaeda operatives", "criticized Putin after he invaded Ukraine": under a verb that judges, thanks or
    punishes someone (class ``punish`` of data/event_senses.tsv), the "he" of its adverbial clause tells the deed
    judged, so it is the judged person, the verb's object, not its subject. None where the verb is of another kind
    or its object is no named person of the pronoun's gender (the rules go on as before)."""
    if not load_senses().word_in("punish", verb):
        return None
    for c in verb.children:
        ent = res.entity_at_token(c) if c.dep_ == "dobj" and not c.conjuncts else None
        if ent is not None and ent["type"] == "PERSON" and res._fits(ent, want):
            p = res.from_entity(ent, c)
            p.start, p.end = tok.idx, tok.idx + len(tok.text)
            return p
    return None


#: relative pronouns: one that is its clause's object stands for the noun the clause modifies
_RELATIVE = frozenset({"who", "whom", "which", "that"})


def _relative_object(res: PartyResolver, tok: Token) -> Party | None:
    """Round 23: "the opposition leader, whom the police arrested": the object (or passive subject) of a relative
    clause is the noun the clause modifies. Before, "which" reached a state only as the nearest name, "whom" none."""
    clause = tok.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = res.resolve(clause.head, strict=False)
    return found[0] if found else None


def resolve_pronoun(res: PartyResolver, tok: Token) -> Party | None:
    low = tok.lower_
    if low in _RELATIVE and tok.dep_ in {"dobj", "nsubjpass"}:
        return _relative_object(res, tok)
    if low in _PRON_FIRST or low in _PRON_WE:
        return res._quote_speaker(tok, low in _PRON_WE)  # never the nearest country or person
    if low in _PRON_NONE or low in _PRON_SELF or (low == "it" and tok.dep_ in {"dobj", "pobj", "dative"}):
        return None  # an object "it" is most often a thing ("if all 52 Republicans supported it")
    kinds = {"PERSON"} if low in PRON_PERSON else {"GPE", "ORG", "NORP"}
    want = pronoun_gender(low)
    charged = charged_doer(res, tok)
    if charged is not None:  # round 23: "a Texas man pleaded guilty to charges he threatened ...": the man
        return charged
    found = _by_clause(res, tok, low, want)
    if found is not _UNSETTLED:
        return found
    sent_start = tok.sent.start_char
    before = res._mentions_before(tok.idx)
    opens = not (before and before[-1][0] >= sent_start)  # no name before it in its sentence
    if low == "it" and tok.dep_ == "nsubj" and opens:
        # "North Korea fired two missiles. It also threatened ...": an "it" opening its sentence continues the
        # last sentence's main subject when that is a state or an organization
        return previous_body(res, tok)
    if low in {"he", "she"} and tok.dep_ in {"nsubj", "nsubjpass"} and opens:
        # "Mr Kilimnik was an employee of ... Viktor Yanukovych. He has denied ...": a subject "he" that
        # opens its sentence continues the last sentence's main subject (the quote layer's rule too)
        prev = previous_subject(res, tok, want)
        if prev is not None and tok.dep_ == "nsubjpass" and _rival_person(res, tok, prev, want):
            # "Mandelblit announced the indictment of Netanyahu. He has been charged": a passive subject is the
            # one acted on, often the last sentence's object, not its subject; two persons fit, so empty
            return None
        if prev is not None and _reported_rival(res, tok, prev, want):
            # "Prosecutor Marsh said Hale had a record. He shot a guard": the teller or the one told of; empty
            return None
        if prev is not None:
            return prev
        if _nameless_person(res, tok):
            return None
        if _chained(res, tok):
            # "He tacitly endorsed Obama's approach. And he called for ...": the chain's person could not be
            # told, and a name met in passing inside the chain (Obama) is not he (round 11): empty
            return None
    ent = sole_antecedent(res, tok, before, kinds, want, low in PRON_PERSON)
    if ent is None:
        return _possessor(res, tok, before, want) if low in PRON_PERSON else None
    p = res.from_entity(ent)
    p.start, p.end = tok.idx, tok.idx + len(tok.text)
    return p


def clause_subjects(res: PartyResolver, tok: Token) -> set[str]:
    """Entities an object pronoun cannot stand for: the subject of its own clause ("Erdogan joined the
    dispute by accusing him": "him" is not Erdogan), found up the chain of verbs it hangs on."""
    if tok.dep_ not in {"dobj", "dative", "iobj", "pobj"}:
        return set()
    out: set[str] = set()
    node = tok.head
    for _ in range(6):
        subj = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for c in (t for s in subj for t in (s, *s.conjuncts)):  # "McCain and Reed wrote ...": both subjects
            ent = res.entity_at_token(c)
            if ent is not None:
                out.add(ent["id"])
        # "Smith wrote a letter to Carter calling on him": up from a participle on the object, to the writer
        # (round 13 parties)
        if subj or node.dep_ not in {"conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "acl", "dobj"} or \
                node.head.i == node.i:
            break
        node = node.head
    return out


def _rival_person(res: PartyResolver, tok: Token, prev: Party, want: str | None) -> bool:
    """The sentence before ``tok``'s names a person other than its subject ``prev`` who fits the pronoun, and that
    subject acted (an active clause). "Manafort was indicted by Mueller. He was charged": a passive subject already
    underwent the act, and the passive "he" continues it."""
    prev_sent = res.doc[tok.sent.start - 1].sent
    if any(c.dep_ == "nsubjpass" for c in prev_sent.root.children):
        return False
    start = prev_sent.start_char
    return any(s >= start and ent["type"] == "PERSON" and ent["id"] != prev.entity and res._fits(ent, want)
               for s, _e, ent in res._mentions_before(tok.sent.start_char))


def _reported_rival(res: PartyResolver, tok: Token, prev: Party, want: str | None) -> bool:
    """The sentence before ``tok``'s reports a clause whose subject is a named person other than its main subject
    ``prev`` who fits the pronoun ("Molins said Cheurfi was investigated. He ..."), or one person told by a common
    noun ("the attacker"): a "he" that opens the next sentence may continue either, so it is left unresolved
    (round 34); a "he" that reports a clause in turn ("He also said ...") continues the teller."""
    if any(c.dep_ == "ccomp" for c in tok.head.children):
        return False  # "He also said ...": one who reports again is the one who reported
    root = res.doc[tok.sent.start - 1].sent.root
    for comp in (c for c in root.children if c.dep_ == "ccomp"):
        for subj in (c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"):
            ent = res.entity_at_token(subj)
            if _named_again(res, tok, subj, ent):
                continue  # "Smith said the governor had lied. He condemned the governor's decision": not the governor
            if ent is not None:
                if ent["type"] == "PERSON" and ent["id"] != prev.entity and res._fits(ent, want):
                    return True
            elif subj.tag_ == "NN" and any(p.sector for p in res.resolve(subj, strict=True)):
                return True  # "Molins said the attacker had a record. He spent 11 years in jail"
    return False


def _named_again(res: PartyResolver, tok: Token, subj: Token, ent: dict[str, Any] | None) -> bool:
    """The reported clause's subject is named again in ``tok``'s own sentence, so the pronoun is someone else."""
    for t in tok.sent:
        if t.i == tok.i:
            continue
        if ent is not None and (other := res.entity_at_token(t)) is not None and other["id"] == ent["id"]:
            return True
        if ent is None and t.pos_ == "NOUN" and t.lemma_.lower() == subj.lemma_.lower():
            return True
    return False


def sole_antecedent(res: PartyResolver, tok: Token, before: list[tuple[int, int, dict[str, Any]]], kinds: set[str],
                     want: str | None, person: bool) -> dict[str, Any] | None:
    """The one entity a pronoun no clause rule settled can stand for, else None (an unresolvable pronoun
    party stays empty: a wrong party is worse than none). "he"/"him"/"his" looks in its own sentence, then
    with the one before, then in the whole report before it; "they"/"it" in its own sentence only. Two entities that
    fit in the narrowest span that holds any ("Trump met Kim. He was released") leave it unresolved."""
    if not person and _nameless_rival(res, tok):
        return None
    sent_start = tok.sent.start_char
    prev_start = res.doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sent_start
    spans = [sent_start, prev_start, 0] if person else [sent_start]
    own = clause_subjects(res, tok)
    fit: dict[str, dict[str, Any]] = {}
    level = 0
    for s, _e, ent in reversed(before):  # newest first: one pass, widening the span at each bound
        while level < len(spans) and s < spans[level]:
            if fit:
                break
            level += 1
        if level == len(spans) or (fit and s < spans[level]):
            break
        if person and passed_relative(res.doc, s, want):
            # "the life of his son Peter ... he": "he" is the father, whom "his" already stood for, not the son nor
            # anyone named before (review 20); :func:`_possessor` reads that "his"
            return None
        if ent["type"] in kinds and ent["id"] not in own and res._fits(ent, want):
            fit[ent["id"]] = ent
            if len(fit) > 1:
                return None
    return next(iter(fit.values())) if len(fit) == 1 else None


def _possessor(res: PartyResolver, tok: Token, before: list[tuple[int, int, dict[str, Any]]],
               want: str | None) -> Party | None:
    """What "his"/"her" stands for in "his son Peter", when Peter is the newest person before ``tok`` and a relative
    told in passing: the one "he" is (review 20); None when the possessor is unresolved too."""
    newest = next(((s, ent) for s, _e, ent in reversed(before) if ent["type"] == "PERSON"), None)
    poss = kin_possessor(res.doc, newest[0]) if newest is not None and passed_relative(res.doc, newest[0], want) \
        else None
    return _follow(res, poss, tok) if poss is not None and poss.i < tok.i else None


def _nameless_person(res: PartyResolver, tok: Token) -> bool:
    """Round 29: the sentence before ``tok``'s has as its main subject a person told by a role that names no one
    ("The president has suggested he would ... . But he was outraged"): "he" continues that person, so a name met
    in passing there ("Mueller's team") is no safe antecedent; the party stays empty."""
    if tok.sent.start == 0:
        return False
    root = res.doc[tok.sent.start - 1].sent.root
    if any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):
        return False  # "Ivanka Trump did not meet them, an official said. She met Moon": the unnamed one only told it
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or res.entity_at_token(subj) is not None:
        return False
    senses = load_senses()
    return senses.word_in("person", subj) or senses.word_in("animate", subj)


_PLURAL_THING = frozenset({"they", "them", "their", "theirs"})


def _nameless_rival(res: PartyResolver, tok: Token) -> bool:
    """A subject before "they"/"it" in its sentence that names no entity and agrees with it in number ("states
    pushed back ..., as Clapper told Congress; they rejected": the states, not Congress): the pronoun may stand
    for that noun, so the one entity named is no safe antecedent (round 11; an empty party beats a wrong one)."""
    tag = "NNS" if tok.lower_ in _PLURAL_THING else "NN"
    for t in tok.sent:
        if t.i >= tok.i:
            return False
        if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ == tag and res.entity_at_token(t) is None:
            return True
    return False

"""Second look at an event's parties, after the sentence's events are scored (issue 19, review 19 parties).

The independent review of round 19 found parties lost or wrong in shapes the finder's rules do not reach
(docs/events_guidelines.md "Round 19, review 19 parties"); each rule here reads the parse around the trigger and
fills a side that is empty, takes a wrong party off a side, or puts other parties in its place: the governor's
subject for the infinitive's, and those who came for an occasion for the occasion (all of them: the first as
actor, the others as targets), so a side can gain parties:

* a finite verb the parser joined to a to-infinitive ("has invited Smith to testify and subpoenaed Baker"): the
  verb is the governor's second act, so its doer is the governor's subject, not the infinitive's (Smith);
* "conducted a second day of airstrikes": the verb's subject does the acts its object counts (``measure``);
* "will fight the Baker subpoena": the person a legal paper is addressed to is no target of fighting it;
* "in New York for the General Assembly meeting": an occasion attends nothing; those who came for it are its
  parties (the first as actor, the others as targets, as a meeting's are);
* "gave a blistering attack at the General Assembly": an act in words keeps no occasion it was said at as a target;
* "defended the fact that the administration had not spoken": the clause's subject is the one defended;
* "His legal team is asking": a person's own team told by a possessive pronoun is a party named by its phrase,
  with the code of the person the pronoun resolves to (as "Smith's legal team" is a party of its phrase);
* "defended both nominees": persons counted by "both" or a number are the target, named by their phrase;
* "Department officials" after "the Justice Department": officials told by a bare body word take the code of the
  bodies of that word named before in the report, when they all give one (as "a spokesman for" a body does).

Run after scoring: the confidence of each event is the finder's, and no rule shows or hides an event by itself.
The parties still decide which later tellings fold into an earlier event (``report.merge_duplicates`` matches
them by their parties, and the first telling takes the best confidence of its tellings), so changed parties can
fold two tellings into one event (one event fewer, or the first shown with a later telling's confidence) or keep
apart two that were folded.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .parties import Party, PartyResolver
from .party_words import party_words
from .triggers import Found, _subject_of

__all__ = ["second_look"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_FINITE = frozenset({"VBD", "VBN", "VBZ", "VBP"})
_AT_OCCASION = frozenset({"for", "at", "to"})


def _at(p: Party, tok: Token) -> bool:
    return p.start <= tok.idx < max(p.end, p.start + 1)


def _words(kind: str) -> frozenset[str]:
    return party_words().get(kind, frozenset())


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def joined_to_infinitive(f: Found, res: PartyResolver) -> list[Party] | None:
    """The governor's subject for a finite verb joined to its to-infinitive, or None where the shape differs."""
    verb = f.head if f.head is not None else f.trigger
    inf = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or _own_subject(verb) or inf.dep_ != "xcomp" or (
            inf.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)):
        return None
    gov = inf.head
    if gov.i == inf.i or gov.tag_ not in _FINITE | {"VBG"} or any(c.dep_ == "nsubjpass" for c in gov.children):
        return None  # "plans to meet and signed": only a finite active governor reads as the first act ("Russia
        # was asked by France to withdraw and attacked": the asker is no actor of the attack)
    return _subject_of(gov, res)


def counted_acts(f: Found, res: PartyResolver) -> list[Party] | None:
    """The conducting verb's subject for "conducted a (second) day of airstrikes", or None."""
    tok = f.trigger
    prep = tok.head
    if not f.nominal or tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _words("measure"):
        return None
    measure = prep.head
    verb = measure.head
    if measure.dep_ != "dobj" or verb.lemma_.lower() not in _words("conducting"):
        return None
    return _subject_of(verb, res) or None


def addressed_to(f: Found) -> list[Party] | None:
    """The targets less the addressee of a legal paper the event acts on ("fight the Baker subpoena")."""
    if f.trigger.lemma_.lower() in _words("addressed_paper"):
        return None
    verb = f.head if f.head is not None else f.trigger
    papers = [c for c in verb.children if c.dep_ in {"dobj", "pobj"} and c.lemma_.lower() in _words("addressed_paper")]
    # a name compounded with the paper is its addressee ("the Baker subpoena"); a possessor is its issuer
    # ("Congress's subpoena": review of round 19) and stays a target
    mods = [m for p in papers for m in p.subtree if m.i < p.i and m.dep_ == "compound"]
    kept = [t for t in f.targets if not any(_at(t, m) for m in mods)]
    return kept if len(kept) < len(f.targets) else None


def _occasion_words(noun: Token) -> list[Token]:
    """The words that name an occasion the meeting noun is: its modifiers ("the General Assembly meeting") or its
    "of" phrase ("the annual meeting of the General Assembly") whose name ends in an ``occasion`` word."""
    named = [m for m in noun.children if m.dep_ in {"compound", "nmod"}]
    named += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return [w for m in named for w in m.subtree if w.i <= m.i and _occasion(m)]


def _occasion(m: Token) -> bool:
    tail = f"{m.doc[m.i - 1].lower_} {m.lower_}" if m.i > 0 else m.lower_
    return m.lemma_.lower() in _words("occasion") or tail in _words("occasion")


def came_for(f: Found, res: PartyResolver) -> tuple[list[Party], list[Party]] | None:
    """(actors, targets) of a meeting noun that is an occasion: those who came for it, the occasion no party;
    None where the noun names no occasion among its parties."""
    noun = f.trigger
    if not f.nominal or f.rule.type not in {"CONSULT", "COOPERATE"}:
        return None
    words = _occasion_words(noun)
    if not any(_at(p, w) for p in f.actors + f.targets for w in words):
        return None
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in _AT_OCCASION and prep.head.lemma_.lower() in _words("arriving"):
        came = [p for p in _subject_of(prep.head, res) if not any(_at(p, w) for w in words)]
        return came[:1], came[1:]
    return ([p for p in f.actors if not any(_at(p, w) for w in words)],
            [p for p in f.targets if not any(_at(p, w) for w in words)])


#: events told in words: where they were said is no side of them
_SAID = frozenset({"DISAPPROVE", "SUPPORT", "REJECT", "DEMAND", "THREATEN", "ACCUSE"})


def said_at_occasion(f: Found) -> list[Party] | None:
    """Round 29 (wave 4): the targets of an act in words less the occasion it was said at ("gave a blistering
    attack at the United Nations General Assembly": the assembly is where, not whom); None where none is dropped."""
    if f.rule.type not in _SAID:
        return None
    carriers = [f.trigger] + ([f.head] if f.head is not None and f.head is not f.trigger else [])
    places = [o for t in carriers for c in t.children if c.dep_ == "prep" and c.lower_ == "at"
              for o in c.children if o.dep_ == "pobj" and _occasion(o)]
    kept = [p for p in f.targets if not any(_at(p, o) for o in places)]
    return kept if len(kept) < len(f.targets) else None


def defended_clause(f: Found, res: PartyResolver) -> list[Party] | None:
    """The subject of "the fact that ..." that the event's verb takes as its object, or None."""
    if f.nominal or f.targets:
        return None
    for obj in f.trigger.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _words("fact"):
            for clause in obj.children:
                if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
                    return res.resolve(subj, strict=False) if subj is not None else None
    return None


def _bureau_word(head: Token) -> Token | None:
    """The one capitalized bureau word before a plural noun of people ("Department officials"), or None."""
    lefts = [c for c in head.lefts if c.dep_ != "det"]
    if head.tag_ != "NNS" or len(lefts) != 1 or lefts[0].dep_ != "compound" or lefts[0].is_lower:
        return None
    word = lefts[0]
    return word if word.lower_ in _words("bureau") and not list(word.children) else None


def _bodies_before(word: Token, res: PartyResolver) -> list[Party]:
    """The coded organizations named before ``word`` in the report whose name holds that word ("Justice
    Department", "Department of Justice" before "Department officials")."""
    low = word.lower_
    seen: dict[str, Party] = {}
    for _s, e, ent in res._mentions_before(word.idx):
        if e <= word.idx and ent["type"] == "ORG" and low in ent["name"].lower().split() and ent["id"] not in seen:
            seen[ent["id"]] = res.from_entity(ent)
    return [p for p in seen.values() if p.code]


def bureau_staff(p: Party, res: PartyResolver) -> Party:
    """``p`` with the code of the body its bare bureau word stands for, or ``p`` as it was. A capitalized bare
    "Department" is the report's department: every one named before must give one code (two states' ministries
    leave it uncoded)."""
    if p.code or p.entity:
        return p
    head = next((t for t in p.span(res.doc) or [] if t.head.i == t.i
                 or not p.start <= t.head.idx < p.end), None)
    word = _bureau_word(head) if head is not None else None
    if word is None or head is None or head.lemma_.lower() not in _words("delegation"):
        return p  # "Department officials", "Ministry diplomats": people a body sends
    bodies = _bodies_before(word, res)
    if len({b.code for b in bodies}) != 1:
        return p
    return replace(p, country=bodies[0].country, sector=bodies[0].sector, code=bodies[0].code)


def pronoun_team(f: Found, res: PartyResolver) -> list[Party] | None:
    """"His legal team" as the subject of the event's verb: the team, with the code of the person "his" is."""
    verb = f.head if f.head is not None else f.trigger
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if f.nominal or subj is None or subj.lemma_.lower() not in _words("entourage") or subj.tag_ != "NN":
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    owner = res.pronoun(poss) if poss is not None else None
    if owner is None or not owner.person:
        return None
    span = res._span_of(subj)
    return [Party(name=span.text, country=owner.country, sector=owner.sector, code=owner.code,
                  start=span.start_char, end=span.end_char)]


_COUNTS = frozenset({"both", "two", "three", "four"})


def counted_persons(f: Found, res: PartyResolver) -> list[Party] | None:
    """"Both nominees", "the two suspects" as the object of the event's verb: a target named by the phrase."""
    if f.nominal or f.targets:
        return None
    obj = next((c for c in f.trigger.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or obj.lemma_.lower() not in _words("counted_persons") or not any(
            c.dep_ in {"det", "predet", "nummod"} and c.lower_ in _COUNTS for c in obj.children):
        return None
    span = res._span_of(obj)
    return [Party(name=span.text, start=span.start_char, end=span.end_char)]


def second_look(found: list[Found], res: PartyResolver) -> list[Found]:
    """The sentence's events with the rules above applied to their parties (in place; the list returned)."""
    for f in found:
        shared = joined_to_infinitive(f, res)
        if shared:  # (an empty answer keeps what the clause rules found)
            f.actors = shared
        if not f.actors:
            f.actors = counted_acts(f, res) or pronoun_team(f, res) or f.actors
        kept = addressed_to(f)
        if kept is not None:
            f.targets = kept
        said = said_at_occasion(f)
        if said is not None:  # an empty target beats the occasion it was said at
            f.targets = said
        came = came_for(f, res)
        if came is not None:
            f.actors, f.targets = came
        told = defended_clause(f, res)
        if told:
            f.targets = [t for t in told if all(t.key() != a.key() for a in f.actors)]
        f.targets = counted_persons(f, res) or f.targets
        f.actors = [bureau_staff(p, res) for p in f.actors]
        f.targets = [bureau_staff(p, res) for p in f.targets]
    return found

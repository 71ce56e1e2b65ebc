"""Event frames a trigger word alone does not give: threats told without a verb of threatening, the
cause of a consequence, money moved to a state, the country a release is from.

Threats (CAMEO 13, PLOVER THREATEN).

A speaker who says that another party "will suffer consequences", "would pay a heavy price", "will face
retaliation" or "will be targets" threatens that party: the speaker is the actor, the one said to undergo
the consequence the target (the clause's subject is its patient, not its doer). Only a future or modal
statement made by a named speaker is such a threat; a narrator's "could face consequences" names nobody who
threatens, and a negated one ("will not face consequences") threatens nobody.

A noun event named as the cause of a consequence or a punishment ("would suffer consequences for the killing
of X", "was punished for the attack") keeps its own standing: the killing is what happened, whatever the
clause says of its consequence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .._doc import per_doc
from .lexicon import EventLexicon, TriggerRule
from .meetings import telling
from .parties import Party, PartyResolver
from .senses import Senses, load_senses
from .speech_acts import VERBAL
from .standing import _FUTURE, _MODALS, _negated_here
from .triggers import Found, match_rule

__all__ = ["backing_given", "consequence_threat", "harm_threat", "cause_of_consequence", "gives_its_object", "releaser", "holding_state", "state_recipients", "threat_words", "told_meeting"]

_COPULAS = frozenset({"be", "become", "remain"})
_OWN_SIDE = frozenset({"we", "i", "us", "everyone", "everybody", "all", "nobody", "no", "none"})
_TENTATIVE = frozenset({"could", "might", "may", "can"})  # "could face": a possibility, not a threat


def _future(verb: Token) -> bool:
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if any(a in _TENTATIVE for a in auxes):
        return False
    if any(a in _FUTURE or a in _MODALS for a in auxes):
        return True
    # "is going to pay a price"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" and verb.head.tag_ == "VBG"


def _speech_verb(verb: Token) -> Token | None:
    """The verb of saying whose complement the clause is ("Zarif said that ...", "..., officials said")."""
    h = verb.head if verb.dep_ == "xcomp" else verb
    if h.dep_ in {"ccomp", "parataxis"} and telling(h.head.lemma_.lower()):
        return h.head
    return None


def threat_words(senses: Senses) -> frozenset[str]:
    """The lemmas a threat frame can start from (the consequence nouns, the verbs of inflicting and of
    tolerating, tolerance.py)."""
    cached = _WORDS.get(id(senses))
    if cached is None:
        cached = _WORDS[id(senses)] = (senses.classes["consequence"][0] | senses.classes["inflict"][0]
                                       | senses.classes["tolerating"][0])
    return cached


_WORDS: dict[int, frozenset[str]] = {}


def consequence_threat(noun: Token, res: PartyResolver, senses: Senses) -> Found | None:
    """THREATEN for a consequence said to await a party ("the U.S. would suffer consequences", "U.S. forces
    will be targets, officials said"), or None when ``noun`` is not such a consequence."""
    if noun.pos_ != "NOUN" or not senses.word_in("consequence", noun):
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and senses.word_in("undergo", verb):
        pass
    elif not (noun.dep_ == "attr" and verb.lemma_.lower() in _COPULAS):
        return None
    if not _future(verb) or _negated_here(verb) or _negated_here(noun):
        return None
    speech = _speech_verb(verb)
    if speech is not None and match_rule(speech, res.lex, senses) is not None:
        return None  # "warned that they would pay a price": the warning is the event
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _OWN_SIDE:
        return None  # "we will all suffer the consequences": a warning to one's own side, no threat
    if speech is not None:
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        actors = res.resolve(speaker, strict=False) if speaker is not None else []
    else:  # the clause is quoted: '"If this happens, Iran will pay a very heavy price," Trump wrote'
        quoted = res._quote_speaker(noun, we=False)
        actors = [quoted] if quoted is not None else []
    targets = [p for p in res.resolve(subj, strict=False) if not _same(p, actors)]
    if not actors or not targets:
        return None  # precision first: a threat needs both who threatens and who is threatened
    return _threat(noun, verb, speech, actors, targets)


def _threat(trigger: Token, verb: Token, governor: Token | None, actors: list[Party], targets: list[Party]) -> Found:
    pos = "V" if trigger.pos_ == "VERB" else "N"
    rule = TriggerRule(trigger.lemma_.lower(), pos, "THREATEN", None, None, (("sense",),))
    f = Found(rule=rule, trigger=trigger, actors=actors, targets=targets, head=verb, governor=governor,
              nominal=False)
    f.place((trigger, verb), trigger, trigger.sent)
    return f


def harm_threat(verb: Token, res: PartyResolver, senses: Senses) -> Found | None:
    """THREATEN for harm a party says it will or may bring on another ("evaluating ways to inflict a nightmare
    on the U.S.", "will unleash fire on North Korea"): an infinitive or a future of a verb of inflicting, with
    the one it is brought on named; a harm told as done ("inflicted heavy losses on") is no threat."""
    if verb.pos_ != "VERB" or not senses.word_in("inflict", verb) or _negated_here(verb):
        return None
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (infinitive or _future(verb)):
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "inflict revenge on X": on the noun
    on = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "against"}
          for p in c.children if p.dep_ == "pobj"]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in {"relcl", "acl", "xcomp"}:
        # "(it is evaluating) ways to inflict ...", "(Iran vowed) to inflict ...": the doer of the clause above
        holder = verb.head.head if verb.dep_ in {"relcl", "acl"} else verb.head
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if not on or subj is None or subj.lower_ in _OWN_SIDE - {"we", "i", "us"}:
        return None
    actors = res.resolve(subj, strict=False)
    targets = [p for p in res.resolve(on[0], strict=False) if not _same(p, actors)]
    if not actors or not targets:
        return None
    return _threat(verb, verb, None, actors, targets)


def _same(p: Party, others: list[Party]) -> bool:
    return any((p.entity and p.entity == o.entity) or (p.code and p.code == o.code and not p.entity) for o in others)


def cause_of_consequence(node: Token, gov: Token, senses: Senses) -> bool:
    """``node`` (a noun event) is the "for" phrase of a consequence or a punishment: "suffer consequences for
    the killing of X", "was jailed for the attack", "thanked them for the release"."""
    if node.dep_ != "pobj" or node.head.lower_ != "for":
        return False
    holder = node.head.head
    if holder.i == gov.i and senses.word_in("punish", gov):
        return True
    if senses.word_in("consequence", holder) and holder.head.i == gov.i:
        return True
    return holder.i == gov.i and any(c.dep_ == "dobj" and senses.word_in("consequence", c) for c in gov.children)


def releaser(verb: Token, res: PartyResolver) -> list[Party]:
    """The country a release is from ("four Americans were released from Iran"): who held them released them.
    Only a country: "released from prison" or "from a camp near Aleppo" names a place, not the one who held."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    return [p for p in res.resolve(pobj, strict=False)
                            if p.entity and p.code and res.base.country_of(p.name) is not None]
    return []


def holding_state(verb: Token, res: PartyResolver) -> list[Party]:
    """The state that arrests, jails or tries someone in its own land when the report names no one else
    ("Warmbier was jailed in North Korea", "was sentenced in Iran to ten years"): the country named as where,
    by its name (a city or a prison names a place, not the state)."""
    kids = list(verb.children)
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids) or any(c.dep_ == "agent" for c in kids):
        return []
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "in":
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    found = [p for p in res.resolve(pobj, strict=False)
                             if p.entity and p.code and res.base.country_of(p.name) is not None]
                    for p in found:
                        p.sector = p.sector or "GOV"
                    return found
    return []


def state_recipients(verb: Token, actors: list[Party], res: PartyResolver) -> list[Party]:
    """The state or the foreign body money is moved to ("airlifted $400 million in cash to Iran", "were flown
    into Iran", "transferred 20 million euros to the Palestinian Authority", "wired $200 million to the Sudanese
    government"). A country by name always; another coded party (a government, an authority, an agency) only
    when it is not a person and not of the givers' own country: "transferred to the Department of Defense's
    fund" moves money at home, "paid $130,000 to a lawyer" pays a person."""
    own = {a.code for a in actors if a.code}
    out: list[Party] = []
    for c in verb.children:
        pobjs = [c] if c.dep_ in {"dative", "iobj"} and c.pos_ != "ADP" else [
            p for p in c.children if p.dep_ == "pobj"] if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"} else []
        for pobj in pobjs:
            for p in res.resolve(pobj, strict=False):
                if p.code and p.code in own:
                    continue  # "they're paying billions of dollars to Russia" read as Russia's: no aid to oneself
                if res.base.country_of(p.name) is not None:
                    out.append(p)
                elif own and p.code and not _person(p, res):  # (a code of our own side was skipped above)
                    out.append(p)
    return out


def _person(p: Party, res: PartyResolver) -> bool:
    return (res.entities.get(p.entity or "") or {}).get("type") == "PERSON"


#: verbs of handing over whose object noun names the act ("delivered a rebuke", "gave a warning", "issued a
#: condemnation", "extended an apology"): the noun's type is the event's, the verb adds only its subject
_GIVING = frozenset({"deliver", "give", "provide", "extend", "lend", "issue", "lodge", "send"})


#: acts a state carries out by ordering them (round 12: "ordered the closure of the consulate", "ordered the
#: arrest of ...", "ordered strikes on ..."): the orderer's own act, not a demand on someone else
_ORDERED_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT"})


def gives_its_object(verb: Token, lex: EventLexicon, senses: Senses) -> bool:
    """``verb`` is a verb of giving whose object is a noun of a verbal act (a rebuke, a warning, praise), or
    a verb of ordering (``ordering`` in event_senses.tsv) whose object is a noun of a material act (a closure,
    an arrest, a withdrawal): the noun's event stands for the whole predication and the verb yields no event
    of its own. An order addressed to someone ("ordered Iran to release ...") has no such object."""
    if verb.pos_ != "VERB":
        return False
    giving = verb.lemma_.lower() in _GIVING
    if not giving and not senses.word_in("ordering", verb):
        return False
    wanted = VERBAL if giving else _ORDERED_TYPES
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN":
            rule = match_rule(c, lex, senses)
            if rule is not None and rule.type in wanted:
                return True
    return False


def backing_given(verb: Token, rule: TriggerRule, actors: list[Party], res: PartyResolver) -> TriggerRule:
    """"Provided support" is political backing (SUPPORT) when persons give it ("support has been provided to
    Rouhani by two former presidents"); a state, a force or an organization that provides support, or an
    unnamed giver, provides material aid (AID: "the U.S. has provided support to rebel forces")."""
    if rule.type != "SUPPORT" or verb.lemma_.lower() not in {"provide", "give"} or verb.pos_ != "VERB":
        return rule
    if _endorsement(verb, res):
        return rule
    persons = [p for p in actors if (res.entities.get(p.entity or "") or {}).get("type") == "PERSON"]
    if actors and len(persons) == len(actors):
        return rule
    return TriggerRule(rule.lemma, rule.pos, "AID", None, rule.context, rule.with_)


def _endorsement(verb: Token, res: PartyResolver) -> bool:
    """Support given as one's own word: "gave its support to the plan" (a possessive: the giver's backing) or
    support given to a stance, a plan or a bid rather than to a party ("provided support for the resolution")."""
    senses = load_senses()
    for c in verb.children:
        if c.dep_ == "dobj" and senses.word_in("backing", c) and any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children):
            return True
        holders = [c, *(g for g in c.children if g.dep_ == "prep")] if c.dep_ == "dobj" else [c]
        for h in holders:
            if h.dep_ in {"prep", "dative"} and h.lower_ in {"to", "for"}:
                if any(p.dep_ == "pobj" and senses.word_in("statement", p) for p in h.children):
                    return True
    return False


_DEFINITE = frozenset({"the", "this", "that"})


def told_meeting(node: Token, res: PartyResolver,
                 own_parties: Callable[[Token, PartyResolver], list[Party]]) -> list[Party]:
    """The parties of a meeting told again by a definite noun as its subject ("The summit began Thursday in
    Wales"): those the report's earlier mention of the same noun named ("this week's NATO summit")."""
    if node.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in node.children):
        return []
    earlier = _noun_positions(node.doc).get(node.lemma_.lower(), [])
    # the nearest earlier tellings first, and only the last few: a report that repeats the noun hundreds of
    # times (a 3 MB line of "The committee met") made this scan quadratic
    for i in reversed(earlier[max(0, bisect_left(earlier, node.i) - _TELLINGS_TRIED):bisect_left(earlier, node.i)]):
        named = own_parties(node.doc[i], res)  # the nearest earlier telling that names its parties
        if named:
            return named
    return []


_TELLINGS_TRIED = 8


def _noun_positions(doc: Doc) -> dict[str, list[int]]:
    """The token positions of each noun lemma of the report, built once per report."""
    return per_doc(doc, "newsgraph_noun_positions", _index_nouns)


def _index_nouns(doc: Doc) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "NOUN":
            index.setdefault(t.lemma_.lower(), []).append(t.i)
    return index

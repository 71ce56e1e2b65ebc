"""One event per predication in a sentence: trigger, sense, standing, parties and confidence.

Confidence comes from the fitted model of :mod:`.confidence` over each candidate's features (how its
trigger was found, its parties, modality, place in the parse). Everything is kept; readers filter at
``DEFAULT_MIN_CONFIDENCE``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from .._doc import doc_text
from .addressees import asked_people, called_for, complied_by
from .announced import announcer
from .atrocity import ATROCITY_WORDS, atrocity_accusation
from .blame import BLAME_WORD, behind_accusation
from .blamed_on import blamed_on
from .clause_roles import (
    FROM_SOURCE_TYPES,
    aimed_at,
    another_act,
    by_agents,
    conjoined_subject,
    fell_victim,
    from_source,
    held_in,
    labelled,
    receiver,
    relative_carrier,
    split_sides,
    subject_is_object,
    undergoer,
)
from .confidence import SentenceFacts, below_what_it_dates, capped, features, load_model, runtime_features
from .conjoined import shared_clause
from .described import charging_paper, persons_own
from .endured import endured
from .feelings import feeling_parties, is_feeling
from .frames import (
    backing_given,
    cause_of_consequence,
    consequence_threat,
    gives_its_object,
    harm_threat,
    holding_state,
    releaser,
    state_recipients,
    threat_words,
    told_meeting,
)
from .intents import derived_intents
from .judged import judged_remark, judging_words
from .lexicon import EventLexicon, TriggerRule
from .meetings import MEETING_TYPES, between_parties, call_parties
from .occurred import happening_verb, occurred
from .one_act import one_violent_event
from .parties import Party, PartyResolver
from .party_words import adjunct_talker, movement_force
from .pegs import carries, document_subject
from .performed import ordered_by, performed_by, performed_on
from .recall import conversation_rule
from .rule_match import _pos, match_rule
from .searches import peg_targets
from .senses import Senses, load_senses
from .speech_acts import VERBAL
from .standing import (
    DATING_NOUNS,
    Standing,
    _noun_governor,
    _standing,
    awaited_or_advised,
    complement_chain,
    nominal_cues,
)
from .tolerance import tolerance_threat
from .triggers import (
    _CARRIER_NOUNS,
    _NAME_ENTS,
    _PERSONAL_OBJECTS,
    Found,
    _extent,
    _inanimate_subject,
    _object_targets,
    _own,
    _subject_of,
    _targets,
)
from .violence import MUTUAL, VIOLENT, both_sides, claimed_by, harm_governor, noun_subject_targets, owned_up, victims
from .warrants import issues_warrant

__all__ = ["find_in_sentence"]

# verbs that carry a noun event with their subject as its actor ("held talks", "imposed sanctions"); a noun
# under any other verb ("expected a summit", "inherit that fight", "pointing to rallies") keeps only the
# parties the noun phrase itself names
_LIGHT_VERBS = frozenset({
    "hold", "conduct", "stage", "launch", "carry", "make", "announce", "begin", "start", "continue", "order",
    "impose", "sign", "reach", "give", "provide", "deliver", "offer", "open", "lead", "organize", "organise",
    "mount", "wage", "take", "do", "have", "attend", "join", "host", "resume", "agree", "issue", "pursue",
    "maintain", "keep", "extend", "approve", "authorize", "propose", "seek", "plan", "complete", "end",
    "demand", "threaten", "express", "voice", "lodge", "file", "level", "step", "escalate", "intensify", "reiterate",
    "renew", "enter", "call", "request", "receive", "win", "accept", "reject", "refuse", "decline", "suspend", "repeat",
    "lift", "ease", "tighten", "expand", "broker", "seal", "strike", "cut", "clinch", "finalize", "ink",
    "send", "deploy", "set", "convene", "chair", "support", "back", "oppose", "condemn", "welcome", "need", "unveil",
    "lay",  # round 24: "laid siege to a university"
    "levy", "pass",  # round 36: "levied new sanctions on Tehran", "passed sanctions against Iran"
})
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


@lru_cache(maxsize=1)
def _carrying_verbs() -> frozenset[str]:
    """The light verbs and the verbs of plotting an act, for the act's actor (round 29: "masterminded the bombing",
    "orchestrated the raids": the plotter is its actor, where before the bombing kept no actor and stayed below the
    threshold). The noun stays loose as before: "accused of masterminding attacks" alleges the plotting, and the
    attacks stay asserted (extract/events/alleged.py)."""
    return _LIGHT_VERBS | load_senses().classes.get("plotting", (frozenset(), ()))[0]
_ABOUT = frozenset({"of", "about", "over"})


def _topic(node: Token) -> bool:
    """The noun is what its verb acts on or is about: an object, or the object of "of"/"about"/"over"."""
    if awaited_or_advised(node):  # "bracing for attacks", "cautioned against a withdrawal" (review 21)
        return True  # the one who waits for an act, or advises against it, is no party to it
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head  # "included two Americans ..., the detention of X and the arrest of Y": a listed object
    return node.dep_ in _OBJECTS or (node.dep_ == "pobj" and node.head.lower_ in _ABOUT)


def _skip_token(tok: Token, res: PartyResolver) -> bool:
    if res.entity_at_token(tok) is not None and tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_ENTS:
        return True  # "March" the month, "the Paris Agreement": names, not events
    if tok.lemma_.lower() == "order" and tok.head.lower_ == "in":
        return True  # "in order to"
    if tok.lower_ == "demonstration" and any(c.lower_ == "of" for c in tok.children) and tok.dep_ == "attr":
        return True
    if _pos(tok) == "N" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return True
    # "convicted terrorists", "planned exercises", "fighting groups", "visiting lawmakers": a modifier
    return tok.dep_ == "amod" and tok.tag_ in {"VBN", "VBG"} or _generic_gerund(tok)


def _generic_gerund(tok: Token) -> bool:
    """A gerund subject with no doer of its own states a generic case, not an event of the report:
    "Pardoning other people is one thing", "torturing people ... is smart"."""
    h = tok
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.tag_ != "VBG" or any(c.dep_ in {"nsubj", "poss"} for c in h.children):
        return False
    # a clausal subject, or a noun-subject gerund with an object of its own; "fighting broke out" is news
    return h.dep_ in {"csubj", "csubjpass"} or h.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "dobj" for c in h.children)


def _noun_actors(node: Token, res: PartyResolver) -> list[Party]:
    for c in node.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
            src = c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), None)
            found = res.resolve(src, strict=False) if src is not None else []
            if found:  # "this week's NATO summit": a possessive of time names nobody; the compound does
                return found
    for c in node.children:
        if c.dep_ == "amod" and c.lemma_.lower() == "lead":  # "the US-led invasion": who led it did it
            leader = next((t for t in c.children if t.dep_ in {"npadvmod", "compound", "nmod"}), None)
            found = res.resolve(leader, strict=False) if leader is not None else []
            if found:
                return found
    for c in node.children:
        if c.dep_ in {"compound", "amod"}:
            ent = res.entity_at_token(c)
            if ent is not None and ent["type"] in {"GPE", "NORP", "ORG"} and not _city_name(ent, res):
                return [res.from_entity(ent, c)]
    return []


def _city_name(ent: dict, res: PartyResolver) -> bool:
    """A city named before the noun ("the Paris attacks", "the Boston bombings") is where it happened, not
    who did it; a country's name ("Iranian attack", "the Israel strikes") may be its doer."""
    return ent["type"] == "GPE" and res.base.country_of(str(ent.get("name") or "")) is None


#: nouns whose "of" phrase names what their subject undergoes: "Turkey has been the target of attacks"
_UNDERGOING = frozenset({"target", "targets", "victim", "victims"})


#: prepositions that name what an act of words is about ("lodged a complaint about the shelling")
_SUBJECT_MATTER = frozenset({"about", "over", "regarding", "concerning"})


def _subject_matter(node: Token, gov: Token) -> bool:
    """A noun event that a light verb's act is about: "lodged a complaint with Pakistan about the shelling",
    "sent a protest note over the shooting", "imposed sanctions over the killing": the one who complains or
    sanctions did not shell or kill (the noun keeps the parties its own phrase names)."""
    if gov is not node and node.dep_ == "pobj" and node.head.lower_ == "of" and \
            node.head.head.lemma_.lower() in DATING_NOUNS:
        return True  # "the threat posed in Libya on the anniversary of the attacks": the attacks only date it
    return gov is not node and node.dep_ == "pobj" and node.head.lower_ in _SUBJECT_MATTER and \
        node.head.head.i == gov.i


def _undergone(node: Token) -> bool:
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _UNDERGOING or \
        fell_victim(node) or endured(node)  # "Russia suffered attacks from ..." (round 33)


#: adverbs of a rule or a norm: the clause states what generally happens, not an event of the report
#: ("the military is generally banned from ...", "appointed, usually at the request of Congress"); a
#: practice the report accuses someone of ("soldiers routinely beat detainees") stays an event
_GENERIC_ADVERBS = frozenset({"generally", "usually", "typically", "normally", "customarily", "ordinarily"})


def _generic(tok: Token) -> bool:
    """The trigger's clause (its verb or the verb it hangs on) carries an adverb of habit or rule."""
    path = [tok]
    h = tok
    for _ in range(3):  # a noun's clause: "usually at the request of Congress" under "appointed"
        if h.pos_ in {"VERB", "AUX"} or h.head.i == h.i:
            break
        h = h.head
        path.append(h)
    return any(c.dep_ == "advmod" and c.lower_ in _GENERIC_ADVERBS for v in path for c in v.children)


def _is_question(sent: Span) -> bool:
    for i in range(sent.end - 1, max(sent.start - 1, sent.end - 4), -1):
        t = sent.doc[i].text
        if t == "?":
            return True
        if not (sent.doc[i].is_space or t in {'"', "”", "’", "'"}):
            return False
    return False


def _carrier(tok: Token, nominal: bool) -> Token | None:
    """The token that carries a trigger in the clause: the trigger itself, or the carrier noun a compound
    trigger modifies; None for a compound under any other noun (no event is told there)."""
    if nominal and tok.dep_ == "compound":
        if tok.head.lemma_.lower() not in _CARRIER_NOUNS:
            return None
        return tok.head  # "mediation mission between Syria and ...": the mission carries it
    return tok


def _governed(node: Token, nominal: bool, lex: EventLexicon, senses: Senses) -> tuple[Token, Standing] | None:
    """(the token whose clause tells the event, its standing): a noun trigger is told by the verb that governs
    it, whose negation, modality and hedges it takes. None where that verb is an event of its own that
    covers the noun, or the trigger is generic."""
    gov_tok: Token = node
    st = None
    if nominal:
        gov = _noun_governor(node)
        gov_rule = match_rule(gov, lex, senses) if gov is not None else None
        if gov is not None and gov_rule is not None and not is_feeling(gov, gov_rule, senses) and not (
                gives_its_object(gov, lex, senses)) and not (node.lemma_.lower() == "arrest" and issues_warrant(gov)):
            # "called for sanctions": the verb's event covers the noun (not "angry at the refusal"); "issued a
            # warrant for the arrest of X": the arrest is the event, the warrant's verb none (warrants.py, round 36)
            return None
        if gov is not None and gov.lemma_.lower() in {"be", "become", "remain"} and node.head.lower_ == "under":
            st = _standing(gov, lex)  # "wasn't under investigation": the verb's standing; its subject is no actor
            gov = None
        gov_tok = gov if gov is not None else node
    if st is None:
        # "would suffer consequences for the killing of X": the killing keeps its own standing
        cause = nominal and gov_tok is not node and cause_of_consequence(node, gov_tok, senses)
        st = _standing(node if cause else gov_tok, lex)
    else:
        st.merge(_standing(node, lex))
    if gov_tok is not node:
        st.merge(_standing(node, lex))
    if nominal:
        nominal_cues(st, node, gov_tok, lex)
        happened = happening_verb(node, senses)  # round 33: "denied that an air strike had taken place": not done
        if happened is not None and _standing(happened, lex).neg:
            st.neg = True
    if node.dep_ == "pobj" and node.head.lower_ == "without":
        st.neg = True
    if _generic(gov_tok) or _generic(node):
        return None
    return gov_tok, st


def _one(tok: Token, rule: TriggerRule, lex: EventLexicon, res: PartyResolver, senses: Senses,
         sent: Span) -> Found | None:
    nominal = _pos(tok) != "V"
    node = _carrier(tok, nominal)
    governed = _governed(node, nominal, lex, senses) if node is not None and not (nominal and labelled(node, senses)) \
        else None
    if node is None or governed is None:
        return None
    gov_tok, st = governed
    if not nominal and is_feeling(tok, rule, senses):
        actors, targets = feeling_parties(tok, rule, res, _object_targets)
        return _found(tok, node, gov_tok, rule, actors, targets, st, lex, senses, sent, nominal)
    if nominal and rule.type not in VIOLENT:
        # "a call between A and B", "a clash between Trump and the military" (round 25's stop read: the clash went to
        # the subject of "ending" it): a noun's "between" phrase names its own parties (violence keeps its own
        # reading below: "clashes between police and protesters killed 14 people" harmed the 14)
        named = between_parties(node, res) or (call_parties(node, res) if gov_tok is node
                                               and rule.type in MEETING_TYPES else None)
        if named is not None:  # "a call between A and B", "A told B during a call": the noun's own parties
            return _found(tok, node, gov_tok, rule, named[0], [p for p in named[1] if not _own(p, named[0])],
                          st, lex, senses, sent, nominal)
    harmed = undergoer(tok, node, res, senses.word_in("undergone", tok)) if _pos(tok) == "N" else None
    if harmed is None and _pos(tok) == "N" and senses.word_in("undergone", tok):
        harmed = held_in(node, res)  # "the crew remained in detention": the subject is held
    if harmed is not None:  # "Butina's arrest", "his release": the possessor underwent it; only "by" names a doer
        actors = by_agents(node, res) or ordered_by(tok, node, gov_tok, res)
        return _found(tok, node, gov_tok, rule, actors, [p for p in harmed if not _own(p, actors)], st, lex, senses,
                      sent, nominal)
    actors = _phrase_actors(tok, node, rule, nominal, res)
    violent_noun = nominal and rule.type in VIOLENT
    harm = harm_governor(node) if violent_noun and gov_tok is not node else None
    if harm is not None and harm.i == gov_tok.i:
        # "40 people died in the attack": the verb's subject was harmed; the attacker is the noun's own
        targets = [p for p in victims(harm, res) if not _own(p, actors)]
        return _found(tok, node, gov_tok, rule, actors, targets, st, lex, senses, sent, nominal)
    if not actors:
        clause_actors = _clause_actors(node, gov_tok, rule, nominal, res, senses)
        if clause_actors is None:
            return None
        # "Cummings' letter, addressed to ..., Jason Chaffetz, urged Chaffetz": a subject that is the object's name
        actors = [] if subject_is_object(gov_tok, clause_actors, res) else clause_actors
    if not actors and nominal and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in gov_tok.children if gov_tok is not node):
        # "the withdrawal of Soviet troops ended": the forces' side, where no clause has a subject of its own that
        # may have ordered or announced it ("Trump ordered the withdrawal of US troops" stays empty; round 16)
        actors = movement_force(node, res)
    if not actors and (told := announcer(gov_tok, rule.type, res)):  # "announced that troops would be sent" (r37)
        actors, st.modal, st.future = told, False, True
    rule = backing_given(tok, rule, actors, res)
    found_targets = _find_targets(tok, node, gov_tok, rule, nominal, actors, res, senses)
    if found_targets is None:
        return None
    # "the US faced criticism": the subject is aimed at, named or not who criticised (round 24, issue 19)
    targets = found_targets or (receiver(node, gov_tok, res) if rule.type in FROM_SOURCE_TYPES else [])
    targets = both_sides(tok, node, targets, res) if violent_noun else targets  # ("clashes between A and B")
    only_told = nominal and gov_tok is node and not actors and not targets and not (
        violent_noun and node.dep_ == "nsubj" and node.head.pos_ == "VERB")
    if only_told and not occurred(node, senses):
        return None  # a nominal trigger with nobody to it ("the sanctions") is a topic, not an event
    actors, targets = split_sides(rule.type, actors, targets, conjoined_subject(gov_tok))
    found = _found(tok, node, gov_tok, rule, actors, targets, st, lex, senses, sent, nominal)
    found.occurred = only_told  # round 32: it lends no confidence to an earlier telling (report.merge_duplicates)
    return found


def _phrase_actors(tok: Token, node: Token, rule: TriggerRule, nominal: bool, res: PartyResolver) -> list[Party]:
    """The actors the trigger's own phrase names ("Russia's invasion", "attacks by the rebels"), searched
    before the governing clause so that a noun keeps its own agent."""
    actors = (_noun_actors(node, res) or performed_by(node, res)) if _pos(tok) == "N" else []
    if not actors and _pos(tok) == "N" and (rule.type in FROM_SOURCE_TYPES or endured(node)):
        actors = from_source(node, res)  # "complaints from Mattis"
    if not actors and nominal and rule.type in MEETING_TYPES:
        # "after deliberations with the government": the verb's subject held them (round 16 parties)
        actors = told_meeting(node, res, _noun_actors) or adjunct_talker(node, res, _subject_of)
    violent_noun = nominal and rule.type in VIOLENT
    if violent_noun and not actors and tok.lemma_.lower() in MUTUAL:
        # "clashes between police and protesters killed 14": the noun names both sides, the first its actor
        both = between_parties(node, res)
        actors = both[0] if both is not None else []
    if violent_noun and not actors:
        actors = claimed_by(node, res)
    if violent_noun and not actors and tok.lemma_.lower() in MUTUAL:
        # round 31 (ev5): "Following clashes with the rebels, the army withdrew": a mutual fight "with" a side,
        # told in a time or setting phrase of a verb, was fought by that verb's subject, as talks are; only a subject
        # named in the sentence itself (an unnamed one resolved to an earlier name is too often someone else)
        sent = node.sent
        actors = [p for p in adjunct_talker(node, res, _subject_of) if sent.start_char <= p.start < sent.end_char]
    if not actors and nominal and rule.mode == "resign":  # "the resignation of the vice president": who resigned
        actors = [p for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" for p in res.resolve(o, strict=False)]
    if not actors and nominal and (rel := relative_carrier(node, load_senses())) is not None:
        actors = _subject_of(rel, res)  # "a deal that President Trump struck with Mexico"
    return actors


def _clause_actors(node: Token, gov_tok: Token, rule: TriggerRule, nominal: bool, res: PartyResolver,
                   senses: Senses) -> list[Party] | None:
    """The actors of a trigger whose own phrase names none: the governing verb's subject where that verb
    carries the event, a releaser or a holding state. None where no actor can be doing it (no event)."""
    actors: list[Party] = []
    if not (nominal and (_undergone(node) or _subject_matter(node, gov_tok) or another_act(
            node, gov_tok, rule.type, _carrying_verbs(), senses,
            lambda t: match_rule(t, res.lex, senses) is not None))) and (
            not nominal or gov_tok is node or carries(gov_tok, rule.type, _carrying_verbs()) or not _topic(node)):
        # a noun object of a verb that does not carry it ("resisted any agreement", "called it a great deal")
        # keeps only the parties its own phrase names: the verb's subject is no party to that event; a noun
        # of manner or means keeps it ("ousted the president in a coup"); one it is about does not ("warned of a
        # possible attack")
        actors = _subject_of(gov_tok, res)
        if nominal and gov_tok.lemma_ == "be" and gov_tok is not node and persons_own(node, actors, res):
            actors = []  # "the department is in violation of his orders": the orders are his
        if not actors and rule.type in VERBAL | {"COOPERATE"} and _inanimate_subject(gov_tok, res) and not (
                document_subject(gov_tok, senses)) and not any(
                c.dep_ == "nsubj" and (c.pos_ == "PROPN" or senses.word_in("animate", c)) for c in gov_tok.children
        ) and not charging_paper(gov_tok):
            return None  # "this reduced footprint allows us to ...": no actor can be agreeing here
    if not actors and rule.mode == "release":
        actors = releaser(gov_tok, res)
    if not actors and rule.type == "COERCE" and not nominal:
        actors = holding_state(gov_tok, res)
    return actors


def _pronoun_patient(tok: Token) -> Token | None:
    """The personal pronoun that is ``tok``'s object ("asked him", "assured them"), if any."""
    return next((c for c in tok.children if c.dep_ in {"dobj", "dative"} and c.lower_ in _PERSONAL_OBJECTS), None)


def _find_targets(tok: Token, node: Token, gov_tok: Token, rule: TriggerRule, nominal: bool, actors: list[Party],
                  res: PartyResolver, senses: Senses) -> list[Party] | None:
    """The targets: the trigger's own object first, then the governing verb's, the undergoer's subject, a
    violent noun's victims. None where the missing counterpart means no event was told (a contact or a
    payment with nobody to it)."""
    violent_noun = nominal and rule.type in VIOLENT
    if any((p := _pronoun_patient(t)) is not None and not res.resolve(p) for t in {tok, node, gov_tok}):
        return []  # "Trump asked him to drop the Flynn probe": an unresolved "him" is the target, nobody else
    # "raids targeting hundreds of families", "a bomb targeting the covert service": what the act was aimed at
    targets = (aimed_at(node, res) or performed_on(node, res) or complied_by(node, rule.type, res) if nominal else
               blamed_on(node, res)) or _targets(node, rule, actors, res)  # "blamed the stalemate on X" (round 33)
    if not targets and nominal and (rel := relative_carrier(node, senses)) is not None:
        targets = [t for t in _targets(rel, rule, actors, res) if not t.start <= node.idx < max(t.end, t.start + 1)]
    if not targets and gov_tok is not node and not (nominal and (_subject_matter(node, gov_tok) or _undergone(node))):
        # the verb's object is the noun trigger itself ("voiced its opposition"): never its own target
        targets = [t for t in _targets(gov_tok, rule, actors, res) if not t.start <= node.idx < max(t.end, t.start + 1)]
    if nominal and not targets and _undergone(node):  # "Turkey has been the target of attacks"
        targets = [p for p in _subject_of(gov_tok, res) if not _own(p, actors)]
    if violent_noun and not targets:  # "the bombing killed 12", "airstrikes hit rebel positions"
        targets = noun_subject_targets(node, rule, actors, res, _object_targets)
    targets = targets or asked_people(node, rule.type, res)  # last: "urged supporters to vote" (round 29)
    targets = targets or called_for(node, rule.type, res)  # "called for Mattis to testify" (round 30)
    if rule.type == "CONSULT" and not nominal and not targets and senses.word_in("contact", tok):
        return None  # "reached out to other peoples": contact with no counterpart named tells nothing
    if rule.type == "SANCTION" and senses.word_in("closing", tok) and not any(t.country or t.code for t in targets):
        return None  # "the call to close these embassies" (its own, for safety): relations cut with nobody
    pegged = peg_targets(tok, rule, targets, res, senses)  # an embassy's building, a place searched (searches.py)
    if pegged is None:
        return None  # the peg is told by another trigger ("a warrant for the arrest of X": the arrest's)
    targets = pegged
    if rule.type == "AID" and senses.word_in("transfer", tok):
        targets = state_recipients(tok, actors, res)
        if not targets:
            return None  # "paid $130,000 to a lawyer", "paid into an account": money moved, but no aid to a state
    return targets


def _found(tok: Token, node: Token, gov_tok: Token, rule: TriggerRule, actors: list[Party], targets: list[Party],
           st: Standing, lex: EventLexicon, senses: Senses, sent: Span, nominal: bool) -> Found:
    modality = st.modality
    if modality == "asserted" and _purpose(gov_tok):
        modality = "intended"  # "paid militants to kill American troops": the killing is the aim, not a fact
    if modality == "asserted" and (gov_tok is tok or node.dep_ in _OBJECTS) and _is_question(sent) and not any(
            t.lower_ == "why" for t in sent):
        # a question asks about its verb and the verb's object ("Did Iran launch an attack?"), not about a noun
        # event it names otherwise ("who did he talk to the night of the attack?")
        modality = "hypothetical"
    light = not nominal or gov_tok is node or gov_tok.lemma_.lower() in _LIGHT_VERBS
    f = Found(rule=rule, trigger=tok, actors=actors, targets=targets, negated=modality == "negated",
              hypothetical=modality in {"intended", "threatened", "hypothetical", "requested"}, cue=st.cue,
              governor=st.cue_tok, head=gov_tok, mode=rule.mode, modality=modality, nominal=nominal)
    f.loose = not light
    f.subsumed = _subsumed(gov_tok, st.cue_tok if st.cue_tok is not None else st.governor, lex, senses)
    f.span = _extent(tok, actors + targets, sent)
    f.trigger_span = (tok.idx, tok.idx + len(tok.text))
    return f


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose ("made payments to militants to kill troops", "came to help"): a clause
    modifier with "to" of its own, not the complement of a verb (an aspect: "began to withdraw")."""
    return tok.dep_ in {"advcl", "acl"} and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _subsumed(tok: Token, gov: Token | None, lex: EventLexicon, senses: Senses) -> bool:
    """The action is the complement of another event's trigger ("threatened to attack"), or the purpose of
    an event carried by a light verb ("began a hunger strike to demand ..."): that event is the event."""
    if gov is None or gov is tok:
        return False
    if tok.dep_ == "advcl" and (any(c.dep_ == "mark" for c in tok.children) or issues_warrant(gov)):
        return False  # "after Trump ordered strikes": a clause of time or cause; a warrant's accusation (r36)
    if any(match_rule(v, lex, senses) is not None for v in (gov, *complement_chain(gov))):
        return True  # round 23: "agreed to move swiftly to impose sanctions": the agreement is the event
    return tok.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "dobj" and match_rule(c, lex, senses) is not None for c in gov.children)


_KEYS: list[tuple[EventLexicon, Senses, int, frozenset[str]]] = []


def _trigger_keys(lex: EventLexicon, senses: Senses) -> frozenset[str]:
    """Every word ``match_rule`` can match on: the lexicon's trigger rows and the senses' lemmas (built once
    per lexicon; ``match_rule`` finds a rule only for a lemma or a form that is one of these)."""
    if _KEYS and _KEYS[0][0] is lex and _KEYS[0][1] is senses and _KEYS[0][2] == len(lex.rules):
        return _KEYS[0][3]
    # and the verbs of conversation, whose consultation recall.conversation_rule tells from their counterpart
    keys = frozenset(lex.rules) | frozenset(senses.rows) | senses.classes.get("conversing", (frozenset(), ()))[0]
    _KEYS[:] = [(lex, senses, len(lex.rules), keys)]
    return keys


def _framed(tok: Token, lemma: str, res: PartyResolver, senses: Senses) -> Found | None:
    """An event told by a frame, not a trigger word: "the U.S. would suffer consequences, Zarif said" (a threat
    with no threat verb, frames.py); "said he was certain the United States was behind the ouster" (an
    accusation, blame.py)."""
    if lemma == BLAME_WORD:
        return behind_accusation(tok, res, senses)
    if senses.word_in("tolerating", tok):  # "will not tolerate Russia's interference" (tolerance.py)
        return tolerance_threat(tok, res, senses)
    return consequence_threat(tok, res, senses) or harm_threat(tok, res, senses)


def find_in_sentence(sent: Span, lex: EventLexicon, res: PartyResolver, text: str | None = None,
                     heading: bool = False, seen: frozenset[str] = frozenset(),
                     all_features: bool = False, position: int = 0) -> list[Found]:
    """The sentence's candidate events, each with its features and confidence (``text``: the Doc's text,
    read once by the caller; ``heading``: the sentence is a heading of the report; ``seen``: the types
    found in the article's earlier sentences; ``all_features``: read every feature, not only the model's)."""
    text = doc_text(sent.doc) if text is None else text
    senses = load_senses()
    found: list[Found] = []
    by_tok: dict[int, Found] = {}
    frame_words = threat_words(senses)
    keys = _trigger_keys(lex, senses)
    lemmas, lowers = res.word_lists()
    doc = sent.doc
    judging = judging_words()
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in keys and lemma not in frame_words and lowers[i] not in keys and lemma != BLAME_WORD and (
                lemma not in ATROCITY_WORDS) and lemma not in judging:
            continue  # no trigger row, sense row or frame for the word: match_rule would find nothing
        tok = doc[i]  # a Token view only for a candidate: most words of a sentence are none
        accused = atrocity_accusation(tok, res, senses) if lemma in ATROCITY_WORDS else None
        if accused is not None and accused.trigger.i not in by_tok:  # the atrocity keeps its own event too
            found.append(accused)
            by_tok[accused.trigger.i] = accused
        # one set lookup per token: the frames are rare
        framed = _framed(tok, lemma, res, senses) if lemma in frame_words or lemma == BLAME_WORD else None
        if framed is not None and framed.trigger.i not in by_tok:
            found.append(framed)
            by_tok[framed.trigger.i] = framed
            continue
        # "said the decision was unacceptable": a verdict in reported speech (judged.py, round 32)
        judged = judged_remark(tok, res, senses) if lemma in judging else None
        if judged is not None and tok.i not in by_tok:
            found.append(judged)
            by_tok[tok.i] = judged
            continue
        # "spoke with Putin": a verb of conversation with a counterpart (recall.py)
        rule = match_rule(tok, lex, senses) or conversation_rule(tok, res, senses)
        if rule is None or _skip_token(tok, res) or gives_its_object(tok, lex, senses):
            continue  # "delivered a rebuke": the rebuke is the event, not a delivery
        f = _one(tok, rule, lex, res, senses, sent)
        if f is None:
            continue
        # "claimed responsibility for the bombing": the claim tells who did it, no mere retelling
        f.claimed = f.nominal and rule.type in VIOLENT and bool(f.actors) and bool(owned_up(tok, res))
        found.append(f)
        by_tok[tok.i] = f
    found = one_violent_event(found, by_tok)
    _aim_governors(found, by_tok)
    found.extend(derived_intents(found, by_tok))
    if not found:
        return found
    _score(found, by_tok, SentenceFacts.of(sent, text, len(found), heading, seen, position), senses, all_features)
    return found


def _score(found: list[Found], by_tok: dict[int, Found], facts: SentenceFacts, senses: Senses,
           all_features: bool) -> None:
    """Each candidate's features (all of them, or only the model's) and its confidence, in place."""
    model = load_model()
    names = None if all_features else runtime_features(model)
    for f in found:
        f.features = features(f, facts, senses.has(f.trigger.lemma_.lower()), names)
        f.confidence = capped(model.score(f.features), f.features)
    shared_clause(found, model.score, capped)  # "condemned X and urged Y": one clause (round 23)
    for f in found:
        if f.derived_from is not None and not f.plan:
            # the codebook codes the stated commitment or conditional threat: it ranks just above its action
            action = by_tok.get(f.derived_from)
            base = action.features if action is not None else f.features
            f.confidence = round(min(model.score(base) + 0.01, 0.99), 3)
            if f.features.get("meeting_intent"):  # round 36: a future "meet"'s own AGREE is held (held_options.py)
                f.confidence = capped(f.confidence, f.features)
    below_what_it_dates(found)


def _aim_governors(found: list[Found], by_tok: dict[int, Found]) -> None:
    """A governing event with no target of its own takes its complement's ("refused to meet the delegation":
    the refusal is aimed where the meeting was)."""
    for f in found:
        g = by_tok.get(f.governor.i) if f.governor is not None else None
        carrier = f.head or f.trigger
        if carrier.dep_ == "advcl" and any(c.dep_ == "mark" for c in carrier.children):
            continue  # "denied being responsible, though it did seize tankers": a clause of its own, no complement
        if g is not None and not g.targets and f.targets and not _pronoun_patient(g.head or g.trigger):
            g.targets = [t for t in f.targets if not _own(t, g.actors)]
            g.span = (min(g.span[0], f.span[0]), max(g.span[1], f.span[1]))

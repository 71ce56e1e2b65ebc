"""Political events coded in PLOVER: who did what to whom, where and when.

Pure functions over a parsed Doc (``extract_events``) and a thin spaCy component (``newsgraph_events``).

* triggers come from the dependency parse, verbal or nominal, through data files written from the
  PLOVER codebook (``data/plover_triggers.tsv``, ``plover_cues.tsv``, ``plover_actors.tsv``,
  ``plover_clues.tsv``); see :mod:`.triggers`;
* actors and targets are parties resolved through the entity layer; see :mod:`.parties`;
* ``place`` is the id of a place (``doc._.newsgraph_places``) named in the event's clause, ``time``
  the shared rule of :func:`newsgraph.extract.context.time_for`, ``source_quote`` the id of the quote
  (``doc._.newsgraph_quotes``) that reports the event.

Types are the fine PLOVER set of the gold records; ``PLOVER_2021`` folds DEMAND, DISAPPROVE,
INVESTIGATE and FIGHT into the 2021 types (``type_set="2021"`` in the component config).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon, load_lexicon
from ...record import EVENT_MIN_CONFIDENCE, HYPOTHETICAL_MODALITIES, Event, listed_quote
from .._doc import UPSTREAM, assigns_of, doc_text, ensure_extensions, record_failure, require, requires_of
from ..context import clause_head, time_for
from ..quotes.lemmas import repaired_lemmas
from .alleged import told_modality
from .argument_roles import argument_roles
from .bounded_sides import bounded_sides
from .characterized import says_what_is
from .find import find_in_sentence
from .headlines import LEAD_SENTENCES, headline_support
from .home_side import home_sides
from .lexicon import PLOVER_TYPES, EventLexicon, load_event_lexicon, word_matches
from .link_lines import in_ranges, link_text_ranges
from .nicknames import nickname_sides
from .nonparties import non_parties
from .own_forces import own_forces
from .parties import Party, PartyResolver
from .party_checks import Edits, apply_edits, party_checks
from .party_words import aimed_at, mere_place
from .peoples import aimed_place, placed_by_event
from .possessed import possessed_sides
from .procedure import one_meeting
from .report import heading_ranges, merge_duplicates, report_sentences
from .reported_doers import reported_deed_doers
from .requests import request_parties
from .resisted import resisted_examples
from .review25 import gained_backing, weapon_actors
from .review26 import claim_sources, held_to_account, relayed_conjuncts
from .review27 import captive_roles, family_visits, located_targets, moved_forces, zero_relative_doers
from .review28 import review28_parties
from .review29 import review29_acts
from .second_look import second_look
from .senses import load_senses
from .setting import told_elsewhere
from .side_words import side_words
from .stated_backing import backing_sides
from .stranded import stranded_subjects
from .tellings import told_anew
from .things import thing_parties
from .titled import in_title
from .topics import topic_targets
from .triggers import Found, in_reported_speech
from .unconfirmed import decided, no_document_actors, open_acts
from .under_fire import under_fire
from .violence import MUTUAL
from .warned_side import own_side_warned

__all__ = ["extract_events", "EventComponent", "make_events", "PLOVER_2021", "PLOVER_TYPES", "Party",
           "DEFAULT_MIN_CONFIDENCE"]

#: fine type -> (PLOVER 2021 type, mode it becomes when the fine type had none)
PLOVER_2021: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
_VIOLENT = frozenset({"ASSAULT", "FIGHT"})
#: sectors of state agents who travel to meet: a meeting's place does not code them (round 22)
_ENVOYS = frozenset({"GOV", "ELI", "LEG"})
#: The confidence at or above which readers show an event by default (chosen on the tune half of
#: benchmarks/gold/events_news.jsonl; every event is stored whatever its confidence).
DEFAULT_MIN_CONFIDENCE = EVENT_MIN_CONFIDENCE


def _joined(tok: Token, lemmas: list[str]) -> list[str]:
    """``tok``'s lemma with each compound word before it joined on ("air" + "strike": "airstrike")."""
    return [lemmas[c.i] + lemmas[tok.i] for c in tok.lefts if c.dep_ == "compound" and c.i == tok.i - 1]


def _clues(f: Found, sent: Span, lex: EventLexicon, lemmas: list[str]) -> tuple[str | None, list[str]]:
    """(weapon mode, contexts) from the words of the event's clause (``lemmas``: the Doc's lowercased
    lemmas by token index)."""
    head = clause_head(f.trigger)
    # a weapon written as two words is the one written as one ("an air strike" is an airstrike, round 34): a
    # compound's word joined to its head's is read right after the head
    tokens = head.subtree if head.sent == sent else iter(sent)
    words = [w for t in tokens for w in (lemmas[t.i], *_joined(t, lemmas))]
    # each distinct word once, in order of first appearance: the first weapon and the contexts' order stay
    words = list(dict.fromkeys(words))
    mode = None
    if f.rule.type in _VIOLENT:
        for w in words:
            m = lex.lookup(lex.weapons, w)
            if m:
                mode = m
                break
    ctx: list[str] = []
    if f.rule.context:
        ctx.append(f.rule.context)
    for w in words:
        c = lex.lookup(lex.contexts, w)
        if c and c not in ctx:
            ctx.append(c)
    return mode, ctx


_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "throughout", "into", "within"})
#: locatives that place the act beside a country, not in it (off its coast, outside its borders): the country codes
#: no party there (round 29)
_NEARBY = frozenset({"near", "outside", "around", "off"})


class _PlaceRoots:
    """Per Doc, a place mention's root as a locative object: (root index, its clause head's index), or None
    when its root is no object of a locative preposition. Read once per mention (a ``char_span`` and a
    walk up the parse), not once per event of its sentence."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.memo: dict[tuple[int, int], tuple[int, int] | None] = {}

    def get(self, start: int, end: int) -> tuple[int, int] | None:
        key = (start, end)
        if key not in self.memo:
            sp = self.doc.char_span(start, end, alignment_mode="expand")
            root = sp.root if sp is not None else None
            ok = root is not None and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
            self.memo[key] = (root.i, clause_head(root).i) if ok and root is not None else None
        return self.memo[key]


def _place(doc: Doc, f: Found, sent: Span, roots: _PlaceRoots) -> tuple[str | None, int | None]:
    """The place where the event happens: a place named after a locative preposition in the trigger's
    clause ("met ... in Washington") or in its object ("troops stationed in Iraq"); the nearest wins.
    A place named as a modifier ("US troops") or a source ("from Iraq") is not where it happens."""
    places = doc._.newsgraph_places or []
    if not places:
        return None, None
    node = f.head or f.trigger
    head = clause_head(node)
    objects: set[int] | None = None  # read only when a place is outside the clause
    best: tuple[int, str, int] | None = None
    for p in places:
        for m in p.get("mentions") or []:
            if not (sent.start_char <= m["start"] < sent.end_char):
                continue
            got = roots.get(m["start"], m["end"])
            if got is None:
                continue
            root_i, root_clause = got
            if doc[root_i].head.lower_ == "at" and doc[root_i].head.head.i == f.trigger.i and aimed_at(f.trigger, f.rule.type):
                continue  # "hit back at Washington": the one criticized, not where (round 29)
            if told_elsewhere(doc[root_i], f.trigger, node):
                continue  # "accused France of blocking agreement at talks in Geneva": the blocking's place
            if root_clause != head.i:
                if objects is None:
                    objects = {t.i for c in node.children if c.dep_ in {"dobj", "nsubjpass", "pobj", "prep"}
                               for t in c.subtree}
                if root_i not in objects:
                    continue
            dist = abs(root_i - f.trigger.i)
            if best is None or dist < best[0]:
                best = (dist, str(p["id"]), root_i)
    return (best[1], best[2]) if best else (None, None)


def _place_country(doc: Doc, place: str | None) -> str | None:
    for p in doc._.newsgraph_places or []:
        if place is not None and p.get("id") == place:
            return p.get("country")
    return None


def _is_country(doc: Doc, place: str | None) -> bool:
    return any(p.get("id") == place and p.get("feature") == "country" for p in doc._.newsgraph_places or [])


def _quote_of(doc: Doc, f: Found) -> str | None:
    s, e = f.trigger_span
    reported: bool | None = None  # a parse walk: read only for an indirect quote holding the trigger
    for q in doc._.newsgraph_quotes or []:
        if q.get("start") is not None and q["start"] <= s and e <= q["end"]:
            if not listed_quote(q.get("kind"), q.get("modality")):
                continue  # "condemned the launch": the launch is told by the reporter, the stance is about it
            if q.get("kind") != "indirect":
                return str(q["id"])
            if reported is None:
                reported = in_reported_speech(f.trigger)
            if reported:
                return str(q["id"])
    return None


#: sectors of state force; a party of any other sector (rebels, civilians, opposition...) is not a state
_STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY", "LEG", "JUD"})


#: common nouns that name states ("Arab nations launched an all-out attack": round 13, a tune-half FIGHT read as
#: ASSAULT); lower case only, so "Islamic State" is no state
_STATE_NOUNS = frozenset({"nation", "nations", "country", "countries", "state", "states", "government",
                          "governments", "army", "armies"})


def _is_state(p: Party) -> bool:
    """A state's actor: a state sector, or a named state or state body; a named person only by a state role
    ("Mr. Ansi took responsibility for the attack": a Yemeni, not Yemen's force)."""
    return _state_noun(p) or p.sector in _STATE_SECTORS or (
        p.sector is None and not p.person and p.code is not None and p.entity is not None and p.code == p.country
        and len(p.code) == 3)


def _state_noun(p: Party) -> bool:
    return bool(p.name) and p.sector is None and not p.person and p.name.rsplit(" ", 1)[-1] in _STATE_NOUNS


def _unknown_person(p: Party) -> bool:
    return bool(p.person) and p.code is None and p.sector is None


_FORCES = frozenset({"troops", "forces", "army", "armies", "soldiers", "units", "military", "militaries", "garrison",
                     "garrisons", "positions", "convoy", "convoys", "battalion", "brigade", "division", "regiment"})


def _armed_clash(f: Found, mode: str | None) -> bool:
    """Force met by a state's force ("surrounded by Russian-backed militias", with troops the target) is armed
    conflict, FIGHT, whoever the attacker; a person the text gives no country ("Putin intervened in Syria")
    keeps a FIGHT verb's type (round 13: both were read as ASSAULT on the tune half)."""
    if any(p.sector == "MIL" and p.name.rsplit(" ", 1)[-1].lower() in _FORCES for p in f.targets):
        return True  # a force, not one soldier ("a gunman killed that lone soldier" stays ASSAULT)
    return f.rule.type == "FIGHT" and mode is None and all(_unknown_person(p) for p in f.actors)


#: triggers that are military force when every actor is a state ("Arab nations launched an attack against
#: Israel", "the attack by the Iranian regime"); beating, torture or massacre by a state stay ASSAULT
_STATE_FORCE = frozenset({"bomb", "shell", "strike", "attack", "assault", "raid", "ambush", "storm"})
_ARMS = frozenset({"bomb", "shell", "strike"})


#: verbs of taking ground; their trigger rows already need a place ("captured the town", "retook the city")
_TERRITORY_TAKING = frozenset({"capture", "recapture", "retake", "overrun"})


def _warfare(f: Found) -> bool:
    """Acts of war whoever wages them stay FIGHT (round 31, issue 19): an offensive (a military campaign: "rebels
    launched an offensive") and downing an aircraft or a drone ("Houthi rebels shot down a Saudi warplane")."""
    senses = load_senses()
    if senses.word_in("campaign", f.trigger):
        return True
    lemma = f.trigger.lemma_.lower()
    if lemma in _TERRITORY_TAKING or lemma == "take" and f.rule.type == "FIGHT":
        # round 36: taking ground ("militants captured the town") is combat, as PLOVER's FIGHT codes it; round 37:
        # "took over the town" too, whose sense row alone makes "take" FIGHT
        return True
    return lemma == "shoot" and any(
        c.dep_ in {"dobj", "nsubjpass"} and senses.word_in("aircraft", c) for c in f.trigger.children)


def _force_or_attack(typ: str, mode: str | None, f: Found) -> str:
    """Military force by a state is FIGHT, violence by a group that is no state ASSAULT
    (docs/events_guidelines.md, section 2): the weapon alone does not decide."""
    if typ not in _VIOLENT or f.trigger.lemma_.lower() in MUTUAL or f.derived_from is not None or _warfare(f):
        return typ
    if f.actors:
        if typ == "FIGHT" and not any(_is_state(p) for p in f.actors) and all(
                p.sector is not None or p.code is None for p in f.actors) and not _armed_clash(f, mode):
            return "ASSAULT"
        lemma = f.trigger.lemma_.lower()
        if typ == "ASSAULT" and mode in {"explosives", None} and lemma in _STATE_FORCE and all(
                _is_state(p) and (lemma in _ARMS or p.code or _state_noun(p)) for p in f.actors):
            return "FIGHT"  # an attack needs a state's code: "Al Qaeda forces attacked" stays ASSAULT
        return typ
    if typ == "FIGHT" and mode == "firearms" and f.targets and not any(p.sector in _STATE_SECTORS for p in f.targets):
        return "ASSAULT"  # "three students were shot", "a shooting in San Bernardino": no force named, people hit
    return typ


def _record(doc: Doc, f: Found, sent: Span, lex: EventLexicon, type_set: str, text: str,
            res: PartyResolver, roots: _PlaceRoots) -> Event:
    weapon, ctx = _clues(f, sent, lex, res.word_lists()[0])
    typ, mode = f.rule.type, f.mode
    if weapon and (mode is None or typ in _VIOLENT and mode in {None, "destroy"}):
        mode = weapon
    if typ == "ASSAULT" and mode in {"firearms", "heavy-weapons"}:
        typ = "FIGHT"  # conventional weapons: the codebook's conventional military force (CAMEO 19)
    typ = _force_or_attack(typ, mode, f)
    if type_set == "2021" and typ in PLOVER_2021:
        typ, fold_mode = PLOVER_2021[typ]
        mode = mode or fold_mode
    start, end = f.span
    possessed_sides(f, res)  # "its fighters": the owner's, before the place codes them (round 21)
    place, place_root = _place(doc, f, sent, roots)
    where = _place_country(doc, place)
    if where and place_root is not None and doc[place_root].head.lower_ in _NEARBY and _is_country(doc, place):
        where = None  # round 29: "a warship on alert near Japan" is no Japanese ship; "near Kabul" stays in Afghanistan
    if where:
        # a group the text ties to no country ("a suicide bomber", "gunmen") is coded with the country
        # where the event happens, as the PLOVER gold records do when the location is all there is; an
        # entity keeps the country the entity layer gives it (never the nearest country word)
        placed = False
        at_target = place_root is not None and aimed_place(doc, place_root, f.targets)  # (round 33)
        for i, p in enumerate(f.actors + f.targets):
            if at_target and i < len(f.actors):
                continue  # "the regime launched missiles at Japan": where the target is, not the doer's country
            if placed_by_event(p, res.entities) and not (typ == "CONSULT" and p.sector in _ENVOYS):  # (round 17:
                # "Maoist rebels ... in western Nepal" too; a meeting's place is the venue state agents travel to:
                # "ministers met in Brussels" are no Belgians, round 22)
                p.country, p.code = where, where
                placed = placed or i < len(f.actors)
        if placed and typ not in _VIOLENT:
            # "In Belgium, police conducted raids": the actor is coded by the place, so the place's country is
            # where the act happens, not the one acted on (round 15 parties)
            f.targets = [p for p in f.targets if not mere_place(p, where, res)]
    own_forces(f, res)  # "officials said troops ...": the reporting state's own forces (round 21)
    home_sides(f, res)  # after the place: a group the place left uncoded, by the state body it faces (round 21)
    return Event.model_validate({
        "type": typ, "mode": mode, "context": ctx,
        "actors": [p.to_dict() for p in f.actors], "targets": [p.to_dict() for p in f.targets],
        "place": place,
        "time": time_for(doc, f.trigger_span[0], f.trigger_span[1],
                         keep=lambda sp: not told_elsewhere(sp.root, f.trigger, f.head or f.trigger)),
        "negated": f.modality == "negated", "hypothetical": f.modality in HYPOTHETICAL_MODALITIES,
        "modality": told_modality(f),  # round 22: an asserted act told as an allegation is "alleged"
        "source_quote": _quote_of(doc, f),
        "text": text[start:end], "start": start, "end": end,
        "trigger_start": f.trigger_span[0], "trigger_end": f.trigger_span[1],
        "confidence": f.confidence,
    })


def _own_subject(f: Found) -> bool:
    """The event's clause names a doer of its own ("he", "Congressional committees") that resolved to no
    party: a later telling is then not the same event as an earlier one of another actor."""
    if f.actors or f.nominal or f.derived_from is not None:
        return False
    verb = f.head or f.trigger
    # a passive's subject is the one acted on, except for a feeling ("he was concerned"): the one who feels
    deps = {"nsubj", "nsubjpass"} if load_senses().word_in("feeling", verb) else {"nsubj"}
    return any(c.dep_ in deps and c.lower_ not in {"who", "which", "that", "it", "this"} for c in verb.children)


#: the events' table of the model's lemma slips (``newsgraph.extract.quotes.lemmas``)
EVENT_SLIPS = "event_lemma_slips.tsv"


def extract_events(doc: Doc, lex: EventLexicon | None = None, base: Lexicon | None = None,
                   type_set: str = "gsr", min_confidence: float = 0.0,
                   trace: list[tuple[Event, dict[str, float]]] | None = None) -> list[Event]:
    """The article's events (record models), in text order: report text only, one event per predication,
    a repeated telling merged into the first one's ``spans``; those below ``min_confidence`` left out.
    ``trace``, when given, receives (event, the features its confidence was scored on) for each event
    returned (benchmarks/fit_event_confidence.py fits the model on them)."""
    if not doc.has_annotation("DEP"):
        return []
    # the model's lemma slips of event verbs ("staged" read as "stag") are set right while the events are read
    with repaired_lemmas(doc, EVENT_SLIPS):
        return _extract(doc, lex or load_event_lexicon(), base or load_lexicon(), type_set, min_confidence, trace)


def _extract(doc: Doc, lex: EventLexicon, base: Lexicon, type_set: str, min_confidence: float,
             trace: list[tuple[Event, dict[str, float]]] | None) -> list[Event]:
    text = doc_text(doc)  # spaCy rebuilds Doc.text from every token on each access: built once per Doc
    res = PartyResolver(doc, lex, base, text)
    roots = _PlaceRoots(doc)
    out: list[tuple[Event, str, bool, bool, bool, bool]] = []
    feats: dict[int, dict[str, float]] = {}
    edited: dict[int, Edits] = {}
    headings = heading_ranges(doc)
    links = link_text_ranges(text)
    seen: set[str] = set()
    decisions: set[int] = set()  # ids of events told as decided ("decided to cancel"), round 23, wave 2
    quiet: set[int] = set()  # ids of party-less happenings (round 32): they lend an earlier telling no confidence
    lead_end = 0  # where the lead's last sentence ends (round 33: the title's support reaches that far)
    for position, sent in enumerate(report_sentences(doc, text)):
        if position < LEAD_SENTENCES:
            lead_end = sent.end_char
        heading = any(s <= sent.start_char < e for s, e in headings)
        found = find_in_sentence(sent, lex, res, text, heading, frozenset(seen), all_features=trace is not None,
                                 position=position)
        # a talk's or an event's quoted title (review 20); a related story's title pasted as link text (round 22)
        found = [f for f in found if not in_title(f.trigger) and not in_ranges(f.trigger_span[0], links)
                 and not says_what_is(f.trigger, f.head)]  # "viewed Syria as a battle", "a firm that monitors" (round 23)
        seen.update(f.rule.type for f in found)
        found = one_meeting(found)  # after "seen": the other events' features stay as they were
        found = second_look(found, res)  # parties, after scoring (review 19); they still steer merge_duplicates
        found = request_parties(found, res)  # who asked whom (review 20)
        found = topic_targets(found)  # a country naming an inquiry's topic is no target (round 21)
        found = under_fire(found)  # "came under shelling": the subject is hit (round 23)
        found = gained_backing(weapon_actors(found, text), res)  # a missile as actor; "gained the endorsement of" (r25)
        found = held_to_account(relayed_conjuncts(claim_sources(found, res), res))  # a claim's source (r26)
        found = zero_relative_doers(found, res)  # "a firm it says supplied": the firm, not the sayer (r27)
        found = resisted_examples(found)  # "resisted measures, such as ... bans": no ban (round 26)
        # "jailed in Ohio": a place is no target; "took them hostage": no captive "hostage"; "sent its troops": the
        # force moved is no target; "visiting her children": a private visit (round 27)
        found = family_visits(captive_roles(moved_forces(located_targets(found, doc), doc, res), doc))
        # "backed her deal", "applauded Bolton's departure", "became the first president to meet": sides named by an
        # owner, a fall, a predicate noun, a title, a pledge or a pact (round 28)
        found = review28_parties(found, res)
        found = review29_acts(found)  # "has always fought": a habit; "agreed that ...": no target inside (round 29)
        found = reported_deed_doers(found, res)  # "..., sources told Reuters, providing": no reporter (r35)
        found = thing_parties(found, doc)  # "wants UN sanctions lifted": a thing is no side (round 29, wave 3)
        found = side_words(found, doc)  # "a passenger jet that killed", "Vietnam veteran": no doer, no code (r32)
        found = argument_roles(found, res)  # "of Petraeus agreeing", "wanted for a bombing", "called on X" (r32)
        found = non_parties(found, res)  # a town hit, an airport, "Friday", a photo credit: no side (round 31)
        found = own_side_warned(found)  # "warned that its government will act": no target (round 24)
        found = backing_sides(found, res)  # "reaffirmed the US's support for NATO": NATO backed (round 24)
        found = stranded_subjects(found, res)  # "The two states to have signed ... criticised" (round 24)
        found = open_acts(no_document_actors(found))  # "not ready to declare that", "passports" (round 23, wave 2)
        found = nickname_sides(found, res)  # "Crooked Hillary", "Rocket Man": the person named so, or none
        found = bounded_sides(found, res)  # "some in the room rebuffed", "denied access by X", "from Gaza" (r34)
        edits = party_checks(found, res)  # speakers, origins, towns, appositions (round 20 parties)
        for f in found:
            absorbs = f.derived_from is None and not f.subsumed
            ev = _record(doc, f, sent, lex, type_set, text, res, roots)
            feats[id(ev)] = f.features
            if id(f) in edits:
                edited[id(ev)] = edits[id(f)]
            out.append((ev, f.trigger.lemma_.lower(), f.nominal, absorbs, _own_subject(f),
                        told_anew(f.trigger, f.head)))
            if decided(f):
                decisions.add(id(ev))
            if f.occurred:
                quiet.add(id(ev))
    out.sort(key=lambda x: (x[0].trigger_start or 0, x[0].start))
    said = frozenset(str(q["id"]) for q in doc._.newsgraph_quotes or [] if q.get("kind") in {"direct", "block"})
    merged = merge_duplicates(out, frozenset(decisions), said, frozenset(quiet))
    headline_support(merged, doc, lex, lead_end, feats)  # the title tells the lead's event again (round 33)
    kept = [e for e in merged if (e.confidence or 0.0) >= min_confidence]
    for e in kept:  # after merging: a changed side must not fold one act into another (round 20 parties)
        if id(e) in edited:
            apply_edits(e, edited[id(e)])
    if trace is not None:
        trace.extend((e, feats[id(e)]) for e in kept)
    return kept


class EventComponent:
    """Attaches ``doc._.newsgraph_events``."""

    def __init__(self, nlp: Language, name: str, type_set: str = "gsr", min_confidence: float = 0.0) -> None:
        if type_set not in {"gsr", "2021"}:
            raise ValueError(f"type_set must be 'gsr' or '2021', not {type_set!r}")
        self.name = name
        self.type_set = type_set
        self.min_confidence = min_confidence
        self.lexicon: EventLexicon | None = None
        self.base: Lexicon | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        self.lexicon = load_event_lexicon()
        self.base = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        require(doc, self.name, *UPSTREAM["events"])
        if self.lexicon is None or self.base is None:
            self.initialize()
        try:
            events = [e.model_dump() for e in
                      extract_events(doc, self.lexicon, self.base, self.type_set, self.min_confidence)]
        except Exception as exc:  # the failure policy: logged, listed in extraction_errors, only this family lost
            record_failure(doc, self.name, exc)
            events = []
        doc._.newsgraph_events = events
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = tuple()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "events_lexicon.json", (self.lexicon or load_event_lexicon()).to_dict())
        srsly.write_json(p / "lexicon.json", (self.base or load_lexicon()).to_dict())
        srsly.write_json(p / "cfg.json", {"type_set": self.type_set, "min_confidence": self.min_confidence})

    def from_disk(self, path: str | Path, *, exclude: Any = tuple()) -> EventComponent:
        p = Path(path)
        self.lexicon = EventLexicon.from_dict(srsly.read_json(p / "events_lexicon.json"))
        self.base = Lexicon.from_dict(srsly.read_json(p / "lexicon.json"))
        cfg = srsly.read_json(p / "cfg.json")
        self.type_set, self.min_confidence = cfg["type_set"], float(cfg["min_confidence"])
        return self


@Language.factory("newsgraph_events", default_config={"type_set": "gsr", "min_confidence": 0.0},
                  requires=requires_of("events"), assigns=assigns_of("events"))
def make_events(nlp: Language, name: str, type_set: str, min_confidence: float) -> EventComponent:
    ensure_extensions()
    return EventComponent(nlp, name, type_set, min_confidence)


_ = word_matches  # re-exported helper for tests of the data files

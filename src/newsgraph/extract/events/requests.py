"""Who asked whom: the parties of a request and of its answer (review 20, A1; docs/events_guidelines.md "Round 20,
review 20 event classes").

The independent review of round 20 found requests whose addressee or requester the clause rules lose or reverse:

* "agents interviewed him at the request of the Russian government": the request is the government's, addressed
  to the agents; the "of" object is the one who asks (actor), the clause's subject the one asked (target).
  "at Moscow's request" likewise (the possessor asks);
* "appealed for an expedited ruling on the case, which the Supreme Court declined to take up": the one who answers
  the request in a relative clause on its object (declines, grants, rejects it) is the one asked (target); and that
  answer (REJECT, CONCEDE) has the one who asked as its target;
* "asked the justices to step in": a court's members stand for the court the report named before (the last
  court named: the Supreme Court, the High Court, a Court of Appeals), as the target of the request.

Run after scoring, like :mod:`.second_look`: a side is filled only where empty (the "at the request of" rule
swaps the sides it reads), so no event is shown or hidden by these rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clause_roles import RELATIVES
from .parties import Party, PartyResolver
from .quoted_doer import quoted_doer
from .triggers import Found, _subject_of

__all__ = ["request_parties", "REQUEST_NOUNS", "owner_or_of"]

#: nouns for a request told as "at the X of Y" / "at Y's X"
REQUEST_NOUNS = frozenset({"request", "behest", "urging", "demand", "insistence", "instruction", "instructions"})
#: verbs that answer a request: the one asked declines, grants, rejects or takes it up
_ANSWERS = frozenset({"decline", "refuse", "reject", "deny", "grant", "accept", "approve", "dismiss", "turn",
                      "take", "hear", "consider", "agree", "allow", "uphold", "spurn", "rebuff"})
#: verbs and nouns of asking whose object a relative clause can answer
_ASKING = frozenset({"appeal", "ask", "request", "petition", "seek", "urge", "want", "call", "press", "plead"})
#: verbs whose "at" phrase is their object, not the occasion of the act ("laughed at the request of X": X asked, the
#: subject reacts to the request and may be anyone, not the one asked; round 21)
_AT_OBJECT = frozenset({"laugh", "scoff", "balk", "bristle", "chafe", "marvel", "sneer", "jeer", "smile", "smirk",
                        "look", "glance", "stare", "gaze", "peer", "point", "hint", "jump", "leap", "snap", "rail",
                        "lash", "wince", "frown", "grumble", "bridle", "recoil", "shrug", "grin", "mock", "swipe"})
#: a court's members, told for the court ("asked the justices to step in")
_MEMBERS = frozenset({"justices"})
_COURT = "court"


def owner_or_of(noun: Token) -> Token | None:
    """The noun's possessor or the object of its "of" phrase: the one who asks ("the request of X", "X's request"),
    the one who backs ("the endorsement of X", review 25)."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def at_request(f: Found, res: PartyResolver) -> tuple[list[Party], list[Party]] | None:
    """(actors, targets) of "V-ed at the request of X": X asks, V's subject is asked; of "laughed at the request of
    X": X asks, nobody named is asked; None for any other shape."""
    noun = f.trigger
    if not f.nominal or noun.lemma_.lower() not in REQUEST_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return None
    who = owner_or_of(noun)
    verb = noun.head.head
    if who is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    askers = res.resolve(who, strict=False)
    if verb.lemma_.lower() in _AT_OBJECT:
        return askers, []  # the request is what the subject reacts to: whom it asked the clause does not say
    asked = [p for p in _subject_of(verb, res) if all(p.key() != a.key() for a in askers)]
    return askers, asked


def _answer_clause(node: Token) -> Token | None:
    """A relative clause on a noun of ``node``'s phrases whose verb answers a request ("a ruling, which the court
    declined to take up"), else None."""
    for t in node.subtree:
        if t.dep_ == "relcl" and t.i > node.i and t.lemma_.lower() in _ANSWERS and any(
                c.lower_ in RELATIVES for c in t.subtree if c.i < t.i):
            return t
    return None


def answered_by(f: Found, res: PartyResolver) -> list[Party] | None:
    """The one who answers a request in a relative clause on its object: the request's target, or None."""
    if f.rule.type != "DEMAND" or f.targets or f.trigger.lemma_.lower() not in _ASKING:
        return None
    clause = _answer_clause(f.trigger)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subj is None or subj.lower_ in RELATIVES:
        return None
    return [p for p in res.resolve(subj, strict=False) if all(p.key() != a.key() for a in f.actors)] or None


def answered_asker(f: Found, res: PartyResolver) -> list[Party] | None:
    """For an answer told in a relative clause ("..., which the court declined to take up"): the one who asked for
    the noun the clause is on (the asking verb's subject), as the answer's target; or None."""
    if f.rule.type not in {"REJECT", "CONCEDE"} or f.targets or f.nominal:
        return None
    verb = f.head if f.head is not None else f.trigger
    if verb.dep_ != "relcl":
        return None
    asking = verb.head
    while asking.dep_ in {"pobj", "prep", "dobj"} and asking.head.i != asking.i:
        asking = asking.head
        if asking.lemma_.lower() in _ASKING and asking.pos_ in {"VERB", "AUX"}:
            return [p for p in _subject_of(asking, res) if all(p.key() != a.key() for a in f.actors)] or None
    return None


def court_members(f: Found, res: PartyResolver) -> list[Party] | None:
    """The court the report named last before "the justices" (the Supreme Court, the High Court, a Court of Appeals:
    an organization with "court" among its name's words), the object of a request; or None."""
    if f.rule.type != "DEMAND" or f.targets or f.nominal:
        return None
    obj = next((c for c in f.trigger.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or obj.lower_ not in _MEMBERS:
        return None
    for _s, _e, ent in reversed(res._mentions_before(obj.idx)):
        if ent.get("type") == "ORG" and _COURT in str(ent.get("name", "")).lower().split():
            p = res.from_entity(ent, obj)
            p.start, p.end = obj.idx, obj.idx + len(obj.text)
            return [p]
    return None


def request_parties(found: list[Found], res: PartyResolver) -> list[Found]:
    """The sentence's events with the rules above, and :func:`.quoted_doer.quoted_doer`, applied to their parties
    (in place; the list returned)."""
    for f in found:
        inside = quoted_doer(f)
        if inside is not None:
            f.actors = inside
        swapped = at_request(f, res)
        if swapped is not None:
            f.actors, f.targets = swapped
            continue
        f.targets = answered_by(f, res) or court_members(f, res) or answered_asker(f, res) or f.targets
    return found

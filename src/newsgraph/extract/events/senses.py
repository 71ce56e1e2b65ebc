"""Trigger senses (``data/event_senses.tsv``): the type follows the trigger's sense given its arguments.

"Trump fired Linick" is no violence, "shot back at the smear" is verbal, "struck a deal" is AGREE. A sense
row names a lemma, a part of speech and conditions on the trigger's arguments; the first row whose
conditions hold gives the type (or ``-``: no event). See docs/events_guidelines.md, section 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .antecedent import it_antecedent
from .clause_roles import RELATIVES
from .expletive import relative_doer
from .figures import self_passive
from .for_to import named_for_to
from .open_options import conditioned
from .sports import game_report

__all__ = ["Sense", "Senses", "load_senses", "NO_EVENT"]

NO_EVENT = "-"
_OBJ_DEPS = frozenset({"dobj", "nsubjpass"})
_HEAD_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})  # how, why, what, which, whose: a question
# the kinds of condition _holds reads from the trigger's own place, and from what its objects say
_PLACE_KINDS = frozenset({"question", "modifier", "predicate", "head", "gov", "govsubj", "subjof", "asclause", "likened",
                          "means", "prepobj", "spokenat", "askedq"})
# round 18: modals of obligation; "must be resolved through negotiations" prescribes a means, tells no act
_OBLIGATION = frozenset({"must", "should", "ought", "need", "needs"})
_CONTENT_KINDS = frozenset({"oprd", "pobjmod", "othercomp", "complacks", "objmod", "ownobj", "xcompobj",
                            "mod", "objtitle"})
#: round 24: prepositions that name what a feeling is about ("frustrated with", "angry at", "concerned by")
_CAUSE_PREPS = frozenset({"about", "at", "by", "with", "over", "of", "on", "toward", "towards", "regarding", "against",
                          "that", "because"})
_HABITUAL = frozenset({"annually", "yearly", "regularly", "routinely", "often", "frequently", "usually",
                       "occasionally", "sometimes", "periodically"})  # round 24: "have occasionally visited"
_QUANTS = frozenset({"all", "some", "many", "most", "none", "much", "part", "one", "each", "several", "both", "any",
                     "thousands", "hundreds", "dozens", "millions", "portion", "portions", "excerpt", "excerpts",
                     "half", "tranche", "batch", "set", "series", "trove", "cache", "number",
                     # round 33: a flow or heap of things ("released a torrent of details", "a flood of emails") is
                     # the things, as a tranche of them is
                     "torrent", "flood", "stream", "deluge", "slew", "raft", "spate", "barrage", "avalanche",
                     "trickle", "flurry", "pile", "stack", "heap", "mountain", "wealth"})


@dataclass(frozen=True)
class Sense:
    lemma: str
    pos: str
    conditions: tuple[tuple[str, str], ...]  # (kind, argument)
    type: str
    mode: str | None


#: personal pronouns as objects: a person, whatever the parser calls the link ("fired him" read as a dative)
_PERSONAL = frozenset({"him", "her", "them", "me", "us", "you", "whom"})


def _named_object(tok: Token, kids: list[Token], weapons: frozenset[str]) -> bool:
    """The trigger's object is a proper name that is not a weapon's ("fired McCabe"; not "fired two Scuds") or a
    personal pronoun, or the trigger is a relative clause on a name ("Comey, whom the president fired")."""
    objs = [c for c in kids if c.dep_ in _OBJ_DEPS or c.dep_ == "dative"]
    if tok.dep_ == "relcl" and not any(c.dep_ in _OBJ_DEPS and c.lower_ not in RELATIVES for c in kids):
        objs.append(tok.head)
    return any(c.lower_ in _PERSONAL or c.pos_ == "PROPN" and c.ent_type_ not in {"PRODUCT", "NORP"}
               and c.lemma_.lower() not in weapons for c in objs)


def _in_class(lemma: str, words: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    return lemma in words or any(lemma.startswith(p) for p in prefixes)


@dataclass
class Senses:
    rows: dict[str, list[Sense]]
    classes: dict[str, tuple[frozenset[str], tuple[str, ...]]]

    def has(self, lemma: str) -> bool:
        return lemma in self.rows

    def word_in(self, cls: str, tok: Token) -> bool:
        if cls == "person" and tok.ent_type_ == "PERSON":
            return True
        words, prefixes = self.classes.get(cls, (frozenset(), ()))
        return _in_class(tok.lemma_.lower(), words, prefixes) or _in_class(tok.lower_, words, prefixes)

    def _title_word_in(self, cls: str, tok: Token) -> bool:
        """A word of a title is of CLASS, its plural too: the tagger keeps a proper noun's form ("Documents")."""
        words, prefixes = self.classes.get(cls, (frozenset(), ()))
        low = tok.lower_
        return self.word_in(cls, tok) or low.endswith("s") and _in_class(low[:-1], words, prefixes)

    def _holds(self, kind: str, arg: str, tok: Token) -> bool:
        # one dispatcher, three readers: the trigger's own place in its clause, what its objects and
        # complements say, and which dependents it has (an unknown kind holds nowhere)
        kids = list(tok.children)
        if kind in _PLACE_KINDS:
            return self._place_holds(kind, arg, tok, kids)
        if kind in _CONTENT_KINDS:
            return self._content_holds(kind, arg, tok, kids)
        if kind.startswith("pobj@") or kind in {"habitual", "purpose"}:
            return self._phrase_holds(kind, arg, kids)
        if kind == "selfpass":  # review 21: "we get killed": a killing told of the one who speaks is a figure
            return self_passive(tok)
        if kind == "game":  # round 23: a result or a play in a game report ("Minnesota beat Buffalo 4-1")
            return game_report(tok, lambda t: self.word_in(arg, t))
        return self._frame_holds(kind, arg, tok, kids)

    def _frame_holds(self, kind: str, arg: str, tok: Token, kids: list[Token]) -> bool:
        """Conditions on the dependents the trigger has (an object, a particle, a preposition, a complement,
        a subject of CLASS): its argument frame."""
        if kind == "obj":
            return self._object_in(arg, tok, kids)
        if kind == "named":  # round 22: "fired McCabe", "the president who fired him": a person's name or pronoun
            return _named_object(tok, kids, frozenset().union(*(self.classes.get(a, (frozenset(), ()))[0]
                                                                for a in arg.split("|"))))
        if kind == "on":  # round 22: a participle on a noun of CLASS ("a security warning barring staff from travel")
            return tok.dep_ in {"acl", "relcl"} and self.word_in(arg, tok.head)
        if kind == "unaimed":  # round 24: a feeling with no cause or object ("had become very frustrated")
            # (a passive's subject is the one who feels: "is frustrated")
            return not any(c.dep_ in {"dobj", "ccomp", "xcomp", "advcl", "agent"} or (
                c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS) for c in kids)
        if kind == "noobj":
            return not any(c.dep_ in _OBJ_DEPS | {"ccomp", "xcomp", "dative"} for c in kids)
        if kind == "prt":
            return any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in arg.split("|") for c in kids)
        if kind == "prep":
            # a phrase of time is no argument: "seized hostages on Wednesday" is no "seize on"
            return any(c.dep_ in {"prep", "prt", "agent"} and c.lower_ in arg.split("|") and not _of_time(c)
                       for c in kids) or _number_took_prep(tok, arg.split("|"))
        if kind == "pobj":
            return any(self.word_in(arg, p) for c in kids if c.dep_ == "prep" for p in _pobjs(c))
        if kind == "pcomp":  # review 17: a preposition's gerund of CLASS ("insists on forging ahead"); pcomp=*
            # any gerund (review 21: "warned against raising rates": a course of action)
            return any(arg == "*" or self.word_in(arg, g) for c in kids if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pcomp")
        if kind == "pcompobj":  # round 37: the gerund acts on something ("warned the U.S. about taking military
            # action": the addressee's own deed), not a noun-like gerund of a third side ("about Chinese spying")
            return any(g.dep_ == "pcomp" and any(o.dep_ == "dobj" for o in g.children)
                       for c in kids if c.dep_ == "prep" for g in c.children)
        return self._clause_frame_holds(kind, arg, tok, kids)

    def _clause_frame_holds(self, kind: str, arg: str, tok: Token, kids: list[Token]) -> bool:
        """The frame conditions on the trigger's clauses and subject (a complement, its marker or wh-word, a
        bare use, a stated fact, a to-infinitive, the subject's class): the second half of _frame_holds."""
        if kind == "comp":
            return any(c.dep_ in {"ccomp", "xcomp"} for c in kids)
        if kind == "mark":
            words = arg.split("|")
            return any(t.dep_ == "mark" and t.lower_ in words for c in kids if c.dep_ in {"ccomp", "advcl"}
                       for t in c.children) or any(c.lower_ in words for c in kids)
        if kind == "forto":  # round 31: "called for Kerry to testify" (for_to.py)
            return named_for_to(tok)
        if kind == "wh":  # round 14: "ask how a president could ...": the complement opens with a wh-word
            return any(c.dep_ == "ccomp" and any(t.tag_ in _WH_TAGS and t.i < c.i for t in c.children) for c in kids)
        if kind == "xcomp":
            if arg == "*":
                return any(c.dep_ == "xcomp" for c in kids)
            return any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in arg.split("|") for c in kids)
        if kind == "child":  # a child word that is not itself negated ("pleaded guilty", not "not guilty")
            return any(c.lower_ in arg.split("|") and not any(g.dep_ == "neg" for g in c.children) for c in kids)
        if kind == "subjcomp":
            comps = [c for c in kids if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
            if any(c.dep_ == "dobj" for c in kids) and comps:
                return True
            return any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < c.i for c in comps for g in c.children)
        if kind == "bare":  # "Schiff agreed.", "Russia agrees": no object, complement or phrase of its own
            if tok.pos_ == "NOUN" and tok.dep_ in _OBJ_DEPS and any(  # "issued a warning to the rebels": the
                    c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in {"to", "against"}  # verb's recipient
                    for c in tok.head.children):
                return False
            return not any(c.dep_ in _OBJ_DEPS | {"ccomp", "xcomp", "dative", "prt", "agent", "advcl"} or (
                c.dep_ == "prep" and not _of_time(c)) for c in kids)
        if kind == "compstate":
            return any(c.dep_ == "ccomp" and _states(c) for c in kids)
        if kind == "compfact":  # round 24: "agrees that adversaries continue to try": a finite clause, no modal
            return any(c.dep_ == "ccomp" and c.tag_ in {"VBZ", "VBP", "VBD"} and not any(
                a.dep_ in {"aux", "auxpass"} and a.tag_ == "MD" for a in c.children) for c in kids)
        if kind == "toinf":  # round 15: "charge them ... to keep their areas safe": an object, then a to-infinitive
            return any(c.dep_ == "dobj" for c in kids) and any(
                c.dep_ in {"xcomp", "advcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in kids)
        if kind == "xcomppass":
            return any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in kids)
        if kind == "subj":
            return any(self.word_in(arg, c) for c in _subjects(tok, kids))
        if kind == "itref":  # round 18: a subject "it" that stands for a word of CLASS ("the war ... It killed")
            return any(a is not None and self.word_in(arg, a) for a in map(it_antecedent, _subjects(tok, kids)))
        return False

    def _phrase_holds(self, kind: str, arg: str, kids: list[Token]) -> bool:
        """Round 15b: conditions on one named phrase of the trigger: the object of a given preposition, or a
        phrase of custom."""
        if kind.startswith("pobj@"):  # round 15b: the object of one named preposition ("met the talk with a
            # retort": pobj@with; "visit Cuba as tourists": pobj@as), not of any phrase ("met Xi amid protests");
            # the parser often hangs the phrase on the direct object ("met [such talk with a retort]")
            # round 21: the parser tags a recipient's "to" as dative ("sent the memos to Congress"), and "sent
            # Congress the memos" names it with no preposition at all: both are pobj@to
            # round 24: a passive's "by" is its agent ("were attacked by angry mobs": pobj@by)
            preps = [c for c in kids if c.dep_ in {"prep", "dative", "agent"}] + [
                g for c in kids if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
            bare = [c for c in kids if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}] if kind == "pobj@to" else []
            # round 20: pobj@P=* holds for any object of P ("asks the prince about the claims")
            return any(arg == "*" or self.word_in(arg, p) for p in bare) or any(
                arg == "*" or self.word_in(arg, p) for c in preps if c.lower_ == kind[5:]
                for p in c.children if p.dep_ == "pobj")
        if kind == "habitual":  # round 15b: "visit North Korea each year", "visit annually": a custom, no one act
            return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL or c.dep_ == "npadvmod" and any(
                d.dep_ == "det" and d.lower_ in {"each", "every"} for d in c.children) for c in kids)
        if kind == "purpose":  # round 18: "cancelled a trip to Africa to stay at the talks": what it was done for
            # (purpose=* any to-infinitive, round 31: "directed the chief to reopen it", parsed as an adverbial clause)
            return any(c.dep_ in {"advcl", "xcomp"} and (arg == "*" or self.word_in(arg, c)) and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in kids)
        return False

    def _content_holds(self, kind: str, arg: str, tok: Token, kids: list[Token]) -> bool:
        """Conditions on what the trigger's objects and complements say (a predicate noun, a modifier of
        CLASS, the subject's own doing, a warning that names no act), beyond which dependents there are."""
        if kind == "oprd":  # "called the president a dotard": a predicate noun, or one set beside the object
            preds = [c for c in kids if c.dep_ == "oprd"] + [
                a for c in kids if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                and a.i > c.i and not any(d.dep_ in {"det", "poss"} for d in a.children)]
            # round 15: a quoted predicate the parser read as a second object ("Calling the attack a 'violent
            # assault'"): the later object is what the first is called
            preds += [c for c in kids if c.dep_ == "dobj"][1:]
            # round 22: the object's relative clause swallowed the predicate ("called the president who fired him
            # a liar": "liar" read as the relative verb's second object, after a dative)
            preds += [d for c in kids if c.dep_ == "dobj" for r in c.children if r.dep_ == "relcl"
                      and any(x.dep_ == "dative" for x in r.children) for d in r.children
                      if d.dep_ == "dobj" and d.i == r.right_edge.i]
            # oprd=CLASS: the predicate says something of CLASS ("called the inquiry a witch hunt", "declared
            # NATO obsolete")
            return bool(preds) if not arg else any(self.word_in(arg, t) for p in preds for t in p.subtree)
        if kind == "pobjmod":  # "warned of a possible attack": an object of a preposition with a modifier of CLASS
            return any(self.word_in(arg, m) for c in kids if c.dep_ == "prep" for p in _pobjs(c)
                       for m in p.children if m.dep_ in {"amod", "compound"})
        if kind == "othercomp":
            return _other_subject_comp(tok, kids)
        if kind == "complacks":  # "warned: 'there will be a temptation ...'": the warning names no act
            # the whole warning counts ("warning the protesters of consequences should they occupy ...")
            said = [t for c in kids if c.dep_ not in {"nsubj", "nsubjpass"} for t in c.subtree]
            return any(c.dep_ in {"ccomp", "xcomp"} for c in kids) and not any(
                self.word_in(arg, t) or t.lower_ in {"if", "unless", "should", "otherwise"} for t in said)
        if kind == "xcompobj":  # round 15b: "refused to go into details", "wants people to pay attention":
            # an object or a phrase's object of the trigger's clausal complement is of CLASS
            return any(self.word_in(arg, o) for c in kids if c.dep_ in {"xcomp", "ccomp"}
                       for o in [g for g in c.children if g.dep_ == "dobj"]
                       + [p for g in c.children if g.dep_ == "prep" for p in _pobjs(g)])
        if kind == "mod":  # review 16: "amid stalled talks": the noun trigger's own modifier is of CLASS
            return any(c.dep_ in {"amod", "compound"} and self.word_in(arg, c) for c in kids)
        if kind == "objmod":  # "provided military support": the object's own modifier of CLASS
            return any(self.word_in(arg, m) for c in kids if c.dep_ in _OBJ_DEPS
                       for m in c.children if m.dep_ in {"amod", "compound", "nmod"})
        if kind == "objtitle":  # round 23: "beat incumbent Gov. X": a modifier of CLASS on the object's title
            return any(self.word_in(arg, m) for c in kids if c.dep_ in _OBJ_DEPS for g in c.children
                       if g.dep_ == "compound" for m in g.children if m.dep_ in {"amod", "compound"})
        if kind == "ownobj":  # "defended his decision": the object is the subject's own doing; "the downing of the
            # jet by his own forces" too (round 13: a leader calling his own side's shoot-down a mistake)
            if any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in _OWN_POSSESSIVES for g in c.children)
                   for c in kids):
                return True
            return any(c.dep_ in {"dobj", "prep"} and any(g.lower_ == "own" and any(
                p.dep_ == "poss" and p.lower_ in _OWN_POSSESSIVES for p in g.head.children) for g in c.subtree)
                for c in kids)
        return False

    def _place_holds(self, kind: str, arg: str, tok: Token, kids: list[Token]) -> bool:
        """Conditions on the trigger's own place: its sentence (a question), its dependency on its head (a
        modifier, a predicate, a clause under a speaking verb, an object of a verb of CLASS)."""
        if kind == "question":
            return tok.sent.text.rstrip().rstrip("\"'”’").endswith("?")
        if kind == "askedq":  # round 32: '"Did she break the law?" the anchor asked him': a question put
            return any(c.dep_ == "ccomp" and c.i < tok.i and any(t.text == "?" for t in tok.doc[c.left_edge.i:tok.i])
                       for c in kids)
        if kind == "prepobj":  # round 20: a noun trigger that is the object of a preposition ("pending an appeal")
            return tok.dep_ == "pobj" and tok.head.lower_ in arg.split("|")
        if kind == "modifier":
            return tok.dep_ in {"amod", "compound"}
        if kind == "spokenat":  # round 23: "said at a rally", "told a rally": where words were spoken, no act
            head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "during", "before"} else (
                tok.head if tok.dep_ in {"dobj", "dative"} else None)
            return head is not None and head.pos_ in {"VERB", "AUX"} and self.word_in(arg, head)
        if kind == "predicate":  # "they were concerned", "is angry about": a state said of the subject
            return tok.dep_ in {"acomp", "xcomp", "ccomp", "ROOT", "conj"} and (
                tok.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in kids) or tok.dep_ == "acomp")
        if kind == "head":  # "tweeted 14 times, attacking the administration": said while speaking
            # a clause of condition or time ("would respond if it were attacked") is no manner of speaking
            return tok.dep_ in _HEAD_DEPS and self.word_in(arg, tok.head) and not any(c.dep_ == "mark" for c in kids)
        if kind == "gov":
            return tok.dep_ in _OBJ_DEPS and tok.head.lemma_.lower() in arg.split("|")
        if kind == "subjof":  # round 15b: "talks had broken down": the trigger is the subject of a verb of CLASS
            # ("talks have been stalled for months": a passive's subject too)
            return tok.dep_ in {"nsubj", "nsubjpass"} and self.word_in(arg, tok.head)
        if kind == "asclause":  # round 16: "as demonstrated in Afghanistan": a participle "as" introduces shows,
            # tells no act ("demonstrated as police watched": the "as" is the other clause's)
            return tok.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
        if kind == "likened":  # round 18: "bore similar hallmarks to recent attacks": a noun compared with, not told
            # ("to" on the likeness itself, on "similar", or on the verb whose object is the likeness)
            gov = tok.head.head
            return tok.dep_ == "pobj" and (self.word_in(arg, tok.head) or self.word_in(arg, gov) or any(
                c.dep_ == "dobj" and self.word_in(arg, c) for c in gov.children))
        if kind == "means":  # round 18: the means ("through", "via", "by") of a passive that a modal of obligation
            # governs: "the status must be resolved through negotiations" is a norm, not talks that take place
            verb = tok.head.head
            return tok.dep_ == "pobj" and tok.head.lower_ in arg.split("|") and \
                any(c.dep_ == "auxpass" for c in verb.children) and \
                any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children)
        if kind == "govsubj":  # "teachers launched a strike": the subject of the verb the noun is the object of
            return tok.dep_ in _OBJ_DEPS and any(c.dep_ == "nsubj" and self.word_in(arg, c) for c in tok.head.children)
        return False

    def _object_in(self, cls: str, tok: Token, kids: list[Token]) -> bool:
        objs = [c for c in kids if c.dep_ in _OBJ_DEPS]
        # "released all of the messages": a quantity's "of" phrase names the object
        objs += [p for c in objs if c.lower_ in _QUANTS or c.pos_ == "NUM" for q in c.children
                 if q.dep_ == "prep" and q.lower_ == "of"
                 for p in q.children if p.dep_ == "pobj"]
        if any(cls == "*" or self.word_in(cls, c) for c in objs):
            return True  # obj=*: any object at all ("demonstrated himself to be", "demonstrated its resolve")
        # round 15: a title's own words name the thing ("released Podesta Emails Part 4": the head is "Part");
        # only for a proper-noun head, so "released the email hacker" stays a release of a person
        if any(c.pos_ == "PROPN" and any(g.dep_ == "compound" and self._title_word_in(cls, g) for g in c.children)
               for c in objs):
            return True
        if tok.dep_ not in {"acl", "amod", "relcl"}:
            return tok.pos_ == "NOUN" and any(c.dep_ == "compound" and self.word_in(cls, c) for c in kids)
        # round 24: "the tranche of emails the White House released": a quantity's "of" phrase names the noun
        heads = [tok.head] + ([p for q in tok.head.children if q.dep_ == "prep" and q.lower_ == "of"
                               for p in q.children if p.dep_ == "pobj"] if tok.head.lower_ in _QUANTS else [])
        if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN" and any(self.word_in(cls, h) for h in heads):
            return True  # "a statement released on Friday": the participle's noun is its object
        # round 27: the parser also makes a relative clause with "that" an acl with a mark ("the 30,000 emails that
        # she returned to the department")
        relative = tok.dep_ == "relcl" or tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                    for c in kids)
        if relative and any(self.word_in(cls, h) for h in heads) and not any(
                c.dep_ == "dobj" and c.lower_ not in RELATIVES for c in kids):
            return True  # "the transcript, which the White House released"
        return tok.pos_ == "NOUN" and any(c.dep_ == "compound" and self.word_in(cls, c) for c in kids)

    def sense_of(self, tok: Token, pos: str) -> Sense | None:
        """The first sense row of ``tok``'s lemma whose conditions hold, else None."""
        for row in self.rows.get(tok.lemma_.lower(), ()):
            if row.pos not in ("*", pos):
                continue
            if all(self._holds(kind, arg, tok) for kind, arg in row.conditions):
                return row
        return None


_OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
_OWN_SUBJECTS = frozenset({"i", "we", "it", "they", "he", "she", "you"})


def _other_subject_comp(tok: Token, kids: list[Token]) -> bool:
    """The trigger's "that" clause tells what someone or something other than its subject will do or
    undergo ("warned that Iran could attack shipping", "warned that the economy could collapse"); a pronoun
    ("warned that it would retaliate", "warned Pyongyang that it would face fire") is the speaker's side or
    the one spoken to, as is a repetition of the subject's own head word; a clause with a condition ("would
    respond if ...") is a conditional threat whoever its subject."""
    own = {c.lemma_.lower() for c in kids if c.dep_ == "nsubj"}
    for c in kids:
        if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"}:
            continue
        if conditioned(c):
            return False  # "warned that Israel would respond forcefully if ...": a conditional threat
        for g in c.children:
            if g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ not in _OWN_SUBJECTS and g.lemma_.lower() not in own:
                return True
    return False


_COPULAS = frozenset({"be", "seem", "remain", "appear", "look"})


def _states(verb: Token) -> bool:
    """A clause that says how something is ("the willpower was weak", "the talks had been productive"), not
    that something will happen or exists ("there will be a ceasefire")."""
    kids = list(verb.children)
    return verb.lemma_.lower() in _COPULAS and any(c.dep_ in {"acomp", "attr"} for c in kids) and not any(
        c.dep_ == "expl" for c in kids)


def _of_time(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Wednesday", "on Sept. 11")."""
    return any(p.ent_type_ in {"DATE", "TIME"} for p in prep.children if p.dep_ == "pobj")


def _pobjs(prep: Token) -> list[Token]:
    out = [p for p in prep.children if p.dep_ == "pobj"]
    for p in list(out):  # "out of the race"
        for c in p.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.extend(q for q in c.children if q.dep_ == "pobj")
    for c in prep.children:
        if c.dep_ == "prep":
            out.extend(q for q in c.children if q.dep_ == "pobj")
    return out


def _parse_conditions(field: str) -> tuple[tuple[str, str], ...]:
    out = []
    for part in field.split(";"):
        part = part.strip()
        if not part:
            continue
        kind, _, arg = part.partition("=")
        out.append((kind.strip(), arg.strip().lower()))
    return tuple(out)


@lru_cache(maxsize=1)
def load_senses() -> Senses:
    raw = resources.files("newsgraph").joinpath("data/event_senses.tsv").read_text(encoding="utf-8")
    rows: dict[str, list[Sense]] = {}
    classes: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if cols[0] == "class":
            if cols[1] in classes:  # a second row of one name would silently replace the first for every reader
                raise ValueError(f"data/event_senses.tsv: class {cols[1]!r} is defined twice")
            words = [w for w in cols[2].lower().split("|") if w]
            classes[cols[1]] = (frozenset(w for w in words if not w.endswith("*")),
                                tuple(w[:-1] for w in words if w.endswith("*")))
        elif cols[0] == "sense":
            cols = (cols + [""] * 7)[:7]
            _k, lemma, pos, cond, typ, mode = cols[:6]
            rows.setdefault(lemma.lower(), []).append(
                Sense(lemma.lower(), pos or "*", _parse_conditions(cond), typ, mode or None))
    return Senses(rows, classes)


def _subjects(tok: Token, kids: list[Token]) -> list[Token]:
    """The trigger's subjects: a conjunct with no subject of its own shares its head's ("shouted and attacked");
    a count's "of" phrase names the subject too ("Thousands of tourists visit Cuba", round 15b)."""
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ in {"conj", "xcomp"}:
        # round 21: a clausal complement shares its head's subject too ("warplanes continued to pound Raqqa")
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in kids):
        # round 23: a participle clause tells more of its head's subject ("The Black Death swept Europe,
        # killing ...")
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    doer = relative_doer(tok)
    if doer is not None:  # round 26: "the wildfire that tore through the park, destroying ...", misattached
        subjects.append(doer)
    if tok.dep_ == "relcl" and any(c.lower_ in _RELATIVES for c in subjects):
        subjects.append(tok.head)  # round 20: "a US law that bars ...": the relative word stands for the noun
    return subjects + [p for c in subjects if c.lower_ in _QUANTS or c.pos_ == "NUM" for q in c.children
                       if q.dep_ == "prep" and q.lower_ == "of" for p in q.children if p.dep_ == "pobj"]


#: relative words that stand for the noun their clause modifies
_RELATIVES = frozenset({"that", "which", "who"})


def _number_took_prep(tok: Token, words: list[str]) -> bool:
    """The preposition right after the trigger that the parse hung on a number as a hedge ("talking about 155
    howitzers": "about" an advmod of 155; review 19): it is the trigger's preposition all the same."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.lower_ in words and nxt.dep_ in {"advmod", "quantmod"}
            and nxt.head.like_num and nxt.head.i == nxt.i + 1)

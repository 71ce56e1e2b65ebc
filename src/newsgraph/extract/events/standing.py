"""How the report presents an event at its trigger: the cues over it (negation, modals, "if", the word it is
the complement of, the verb a noun trigger is the object of) and the modality they give; and the verb that
carries a noun trigger. Split from :mod:`.triggers` in round 7 (module size)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .denials import denied_claim
from .imperative import quoted_order
from .lexicon import EventLexicon
from .odds import forecast, open_question
from .open_options import held_open
from .pegs import decided_would
from .possible_means import possible_means
from .recall import perfect_conjunct
from .review24 import chosen_between, time_adjunct
from .senses import load_senses
from .timed_nouns import TIME_NOUNS, dated_ahead
from .told_plans import mandated, told_plan

__all__ = ["Standing", "ANTICIPATING", "DATING_NOUNS", "nominal_cues", "calls_off", "awaited_or_advised",
           "complement_chain"]

_TIME_PREPS = frozenset({"after", "before", "following", "during", "since", "amid", "amidst", "despite", "until",
                         "ahead", "prior", "because", "preceding", "throughout"})
#: verbs of phase that add no standing of their own to the act they begin or go on with
_PHASES = frozenset({"begin", "start", "continue", "resume", "commence"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_FUTURE = frozenset({"will", "'ll", "shall"})
#: modals of possibility: on a word of intent ("might seek to sanction", "could decide to withdraw") the aim itself is
#: only possible, so the act is hypothetical, not intended ("would seek" stays a reported intent)
_POSSIBLE = frozenset({"might", "may", "could"})
#: round 15: "I'd meet with anybody": the contraction is "would" only before a bare verb ("he'd attacked" is "had",
#: though the tagger calls both a modal)
_MODAL_CONTRACTIONS = frozenset({"'d", "\u2019d"})


def _is_modal(aux: Token) -> bool:
    return aux.lower_ in _MODALS or (aux.lower_ in _MODAL_CONTRACTIONS and aux.head.tag_ == "VB")
#: nouns that place one event in time by another ("the anniversary of the attacks", "the eve of the talks", "at
#: the time of the attack", "the night of the raid"): the verb they hang on lends the dated event none of its
#: parties ("I was out of the country at the time of the attack": the speaker did not attack; read by events.find)
DATING_NOUNS = frozenset({"anniversary", "eve", "aftermath", "wake", "memory", "memorial", "commemoration", "time",
                          "night", "day", "morning", "evening", "hour", "week", "run-up", "height", "moment"})
#: nouns of a legal order for an action ("a warrant for the arrest of"): the order is the action's carrier
_WARRANTS = frozenset({"warrant"})


#: marks of an adverbial clause that tells a fact of its own beside its head's ("while the Arab League condemned",
#: "after Israel struck"): its head's negation or cue is not its own (round 24, issue 19)
_OWN_CLAUSE_MARKS = frozenset({"while", "whereas", "whilst", "although", "though", "after", "before", "since",
                               "because", "as", "when"})


def _own_clause(tok: Token) -> bool:
    if tok.dep_ != "advcl":
        return False
    if _coordinated(tok):
        return True
    return any(c.dep_ == "nsubj" for c in tok.children) and any(
        c.dep_ == "mark" and c.lower_ in _OWN_CLAUSE_MARKS for c in tok.children)


def _coordinated(tok: Token) -> bool:
    """An "adverbial clause" right after "and"/"but" with no mark of its own is a second verb the parser misattached
    ("Trump has denied collusion with Russia and on Monday called the inquiry a witch hunt": "called" hung on
    "denied"): the first verb's denial is not its own (round 31, read of a whole record)."""
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].lower_ in {"and", "but"} and not any(c.dep_ == "mark" for c in tok.children)


def _governor(tok: Token) -> Token | None:
    """The verb whose complement ``tok`` is ("decided to reduce", "willing to withdraw", "demanding that")."""
    if tok.dep_ in {"xcomp", "ccomp", "advcl"} and tok.head.i != tok.i and not _own_clause(tok):
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.head.i != tok.head.i:
        return tok.head.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" and \
            tok.head.head.head.pos_ == "NOUN":
        return tok.head.head.head  # "the chances of the US killing Russians": the gerund's doer in between (round 23)
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "ADJ"}:  # "his promise to withdraw"
        return tok.head
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in tok.children):
        return tok.head  # "a request for Netanyahu to meet Obama": the parser's infinitival relative
    return None


def complement_chain(verb: Token, steps: int = 2) -> list[Token]:
    """The verbs above ``verb`` whose infinitive complement it is, nearest first, at most ``steps``: "agreed to
    move swiftly to impose" gives [agreed] for "move" (round 23: the act's standing comes from the first word
    that is an event of its own, through verbs of manner or phase)."""
    out: list[Token] = []
    t = verb
    while len(out) < steps and t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


@dataclass
class Standing:
    """How the report presents the event at a token: the cues found, and the modality they give."""

    neg: bool = False
    modal: bool = False  # could, would, if, unless, a hypothetical cue word
    future: bool = False  # will, is going to
    cue: str | None = None  # intent / threat / refuse / demand of the governing word
    cue_tok: Token | None = None
    governor: Token | None = None
    possible: bool = False  # the word of intent is itself under "might", "may" or "could"

    @property
    def modality(self) -> str:
        """Precedence: negated > requested > threatened > intended > hypothetical > asserted."""
        if self.neg or self.cue == "refuse":
            return "negated"
        if self.cue == "demand":
            return "requested"
        if self.cue == "threat":
            return "threatened"
        if (self.cue == "intent" and not self.possible) or self.future:
            return "intended"
        return "hypothetical" if self.modal else "asserted"

    def merge(self, other: Standing) -> None:
        self.neg = self.neg or other.neg
        self.modal = self.modal or other.modal
        self.future = self.future or other.future
        self.possible = self.possible or other.possible


#: "didn't just attack", "not only attacked": the act is told, and more besides (no negation)
_NOT_ONLY = frozenset({"just", "only", "merely", "simply", "solely"})
#: nouns of proof: "there is no evidence he mounted an attack" tells no attack
_PROOF = frozenset({"evidence", "proof", "sign", "indication"})


def _negated_here(tok: Token) -> bool:
    kids = list(tok.children)
    if any(c.dep_ == "advmod" and c.lower_ in _NOT_ONLY for c in kids) and any(
            c.dep_ in {"neg", "preconj"} for c in kids):
        return False
    # "were neither invited nor welcomed": "neither" before the verb denies it as "not" does
    return any(c.dep_ == "neg" or c.lower_ in _NEG_WORDS and c.dep_ in {"det", "advmod"} or
               c.lower_ == "neither" and c.dep_ in {"preconj", "advmod", "det"} for c in kids) or (
        tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children)) or any(
        # "No sitting US president has ever met ...", "none of them attacked": a subject that is no one;
        # round 17: "Neither Kenya nor Uganda attacked ...": a subject both of whose parts are denied
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in _NO_ONE or any(
            d.dep_ in {"det", "preconj"} and d.lower_ in _NO_DET for d in c.children)) for c in kids) or any(
        # round 17: "has provided zero cooperation": a noun counted as none is none
        c.dep_ in {"nummod", "det"} and c.lower_ == "zero" for c in kids)


#: verbs whose predicate adjective or participle tells a state of their subject ("were angry", "seem troubled")
_LINKING = frozenset({"be", "become", "remain", "seem", "appear", "feel", "grow", "look", "sound"})


def _denied_predicate(tok: Token) -> bool:
    """Round 35: a predicate whose linking verb is negated ("the ministers were not angry about the decision", "why
    aren't more people outraged?"): the negation sits on the copula, not on the predicate, and denies the state
    all the same. Round 22 read this for an act the predicate governs ("is not ready to talk"); this is the
    predicate's own event. "not only angry" and "not just troubled" keep it (see _negated_here)."""
    return tok.dep_ in {"acomp", "attr"} and tok.head.lemma_.lower() in _LINKING and _negated_here(tok.head)


#: subjects that are no one: the clause tells what did not happen
_NO_ONE = frozenset({"nobody", "none", "nothing", "neither", "noone"})
#: words on a subject that deny it ("no president", "neither Kenya nor Uganda")
_NO_DET = frozenset({"no", "neither"})


def _unproven(tok: Token) -> bool:
    """The clause is what there is no proof of ("no evidence he mounted an attack", "found no sign that ...")."""
    if tok.dep_ not in {"relcl", "acl", "ccomp"} or tok.head.lemma_.lower() not in _PROOF:
        return False
    noun = tok.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in noun.head.children))


def _unmade_filing(tok: Token) -> bool:
    """Round 33: the act is what a paper that was never put forward would do ("did not offer a single resolution
    condemning the attacks", "never introduced a bill sanctioning ...", "passed no motion condemning"): a filing
    denied by "no", "not a single" or its verb's negation carries no act (issue 19: shown as asserted)."""
    if tok.dep_ not in {"acl", "relcl"} or not load_senses().word_in("filing", tok.head):
        return False
    noun = tok.head
    if any(c.dep_ in {"det", "neg", "advmod", "preconj"} and c.lower_ in _NEG_WORDS for c in noun.children):
        return True  # "no resolution condemning"
    if any(a.lower_ == "single" and any(n.lower_ == "not" for n in a.children) for a in noun.children):
        return True  # "not a single resolution" parsed with "not" on "single"
    # "never offered a resolution", "did not pass any bill": the verb's negation denies an indefinite paper; "did not
    # pass the resolution condemning ..." tells of one that was written and does condemn
    return (noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} and _negated_here(noun.head)
            and any(c.dep_ in {"det", "amod"} and c.lower_ in _INDEFINITE for c in noun.children))


#: words of an indefinite filing ("a resolution", "any bill", "a single motion")
_INDEFINITE = frozenset({"a", "an", "any", "single"})


def _standing(tok: Token, lex: EventLexicon) -> Standing:
    """The cues over the event at ``tok`` (its auxiliaries, "if", and the word it is the complement of)."""
    st = Standing(neg=_negated_here(tok) or _unproven(tok) or denied_claim(tok) or _unmade_filing(tok) or
                  _denied_predicate(tok))
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    st.modal = any(_is_modal(a) for a in auxes)
    st.future = any(a.lower_ in _FUTURE for a in auxes)
    st.future = st.future or (not auxes and _scheduled(tok))
    if decided_would(tok) or told_plan(tok):  # "the removal order would reduce": what a decided order does (round
        st.modal, st.future = False, True  # 17b); "said he would meet them": a plan told in reported speech (r33)
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in tok.children):
        st.modal = True
    if tok.dep_ == "advcl" and any(c.lower_ in {"if", "unless"} for c in tok.children):
        st.modal = True
    gov = _governor(tok)
    st.governor = gov
    if gov is not None and not time_adjunct(tok):  # ("while speaking to ...": no cue of the verb it times, r24)
        _governor_cues(st, tok, gov, lex)
        if st.cue is None and gov.lemma_.lower() in _PHASES and gov.dep_ == "xcomp" and gov.head.i != gov.i:
            # round 23, wave 2: "decided to begin to withdraw": a phase verb passes on the cue of the word it
            # completes, as "decided to withdraw" has it (the decision's act is intended, guidelines section 4)
            _governor_cues(st, gov, gov.head, lex)
    if _shares_head(tok, auxes):
        # "would degrade and ultimately destroy", "will visit Ramallah and meet with Abbas", "is expected to
        # meet officials on Monday and meet Putin on Tuesday": a bare conjunct shares its head's standing
        head = _standing(tok.head, lex)
        st.merge(head)
        if st.cue is None:
            st.cue, st.cue_tok = head.cue, head.cue_tok
    if tok.dep_ == "xcomp" and gov is not None and gov.lemma_.lower() in {"set"} and gov.tag_ == "VBN":
        st.cue, st.cue_tok = "intent", gov
    if st.cue is None and mandated(tok):  # "insisted that North Korea accept verification" (round 33)
        st.cue = "demand"
    if st.cue is None and quoted_order(tok):  # '"Kill him in any way you can," he said': asked for (r30 wave 4)
        st.cue = "demand"
    if open_question(tok) or forecast(tok):
        # round 24: "whether X will resume", "decide whether to sever", "Likely, X will ...": open or forecast,
        # not intended by its doer (events/odds.py)
        st.modal, st.future = True, False
        if st.cue == "intent":
            st.cue = None
    if possible_means(tok):  # round 32: "could penalize ... by freezing", "difficult for Israel to bomb"
        st.modal, st.future = True, False
        if st.cue == "intent":
            st.cue = None
    elif not st.neg and not st.modal and dated_ahead(tok):  # round 32: "announced a meeting next week"
        st.future = True
    return st


def _scheduled(tok: Token) -> bool:
    """Round 21: a present-tense verb with a time still to come ("Kerry, who visits Beijing next week", "meets Xi
    tomorrow"): news English tells a scheduled act so; it is intended, as "will visit" is."""
    if tok.tag_ not in {"VBZ", "VBP"}:
        return False
    if _ahead_clause(tok):
        return True
    for c in tok.children:
        if c.dep_ in {"npadvmod", "advmod"} and c.lower_ == "tomorrow":
            return True
        if c.dep_ == "advmod" and c.lower_ == "later" and c.i == tok.sent.start:
            return True  # round 29: "Later, Mr. Trump meets with leaders of France": the day's schedule
        if c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_NOUNS and any(
                d.dep_ in {"amod", "advmod", "det"} and d.lower_ in {"next", "upcoming"} for d in c.children):
            return True
    return False


#: subordinators of a clause whose act comes after its main clause's ("days before Abbas visits the Pope")
_AHEAD = frozenset({"before", "until", "till"})


def _ahead_clause(tok: Token) -> bool:
    """Round 29: a present-tense act in a "before"/"until" clause ("The treaty was finalized days before Abbas visits
    Pope Francis", "comes a week before Kerry meets Lavrov") has not happened yet when the report is written: news
    English tells a scheduled act so (the parser may make the clause the root, "days" hanging on it)."""
    return any(c.dep_ == "mark" and c.lower_ in _AHEAD for c in tok.children)


def _shares_head(tok: Token, auxes: list[Token]) -> bool:
    """A conjoined bare verb with no subject or auxiliary of its own: the head's auxiliaries, negation and
    governing cue are its own too."""
    return (tok.dep_ == "conj" and (tok.tag_ == "VB" or perfect_conjunct(tok)) and not auxes
            and tok.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children))


def _governor_cues(st: Standing, tok: Token, gov: Token, lex: EventLexicon) -> None:
    c = lex.cues.get(gov.lemma_.lower()) or lex.cues.get(gov.lower_) or next(
        (lex.cues.get(f"{gov.lemma_.lower()} {p.lower_}") for p in gov.children if p.dep_ == "prt"), None)
    if c == "hypo":
        st.modal = True
    elif c in {"intent", "threat", "demand"}:
        st.cue, st.cue_tok = c, gov
    elif c == "refuse":
        st.cue, st.cue_tok = c, gov
    elif c == "negate" or c == "cancel" and tok.dep_ == "xcomp":
        st.neg, st.cue_tok = True, gov
    if gov.lemma_.lower() == "be":  # "is willing to", "is ready to", "is set to"
        for cc in gov.children:
            if cc.dep_ == "acomp" and lex.cues.get(cc.lower_) == "intent":
                st.cue, st.cue_tok = "intent", cc
            elif cc.dep_ == "acomp" and lex.cues.get(cc.lower_) == "hypo" and tok.dep_ == "ccomp":
                # round 15b: "it is unlikely (doubtful) that Iran will attack": the clause's "will" tells the
                # speaker's odds, not an aim: only possible
                st.modal, st.future = True, False
    if gov.lemma_.lower() == "go" and gov.tag_ == "VBG" and tok.dep_ == "xcomp":  # "is going to"
        st.future = True
    if _be_to(tok, gov):  # round 15: "Pompeo and Baradar were to meet", "the plan is to withdraw": still to come
        st.future = True
    # "no intention of retreating", "never a request for ... to meet": the governor is negated
    # round 22: "were not interested in meeting", "is not ready to talk": the negated copula of an adjective
    if _negated_here(gov) or (gov.dep_ in {"attr", "acomp"} and _negated_here(gov.head)):
        st.neg = True
    if tok.dep_ == "xcomp" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in gov.children):
        st.modal = True  # round 15: "if Iran were to attack": the condition sits on the verb the act completes
    if tok.dep_ == "xcomp" and st.cue is None:
        gaux = [a for a in gov.children if a.dep_ == "aux"]
        st.modal = st.modal or any(_is_modal(a) for a in gaux)
        st.future = st.future or any(a.lower_ in _FUTURE for a in gaux)
    if any(a.dep_ == "aux" and a.lower_ in _MODALS for a in gov.children) and c in {"intent", "demand"}:
        st.modal = True
    if c == "intent" and any(a.dep_ == "aux" and a.lower_ in _POSSIBLE for a in gov.children):
        st.possible = True


def _be_to(tok: Token, gov: Token) -> bool:
    """ "X is to meet Y", "were to meet": "be" with a to-infinitive tells an act arranged or meant, not done; not
    under "if" ("if Iran were to attack": hypothetical), not "is to blame" (an idiom of fault)."""
    return (gov.lemma_.lower() == "be" and tok.dep_ == "xcomp" and tok.lemma_.lower() != "blame"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and not any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in (*gov.children,
                                                                                            *tok.children)))


# Verbs whose object event is only planned, feared, threatened or stopped ("planned an attack")
_OBJECT_CUE_VERBS = frozenset({"plan", "plot", "prepare", "fear", "foil", "thwart", "avert", "prevent", "threaten",
                               "propose", "consider", "seek", "want", "advocate", "urge", "anticipate",
                               "cancel", "scrap", "shelve", "postpone"})


def calls_off(verb: Token) -> bool:
    """ "called off the offensive": "call" with the particle "off" cancels its object (no call for anything)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
#: verbs of waiting for an event ("bracing for attacks", "preparing for talks"): the event is only expected,
#: and the one who waits is no party to it
#: verbs whose "for" phrase names an event awaited or sought, not done ("bracing for attacks"; round 12: "pushing
#: hard for a speedy agreement", "lobbied for sanctions")
ANTICIPATING = frozenset({"brace", "prepare", "wait", "watch", "push", "press", "lobby", "campaign", "strive", "hope",
                          "angle", "clamor", "clamour", "plead", "vie"})


#: verbs whose "against" phrase names a course of action advised against, not done (review 21: "cautioned against a
#: premature withdrawal"; "warn" is a trigger of its own, data/event_senses.tsv)
_ADVISING = frozenset({"argue", "advise", "caution", "counsel", "lobby"})


def awaited_or_advised(node: Token) -> bool:
    """A noun trigger in a "for" phrase of waiting ("bracing for attacks") or an "against" phrase of advice
    ("cautioned against a withdrawal"): only expected or opposed, and the verb's subject is no party to it."""
    if node.dep_ != "pobj":
        return False
    prep, verb = node.head.lower_, node.head.head.lemma_.lower()
    return prep == "for" and verb in ANTICIPATING or prep == "against" and verb in _ADVISING


def nominal_cues(st: Standing, node: Token, gov: Token, lex: EventLexicon) -> None:
    """The standing a noun trigger takes from its own modifier ("a possible attack", "a foiled plot"), from the
    noun it belongs to ("fears of an attack", "the threat of a strike") and from the verb it is the object of
    ("planned an attack", "feared an assault", "an attack was thwarted")."""
    # not "a failed launch" (it took place) nor "a threatened strike" (read by the threat rules)
    words = [c for c in node.children if c.dep_ == "amod" and (lex.cues.get(c.lower_) in {"hypo", "intent"}
                                                              or c.lemma_.lower() in _OBJECT_CUE_VERBS)]
    # not a noun that counts what it names ("a crushing set of economic sanctions": the "quantity" class of
    # data/event_senses.tsv; "set" is a cue only as a verb)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" and not (
            load_senses().word_in("quantity", node.head.head)):
        words.append(node.head.head)
    if gov.i != node.i and node.dep_ in {"dobj", "nsubjpass"} and gov.lemma_.lower() in _OBJECT_CUE_VERBS:
        words.append(gov)  # not "commit": "committing a violation" is doing it
    if gov.i != node.i and node.dep_ in {"dobj", "nsubjpass"} and calls_off(gov):
        st.neg, st.cue_tok = True, st.cue_tok if st.cue_tok is not None else gov  # "called off a strike": never held
    if gov.i != node.i and node.dep_ == "pobj" and node.head.lower_ == "for" and gov.lemma_.lower() in ANTICIPATING:
        st.modal = True  # "bracing for attacks": expected, not told as done
    if gov.i != node.i and node.dep_ == "pobj" and node.head.lower_ == "against" and gov.lemma_.lower() in _ADVISING:
        st.modal = True  # review 21: "argued against a withdrawal": a course of action opposed, not told as done
    if chosen_between(node):
        st.modal = True  # review 24: "choose between a crackdown and ...": an option, not told as done
    if held_open(node):
        st.modal = True  # round 30: "a strike remains on the table if ...": kept open, not told as done
    for w in words:
        c = lex.cues.get(w.lemma_.lower()) or lex.cues.get(w.lower_)
        if c == "hypo":
            st.modal = True
        elif c in {"negate", "cancel"}:
            # "agreed to postpone the demonstration": the agreement above stays the word that governs it
            st.neg, st.cue_tok = True, st.cue_tok if st.cue_tok is not None else w
        elif c in {"intent", "threat", "demand"} and st.cue is None:
            # round 14: "advocated bombing Iran", "urged sanctions": the act is asked for (requested), not told
            st.cue, st.cue_tok = c, w


def _noun_governor(tok: Token) -> Token | None:
    """The verb a noun trigger is an argument of: "announced a suspension", "staged demonstrations"."""
    h = tok
    for _ in range(4):  # through "of" phrases: "a fresh round of talks", "two days of talks"
        if h.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} and h.head.pos_ in {"VERB", "AUX"}:
            return h.head
        if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in {"VERB", "AUX"}:
            # "after an attack", "following the talks": another event, placed in time, not carried
            return None if h.head.lower_ in _TIME_PREPS else h.head.head
        if h.dep_ == "nsubj" and h.head.pos_ in {"VERB", "AUX"}:
            return None
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in {"NOUN", "NUM"}:
            h = h.head.head
            continue
        if h.dep_ == "pobj" and h.head.lower_ == "for" and h.head.head.lemma_.lower() in _WARRANTS:
            h = h.head.head  # "issued a warrant for the arrest of": the warrant carries the arrest
            continue
        if h.head.i == h.i or h.dep_ not in {"conj", "appos", "compound", "amod", "nmod"}:
            return None  # a noun inside another noun's phrase ("strikes following an attack") has no verb
        h = h.head
    return None

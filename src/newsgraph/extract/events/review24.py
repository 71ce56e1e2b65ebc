"""Review of round 24 (start): a time clause's standing, a dangling participle of speech, options chosen between.

The start-of-round review of ten unseen reports found three events told wrongly:

- **A time clause takes no cue of the clause it times.** "While speaking to the driver, a police dog was
  requested": the talk was "requested" because the participle's governor is a verb of demand. A clause of time
  ("while", "when", "after" ...) says when the main act happened; the main verb's demand, intent, threat or refusal
  is not the timed act's (``time_adjunct``).
- **A dangling participle of speech.** In the same sentence the talk's doer was taken from the main clause, whose
  subject is passive (a thing requested). A fronted participle of speaking or meeting hung on a passive clause
  without a "by" agent has an unstated doer (the officers): left empty, never the passive's subject
  (``dangling_speech``). The doer of any other participle ("was wounded while battling police") is kept.
- **An act owned in a plea.** "A Texas man pleaded guilty to threatening to kill Rep. X": the one who pleads,
  admits or confesses to an act did it (``owned_act``); the threat had no actor.
- **Options chosen between.** "Forced to choose between a military crackdown and the city's collapse, the
  president will choose the former": a noun event offered as one side of a choice is not told as done
  (``chosen_between``): hypothetical, as "could" is (docs/events_guidelines.md, section 4).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["time_adjunct", "dangling_speech", "chosen_between", "owned_act"]

# subordinators of time: their clause places the main act in time, it is not the main verb's complement
_TIME_MARKS = frozenset({"while", "whilst", "when", "as", "after", "before", "since", "until", "till", "once"})
# verbs of speaking or meeting whose participle may dangle in a police or court report ("While speaking to ...")
_SPEAKING = frozenset({"speak", "talk", "chat", "meet", "interview", "question", "negotiate", "confer", "consult",
                       "discuss", "visit"})
# words of choosing whose "between" phrase names options, not acts done
_CHOOSING = frozenset({"choose", "decide", "pick", "select", "weigh", "choice", "decision", "option", "options",
                       "dilemma", "trade-off", "tradeoff"})


def time_adjunct(tok: Token) -> bool:
    """``tok`` heads a clause of time ("while speaking to ...", "after meeting ...")."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children)


def dangling_speech(tok: Token, ctrl: Token) -> bool:
    """``tok``, a participle of speaking or meeting fronted before the passive clause ``ctrl`` it hangs on, which
    names no "by" agent: its doer is not the passive's subject (see the module's text)."""
    if tok.dep_ != "advcl" or tok.lemma_.lower() not in _SPEAKING or tok.i > ctrl.i:
        return False
    kids = list(ctrl.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def chosen_between(node: Token) -> bool:
    """The noun trigger ``node`` is one of the options of a choice ("choose between a crackdown and ...")."""
    t = node
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "between":
        return False
    return t.head.head.lemma_.lower() in _CHOOSING or t.head.head.lower_ in _CHOOSING


# verbs of owning an act: their "to" gerund is the subject's own act ("pleaded guilty to threatening", "admitted to
# taking bribes", "confessed to killing")
_OWNING = frozenset({"plead", "admit", "confess"})


def owned_act(tok: Token) -> Token | None:
    """The verb of pleading, admitting or confessing whose "to" phrase holds the gerund ``tok``, else None."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ != "to":
        return None
    verb = tok.head.head
    if verb.lower_ == "guilty" and verb.dep_ == "acomp":  # "pleaded guilty to threatening": the parser's reading
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "pleaded not guilty to ...": the act is denied, its doer not owned
        verb = verb.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb if verb.lemma_.lower() in _OWNING and verb.pos_ in {"VERB", "AUX"} else None

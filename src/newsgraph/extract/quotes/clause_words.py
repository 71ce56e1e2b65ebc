"""Word tables and clause tests that the indirect-quote finder (``indirect``) reads.

Moved whole from ``indirect`` (round 25 tidying, no rule changed): what a noun of argument made, a clause that
only sets the scene, a complementizer, the agent of a passive verb, and the verbs of regarding and of address.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["ADDRESS", "CLAUSAL_SETTING", "COMPLEMENTIZERS", "MADE_CLAUSES", "MADE_REACH",
           "QUESTION_WORDS", "REGARDING", "WRITERS", "agent", "argued", "complementized", "setting"]

COMPLEMENTIZERS = frozenset({"that", "whether", "if"})

# The clause "made clear" reports hangs on the adjective or on "make"; a that-clause at most this far after the
# adjective is looked for when the parser hung it elsewhere.
MADE_CLAUSES = frozenset({"ccomp", "advcl", "csubj"})


def argued(noun: Token, clause: Token) -> Token | None:
    """What a noun of argument made ("the case", "the point", "the claim") reports: its own that-clause when the
    parser gave it one ("made the absurd claim that ..."), else the clause found after it unless that clause only
    frames the making: a participle or a subordinate clause ("made that point as he left", "make ISIS's point for
    them, giving the impression ..."; round 13 integration). Infinitives stay ("made the case to 'Afghanize' ...",
    "made the case for Congress to act")."""
    own = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if own is not None:
        return own
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    if any(m not in ("that", "for") for m in marks) or (not marks and clause.tag_ == "VBG"):
        return None
    return clause


MADE_REACH = 10

# Clauses the parser may hang before a parenthetical cue's subject though they belong to the words reported.
CLAUSAL_SETTING = frozenset({"advcl", "ccomp", "csubj"})


def setting(clause: Token) -> bool:
    """A clause before a verb that also governs a "that"-clause after it is the narrator's setting when it has a
    subject of its own and no "so"/"such" that the "that"-clause completes ("Some attacks are so derisive, he
    said, that ..." is one statement around its cue)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and \
        not any(t.lower_ in ("so", "such") for t in clause.subtree)


def complementized(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children)


# The writer's own pronouns outside quoted words
WRITERS = frozenset({"i", "we", "you"})
# The words that open a reported question
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "whom", "whose", "which"})
# Verbs of regarding and naming, and of forecasting: in the passive with no agent ("Kim, who is seen as his
# right-hand man", "is known for", "is expected to visit Paris") they describe someone or forecast, and nobody is
# reported as saying it; "has been charged with fraud" with no agent is a legal act, no one's words (round 12)
REGARDING = frozenset({"see", "view", "regard", "consider", "know", "refer", "deem", "perceive", "dub", "label",
                        "brand", "describe", "call", "name", "nickname", "think", "believe",
                        "expect", "anticipate", "forecast", "project", "predict", "charge", "indict"})
# Verbs whose object is the person spoken to ("asked Norquist to ...")
ADDRESS = frozenset({"ask", "tell", "urge", "warn", "remind", "inform", "assure", "advise", "instruct", "order",
                      "thank", "congratulate", "call", "email", "text", "write", "beg", "press", "question"})


def agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None

"""Round 33 (evprec, issue 19): a plan a party tells of itself in reported speech ("Zarif said he would on Wednesday
meet the foreign ministers", "she told reporters they would hold talks in Geneva"). Reported speech moves "will" to
"would": the act is the teller's stated intent, not a possibility (planned talks were shown as hypothetical).

Only a pronoun subject (the teller or its side), a verb of telling of class ``plan_telling`` (data/event_senses.tsv)
as the head, and no condition ("if", "unless", "otherwise", "would have") in the clause: "experts said a strike
would kill thousands" (a forecast by others) and "he said he would meet them if ..." stay hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from .open_options import conditioned
from .senses import load_senses

__all__ = ["mandated", "told_plan", "unconditioned"]

_WOULD = frozenset({"would", "'d", "\u2019d"})
# third person only: reported speech shifts the teller to it; a first person's "would" is the teller's own words
# ("Trump said: \"I'd meet with Rouhani anytime\"", a willingness: round 15 keeps it hypothetical)
_SELF = frozenset({"he", "she", "they"})
_CONDITIONS = frozenset({"if", "unless", "otherwise", "whether", "provided", "should"})


def told_plan(tok: Token) -> bool:
    """``tok`` is a verb under "would" in the "that" clause of a verb of telling, its subject a personal pronoun,
    with no condition in the clause nor a perfect "would have"."""
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    # "he'd" is "would" only before a bare verb ("he'd spoken to Moniz" is "had", a past act; round 15's rule)
    if not any(a.lower_ == "would" or a.lower_ in _WOULD and tok.tag_ == "VB" for a in auxes) or any(
            a.lemma_.lower() == "have" for a in auxes):
        return False
    if tok.dep_ != "ccomp" or not load_senses().word_in("plan_telling", tok.head):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in tok.children):
        return False
    return unconditioned(tok)


def unconditioned(tok: Token) -> bool:
    """No condition on the reported verb ``tok`` nor on its verb of telling (shared with announced.py)."""
    if conditioned(tok) or conditioned(tok.head):  # "would meet them if the talks went well" (the shared test)
        return False
    # a condition the parser hung elsewhere ("would destroy their economy should it harm the Kurds", "provided",
    # "otherwise") keeps it possible: any such word after the trigger in its sentence
    after = tok.doc[tok.i:tok.sent.end]
    return not any(t.lower_ in _CONDITIONS for t in tok.subtree) and not any(t.lower_ in _CONDITIONS for t in after) \
        and not any(c.dep_ == "advcl" for c in tok.head.children if c.i > tok.i)


def mandated(tok: Token) -> bool:
    """``tok`` is the bare verb of a subjunctive "that" clause under a verb of class ``mandating`` ("insisted that
    North Korea accept verification"): the act is what the main clause's side asks of another (issue 19: such a
    condition was shown as the other side's own agreement). A verb with an auxiliary or a tense ("insisted that
    Iran had accepted") is told as done and left alone."""
    if tok.dep_ != "ccomp" or tok.tag_ not in {"VB", "VBP"} or not load_senses().word_in("mandating", tok.head):
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in tok.children):
        return False
    # a bare verb after a singular subject ("that North Korea accept") is the subjunctive, whatever the tagger says;
    # after a plural one ("that the troops withdraw") only a bare-verb tag tells it from the present
    return any(c.dep_ == "nsubj" and (c.tag_ in {"NN", "NNP"} or tok.tag_ == "VB" and c.tag_ in {"NNS", "NNPS"})
               for c in tok.children)

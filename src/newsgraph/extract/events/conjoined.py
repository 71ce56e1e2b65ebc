"""A verb conjoined to another event's verb shares that verb's clause (round 23, issue 19 recall).

"He said the United States condemned the renewal of the law and urged respect for basic rights": the
confidence feature ``root`` holds for "condemned" (a censure a verb of saying reports is the report's main
predication, ``recall.reported_censure``) but not for "urged", a conjunct with no subject of its own: the
two verbs are one clause's predications, told alike. So a subjectless verb conjunct of a candidate that holds
``root`` is scored as holding it too, when both are told the same way (same modality). Nothing else about the
conjunct's score changes; the guidelines' caps still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from .triggers import Found

__all__ = ["shared_clause"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _bare_conjunct(f: Found) -> bool:
    """A verb trigger that is a conjunct of another verb and has no subject of its own."""
    t = f.trigger
    return (not f.nominal and f.derived_from is None and t.dep_ == "conj" and t.pos_ == "VERB"
            and t.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in _SUBJECTS for c in t.children))


def shared_clause(found: list[Found], score: Callable[[dict[str, float]], float],
                  cap: Callable[[float, dict[str, float]], float]) -> None:
    """Give each bare verb conjunct the ``root`` of the candidate at its head verb and score it again."""
    by_tok = {f.trigger.i: f for f in found if not f.nominal and f.derived_from is None}
    for f in found:
        if not _bare_conjunct(f) or f.features.get("root") or "root" not in f.features:
            continue
        head = by_tok.get(f.trigger.head.i)
        if head is None or not head.features.get("root") or head.modality != f.modality:
            continue
        f.features = {**f.features, "root": 1.0}
        f.confidence = cap(score(f.features), f.features)

"""A speaker's own report set inside another's reported clause (round 34, issue 18).

"Lynch said the demands erase barriers, though she noted clients want diverse teams": the parser hangs the
"though" clause on the reported verb ("erase"), so the whole of it read as Lynch's first report and the clause of
"noted" was dropped as nested. A clause opened by a concessive or temporal word ("though", "although", "while",
"whereas") with its own subject and verb of saying is a second report of its own subject: the first report ends
before it, and the second comes out in its turn with its own speaker.

'While he acknowledged funding was the reason, Ham also noted ...': here the parser gave the "while" verb no
complement and made its clause a modifier inside the words after it ("funding was ..."), so those words read as
Ham's, the report of "noted". They are the report of the fronted verb: its subject speaks them.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

__all__ = ["fronted_report", "inner_report_start"]

# the words that open a clause set beside the main report, not inside what it says
_MARKS = frozenset({"though", "although", "while", "whereas"})
# what a verb of saying reports through
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


def _own_report(v: Token, verbs: Collection[str]) -> Token | None:
    """The subject of ``v`` when ``v`` is a verb of saying in a clause opened by one of ``_MARKS`` that has its own
    subject (a person or group speaking, never a "there" or "it")."""
    if v.dep_ != "advcl" or not v.tag_.startswith("VB") or v.lemma_.lower() not in verbs:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _MARKS for c in v.children):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that"):
        return None
    return subj


def inner_report_start(doc: Doc, s: int, e: int, verbs: Collection[str]) -> int | None:
    """Where the reported clause [s, e) gives way to a second report set at its end (", though she noted that
    ..."): the token where the first report's words stop, or None. The second report must say something of its
    own (a clause or object of its verb) and run to the end of [s, e)."""
    for i in range(s + 2, e):
        v = doc[i]
        if _own_report(v, verbs) is None or not any(c.dep_ in _CONTENT_DEPS for c in v.children):
            continue
        lo = v.left_edge.i
        if lo <= s + 1 or v.right_edge.i + 2 < e:
            continue
        while lo > s and (doc[lo - 1].is_punct or doc[lo - 1].lower_ in ("and", "but", "even")):
            lo -= 1
        return lo if lo - s >= 2 else None
    return None


def fronted_report(doc: Doc, s: int, e: int, verbs: Collection[str]) -> tuple[Token, Token] | None:
    """(verb, subject) when the clause [s, e) opens with a "while"/"though" verb of saying that the parser left
    with no words of its own, inside the clause that are in truth its words ("While he acknowledged funding was
    ..."), or None."""
    first = doc[s]
    if first.dep_ != "mark" or first.lower_ not in _MARKS:
        return None
    v = first.head
    if not s < v.i < min(e, s + 6):
        return None
    subj = _own_report(v, verbs)
    if subj is None or any(c.dep_ in _CONTENT_DEPS for c in v.children):
        return None
    # the verb's phrase is the opening words only, ending with the verb ("Though Republicans boast of X, there
    # is ..." has words of its own, and the clause after it is another's), and its head follows inside [s, e)
    if v.right_edge.i != v.i or v.i + 1 >= e or not v.i < v.head.i < e:
        return None
    return v, subj

"""Round 37 (issue 18, "speaker empty though the source is named in the line before"): a paragraph that is only
"According to X:" hands the quoted paragraph after it to X.

Blog-style reports set an outlet's or office's words apart as their own paragraph after a lead line: 'According
to the agency:' and then the quoted passage. A lead line that ends with a colon was read for a verb of speech
(``sentence_cue``) or for a subject or bare name (``colon_intro``); "according to" is neither (the tagger makes
"According" a verb with no subject), so the passage kept no speaker although the line names its source. Only a
line that is the phrase alone is read: one with a clause of its own ("According to X, the talks failed:") has its
own subject or verb to go by, and is left to those rules.
"""

from __future__ import annotations

from spacy.tokens import Span

from .cues import Attr, np_span
from .unsaid import in_keeping

__all__ = ["according_line"]


def according_line(sent: Span) -> Attr | None:
    """The source that a line reading "According to X:" (nothing else) names, with "according to" as the cue."""
    toks = [t for t in sent if not t.is_space and not t.is_punct or t.text == ":"]
    if len(toks) < 4 or toks[0].lower_ != "according" or toks[1].lower_ != "to" or toks[-1].text != ":":
        return None
    obj = next((c for c in toks[1].children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or in_keeping(obj):  # ("According to plan:")
        return None
    start, end = np_span(sent.doc, obj)
    if start != toks[2].i or end != toks[-1].i:
        return None  # the object must be all the line holds between "to" and the colon
    return Attr(toks[0].i, toks[1].i + 1, (start, end))

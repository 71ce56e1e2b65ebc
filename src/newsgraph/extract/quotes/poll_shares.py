"""Poll shares as holders (issue 18, round 24): "About 4 in 10 say ...", "62 percent of voters believe ...",
"after half said so", "Two-thirds support reducing ...".

A share of people polled holds the view told after a verb of saying, believing or backing. PolNeAR marks the share
phrase as the Source; :mod:`.at_large` left such shares nobody's (a share is no person the entity layer names,
and naming it as a speaker lowered speaker accuracy in round 19, when the poll was taken as the holder). Here the
share phrase, read off the words before the verb rather than the parse (which often hangs "4 in 10" on the verb
as a number), is ``speaker_name`` with no entity, and the record is kind ``stance``: stored, never listed, as
for other holders at large. Only a phrase that is a share as a whole counts ("Four people were killed, police
say", "The majority leader said" are no shares); a negated verb, a clause another pass already attributes and
words inside quotation marks are left alone. Words: ``data/quote_poll_shares.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text, in_content
from .arrays import sent_of, tokens_of, tokens_with_pos
from .at_large import _quoted

__all__ = ["share_heads", "share_phrase", "share_quotes"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    rows = read_tsv("quote_poll_shares.tsv")
    verbs = frozenset(r[1] for r in rows if r[0] == "verb")
    shares = "|".join(re.escape(r[1]) for r in rows if r[0] == "share")
    num = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:[- ][a-z]+)?)"
    hedge = r"(?:about|nearly|almost|roughly|around|approximately|more than|less than|fewer than|over|under|" \
        r"only|just|at least|at most|close to|a|an|the|one|two|slim|narrow|clear|large|vast|overwhelming|bare)"
    core = rf"(?:{num}\s+(?:in|out of)\s+(?:\d+|ten)|{num}\s*(?:percent|per cent|%)|(?:{num}[- ])?(?:{shares}))"
    tail = r"(?:\s*,?\s+(?:of|among|in|across|who|polled|surveyed)\b.*|\s+the\s+\w+.*)?"
    return verbs, re.compile(rf"(?:{hedge}\s+){{0,3}}{core}{tail}", re.IGNORECASE)


def share_heads() -> frozenset[str]:
    """The words that head a share of a group on their own ("half", "majority", "two-thirds"): the `share` rows of
    data/quote_poll_shares.tsv, also read by :mod:`.survey_shares`."""
    return _share_heads()


@lru_cache(maxsize=1)
def _share_heads() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_poll_shares.tsv") if r[0] == "share")


# words that end the stretch before the verb: the share starts after them ("after half said so")
_STOPS = frozenset({",", ";", ":", "after", "while", "but", "and", "as", "when", "because", "though", "although",
                    "whereas", "that", "\u2014", "--", "(", "\u201c", '"'})
# words between the share and the verb that leave it the verb's subject ("would support", "also say")
_AUX = frozenset({"would", "will", "also", "still", "now", "strongly", "generally", "overwhelmingly", "do", "did",
                  "does", "could", "might"})
_NOT = frozenset({"not", "n't", "never"})
# what a verb governs that tells the view ("call him competent", "said so", "support a ban", "say they want")
_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "oprd", "attr", "acomp"})

# the parts of speech a verb of the list is read with (the tagger's NOUN included)
_SHARE_POS = frozenset({"VERB", "AUX", "NOUN"})


def share_phrase(verb: Token) -> tuple[int, int] | None:
    """Token bounds [lo, hi) of the share of people before ``verb`` ("About 4 in 10", "62 percent of voters"),
    or None when the words before it are no share as a whole."""
    first = sent_of(verb).start
    toks = tokens_of(verb.doc)  # (read from the one token list of the Doc: called for each verb, issue 18)
    i = verb.i - 1
    while i >= first and toks[i].lower_ in _AUX | _NOT:
        i -= 1
    hi, lo = i + 1, i + 1
    while lo > first and toks[lo - 1].lower_ not in _STOPS:
        lo -= 1
    if lo >= hi or any(toks[k].lower_ in _NOT for k in range(hi, verb.i)):
        return None
    phrase = verb.doc[lo:hi].text
    return (lo, hi) if _words()[1].fullmatch(phrase) else None


def _content(verb: Token) -> tuple[int, int] | None:
    """Token bounds [lo, hi) of what ``verb`` governs on its right ("so" after "said" too)."""
    kids = [c for c in verb.rights if c.dep_ in _CONTENT or c.dep_ == "advmod" and c.lower_ == "so"]
    if not kids:
        return None
    lo, hi = min(c.left_edge.i for c in kids), max(c.right_edge.i for c in kids) + 1
    while hi > lo and verb.doc[hi - 1].is_punct:
        hi -= 1
    return (lo, hi) if lo > verb.i and hi > lo else None


def share_quotes(doc: Doc, taken: list[Quote]) -> list[Quote]:
    """One stance per verb of the list whose subject is a share of people (see the module's docstring); none
    where ``taken`` already overlaps the content or the share."""
    verbs = _words()[0]
    out: list[Quote] = []
    for verb in tokens_with_pos(doc, _SHARE_POS):
        # (a participle is no holder's clause: "with 43% supporting involvement and 40% opposing it" splits the
        # public and holds no stance, as round 15 decided)
        if verb.lemma_.lower() not in verbs or \
                not verb.tag_.startswith("VB") or verb.tag_ == "VBG":
            continue
        holder, content = share_phrase(verb), _content(verb)
        if holder is None or content is None or _quoted(verb):
            continue
        h, c = doc[holder[0] : holder[1]], doc[content[0] : content[1]]
        start, end = c.start_char, c.end_char
        if not in_content(doc, h.start_char, end) or any(
                q.start < end and start < q.end or q.start < h.end_char and h.start_char < q.end
                for q in taken + out):
            continue
        rec = Quote(id="", text=doc_text(doc)[start:end], kind="stance", start=start, end=end, cue=verb.text,
                    cue_start=verb.idx, cue_end=verb.idx + len(verb))
        rec.speaker, rec.speaker_name = None, h.text
        rec.speaker_start, rec.speaker_end = h.start_char, h.end_char
        out.append(rec)
    return out

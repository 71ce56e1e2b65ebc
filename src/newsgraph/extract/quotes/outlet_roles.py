"""Round 37 (issue 18, review S): a news outlet that only carried the words is no speaker of them.

A quote's speaker may resolve to an outlet (``data/outlets.tsv``) although the outlet said nothing:
- the mention is a common noun that cannot stand for an outlet ("The kingdom's statement warned ...", '"...," the
  statement said' after "CBP told The Associated Press") that the resolver linked to the outlet which received or
  printed the words;
- the mention names the outlet in a role that is not the speaker's: the translator or interviewer ("a translation
  by the Times"), or the subject of a relative clause inside the true subject ("None of the experts CNN spoke to
  believes ..."). An outlet told ("told Reuters") is left alone: PolNeAR marks that channel as the Source.
Such a speaker is left empty: an empty speaker beats a wrong one (a description keeps its mention, as
``document_issuers`` does for a bare "the statement"). "According to Reuters", "Reuters reported" and
"the Post said" keep the outlet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lexicon import outlet_of
from ...record import Quote
from .._doc import entity_by_id
from .afterpass import verb_at
from .arrays import expand_span

__all__ = ["settle_outlet_roles"]

# nouns that can stand for an outlet or its work ("the paper said", "according to the report"); any other common
# noun ("the statement", "the kingdom's statement", "the minister") names someone other than the outlet
_OUTLET_NOUNS = frozenset({
    "paper", "newspaper", "report", "article", "agency", "network", "broadcaster", "outlet", "service", "piece",
    "story", "channel", "station", "site", "website", "magazine", "publication", "daily", "tabloid", "editorial",
    "journal", "column", "investigation", "analysis", "program", "programme", "show", "broadcast", "company",
    "organization", "organisation", "group", "newsroom", "board", "reporting", "review", "times", "post", "wire",
})
# nouns after which "by <outlet>" names who rendered or asked, not who spoke
_RENDER_NOUNS = frozenset({"translation", "interview", "transcript"})


def _is_outlet_speaker(q: Quote, ents: dict[str, dict]) -> bool:
    ent = ents.get(q.speaker or "")
    names = [q.speaker_name or ""]
    if ent is not None:
        names += [ent.get("name") or ""]
    return any(outlet_of(n) for n in names if n)


def _other_description(span: Span) -> bool:
    """The mention is a common noun that cannot stand for an outlet ("the kingdom's statement", "the statement")."""
    root = span.root
    if root.pos_ != "NOUN" or root.lemma_.lower() in _OUTLET_NOUNS or outlet_of(span.text):
        return False
    # "a tally by the Associated Press", "the network's statement": the outlet named inside the mention
    parts = (doc_span(t) for t in root.subtree if t.dep_ in ("pobj", "poss", "compound") and t.i != root.i)
    return not any(outlet_of(p.text) or outlet_of(p.text.removesuffix("'s").removesuffix("’s")) for p in parts)


def doc_span(tok: Token) -> Span:
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1]


def _carrier_role(who: Token, verb: Token | None) -> bool:
    """The outlet's mention is the translator or interviewer, or a relative clause's subject inside the subject.

    The outlet told ("told Reuters", "in an interview with the agency") is left alone: PolNeAR marks such a channel
    as the Source, and clearing it cost 3 PolNeAR tune speakers with no READ report mended (r37-qout)."""
    head = who.head
    if who.dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() in _RENDER_NOUNS
    if who.dep_ != "nsubj" or verb is None or head.i == verb.i:
        return False
    # "the experts CNN spoke to believes": a relative clause, or read as a verb with two subjects
    return head.dep_ == "relcl" or any(t.dep_ == "nsubj" and t.i < who.i for t in head.children)


def settle_outlet_roles(doc: Doc, out: list[Quote]) -> None:
    """Leave empty the speaker of each quote whose outlet speaker only carried the words (see above)."""
    ents = entity_by_id(doc)
    for q in out:
        if q.speaker_start is None or q.speaker_end is None or not _is_outlet_speaker(q, ents):
            continue
        span = expand_span(doc, q.speaker_start, q.speaker_end)
        if span is None:
            continue
        if _other_description(span):
            # the mention stays (PolNeAR marks "the statement" itself as the Source); the outlet goes
            q.speaker = q.speaker_name = q.affiliation = None
        elif _carrier_role(span.root, verb_at(doc, q.cue_start, q.cue_end)):
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None

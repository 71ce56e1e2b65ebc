"""Only report text, and each event once (docs/events_guidelines.md, sections 5 and 6).

* Sentences come from body paragraphs and from headings before the first body paragraph (a lead or a
  summary line); a heading after the body started is a section or promo heading. Promo lines kept as body
  ("READ MORE: ...", "WATCH: ...", an embedded tweet's signature, a caption pasted into a paragraph, an
  author's bio), the unpunctuated headline lines that follow a promo, and a paragraph that is one short
  question in no quotation marks (a section heading kept as body) never yield events.
* One event told twice (headline and lead, caption and body, lead and recap) is one event: a later event
  of the same type whose parties agree with an earlier one (the same, or none named) and whose time does
  not differ is merged into the first; its extent goes to the first event's ``spans``. Where only one of the
  two is dated, two named doers of a one-sided act must share one by entity or name, not only a country (round 14).
  Two verbs of one family ("charges X" ... "X is accused of"; "attacked" ... "wounded") tell one act as the same
  word does, where no place differs and a named party is shared; a target that is only a count ("seven were
  injured") names nobody, and such a telling folds only into the one earlier act of its type; a telling marked
  as a new act ("attacked again") is never folded (round 17, issue 19 item 4).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...record import EVENT_MIN_CONFIDENCE, Event, EventSpan, Party
from .alleged import same_standing
from .captions import credited_caption, prose_main_verb
from .senses import load_senses
from .tellings import count_only, same_family

__all__ = ["report_sentences", "is_promo", "merge_duplicates", "heading_ranges"]

_PROMO_WORDS = (r"(?:READ(?: MORE)?|WATCH|SEE ALSO|RELATED|MORE(?: ON THIS| FROM)?|ALSO READ|CLICK|SIGN UP|SUBSCRIBE"
                r"|FOLLOW|BREAKING|LISTEN|PHOTOS?|VIDEO|SLIDESHOW"
                # round 20: an editor's note says what an earlier version got wrong ("Correction: An earlier
                # version said X is financing Y"): nothing in it is told as done
                r"|CORRECTION|CLARIFICATION|EDITOR['’]S NOTE)")
# a promo label is in capitals ("READ MORE ...") or closed by a colon, bar or arrow ("Related: ...", "Watch |");
# a sentence that only begins with the word ("More than 76,000 migrants were apprehended", "Video shows ...")
# is report text (round 11: such a lead lost its event)
_PROMO = re.compile(
    r"^\s*(?:" + _PROMO_WORDS + r"\b|(?i:" + _PROMO_WORDS + r")\s*[:|»>–—]|(?i:Skip (?:Twitter|Facebook|Instagram) post"
    r"|You might also|Click (?:here|for)|Sign up|Read more|See also|Also read|More (?:from|on this)|Breaking news)\b)"
)
# a tweet's signature ("— Name (@handle) April 20, 2018"), a pasted caption ("| AP Photo"), a credit
_EMBED = re.compile(
    r"\(@\w+\)\s+\w+ \d{1,2}, \d{4}|\|\s*(?:AP|Getty|Reuters|AFP)\b|Image copyright|Photo(?:graph)?:|"
    r"\b(?:can be (?:contacted|reached) at|follow (?:him|her|them|us) on (?:Twitter|Facebook))",
    re.IGNORECASE,
)
# round 32: an outlet's own promo in brackets ("( Also on POLITICO: X calls out Y on Z)"): another report's headline
_ALSO_ON = re.compile(r"^\s*\(?\s*Also (?:on|from) [A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,2}\s*:")
_CLOSING = tuple('.!?"\'”’)…')
# a paragraph that is one short question and nothing else, in no quotation marks: a section heading the
# cleaner kept as body ("Why might X appeal to Y?", "A clearer picture?"); it asks, it reports nothing
_QUESTION_HEADING = re.compile(r'^[^"“”.!?\n]{2,120}\?$')
# a wire photo caption kept as body: a present-tense scene verb and a full date closing the sentence
# ("Vice President Mike Pence speaks after a meeting with ... at the White House in Washington, D.C.,
# January 9, 2019."); report prose tells past events in the past tense
_MONTHS = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_CAPTION = re.compile(
    r"\b(?:speaks|talks|gestures|looks on|looks|arrives|listens|waves|walks|stands|attends|delivers|sits|"
    r"poses|smiles|reacts|leaves|departs|greets|shakes|salutes|prays|pauses|answers|testifies|addresses|"
    # round 20: a leader met or visiting in a photo ("X (left) meets with Y in Manhattan, April 22, 2016.")
    r"meets|visits|inspects)\b"
    r".*,\s+" + _MONTHS + r" \d{1,2}, (?:19|20)\d\d\.?\s*$")
# what a caption's sentence (stripped) ends with: tried first, as the caption pattern backtracks over the
# whole sentence from each scene verb
_YEAR_END = re.compile(r"(?:19|20)\d\d\.?$")


def _caption(body: str) -> bool:
    """``body`` (a stripped sentence) is a wire photo caption."""
    return bool(_YEAR_END.search(body[-8:])) and bool(_CAPTION.search(body))


#: types whose parties act together: the actor/target split of a telling is the report's word order
_SYMMETRIC = frozenset({"CONSULT", "COOPERATE"})


def is_promo(text: str) -> bool:
    """A promo, credit or embed line that yields no events."""
    return bool(_PROMO.match(text) or _EMBED.search(text) or _ALSO_ON.match(text))


def _report_paragraphs(doc: Doc, text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    body_seen = after_promo = False
    pars = doc._.newsgraph_paragraphs
    # a question on its own is a heading only where the cleaner told paragraphs apart
    headed = pars is not None and len(pars) > 1
    if pars is None:  # a Doc that did not go through newsgraph_clean: one body paragraph
        pars = [(0, len(text), "body")]
    for s, e, kind in pars:
        chunk = text[s:e].strip()
        if kind not in ("body", "heading") or is_promo(chunk) or headed and _QUESTION_HEADING.match(chunk) or (
                credited_caption(chunk)):
            after_promo = after_promo or kind == "related" or is_promo(chunk)
            continue
        if kind == "heading" and body_seen:
            continue
        if after_promo and not chunk.endswith(_CLOSING):
            continue  # a headline listed under "READ MORE:"
        after_promo = False
        body_seen = body_seen or kind == "body"
        out.append((s, e))
    return out


def heading_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the article's heading paragraphs (a headline tells events tersely)."""
    return [(s, e) for s, e, kind in doc._.newsgraph_paragraphs or [] if kind == "heading"]


def report_sentences(doc: Doc, text: str) -> list[Span]:
    """The sentences of report text (a sentence's span may carry its paragraph's trailing blanks)."""
    pars = _report_paragraphs(doc, text)
    out = []
    for sent in doc.sents:
        # the sentence's words without its blank tokens, read off the text (a token walk cost 5% of events)
        seg = text[sent.start_char:sent.end_char]
        body = seg.strip()
        if not body:
            continue
        lo = sent.start_char + (len(seg) - len(seg.lstrip()))
        hi = lo + len(body)
        if any(s <= lo and hi <= e for s, e in pars) and not _EMBED.search(body) and not (
                _caption(body) and not prose_main_verb(sent)):
            out.append(sent)
    return out


def _thing_named(name: str) -> bool:
    """Round 23: a party headed by a word for a stance, a plan or a statement ('his "tough on China" stance') is a
    thing, no doer: the country word inside it (its entity and code) is no evidence that a later telling by that
    country ("Beijing also wants ...") is the same act."""
    words, prefixes = load_senses().classes.get("statement", (frozenset(), ()))
    last = name.lower().rstrip("\"'”’ ").split()[-1:]
    return bool(last) and (last[0] in words or last[0].startswith(prefixes))


def _keys(parties: list, counts: bool = True) -> set[str]:
    """Entity ids and codes: "the Pentagon" and "the United States" are the same actor (USA) here. Without
    ``counts``, a party that is only a count is left out: a later "seven were injured" names nobody (an earlier
    "killed three people" keeps its count, so that it does not become a nameless act that absorbs others)."""
    out: set[str] = set()
    for p in parties:
        if not counts and count_only(p.name, p.entity, p.code):
            continue
        if _thing_named(p.name):  # round 23: only its own words make it the same party
            out.add(p.name.lower())
            continue
        out.add(p.entity or p.name.lower())
        if p.code:
            out.add(p.code)
    return out


def _other_doer(first: Event, later: Event) -> bool:
    """Both tellings name a doer, and no doer of one is a doer of the other by entity and name (a shared country
    code is not the same doer here)."""
    fa = {(p.entity, p.name.lower()) for p in first.actors}  # "the German foreign minister" and "the German
    la = {(p.entity, p.name.lower()) for p in later.actors}  # defense minister" share the entity of "German" only
    return bool(fa) and bool(la) and not fa & la


def _other_sides(first: Event, later: Event) -> bool:
    """Round 24 (issue 19 item 4): both tellings name doers, none the same by entity or name, and the two sides'
    doers are of sectors the other side has none of (a rebel spokesman, the army): a shared country code is then
    no evidence of one doer. A doer with no sector (a state itself: "the United States" ... "the Pentagon") may
    still be told again by its organs. Who met whom is one set (symmetric types keep their rule)."""
    if first.type in _SYMMETRIC or not first.actors or not later.actors:
        return False
    if {p.entity or p.name.lower() for p in first.actors} & {p.entity or p.name.lower() for p in later.actors}:
        return False
    fs, ls = {p.sector for p in first.actors}, {p.sector for p in later.actors}
    return None not in fs and None not in ls and not fs & ls


def _two_pairs(first: list, later: list) -> bool:
    """Both tellings of a meeting name two or more sides and each names one the other lacks: two meetings."""
    if len(first) < 2 or len(later) < 2:
        return False
    fk, lk = _keys(first, counts=False), _keys(later, counts=False)
    return any(not _keys([p], counts=False) & fk for p in later) and any(not _keys([p], counts=False) & lk for p in first)


def _agree(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _decision_and_act(first: Event, later: Event) -> bool:
    """Round 23, wave 2: "he was cancelling a visit to Turkey" ... "I have decided to cancel my visit to Turkey": a
    decision told beside the act it decides (the same word) with the same named doer and the same named target
    is one event, whichever is told first (guidelines section 6, "Round 23, wave 2")."""
    if {first.modality, later.modality} != {"asserted", "intended"}:
        return False

    def named(parties: list[Party]) -> set[str]:  # by entity or name: a shared country code is no same doer
        return {p.entity or p.name.lower() for p in parties}

    return bool(named(first.actors) & named(later.actors)) and bool(named(first.targets) & named(later.targets))


def _same(first: Event, later: Event, retold: bool, kin: bool = False, decided: bool = False) -> bool:
    """``retold``: the later trigger is the same word as the first's, or one of the two is a noun; ``kin``: the
    two are only verbs of one family, and a shared named party must then make them one act (an empty party is
    no evidence: "The indictment charges ..." does not absorb "Four Iranians are accused of ..."); ``decided``:
    the same verb, one telling of which is a decision ("decided to cancel")."""
    standing = same_standing(first.modality, later.modality) or decided and _decision_and_act(first, later)
    if first.type != later.type or not standing or not retold:
        return False
    if first.time and later.time and first.time != later.time:
        return False
    if first.place and later.place and first.place != later.place:
        return False  # "attacked the consulate in Basra" ... "attacked a market in Mosul": two places, two acts
    if bool(first.time) != bool(later.time) and first.type not in _SYMMETRIC and _other_doer(first, later):
        # one telling dated, the other not: an empty time is no evidence of the same act (it may have been left
        # empty as another clause's), and a shared country is no evidence of the same doer ("Trump's skepticism"
        # does not absorb "Bolton clashed with the president"; round 14)
        return False
    if _other_sides(first, later):
        return False
    fa, la = _keys(first.actors), _keys(later.actors, counts=False)
    ft, lt = _keys(first.targets), _keys(later.targets, counts=False)
    if first.type in _SYMMETRIC:
        if fa & la and ft and lt and not ft & lt:
            return False  # "Obama shook hands with Castro" ... "Obama also shook hands with Rousseff": two meetings
        if _two_pairs(first.actors + first.targets, later.actors + later.targets):
            return False  # "Obama and Abbas met" ... "when he met Netanyahu": two pairs, two meetings (round 34)
        # "Trump and Moon had been meeting" ... "after talks with Mr. Moon": who met whom is one set
        fa, ft = fa | ft, set()
        la, lt = la | lt, set()
    if kin:
        return _agree(fa, la) and _agree(ft, lt) and bool(fa & la or ft & lt)
    if not (fa or ft or la):
        return True  # "the bombing" ... "the explosions wounded dozens of Americans"
    if not (fa or ft) and (la or lt):
        return False  # a nameless event does not absorb a later one that names its parties
    return _agree(fa, la) and _agree(ft, lt) and (bool(fa & la) or bool(ft & lt) or not (la or lt))


def _told_again(first: Event, lem: str, nom: bool, later: Event, lemma: str, nominal: bool,
                decisions: frozenset[int] = frozenset()) -> bool:
    """The later trigger may tell the first's act again: the same word, a noun on either side, or two verbs of
    one family ("charges" ... "is accused of") that share a named party. ``decisions``: ids of the events told
    as decided ("decided to cancel")."""
    if lem == lemma or nom or nominal:
        decided = lem == lemma and not (nom or nominal) and (id(first) in decisions or id(later) in decisions)
        return _same(first, later, True, decided=decided)
    return same_family(lem, lemma) and _same(first, later, True, kin=True)


def _named_doers(events: list[tuple[Event, str, bool, bool, bool, bool]]) -> dict[str, list[set[str]]]:
    """The named doers of each event type in the report (a count is no doer)."""
    out: dict[str, list[set[str]]] = {}
    for ev, *_rest in events:
        keys = _keys(ev.actors, counts=False)
        if keys:
            out.setdefault(ev.type, []).append(keys)
    return out


def _sole_doer(first: Event, later: Event, doers: dict[str, list[set[str]]]) -> bool:
    """Round 24 (issue 19 item 4): a telling with no doer ("faced criticism") takes a later telling that names one
    only where that doer is the report's one named doer of the type: where two named sides do it ("the Arab League
    condemned ...", "Egypt and Jordan also criticised ..."), the nameless telling is none of them, and folding one
    in would lose its doer. Who met whom is one set (symmetric types keep their rule)."""
    if first.type in _SYMMETRIC or _keys(first.actors) or not (la := _keys(later.actors, counts=False)):
        return True
    return all(keys & la for keys in doers.get(later.type, []))


def _words_apart(first: Event, later: Event, said: frozenset[str]) -> bool:
    """Round 30, wave 4 (issue 19 item 4): with no party to share ("the bombing" ... "the explosions wounded
    dozens"), only the telling ties two events, and a sentence quoted from someone ('"Find him and kill him
    in any way you can," he said') and the reporter's own words ("a string of suicide bombings") tell two acts.
    ``said``: the ids of the direct quotes (quotation marks; reported speech without marks is the report's).
    Round 31: a doubtful reading (under the shown threshold) in one source with no target does not take in a
    confident telling of the other by another named doer that names its target: a speaker's '"Our fight is with
    ISIS"' (0.29, the speaker as doer) had become the head of the reporter's "the U.S. shot down a Syrian
    aircraft" (0.82), shown with the speaker as its actor and no target."""
    if (first.source_quote in said) == (later.source_quote in said):
        return False
    if _doubtful_head(first, later):
        return True
    return not (_keys(first.actors) or _keys(first.targets) or _keys(later.actors, counts=False))


def _doubtful_head(first: Event, later: Event) -> bool:
    """A doubtful, targetless telling whose doer is not the confident later telling's, which names a target."""
    if not (first.confidence or 0.0) < EVENT_MIN_CONFIDENCE <= (later.confidence or 0.0):
        return False
    if first.targets or not later.targets or not first.actors or not later.actors:
        return False
    return not {p.name for p in first.actors} & {p.name for p in later.actors}


def merge_duplicates(events: list[tuple[Event, str, bool, bool, bool, bool]],
                     decisions: frozenset[int] = frozenset(), said: frozenset[str] = frozenset(),
                     quiet: frozenset[int] = frozenset()) -> list[Event]:
    """Events in text order, each later telling of an earlier event folded into the earlier one's spans;
    the first telling takes the best confidence of its tellings.

    ``events`` holds (event, trigger lemma, nominal trigger, may absorb, has a subject of its own that
    names no resolved party, told as a new act) tuples: an intent derived from a plan, or an action ranked under another
    event's trigger, absorbs no later telling; a later event whose clause names its own doer ("Congressional
    committees have been investigating", "he was concerned") is not folded into an earlier event of
    another actor just because its doer did not resolve; a new act ("attacked again") is folded into none;
    ``said``: see :func:`_words_apart`; ``quiet``: ids of tellings that name nobody and were kept only as
    happenings (round 32, extract/events/occurred.py): folded in, they lend the first no confidence ("a phone call
    in July" says nothing of who met in an earlier sentence)."""
    out: list[tuple[Event, str, bool, bool]] = []
    doers = _named_doers(events)
    for ev, lemma, nominal, absorbs, own_subject, anew in events:
        # a telling that names only a count ("seven were injured") is the report's one confident earlier act of
        # its type, if any; a doubtful reading ("how many were injured in the assault", 0.36) is not another act
        counted = bool(ev.actors or ev.targets) and not (_keys(ev.actors, False) or _keys(ev.targets, False))
        anew = anew or counted and sum(f.type == ev.type and (f.confidence or 0.0) >= EVENT_MIN_CONFIDENCE
                                       for f, *_rest in out) > 1
        first = None if anew else next(
            (f for f, lem, nom, ab in out if ab and _told_again(f, lem, nom, ev, lemma, nominal, decisions)
             and not (own_subject and f.actors) and _sole_doer(f, ev, doers)
             and not _words_apart(f, ev, said)), None)
        if first is None:
            out.append((ev, lemma, nominal, absorbs))
            continue
        first.spans.append(EventSpan(start=ev.start, end=ev.end, quote=ev.source_quote))
        if first.source_quote is None:  # the quote that tells it again is evidence for the one event
            first.source_quote = ev.source_quote
        if id(ev) not in quiet and (ev.confidence or 0.0) > (first.confidence or 0.0):
            first.confidence = ev.confidence
    return [ev for ev, *_rest in out]

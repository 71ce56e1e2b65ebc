"""The spaCy side of the time tagger: tense from the parse, the dateline date, the component."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from ...record import Time
from .._doc import assigns_of, content_paragraphs, doc_text, ensure_extensions, guarded, requires_of
from .deadline_by import deadline_by_ahead
from .normalize import Direction
from .offsets import event_offsets
from .page_stamp import age_stamp
from .patterns import WEEKDAYS
from .programme import programme_word, weekday_papers
from .prospect import prospect_ahead
from .schedule import awaited_event, deadline_noun, planned_for, sets_deadline, timetable_verb
from .story_eve import shift_day_words
from .surname_months import surname_month as _surname_month
from .tagger import find_times
from .undated import day_from_url, years_from_url

__all__ = ["TimesComponent", "dateline_date", "extract_times", "make_times", "tense_at"]

# Words just before a date that point ahead ("ahead of the November poll", "until March") or back.
_FUTURE_CUES = frozenset({"ahead", "upcoming", "until", "till", "forthcoming", "scheduled", "slated", "due",
                          "payable", "through", "effective"})
# Of those, the ones that only bound a state: after a verb in the past or the present perfect ("she ended up
# staying on until May", in an August report) the bound is over, unless the verb sets a limit ahead
# (data/time_deadline_verbs.tsv: "has given Moscow until February").
# "before" bounds the same way (review 14: "one of his last meetings before November", in a June preview, is the
# coming November; "had left before November" the past one).
_BOUND_CUES = frozenset({"until", "till", "before"})
_PAST_CUES = frozenset({"since", "ago", "former", "previous"})
# Verbs whose infinitive complement or passive ("is scheduled for November") lies ahead.
# Not "try" or "attempt": what one attempts happens when the attempt does ("attempted to contact a witness in
# February", in a June report, is this February), so those take the tense of their own verb.
_INTENT = frozenset({"plan", "intend", "hope", "expect", "want", "aim", "seek", "promise", "vow", "agree",
                     "decide", "prepare", "schedule", "set", "slate", "due", "propose", "threaten", "pledge",
                     "need", "call", "urge", "ask", "wish", "summon", "subpoena", "invite"})
# Intents that, told in the simple past, are attempts: the act is tried when the attempt is made ("sought to
# lower tensions on Thursday", in a Sunday report, is the Thursday before), like "tried to", which is no intent.
_ATTEMPT_IF_PAST = frozenset({"seek"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going", "gon"})
_HAVE = frozenset({"have", "has", "had", "'ve", "'d"})
_DID = frozenset({"did", "didn't"})
# Words opening a clause of time or condition: its present tense speaks of when the main clause's act
# happens ("is expected to address it when he speaks to lawmakers Friday": the coming Friday).
_TEMPORAL_MARKS = frozenset({"when", "whenever", "after", "before", "until", "till", "once", "if", "as"})
# Prepositions that put a date on the act of the word they hang on ("seen on Tuesday", "the attack in June");
# "by June", "until June" bound some other act and are not read here.
_AT = frozenset({"on", "in", "at", "during", "over"})


@lru_cache(maxsize=1)
def _deadline_verbs() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_deadline_verbs.tsv"))


@lru_cache(maxsize=1)
def _expecting() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_expectation_verbs.tsv"))


@lru_cache(maxsize=1)
def _unplanned() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_unplanned_events.tsv"))


def _coordinated(v: Token) -> bool:
    """A verb joined to the verb before it by "and"/"but"; the parser gives it as conj, or as advcl when the
    conjunction hangs elsewhere. A bare participle alone ("Asked on Tuesday, he said") is not one."""
    h = v.head
    if not h.tag_.startswith("VB") or h.i >= v.i:
        return False
    return v.dep_ == "conj" or (v.dep_ == "advcl" and any(t.lower_ in {"and", "but"} for t in v.doc[h.i + 1 : v.i]))


def _verb_tense(v: Token, depth: int = 0, weekday: bool = False) -> Direction:
    auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes and v.tag_ == "VBN" and depth < 3 and _coordinated(v):
        # "has denied collusion and on Monday called it a hoax": the second participle shares the first one's
        # tense (read alone, "called" looked like a plan that lies ahead)
        return _verb_tense(v.head, depth + 1, weekday)
    lows = {a.lower_ for a in auxes}
    if lows & _FUTURE_AUX:
        return "FUTURE"
    if "to" in lows and _be_to(v):
        return "FUTURE"  # "the new president is to be sworn in Thursday" (round 32)
    if "to" in lows and v.dep_ == "xcomp" and depth < 3:
        if v.head.lemma_ in _INTENT or v.head.lemma_.lower() in _expecting():
            if _pluperfect(v.head) or (v.head.lemma_ in _ATTEMPT_IF_PAST and v.head.tag_ == "VBD"):
                return None  # "had agreed to meet him Friday", "sought to calm tempers Thursday" (round 33)
            return None if not weekday and _told_as_past(v.head) else "FUTURE"
        ahead = prospect_ahead(v)
        if ahead is not None:  # "is sure to figure in Monday's debate" (round 31, prospect.py)
            return "FUTURE" if ahead else "PAST" if lows & _HAVE else None
        return _verb_tense(v.head, depth + 1, weekday)
    if "to" in lows and v.dep_ == "advcl" and v.tag_ == "VB" and depth < 3:
        # a purpose is met after the move made for it: "is heading to Rome to attend the canonization Sunday"
        # (review 29); a past move leaves it as it was (no direction). "for X to" under a present verb is what
        # the act asks for ("the deal calls for talks to begin Thursday", round 32)
        head = _verb_tense(v.head, depth + 1, weekday)
        asked = head == "PRESENT" and any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children)
        return "FUTURE" if head == "FUTURE" or asked else None
    if any(a.tag_ == "MD" for a in auxes):
        return "PAST" if lows & _HAVE else "FUTURE"
    if lows & _HAVE or v.tag_ == "VBD" or (v.tag_ == "VB" and lows & _DID):
        return "PAST"  # (round 35: "not until Wednesday night did he embrace it" had looked ahead)
    past_aux = any(a.tag_ == "VBD" for a in auxes)
    if v.tag_ == "VBN":
        # "is scheduled for November" lies ahead; a bare "Asked on Tuesday, he said" does not
        if (v.lemma_ in _INTENT or v.lemma_.lower() in _expecting()) and auxes and not past_aux:
            return "FUTURE"
        return "PAST" if past_aux or not auxes else None
    if v.tag_ == "VBG":
        if past_aux:
            return "PAST"
        if auxes:  # "is meeting Friday": the present progressive of a plan
            return "FUTURE"
        gov = _participle_governor(v)
        if gov is not None and depth < 3 and _verb_tense(gov, depth + 1, weekday) == "FUTURE":
            return "FUTURE"  # "will fly to Paris on Thursday, returning on Saturday" (round 32)
    if v.tag_ in {"VBZ", "VBP"}:
        if v.dep_ == "advcl" and depth < 3 and any(
                c.lower_ in _TEMPORAL_MARKS and c.dep_ in {"mark", "advmod"} and c.i < v.i for c in v.children):
            # the present of a clause of time is the main clause's time when that lies ahead
            return "FUTURE" if _verb_tense(v.head, depth + 1, weekday) == "FUTURE" else "PRESENT"
        if depth < 3 and _under_future(v, depth, weekday):
            return "FUTURE"
        # "forecasters expect snow on Thursday": what a present expectation looks to lies ahead (round 27)
        return "FUTURE" if v.lemma_.lower() in _expecting() else "PRESENT"
    return None


def _be_to(v: Token) -> bool:
    """An infinitive on a present "is"/"are" ("is to be sworn in Thursday", "are to meet on Friday"): a plan. Told
    in the past ("was to meet on Friday") it may be a plan overtaken, so only the present counts; "is to blame"
    is a judgment, not a plan."""
    head = v.head
    return (v.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"} and v.lemma_ != "blame"
            and not any(c.dep_ in {"aux", "neg"} for c in head.children))


# a gerund after these comes no earlier than the act it hangs on ("will speak before departing on Monday"); one
# "after" or "since" ("is catching up after falling behind in July") came before it, so that act's time says nothing
_NOT_EARLIER = frozenset({"before", "until", "till", "while", "when"})


def _participle_governor(v: Token) -> Token | None:
    """The verb a bare -ing clause hangs on: its head for an adverbial or joined clause ("..., returning on
    Saturday"), the verb above the preposition for a gerund ("before departing for Cambodia on Monday")."""
    if any(c.lower_ in {"after", "since"} for c in v.children):
        return None
    if v.dep_ in {"advcl", "conj"} and v.head.pos_ in {"VERB", "AUX"} and v.head.i != v.i:
        return v.head
    prep = v.head
    if v.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in _NOT_EARLIER and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    return None


def _under_future(v: Token, depth: int, weekday: bool) -> bool:
    """A present simple that names who or what a future act concerns takes the act's time (round 27): a clause
    as subject ("whoever wins in December will face a deficit") or a relative clause on a noun of the future
    clause ("the law that takes effect in January will cost millions"). Read alone, the present had put the
    month in the year before."""
    if v.dep_ == "csubj":
        return _verb_tense(v.head, depth + 1, weekday) == "FUTURE"
    if v.dep_ != "relcl":
        return False
    gov = _up_to(v.head, _verbal)
    return _verbal(gov) and _verb_tense(gov, depth + 1, weekday) == "FUTURE"


_WAS = frozenset({"was", "were"})
_WAS_CUE = _WAS | {"became"}


# the words of a timetable: told in the past, the plan may have been overtaken ("was due to be released in
# September", in November); an expectation or a wish told in the past is reported speech and still lies ahead
# ("larger crowds were expected to flood the streets Wednesday": the coming Wednesday; real report, round 22)
_TIMETABLE = frozenset({"due", "schedule", "slate", "set", "plan"})


def _weekday(sp: Span) -> bool:
    """The time names a weekday: a timetable told in the past keeps looking ahead for it, since a weekday with
    no direction is the one before ("the shuttle was scheduled to land Friday", told in reported speech)."""
    return any(t.lower_.rstrip(".") in WEEKDAYS for t in sp)


def _pluperfect(intent: Token) -> bool:
    """An intent or expectation told in the past perfect ("had threatened to strike in June", "had been
    expected to flee on Tuesday"): it lay ahead of a past moment and mostly did not come about, so it takes no
    direction: a month the nearest one, a weekday the one before (round 33: a later month's report had put "had
    threatened ... in June" next June)."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in intent.children)


def _told_as_past(intent: Token) -> bool:
    """A timetable told in the past ("was due to be released in September", "planned to visit in June"): the
    date lay ahead of the telling, not of the report, so it takes no direction (the nearest one within half a
    year: in a November report that is this September, as in "was scheduled for February" in March)."""
    if intent.lemma_.lower() not in _TIMETABLE:
        return False
    if intent.tag_ == "VBD" or intent.dep_ == "acomp" and intent.head.lower_ in _WAS:
        return True  # "planned to", "was due to" (the parser hangs "due" on "was")
    kids = [c for c in intent.children if c.dep_ in {"aux", "auxpass", "cop"}]
    return any(c.lower_ in _WAS for c in kids) and not any(c.tag_ == "MD" for c in kids)


def _dates_directly(tok: Token, below: Token) -> bool:
    """Whether ``below`` (the date, or the preposition holding it) dates ``tok`` itself: a bare noun phrase
    ("seen Tuesday night", "the Sept. 11 attack", "Tuesday's bombing") or an on/in/at phrase."""
    if below.dep_ in {"npadvmod", "nmod", "compound", "poss", "tmod", "obl", "nummod"}:
        return True
    return below.dep_ == "prep" and below.lower_ in _AT


def _done(tok: Token, below: Token) -> bool:
    """An act over by the report: an unplanned event the date names ("the Sept. 11 attack"), or a bare past
    participle dated directly ("the missile attack seen Tuesday night"; "statements made Friday"), which
    reports a thing done unless it is a plan ("the vote scheduled for Tuesday")."""
    if not _dates_directly(tok, below):
        return False
    if tok.pos_ in {"NOUN", "PROPN"}:
        return tok.lemma_.lower() in _unplanned() or tok.lower_ in _unplanned()
    return (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_ not in _INTENT
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children))


def _dates_past_act(date: Token) -> bool:
    """A date on "on" or bare right on a verb told in the past ("was assassinated on June 16", "died June 3"):
    it is the day of a deed done, so a yearless day ahead of the report is last year's, however near (a past
    clause otherwise keeps a day up to a quarter ahead, for "extended the offer to Nov. 20"). Not the day of
    a plan, a setting or an expectation ("was scheduled on", "postponed on")."""
    verb = date.head
    if date.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "on":
        verb = verb.head
    elif date.dep_ not in {"npadvmod", "tmod"}:
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in _INTENT or lemma in _deadline_verbs() or lemma in _expecting():
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "was to meet on May 16", "had hoped to sign on May 16": a plan, not a deed
    return _verb_tense(verb) == "PAST"


def _set_for(date: Token) -> bool:
    """A date an act sets something for: "for"/"to" on a verb of data/time_deadline_verbs.tsv, or on its object
    ("a judge set his sentencing for Dec. 18", "postponed the vote to May 3"). The date lies ahead of the act, so
    a past tense of the act does not put the date in the past (review 14); the date then takes no direction (a
    month-day within half a year of the report is that year's; a weekday stays the one before)."""
    prep = date.head
    if prep.dep_ != "prep" or prep.lower_ not in {"for", "to"} or date.dep_ != "pobj":
        return False
    gov = prep.head
    if gov.pos_ == "VERB" and gov.dep_ == "acl" and gov.head.dep_ in {"dobj", "nsubjpass"}:
        gov = gov.head  # "scheduled the vote to end the debate for Friday": the vote is set for it (round 32)
    if gov.pos_ in {"NOUN", "PROPN"} and gov.dep_ in {"dobj", "nsubjpass"}:
        gov = gov.head
    return gov.pos_ == "VERB" and gov.lemma_.lower() in _deadline_verbs()


def _bound_is_over(cue: Token) -> bool:
    """"until"/"till" hung on a verb in the past or the present perfect that sets no limit ahead ("stayed on
    until May", "went undetected until April"): the state it bounds is over, so is the bound."""
    verb = _up_to(cue.head, _verbal)
    if not _verbal(verb) or verb.lemma_.lower() in _deadline_verbs():
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        verb = verb.head  # "ended up staying on until May": the tense is the governing verb's
        if verb.lemma_.lower() in _deadline_verbs():
            return False
    return _verb_tense(verb) == "PAST"


def _cue_told_past(cue: Token) -> bool:
    """A cue word right after "was"/"were"/"became", adverbs between ("was originally scheduled for June", round
    33: the adverb had hidden the past, and a June in an October report went to next June)."""
    i = cue.i - 1
    while i > 0 and cue.i - i <= 2 and cue.doc[i].tag_ == "RB":
        i -= 1
    return i >= 0 and i < cue.i and cue.doc[i].lower_ in _WAS_CUE


def _after_last(cue: Token) -> bool:
    """A plan word after "last"/"previous"/"most recent" ("its last scheduled maintenance Nov. 16", review 21):
    the one that has already happened, so the cue does not point ahead and the verb decides."""
    if cue.i == 0:
        return False
    prev = cue.doc[cue.i - 1]
    return prev.lower_ in {"last", "previous", "latest"} or (prev.lower_ == "recent" and cue.i > 1)


def _verb_particle(cue: Token) -> bool:
    """"ahead" as the particle of a verb ("the speech went ahead in May", "pressed ahead"), not "ahead of" a
    date: it says how the act went, not that it lies ahead; the verb's tense decides (round 29)."""
    nxt = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return cue.lower_ == "ahead" and cue.dep_ in ("advmod", "prt") and cue.head.pos_ == "VERB" and (
        nxt is None or nxt.lower_ != "of")


def tense_at(doc: Doc, start: int, end: int) -> Direction:
    """Whether the clause holding characters [start, end) speaks of the past or of what lies ahead."""
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    sent_start = sp.sent.start if doc.has_annotation("SENT_START") else 0
    for t in doc[max(sent_start, sp.start - 4) : sp.start]:
        if t.lower_ in _BOUND_CUES and doc.has_annotation("DEP") and (t.lower_ != "before" or sp.root.head.i == t.i):
            # ("before" only where it governs the date itself: "before Friday's purchases" dates the purchases)
            return "PAST" if _bound_is_over(t) else "FUTURE"
        if t.lower_ in _FUTURE_CUES and not _after_last(t) and not _verb_particle(t):
            # "was due in May", "became effective on January 16": the cue told in the past, no direction
            return None if _cue_told_past(t) and not _weekday(sp) else "FUTURE"
        if t.lower_ in _PAST_CUES:
            return "PAST"
    if not doc.has_annotation("DEP"):
        return None
    tok = sp.root
    if tok.head.i != tok.i and _done(tok.head, tok):
        return "DONE"
    if tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i and _done(tok.head.head, tok.head):
        return "DONE"
    if _dates_past_act(tok):
        return "DONE"  # "was assassinated on June 16": the act is over, so is its day (round 30)
    if planned_for(tok):
        return "FUTURE"  # "cleared the way for a vote on Wednesday": what the act prepares lies ahead
    if _awaited(tok):
        return "FUTURE"  # "his hotly anticipated speech Tuesday" (review 29)
    if _deadline_ahead(tok):
        return "FUTURE"  # "Trump faces a Sunday deadline" (round 32)
    if _weekday(sp) and deadline_by_ahead(tok):
        return "FUTURE"  # "ordered the state to submit a map by Friday" (round 35, deadline_by.py)
    for _ in range(12):
        # a bare participle in a reduced relative ("troops stationed in Mali ... by June") has no tense of
        # its own: the parser often hangs the date on it, but the tense is the governing clause's
        bare_participle = tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBG"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in tok.children)
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound"} and not bare_participle:
            tense = _verb_tense(tok, weekday=_weekday(sp))
            if tense in ("PRESENT", None) and timetable_verb(tok, sp.root):
                return "FUTURE"  # "the assembly that begins Monday": a timetable (schedule.py)
            if _set_for(sp.root):
                # the past act of setting a date says nothing of the date's side: no direction (review 14); but a
                # weekday set for lies after the act, and a bare weekday lies within the week: the coming one
                # ("has scheduled the vote for Friday", "had been set for Thursday"; round 30)
                return "FUTURE" if _weekday(sp) else None if tense == "PAST" else tense
            return tense
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _awaited(date: Token) -> bool:
    """A date on an awaited event ("the anticipated speech Tuesday") whose governing clause is not told in the
    past ("police foiled the planned attack Tuesday" keeps the verb's tense)."""
    noun = awaited_event(date)
    if noun is None:
        return False
    gov = _up_to(noun.head, _clause_verb, steps=8)
    return not (_clause_verb(gov) and _verb_tense(gov) == "PAST")


def _deadline_ahead(date: Token) -> bool:
    """A date that names a deadline lies ahead unless its clause is told in the past and does not set it ("missed
    a Sunday deadline" is past; "faces a Sunday deadline", "set a new Friday deadline" are ahead)."""
    noun = deadline_noun(date)
    if noun is None:
        return False
    gov = _up_to(noun.head, _clause_verb, steps=8)
    if not _clause_verb(gov):
        return True
    tense = _verb_tense(gov)
    if tense is None and gov.head.i != gov.i:
        # a verb with no tense of its own takes the clause above it: "has not named a premier, missing a Sunday
        # deadline" (a tune page) is past, "would sign a bill to keep it open past a deadline Friday" ahead
        above = _up_to(gov.head, _clause_verb, steps=8)
        tense = _verb_tense(above) if _clause_verb(above) else None
    # told in the past: ahead only when the verb sets the deadline
    return tense in {"PRESENT", "FUTURE"} or sets_deadline(gov) or (gov.head.i != gov.i and gov.dep_ in {"xcomp", "conj"} and sets_deadline(gov.head))


def _up_to(tok: Token, found: Callable[[Token], bool], steps: int = 3) -> Token:
    """The first of ``tok`` and its heads that ``found`` accepts, climbing at most ``steps`` times; else where the
    climb stopped (the root, or the last head reached). One climb for three rules (round 32; each had a loop)."""
    for _ in range(steps):
        if found(tok) or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _verbal(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"}


def _clause_verb(tok: Token) -> bool:
    """A verb heading a clause: not "including" (a preposition) nor a verb form in a noun's slot (a participle the
    parser took for the object: "has a packed scheduled for ...")."""
    return tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"prep", "dobj", "pobj", "nsubj", "nsubjpass", "amod",
                                                           "compound"}


_DATELINE_DATE = re.compile(r"\d{4}-\d\d-\d\d$")


def dateline_date(doc: Doc) -> dt.date | None:
    """The full date (with a year) of the dateline, or of the opening words of the first paragraph."""
    pars = doc._.newsgraph_paragraphs or []
    places = [(s, e) for s, e, k in pars if k in {"dateline", "byline"}]
    content = content_paragraphs(doc)
    if content:
        s, e, _k = content[0]
        places.append((s, min(e, s + 120)))
    text = doc_text(doc)
    for s, e in places:
        for tx in find_times(text[s:e], None):
            if tx.type in {"DATE", "TIME"} and tx.value and _DATELINE_DATE.match(tx.value[:10]):
                return dt.date.fromisoformat(tx.value[:10])
    return None


def extract_times(doc: Doc, published: dt.date | str | None = None, use_dateline: bool = True) -> list[Time]:
    """The time expressions of the body and heading paragraphs, normalized against the publication date,
    as record models (``find_times``, which works without a Doc, keeps returning the tagger's ``Timex``).

    The date is ``published``, else ``doc._.newsgraph_meta["published"]``, else the dateline's date;
    without any, relative values stay unresolved.
    """
    meta = doc._.newsgraph_meta or {}
    pub = published or meta.get("published")
    if not pub and use_dateline:
        pub = dateline_date(doc)
    if not pub:
        # the link's path day, only where the text itself gives no date (undated.day_from_url, round 37)
        pub = day_from_url(meta.get("url"), doc_text(doc))
    spans = [(s, e) for s, e, _k in content_paragraphs(doc)]
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    tense = (lambda s, e: tense_at(doc, s, e)) if has_sents else None
    names = _name_spans(doc)
    text = doc_text(doc)
    found = event_offsets(doc, find_times(text, pub, tense, spans))
    if not pub:
        years_from_url(found, meta.get("url"), text)
    eve = _dateline_eve(doc, pub)
    if eve is not None:
        shift_day_words(found, eve + dt.timedelta(days=1), quoted_only=False)
    return [_unanchor_defined_day(doc, Time(**t.to_dict())) for t in found
            if not _inside(names, t.start, t.end) and not _occasion(doc, t.type, t.start, t.end)
            and not _surname_month(doc, t.start, t.end)
            and not programme_word(text, t.start, t.end) and not age_stamp(text, t.start, t.end)]


def _dateline_eve(doc: Doc, pub: dt.date | str | None) -> dt.date | None:
    """The day before the publication day when the dateline names it ("WASHINGTON, Sept. 10 --" on a report dated
    Sept. 11, round 35): the report was written then, so its day words count from it (story_eve.py)."""
    try:
        day = pub if isinstance(pub, dt.date) else dt.date.fromisoformat(str(pub or "")[:10])
    except ValueError:
        return None
    eve, text = day - dt.timedelta(days=1), doc_text(doc)
    for s, e, kind in doc._.newsgraph_paragraphs or []:
        if kind == "dateline" and any(tx.type == "DATE" and (tx.value or "")[:10] == eve.isoformat()
                                      for tx in find_times(text[s:e], day)):
            return eve
    return None


_SAME_DAY = re.compile(r"(?i)the\s+(?:very\s+|exact\s+)?same\s+day")
_ON_SAME_DAY_THAT = re.compile(r"(?i)\b(?:on|of|from|until|by)\s+$")
_CLAUSE_AFTER = re.compile(r"\s+(?:that|when|as)\b")
# "the same day of Nunes' revelation", "the same day as the vote": an event names the day, wherever the phrase is
_EVENT_AFTER = re.compile(r"\s+(?:of|as)\s+(?!the\s+(?:week|month|year)\b)")


def _unanchor_defined_day(doc: Doc, t: Time) -> Time:
    """"on the same day the Americans left", "the same day as the election": the day is the one of the event
    that the clause or the as-phrase names, not the last date the text gave nor the publication's; which day
    that is the text does not say here, so the value stays unresolved."""
    if t.anchor not in ("text", "published") or not _SAME_DAY.fullmatch(t.text):
        return t
    text = doc_text(doc)
    if _EVENT_AFTER.match(text, t.end):
        return t.model_copy(update={"value": "XXXX-XX-XX", "anchor": None})
    if _ON_SAME_DAY_THAT.search(text, max(0, t.start - 8), t.start) and _CLAUSE_AFTER.match(text, t.end):
        # "came on the same day that a summit in Helsinki ...": the clause defines the day, whatever the parse
        # (which may hang the clause elsewhere); "said the same day that ..." is left to the parse
        return t.model_copy(update={"value": "XXXX-XX-XX", "anchor": None})
    if not doc.has_annotation("DEP"):
        return t
    sp = doc.char_span(t.start, t.end, alignment_mode="expand")
    if sp is None or not any(c.dep_ in {"relcl", "acl"} or (c.dep_ == "prep" and c.lower_ == "as")
                             for c in sp[-1].children):
        return t
    return t.model_copy(update={"value": "XXXX-XX-XX", "anchor": None})


def _occasion(doc: Doc, kind: str, start: int, end: int) -> bool:
    """"a weekend" modifying a noun ("after a weekend swing through Saudi Arabia", "a weekend rally") names an
    occasion, not a length of two days; which weekend is not said, so no value beats a wrong one."""
    if kind != "DURATION" or not doc.has_annotation("DEP"):
        return False
    sp = doc.char_span(start, end, alignment_mode="expand")
    return sp is not None and sp[-1].lower_ == "weekend" and sp[-1].dep_ in {"compound", "amod", "nmod"}


# A time word inside a name is part of the name: "USA TODAY", "Good Morning America", "Fox & Friends Sunday".
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC"})


def _name_spans(doc: Doc) -> list[tuple[int, int]]:
    """The names' spans, and every other place their words recur: the tagger misses a name standing alone
    on a byline line ("USA TODAY" above the dateline) that it tags in the body."""
    found = {(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS and len(e) > 1}
    text = doc_text(doc)
    # known outlets' names, which NER misses on a line of their own ("USA TODAY" above the first paragraph)
    found.update((m.start(), m.end()) for m in _outlet_names().finditer(text))
    # programmes and papers whose names hold a time word ("Fox News Sunday", "The Mail on Sunday")
    found.update((m.start(), m.end()) for m in _timed_names().finditer(text))
    # a paper titled with a weekday after "the" or a possessive ("the Sunday Star-Times", "The Friday Times")
    found.update((m.start("name"), m.end("name")) for m in weekday_papers().finditer(text))
    if not found:
        return []
    # one pattern for all of the doc's names, longest first, rather than one compiled per name
    names = sorted({text[s:e] for s, e in found}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    found.update((m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(found)


@lru_cache(maxsize=1)
def _outlet_names() -> re.Pattern[str]:
    """The names of data/outlets.tsv of two words or more, as written there or in capitals ("USA TODAY")."""
    names: set[str] = set()
    for row in read_tsv("outlets.tsv"):
        for name in [row[0], *(row[1].split("|") if len(row) > 1 else [])]:
            if len(name.split()) > 1:
                names.update({name.strip(), name.strip().upper()})
    alts = (re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


@lru_cache(maxsize=1)
def _timed_names() -> re.Pattern[str]:
    """The names of data/time_word_names.tsv: programmes and papers named with a weekday or a part of the day."""
    names = sorted((row[0] for row in read_tsv("time_word_names.tsv")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")


def _inside(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside a name and does not cover it whole (a name that is only a date is a date)."""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in names)


class TimesComponent:
    """Attaches ``doc._.newsgraph_times``: ``{text, type, value, mod, anchor, start, end}`` per expression."""

    def __init__(self, nlp: Language, name: str, use_dateline: bool = True) -> None:
        self.name = name
        self.use_dateline = use_dateline

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        return None

    def __call__(self, doc: Doc) -> Doc:
        times = guarded(doc, self.name, lambda d: extract_times(d, use_dateline=self.use_dateline)) or []
        doc._.newsgraph_times = [t.model_dump() for t in times]
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = tuple()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "cfg.json", {"use_dateline": self.use_dateline})

    def from_disk(self, path: str | Path, *, exclude: Any = tuple()) -> TimesComponent:
        cfg = srsly.read_json(Path(path) / "cfg.json")
        self.use_dateline = bool(cfg.get("use_dateline", True))
        return self


@Language.factory("newsgraph_times", default_config={"use_dateline": True}, requires=requires_of("times"),
                  assigns=assigns_of("times"))
def make_times(nlp: Language, name: str, use_dateline: bool) -> TimesComponent:
    ensure_extensions()
    return TimesComponent(nlp, name, use_dateline)

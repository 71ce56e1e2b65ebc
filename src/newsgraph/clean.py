"""Cleaning: split an article into paragraphs and set apart what is not body text.

Nothing is deleted: every paragraph is a ``(start, end, kind)`` span into the original text, and the
promos, headings, bylines, datelines, captions and boilerplate keep their place in ``text``. Only
``body`` and ``heading`` paragraphs feed the extractors.

Paragraphs are split *before* any NLP runs, so that a promo line ("Read: ...") can never be glued to
the following paragraph the way a sentence splitter running on raw text glues it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Block", "Cleaned", "clean", "split_paragraphs", "classify", "normalize_newlines", "is_title_case"]


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str


@dataclass
class Cleaned:
    paragraphs: list[Block] = field(default_factory=list)
    related_links: list[dict[str, object]] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Promo and related-link markers. A marker must be followed by ":" / "|" / a dash, or be the whole
# line, so that a body sentence that merely starts with "Read" or "Watch" stays body.
_PROMO = re.compile(
    r"""^\s*(?:[-*•►▶»>]\s*)?(?:
        (?:also|further|more|related|recommended|suggested|editor'?s?\s+picks?|don'?t\s+miss|must)\s*(?:read(?:ing)?|watch|see|stories|coverage|content|articles?|links?|news|on\b[^:]{0,40})?
      | read(?:\s+(?:more|also|next|this|the\s+full\s+story))?
      | watch(?:\s+(?:more|now|video|live|the\s+video))?
      | listen(?:\s+now)?
      | see(?:\s+also|\s+more)?
      | more\s+(?:from|on|about|news)\b[^:]{0,40}
      | (?:top|latest|trending|popular)\s+(?:stories|news|videos?)
      | video | gallery | photos | in\s+pictures | opinion | analysis | explainer
    )\s*(?:[:|»›\u2013\u2014-]|$)""",
    re.I | re.X,
)
_CLICK = re.compile(
    r"^\s*(?:click\s+here|tap\s+here|subscribe\b|sign\s+up\b|download\s+(?:the|our)\s+app|follow\s+us\b|"
    r"get\s+(?:our|the)\s+(?:newsletter|app)|join\s+(?:our|us)\b)",
    re.I,
)
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)

_BOILERPLATE = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\b|all\s+rights\s+reserved|this\s+(?:material|article|story)\s+may\s+not\s+be|"
    r"our\s+standards\b|advertisement\s*$|ad\s*$|share\s*$|share\s+this\b|tweet\s*$|email\s*$|print\s*$|"
    r"comments?\s*$|related\s+topics?\s*$|topics?\s*:|tags?\s*:|filed\s+under\b|image\s+source\b|"
    r"(?:facebook|twitter|whatsapp|linkedin|email)(?:\s*[|/,]\s*(?:facebook|twitter|whatsapp|linkedin|email|"
    r"messenger|pinterest|reddit))+\s*$|we\s+use\s+cookies\b|this\s+site\s+uses\s+cookies\b|"
    r"follow\s+\S+(?:\s+\S+){0,4}\s+on\s+(?:twitter|facebook|instagram)\b|last\s+(?:modified|updated)\s+on\b|"
    r"updated\s*:|published\s*:|posted\s*:|(?:the\s+)?associated\s+press\s+contributed\b|"
    r"[a-z ]{0,40}contributed\s+(?:to\s+)?(?:this\s+)?report(?:ing)?\.?\s*$)",
    re.I,
)
# A newsletter or sign-up box pasted into the body ("... in your inbox. By signing up you agree to our
# Privacy Policy"). One of these words is ordinary in a report; two different ones in one short paragraph
# were a sign-up box in every case among the 5,000 allsides dev reports (338 paragraphs, none a report).
_SIGNUP = re.compile(
    r"\b(?:(?P<newsletter>newsletters?)|(?P<signup>sign(?:ing)?[\s-]up)|(?P<subscribe>(?:un)?subscribe)|"
    r"(?P<privacy>privacy\s+policy)|(?P<terms>terms\s+of\s+(?:service|use))|(?P<captcha>recaptcha)|"
    r"(?P<inbox>your\s+inbox)|(?P<email>e-?mail\s+address))\b",
    re.I,
)
_SIGNUP_MAX_CHARS = 700


def _is_signup_box(par: str) -> bool:
    if len(par) > _SIGNUP_MAX_CHARS:
        return False
    kinds = {m.lastgroup for m in _SIGNUP.finditer(par)}
    return len(kinds) >= 2


# A video player's promo pasted into the body: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 03:28"
# (1,228 such paragraphs on allsides dev, every one a promo).
# "Play Video 4:47 <title> – video" is the same kind of promo (45 on allsides dev).
_VIDEO_PROMO = re.compile(r"^\s*(?:just\s+watched|must\s+watch|(?:play\s+)?video\s+\d{1,2}:\d{2}\b)", re.I)
# A photo's share buttons and caption: "Facebook Twitter Pinterest <caption>. Photograph: <credit>".
_SHARE_LEAD = re.compile(r"^\s*(?:(?:facebook|twitter|pinterest|whatsapp|linkedin|reddit|messenger)\s+){2,}", re.I)
_PHOTO_CREDIT_END = re.compile(r"\bPhotograph:\s*[^.!?]{1,80}$")


_CREDITS = re.compile(
    r"^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b.{0,200}$", re.I)
_BYLINE = re.compile(
    r"^\s*(?i:by|written\s+by|words\s+by|story\s+by)\s+[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]*){0,8}"
    r"(?:\s*[,|/—–-]\s*[\w .'’-]{0,60})?\s*$",
)
_CAPTION = re.compile(
    r"^\s*(?:file\s+photo\b|file\s*[-—–:]|photo\s*:|photo\s+by\b|photograph\s*:|image\s*:|image\s+caption\b|"
    r"image\s+copyright\b|media\s+caption\b|media\s+playback\s+is\s+(?:unsupported|not\s+supported)\b|caption\s*:|enlarge\s+this\s+image\b|toggle\s+caption\b|"
    r"\(?(?:photo|image|picture)\s*:|\(ap\s+photo\b|\(reuters\b.*photo|getty\s+images\s*$|"
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*/\s*(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|Bloomberg)\s*$)",
    re.I,
)
# The dash that closes a dateline: an em or en dash (spaced or not), or a spaced hyphen or double hyphen.
# A bare hyphen is a word's ("A F-35 crashed", "AFL-CIO leaders"), never a dateline's.
_DL_DASH = r"(?:\s*[—–]{1,2}-?|\s+-{1,2}|--)"
# A dateline: an all-caps place (optionally ", Country" or a date), an optional agency in parentheses,
# then a dash. Kept apart from the body sentence that follows it on the same line.
_DATELINE = re.compile(
    r"^(?P<dl>\s*[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?:[A-Z][\w.&' ]{0,30})\))?" + _DL_DASH + r"\s*)(?=\S)"
)
_AGENCY_DATELINE = re.compile(
    r"^(?P<dl>\s*[A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?\s*\((?:Reuters|AP|AFP|CNN|Xinhua|"
    r"Bloomberg|UPI|dpa|IANS|PTI|ANI|Sputnik|TASS|Anadolu)\)\s*[-—–:]{1,2}\s*)(?=\S)"
)
# A dateline written in title case ("Doha, Qatar - US officials ...", "Srinagar, Indian-administered
# Kashmir - ...", "Washington, Dec. 3 -- ..."): a place of one to four capitalized words, then a region
# or a date after a comma, then a dash and a sentence opening in capitals. A bare "Name -" is taken only
# when the name is a known place (see _known_place): "Exclusive -", "Update -", "President Trump -" open
# sentences too. An apposition dash ("Trump -- who ...") is followed by lower case and never matches.
_CAP_WORDS = r"[A-Z][\w.'’]*(?:-[\w.'’]+)*(?:\s[A-Z][\w.'’]*(?:-[\w.'’]+)*){0,3}"
_TITLE_DATELINE = re.compile(
    r"^(?P<dl>\s*(?P<place>" + _CAP_WORDS + r")(?P<region>,\s*" + _CAP_WORDS + r")?"
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*" + _DL_DASH + r"\s*)(?=[A-Z0-9\"“‘'])"
)
# Words that open a sentence before a comma ("However, Smith -- ..."): never a dateline's place.
_NOT_PLACE_OPENERS = frozenset(
    "however instead meanwhile but and so now then still yet also today update exclusive breaking watch "
    "read more editor note updated first second finally indeed again earlier later last next".split()
)
# A title-case dateline stands in the first paragraphs of the body (after a headline or byline line).
_TITLE_DATELINE_PARS = 2
# a closing double mark ends a sentence as a period does; two straight single marks in a row are one double mark
# (the New York Times writes every double quote so: "Mr. X said, ''I watched him.''" is a body sentence, round 33)
_HEADING_END = re.compile(r"(?:[.!?:;,…\"”]|'')\s*$")
_TERMINAL = re.compile(r"[.!?:;,…\"”’')\]]\s*$")
_SENTENCE_END = re.compile(r"[.!?…\"”’)\]]\s*$")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of off on onto or over per the to up via vs with amid after "
    "before over under is are was were be".split()
)


def is_title_case(line: str) -> bool:
    """True for headline-style lines where the content words are capitalized ("Troops Withdraw From Iraq")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line)]
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 3:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.75


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always split; a single newline splits unless the line runs on.

    A hard-wrapped line (no terminal punctuation, next line starting in lower case) is joined to the
    next one; every other single newline is a paragraph break, because news feeds commonly use one
    newline per paragraph and a promo line must stay on its own.
    """
    spans: list[tuple[int, int]] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        # trim whitespace at both ends, keeping offsets
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        lines.append((s, e))
    cur: tuple[int, int] | None = None
    for s, e in lines:
        if s == e:
            if cur:
                spans.append(cur)
                cur = None
            continue
        if cur is None:
            cur = (s, e)
            continue
        prev = text[cur[0] : cur[1]]
        nxt = text[s:e]
        runs_on = (
            not _TERMINAL.search(prev)
            and nxt[:1].islower()
            and not _PROMO.match(prev)
            and len(prev) > 40
        )
        if runs_on:
            cur = (cur[0], e)
        else:
            spans.append(cur)
            cur = (s, e)
    if cur:
        spans.append(cur)
    return spans


def _is_heading(par: str, is_last: bool) -> bool:
    """A subhead: a short title-like line without final punctuation, followed by more text."""
    words = par.split()
    if not words or len(words) > 14 or len(par) > 100 or is_last:
        return False
    if _HEADING_END.search(par) and not _LABELLED_HEADLINE.match(par):
        return False
    return par[0].isupper() or par[0].isdigit()


# a related story's headline under a section label, ending on an initialism's period ("Fighting ISIS: Kurdish
# fighters seek more help from U.S."): the period is the initialism's, no sentence's end (review 19; one sentence
# inside, no other stop; no comma, no "I"/"we"/"you" and no verb of saying after the label: "Trump: I will not
# step down, we will win in the U.S." and "Update: The president said he will fly back to the U.S." are body lines)
_LABELLED_HEADLINE = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|in|of|on|the|and|for)){0,4}:\s+"
                                r"(?!(?:I|We|You)\b)(?![^.]*\b(?:said|says|told)\b)[A-Z][^.!?;:,\"“”]*?\b(?:[A-Z]\.){2,}$")


def classify(par: str, *, is_last: bool = False, is_first: bool = False) -> str:
    """The kind of one paragraph (dateline splitting is done by :func:`clean`)."""
    if _PROMO.match(par) or _CLICK.match(par) or _VIDEO_PROMO.match(par):
        return "related"
    if _CAPTION.match(par) or _SHARE_LEAD.match(par) or _PHOTO_CREDIT_END.search(par):
        return "caption"
    if _CREDITS.match(par) or (_BYLINE.match(par) and len(par) < 120):
        return "byline"
    if _BOILERPLATE.match(par) or _is_signup_box(par):
        return "boilerplate"
    if _is_heading(par, is_last):
        return "heading"
    return "body"


def _strip_promo(par: str) -> str:
    m = _PROMO.match(par) or _CLICK.match(par)
    rest = par[m.end() :] if m else par
    return rest.strip(" \t:|-–—»›")


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names of data/place_regions.tsv ("Kashmir", "Crimea"): datelines name them as a dateline's region."""
    from .lexicon import read_tsv

    return frozenset(n for r in read_tsv("place_regions.tsv") for n in [r[0], *(r[5].split("|") if len(r) > 5 else [])] if n)


def _known_place(name: str) -> bool:
    """A country, a US state, a region or a large city: a bare "Name -" that may open a dateline ("Washington --")."""
    from .lexicon import load_lexicon, us_state_names
    from .name_words import is_place_word

    return (
        bool(load_lexicon().country_of(name))
        or name in us_state_names()
        or name in _regions()
        or (" " not in name and is_place_word(name))
    )


def _dateline_match(par: str, title_case: bool) -> re.Match[str] | None:
    """The dateline opening ``par``: capitals or an agency anywhere; title case only when ``title_case``."""
    m = _AGENCY_DATELINE.match(par) or _DATELINE.match(par)
    if m or not title_case:
        return m
    m = _TITLE_DATELINE.match(par)
    if m is None or m.group("place").split()[0].lower().rstrip(".") in _NOT_PLACE_OPENERS:
        return None
    # A region alone proves nothing ("McConnell, Schumer -- Both leaders ..."): the place or the region's
    # head word must be a known place, else names would be cut out of the body as a fake dateline.
    region = m.group("region")
    if m.group("date") or _known_place(m.group("place")) or (region and _known_place(region.strip(", ").split()[-1])):
        return m
    return None


def clean(text: str) -> Cleaned:
    """Split ``text`` (newlines already normalized) into classified paragraphs."""
    out = Cleaned()
    spans = split_paragraphs(text)
    n, n_body = len(spans), 0
    for i, (s, e) in enumerate(spans):
        par = text[s:e]
        kind = classify(par, is_last=(i == n - 1), is_first=(i == 0))
        if kind == "body":
            n_body += 1
            m = _dateline_match(par, n_body <= _TITLE_DATELINE_PARS)
            if m and len(par) - m.end() > 20:
                dl_end = s + len(m.group("dl").rstrip())
                out.paragraphs.append(Block(s, dl_end, "dateline"))
                out.paragraphs.append(Block(s + m.end(), e, "body"))
                continue
        out.paragraphs.append(Block(s, e, kind))
        if kind == "related":
            link_text = _strip_promo(par)
            url_m = _URL.search(link_text)
            url = url_m.group(0).rstrip(").,") if url_m else None
            if url_m:
                link_text = (link_text[: url_m.start()] + link_text[url_m.end() :]).strip(" -–—:|")
            if link_text or url:
                start = s + par.find(link_text) if link_text and link_text in par else s
                out.related_links.append(
                    {"text": link_text, "url": url, "start": start, "end": start + len(link_text)}
                )
        elif kind == "heading":
            out.headings.append(par)
    return out

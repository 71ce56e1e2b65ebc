"""Quoted words that are not a plain statement: questions, words of a document, block quotes, titles.

* ``question``: a quote ending in "?" that a reporter asks ('"Will you resign?" a reporter asked
  Baker'); the asker is the speaker, never the person asked ('"Will you resign?" Baker was asked'
  has no speaker).
* ``document``: words quoted from a law, bill, ruling or other text with no human speaker ('the act
  states that "no person shall ..."').
* ``block``: paragraphs of a letter, email or statement set out without quote marks after an
  introduction that ends with a colon ("In a letter to the board, Keller wrote:"); the first paragraph
  always, the next ones while they read as the same first-person text.
* transcript lines ('PENCE: Well, ...') are direct quotes of the person the label names.
* titles and scare quotes (one or two quoted words that nobody says: a show title, "so-called") are
  not quotes at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from ...clean import _SMALL_WORDS as SMALL_WORDS
from ...clean import is_title_case
from ...record import Quote
from .block_intros import about_things
from .cue_clauses import colon_intro, sentence_cue
from .cues import Attr, Cues
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .speaker_words import is_outlet
from .speakers import Resolver
from .transcript_hosts import host_lines

__all__ = ["AUTHORED_NOUNS", "NAMING_WORDS", "DOCUMENT_NOUNS", "as_document", "is_document_source", "refine_kind", "is_title_or_scare", "is_work_title", "is_so_called", "block_quotes", "transcript_quotes"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_MARK_CHARS = "".join(sorted(_MARKS))
#: Head nouns of a text with no human speaker: its quoted words are kind ``document``.
DOCUMENT_NOUNS = frozenset({
    "law", "act", "bill", "constitution", "amendment", "treaty", "resolution", "order", "ruling", "indictment",
    "complaint", "filing", "lawsuit", "document", "documents", "memo", "text", "clause", "regulation", "rule",
    "statute", "agreement", "contract", "guidelines", "decree", "directive", "charter", "platform", "policy",
    "legislation", "provision", "code", "manual", "warrant", "verdict", "opinion", "sign", "banner", "label",
    "affidavit", "transcript", "subpoena", "motion", "petition", "brief",
    # records and data with no human speaker ("a Fox News poll" is the pollster's: see is_document_source)
    "poll", "survey", "data", "video", "footage", "recording", "readout", "email", "intelligence", "study",
    "analysis", "statistics", "figures", "record", "records", "report", "result", "results", "image", "photo",
    "map", "chart", "assessment",
    # pictures show, nobody says: "The clip shows police ...", "a video showing officers ..."
    "clip", "photograph", "picture", "film", "screenshot", "snapshot", "livestream",
    # drawn or laid-over images and carried texts ("The overlay shows ...", review 8)
    "overlay", "graphic", "imagery", "diagram", "illustration", "caption", "graph", "placard", "poster",
})
#: Texts whose author a report may name before them or where they were sent from: the document nouns and letters
#: ("The attorney general's letter says", "Hale sent a letter ... The letter said": the writer's, review 17). A letter
#: has a human writer, so one whose writer is not named stays a source of its own ("according to a letter":
#: kind ``indirect``, speaker_name "a letter"), never kind ``document`` (PolNeAR counts a letter's quoted words as
#: the letter's direct quotes: as a document they cost direct overlap F1 0.9124 -> 0.9097 on dev check).
#: Guidance and advice are an issuer's counsel ("according to guidance from the Mayo Clinic": the clinic's, review
#: 22); unissued ("according to federal guidance") they stay sources of their own too, never documents.
#: Posts, tallies and calculations are an author's too ("according to a post from X", "a tally by the AP",
#: "calculations by Y of MIT": X, the AP, Y; round 30, read on PolNeAR train); with no author named they stay
#: sources of their own like a letter.
AUTHORED_NOUNS = DOCUMENT_NOUNS | frozenset({"letter", "letters", "guidance", "advice", "post", "tally",
                                             "calculation", "tabulation"})
# Entity types that author a text named as a compound ("the Clinton emails", "a Fox News poll").
_AUTHORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Speakers who ask on behalf of the press: their question is the reporter's, not a statement.
_ASKERS = frozenset({"reporter", "reporters", "journalist", "journalists", "interviewer", "moderator", "host",
                     "anchor", "correspondent"})
# A block quote runs over at most this many paragraphs after its introduction.
_BLOCK_MAX_PARAGRAPHS = 6
_BLOCK_MIN_WORDS = 5
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "you", "your"})


def _clear_speaker(rec: Quote) -> None:
    rec.speaker = rec.speaker_name = rec.affiliation = None
    rec.speaker_start = rec.speaker_end = None


def as_document(rec: Quote) -> None:
    """Make the quote a ``document`` one: no speaker, but the document's mention stays as its source
    ("According to the court filing, ...": speaker_start/end mark "the court filing")."""
    rec.kind = "document"
    rec.speaker = rec.speaker_name = rec.affiliation = None


def is_document_source(root: Token) -> bool:
    """The head of a source mention that names a text with no human speaker ("a superseding indictment", "the
    court filing", "a video", "polls"); an entity the report names as a person or organization is never one, nor
    a text with an author ("Steele's memo", "the new Clinton emails", "a Fox News poll")."""
    return root.pos_ == "NOUN" and root.lemma_.lower() in DOCUMENT_NOUNS and root.ent_type_ not in ("PERSON", "ORG") \
        and not any(c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ in _AUTHORS for c in root.children)


def refine_kind(doc: Doc, rec: Quote, attr: Attr | None) -> None:
    """Turn a marked quote (direct or partial) into a ``question`` or ``document`` in place."""
    if attr is None or rec.kind not in ("direct", "partial"):
        return
    # the speaker mention's head, found once (Span.root walks the span's tokens)
    root: Token | None = doc[attr.speaker[0] : attr.speaker[1]].root if attr.speaker is not None else None
    if rec.text.rstrip().rstrip(_MARK_CHARS).rstrip().endswith("?") and (
            any(t.lemma_.lower() == "ask" for t in doc[attr.cue_start : attr.cue_end])
            or root is not None and root.lower_ in _ASKERS):
        rec.kind = "question"
        if root is not None and root.dep_ == "nsubjpass":
            _clear_speaker(rec)  # the person asked is not the one who speaks
        return
    if root is not None and root.dep_ == "nsubjpass" and root.head.lemma_.lower() == "ask" and \
            any(t.lemma_.lower() == "ask" for t in doc[attr.cue_start : attr.cue_end]):
        # 'people were asked whether "the government should ..."': the poll's wording put to them, a question
        # whose asker is not named, never the words of those asked (review 15)
        rec.kind = "question"
        _clear_speaker(rec)
        return
    if root is not None and is_document_source(root) and rec.speaker is None:
        as_document(rec)  # "A Senate report said" stays the Senate's


def is_title_or_scare(text: str, kind: str, attributed: bool) -> bool:
    """One or two quoted words with no attribution of their own, or a short title in title case."""
    words = text.strip().strip(_MARK_CHARS + ".,;:!?").split()
    if not words or len(words) > 2:
        return False
    if attributed:
        # '"No," Baker said.', 'called the plan "a disaster"'; but a title stays a title
        return all(w[:1].isupper() for w in words) and kind != "direct"
    return True


# Words before the marks that introduce the name of a work rather than words said ("appeared on", "his book").
_TITLE_INTRO = frozenset({
    "on", "to", "in", "of", "with", "from", "at", "for", "show", "book", "program", "programme", "film", "movie",
    "song", "column", "titled", "entitled", "headlined", "called", "memoir", "album", "series", "podcast", "documentary",
    "novel", "play",
})


# Participles that give the name of a work whatever its case ("a story titled", "an op-ed headlined").
_NAMING = frozenset({"titled", "entitled", "headlined", "subtitled"})
#: the naming participles, and "called"/"named"/"dubbed" as participles on a noun ("a talk called "..."");
#: quoted words right after one name a work or an occasion (the events layer reads no event in them, review 20)
NAMING_WORDS = _NAMING | frozenset({"called", "named", "dubbed"})


def _named_by(doc: Doc, t0: int) -> str:
    """The lower-case word right before the opening mark of the quote that starts at token ``t0``."""
    j = t0 - 1
    # only a token made of marks is skipped: the possessive "'s" ('NBC's "Meet the Press"') starts with one
    while j >= 0 and (doc[j].is_space or all(ch in _MARKS for ch in doc[j].text)):
        j -= 1
    return doc[j].lower_ if j >= 0 else ""


def is_work_title(doc: Doc, t0: int, text: str, attr: Attr | None) -> bool:
    """Quoted words that name a show, book or song ('told "Good Morning America"', 'his book "Crippled
    America"'): three title-case words or more with no sentence end, after a preposition or a noun for a work,
    or the channel of "told". A chant keeps its repeated words ("Trump, Trump, Trump") and stays."""
    words = text.split()
    before = _named_by(doc, t0)
    if len(words) >= 3 and before in _NAMING:
        return True  # 'a story titled "Former European leaders struggle to ..."': a headline, in any case
    if _tagged_work(doc, t0, text):
        return True  # 'the video game series "Call of Duty."': the parser names the work
    # a full stop inside the marks ends the reporter's sentence ('series "Call of Duty."'); it bars a title
    # only when no word for a work or a possessive ("NBC's") comes before
    core = text.rstrip().rstrip(".") if before in _TITLE_INTRO or before in _POSSESSIVE else text
    if len(words) < 3 or "!" in core or core.rstrip()[-1:] in ".?" or not is_title_case(core):
        return False
    lowered = [w.lower().strip(",") for w in words]
    if len(set(lowered)) < len(lowered):
        return False
    if before in _TITLE_INTRO or before in _POSSESSIVE:
        return True  # 'his book "Crippled America"', 'told NBC's "Meet the Press"'
    return attr is not None and any(t.lemma_ == "tell" for t in doc[attr.cue_start : attr.cue_end])


_POSSESSIVE = frozenset({"'s", "’s"})
_TRIM = " \t\n.,;:!?" + _MARK_CHARS


def _tagged_work(doc: Doc, t0: int, text: str) -> bool:
    """The quoted words are exactly a WORK_OF_ART that the parser found there."""
    want = text.strip(_TRIM)
    if not want:
        return False
    # the entities that start next to the quote, read from their first tokens (``doc.ents`` builds a Span for
    # every entity of the article on each read)
    n = len(doc)
    for s in range(max(0, t0 - 1), min(n, t0 + 2)):
        tok = doc[s]
        if tok.ent_iob_ != "B" or tok.ent_type_ != "WORK_OF_ART":
            continue
        e = s + 1
        while e < n and doc[e].ent_iob_ == "I":
            e += 1
        if doc[s:e].text.strip(_TRIM) == want:
            return True
    return False


def is_word_mention(doc: Doc, t0: int, t1: int, text: str) -> bool:
    """One quoted function word inside the reporter's sentence ('meant to say "wouldn't" instead of "would"',
    'claimed to have released "all" of its emails'): a word mentioned or stressed, not words anyone said as
    a statement ('would act "as one"' stays). ``text``: the quoted words."""
    if len(text.split()) != 1:
        return False
    words = [t for t in doc[t0:t1] if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.is_stop for t in words)


# Nouns that put the quoted words up as words ('the term "second chance"', 'the slogan "Dump Trump"').
_TERM_NOUNS = frozenset({"term", "terms", "word", "words", "phrase", "phrases", "slogan", "slogans", "label",
                         "nickname", "moniker", "motto", "hashtag", "catchphrase", "buzzword", "expression"})


def is_so_called(doc: Doc, t0: int, text: str) -> bool:
    """Words after "so-called" ('so-called "self-rule" referendums', 'the so-called "reform"') or after a noun
    that names them as words ('the term "second chance"', 'the phrase "radical Islam"'): the reporter
    distances himself from a name or mentions a term; nobody is quoted making a statement. Up to four words."""
    if len(text.split()) > 4:
        return False
    j = t0 - 1
    while j >= 0 and (doc[j].is_space or all(ch in _MARKS for ch in doc[j].text)):
        j -= 1
    before = "".join(t.lower_ for t in doc[max(0, j - 2) : j + 1])
    return before.endswith(("so-called", "socalled", "so–called")) or \
        j >= 0 and doc[j].lower_ in _TERM_NOUNS and doc[j].dep_ not in ("nsubj", "nsubjpass")  # 'the words "lump" ...'


def _intro_attr(doc: Doc, sent: Span, cues: Cues, masked: list[bool]) -> Attr | None:
    """The attribution of a paragraph that ends with a colon: 'Keller wrote:', 'the letter reads:'."""
    a = sentence_cue(doc, sent, cues, masked)
    if a is not None and _subordinate(doc[a.cue_start : a.cue_end]):
        # "X closed with a warning to the council, which she said ... from what it believes is right:": the
        # block is the main clause's subject's, not that of a cue inside a clause that only describes something;
        # with no such subject the block keeps no speaker (never the relative clause's)
        main = colon_intro(doc, sent, masked)
        return main if main is not None and main.speaker is not None else Attr(a.cue_start, a.cue_end, None)
    if a is not None:
        return a
    return _source_intro(doc, sent, masked)


# Dependencies that put a verb inside a clause that modifies or complements a word of the main clause.
_SUBORDINATE_DEPS = frozenset({"relcl", "acl", "pcomp", "pobj", "csubj", "amod"})


def _subordinate(cue: Span) -> bool:
    """The cue's verb sits in a relative, adnominal or prepositional clause (also further down one)."""
    verb = next((t for t in cue if t.pos_ in ("VERB", "AUX") and t.lemma_ != "be"), None)
    if verb is None:
        return False
    return verb.dep_ in _SUBORDINATE_DEPS or any(t.dep_ in _SUBORDINATE_DEPS for t in verb.ancestors)


def _source_intro(doc: Doc, sent: Span, masked: list[bool]) -> Attr | None:
    """'From the Wall Street Journal:' or '..., according to the Los Angeles Times:' right before the colon:
    the named source's text follows (a person or an organization the entity layer found)."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 3 or toks[-1].text != ":" or any(masked[t.i] for t in toks):
        return None
    colon = toks[-1].i
    name = [t for t in doc[toks[0].i : colon] if t.ent_type_ in ("PERSON", "ORG")]
    if not name or name[-1].i != colon - 1:
        return None  # the name must close the introduction
    first = name[-1]
    while first.i > sent.start and doc[first.i - 1].ent_type_ == first.ent_type_ and doc[first.i - 1].ent_iob_ != "O":
        first = doc[first.i - 1]
    start = first.i - 1 if first.i > sent.start and doc[first.i - 1].lower_ == "the" else first.i
    if toks[0].lower_ == "from" and toks[0].i + 1 == start and len(toks) <= 10:
        return Attr(toks[0].i, toks[0].i + 1, (first.i, colon))
    if start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to":
        return Attr(start - 2, start, (first.i, colon))
    return None


# A live-blog time stamp opening a line ("5:40pm –", "11:35 a.m. ET.", "Update at 7:06 a.m. ET.", "12:25 –").
_TIME_STAMP = re.compile(r"\s*(?:update(?:d)?\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
                         r"(?:[A-Z]{2,4}\b\.?)?\s*(?:[-–—.]\s|$)", re.I)
# An embedded post signed by its author at its end: "... — Ana Ruiz (@anaruiz) July 13, 2016".
_SIGNED_POST = re.compile(r"[-–—]\s*[^()\n]{1,60}\(@\w+\)\s*(?:\w+\.?\s+\d{1,2},\s+\d{4})?\s*$")


def is_heading(line: str) -> bool:
    """A heading rather than a sentence of the report: a line opening with a live-blog time stamp, or a line
    whose every content word is capitalized ("Theresa May Confirmed As Prime Minister:"; a sentence full of
    names, "At 9:30 on Monday, Anna Keller wrote:", keeps a lower-case verb)."""
    if _TIME_STAMP.match(line):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words or words[0].lower() in SMALL_WORDS or words[0].lower() == "according":
        return False  # a source named after a preposition: "From the Wall Street Journal:"
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def _said_already(doc: Doc, attr: Attr) -> bool:
    """An introduction whose cue says nothing after the colon: its words are already in the introduction
    ('Obama observed that "I have the authority ..." if he wants to:'), or it is said by no one yet ('should
    force China's leaders to answer two questions:', an infinitive); a clause before the cue is not its words
    ("Kyiv's army has lost ground, the Washington Post reports:" sets out the Post's text)."""
    verb = next((t for t in doc[attr.cue_start : attr.cue_end] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    # a clause after the cue is its content; one before it is not ("X has seen ..., the Post reports:")
    return any(c.dep_ == "ccomp" and c.i > verb.i or c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _first_person(doc: Doc, lo: int, hi: int) -> bool:
    return any(t.lower_ in _FIRST_PERSON for t in doc[lo:hi])


def _reported(doc: Doc, t0: int, t1: int, cues: Cues, masked: list[bool]) -> bool:
    """A reporting verb whose subject is not the letter's own "I"/"we": the reporter writes again."""
    a = sentence_cue(doc, doc[t0:t1], cues, masked)
    return a is not None and a.speaker is not None and doc[a.speaker[0]].lower_ not in _FIRST_PERSON


def block_quotes(doc: Doc, text: str, pars: list[tuple[int, int]], starts: list[int], cues: Cues,
                 masked: list[bool], resolver: Resolver) -> list[Quote]:
    """Paragraphs set out after 'X wrote:' or 'said in a statement:' (no quote marks), kind ``block``."""
    out: list[Quote] = []
    i = 0
    while i < len(pars) - 1:
        lo, hi = pars[i]
        intro = text[lo:hi].rstrip()
        i += 1
        if not intro.endswith(":") or is_heading(intro):
            continue  # a live-blog or section heading names what follows; it is nobody's cue
        last = bisect_left(starts, lo + len(intro)) - 1
        if last < 0 or masked[last]:
            continue
        attr = _intro_attr(doc, doc[last].sent, cues, masked)
        if attr is None or _said_already(doc, attr):
            continue
        block: list[tuple[int, int]] = []
        for j in range(i, min(len(pars), i + _BLOCK_MAX_PARAGRAPHS)):
            plo, phi = pars[j]
            body = text[plo:phi].strip()
            t0, t1 = bisect_left(starts, plo), bisect_left(starts, phi)
            if not body or body[0] in _MARKS or any(masked[t0:t1]) or len(body.split()) < _BLOCK_MIN_WORDS and not block:
                break
            if body.endswith(":") or is_heading(body) or _SIGNED_POST.search(body):
                break  # the next heading or introduction, or a post signed by its own author ("— Ana Ruiz (@ana)")
            if not block and about_things(doc, attr, t0, t1):
                break  # "offered differing estimates:" + "... evidence for the estimates": the writer's (round 25)
            if block and (not _first_person(doc, t0, t1) or _reported(doc, t0, t1, cues, masked)):
                break  # the reporter's own words again
            block.append((plo, phi))
        if not block:
            continue
        s, e = block[0][0], block[-1][1]
        while e > s and text[e - 1].isspace():
            e -= 1
        cue = doc[attr.cue_start : attr.cue_end]
        rec = Quote(id="", text=text[s:e], kind="block", start=s, end=e, cue=text[cue.start_char : cue.end_char], cue_start=cue.start_char,
                    cue_end=cue.end_char)
        if attr.speaker is not None:
            resolver.fill(rec, doc[attr.speaker[0] : attr.speaker[1]])
        out.append(rec)
        if doc[attr.cue_start].lower_ in ("from", "according") or is_outlet(rec.speaker_name or ""):
            i += len(block)
            continue  # an outlet's excerpt reports others: "military officials said" in it stays theirs
        for k in range(bisect_left(starts, s), bisect_left(starts, e)):
            masked[k] = True  # the block's own sentences are the author's, not the reporter's
        i += len(block)
    return out


_LABEL = re.compile(r"\s*[\"“]?\s*(Q|A|[A-Z][A-Z.'’ -]{0,28}[A-Z])\s*(:)\s+(?=\S)")


def transcript_quotes(doc: Doc, text: str, pars: list[tuple[int, int]], starts: list[int], masked: list[bool],
                      resolver: Resolver) -> list[Quote]:
    """Lines of an interview transcript: 'PENCE: Well, ...' or 'Q: ...' / 'A: ...' opening a paragraph.

    A label counts only when it names a person of the article ("PENCE" for Mike Pence), so that "UPDATE:"
    or "WATCH:" never make a quote."""
    persons = {w.upper(): e["id"] for e in resolver.by_id.values() if e["type"] == "PERSON"
               for w in (e["name"], e["name"].split()[-1])}
    out: list[Quote] = []
    labelled: list[tuple[int, int, re.Match[str]]] = []
    for lo, hi in pars:
        m = _LABEL.match(text, lo, hi)
        if m is None:
            continue
        label = " ".join(m.group(1).split())
        s, e = m.end(), hi
        while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS):
            e -= 1
        if e - s < 2:
            continue
        labelled.append((s, e, m))
        if label not in persons:
            continue  # "Q:" and "A:" lines name nobody; measured on PolNeAR train they cost more than they give
        rec = Quote(id="", text=text[s:e], kind="direct", start=s, end=e, cue=":", cue_start=m.start(2),
                    cue_end=m.end(2))
        rec.speaker = persons[label]
        rec.speaker_name = resolver.name_of(rec.speaker)
        rec.speaker_start, rec.speaker_end = m.start(1), m.end(1)
        out.append(rec)
        for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            masked[k] = True
    hosts = host_lines(text, labelled, out)  # "TAPPER: ..." in a transcript, the host named by labels alone
    for rec in hosts:
        for k in range(bisect_left(starts, rec.speaker_start or rec.start), bisect_left(starts, rec.end)):
            masked[k] = True
    return out + hosts

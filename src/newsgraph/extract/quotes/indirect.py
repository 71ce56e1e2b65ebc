"""Indirect quotes: the clause a reporting verb governs, or the one "according to X" introduces.

"McKenzie said that the United States has decided ..." gives the clause after "that" (text without
the complementizer) with "McKenzie" as the speaker mention and "said" as the cue; "..., sources said"
works the same way from the parse. A clause that overlaps a direct quote is that quote's, not a new
one, and a reporting verb inside quoted words reports nothing of the article's own.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...record import Quote, QuoteModality
from .arrays import DocArrays, among, id_array
from .at_large import fill_holder
from .clause_words import ADDRESS as _ADDRESS
from .clause_words import CLAUSAL_SETTING as _CLAUSAL_SETTING
from .clause_words import COMPLEMENTIZERS as _COMPLEMENTIZERS
from .clause_words import MADE_CLAUSES as _MADE_CLAUSES
from .clause_words import MADE_REACH as _MADE_REACH
from .clause_words import QUESTION_WORDS as _QUESTION_WORDS
from .clause_words import REGARDING as _REGARDING
from .clause_words import WRITERS as _WRITERS
from .clause_words import agent as _agent
from .clause_words import argued as _argued
from .clause_words import complementized as _complementized
from .clause_words import setting as _setting
from .cues import (
    _SUBJECT_SPEAKS,
    NOT_CUE_DEP_IDS,
    Cues,
    cue_extent,
    is_frame_verb,
    is_verb_cue,
    load_cues,
    mute,
    np_span,
    phrase_at,
    quoted_source,
    subject_of,
)
from .demands import content_start, dependents
from .held_participles import participle_holder
from .inner_reports import fronted_report, inner_report_start
from .kinds import as_document, is_document_source
from .left_subjects import left_subject
from .participles import be_passive, naming, speech_tail
from .relays import Relay, direct_relay, outer_attribution, relayed_by_text, relayed_statement, relays
from .review28 import told_to
from .short_aims import negated_verb, short_aim
from .speakers import Resolver
from .statements import as_said, as_source, expletive_clause, noun_claims, pp_clauses, speaking_it, unnamed_it
from .unsaid import (
    ASKING,
    acts_on,
    asks_anonymity,
    declines_speech,
    held_view,
    in_keeping,
    intended,
    is_target,
    no_content,
    object_gap,
    points_at_words,
    reason_of_act,
    refused_act,
    says_nothing,
    stance_of,
    sure_ids,
    sure_views,
    unheld_mind,
    unheld_stance,
    writers_inference,
)

__all__ = ["indirect_quotes"]

# A reported clause shorter than this many tokens is an object ("said so", "said yes"), not a statement; a noun phrase ("described the night") must be longer still to say something.
_MIN_CLAUSE_WORDS = 2
_MIN_PHRASE_WORDS = 3
_KEPT_MARK_HEADS = frozenset({"advcl", "csubj", "csubjpass"})
_ACCORDING = get_string_id("according")
_NSUBJPASS = get_string_id("nsubjpass")
_ACL = get_string_id("acl")
_COMMA = get_string_id(",")
_ARTICLES = frozenset(get_string_id(w) for w in ("a", "an", "the"))


def _comma_at(doc: Doc, i: int) -> bool:
    return i >= 0 and doc[i].text == ","


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    # each token read once per step (``doc[i]`` builds a new Token object on every call)
    while s < e:
        t = doc[s]
        # a complementizer opens the reported clause; "if" opening a condition ("If the plan fails, he argues,
        # ...", the mark of an adverbial clause) is part of what was said
        # (nor does one that opens a subject clause inside the words: "Whether A or B works will be part of the
        # postmortem, said X" keeps its "Whether"; round 18)
        if not (t.is_punct or t.is_space or (t.lower_ in _COMPLEMENTIZERS and t.dep_ == "mark"
                                              and t.head.dep_ not in _KEPT_MARK_HEADS)):
            break
        s += 1
    while e > s:
        t = doc[e - 1]
        if t.dep_ == "cc" and e - 1 > s:
            e -= 1  # "denied collusion with Russia and [on Monday called ...]": the conjunction is not said
            continue
        if not (t.is_punct or t.is_space) or t.text in ("?", "!", ")"):
            break
        if t.is_quote and any(u.is_quote for u in doc[s : e - 1]):
            break  # the closing mark of a quote inside the clause stays
        e -= 1
    return s, e


# Nouns for a statement as such: after a comma at the end of a reported clause, "a/an/the" and one of them open
# the narrator's gloss on what was said ("Moscow said a strike had hit a depot, an explanation dismissed in the
# West"; "..., a claim the party denies"), which the speaker did not say
_GLOSS_NOUNS = frozenset({"explanation", "claim", "assertion", "allegation", "accusation", "charge", "account",
                          "version", "argument", "contention", "narrative", "characterization", "suggestion"})


def _gloss_at(doc: Doc, lowers: list[int], s: int, e: int) -> int | None:
    """The comma that opens a gloss running to the end of the clause [s, e), if there is one (the commas and
    articles found in the lower-case ids, so no Token is built for the other words)."""
    for i in range(s + 1, e - 2):
        if lowers[i] != _COMMA or lowers[i + 1] not in _ARTICLES:
            continue
        head = doc[i + 1].head
        if head.i > i + 1 and head.lemma_.lower() in _GLOSS_NOUNS and head.right_edge.i >= e - 2 and \
                all(t.i <= head.i or t.head.i >= head.i for t in doc[i + 1 : head.i]):
            return i
    return None


def _add_views_and_claims(doc: Doc, found: _Clauses, masked: list[bool], arrays: DocArrays) -> None:
    """Beliefs ("is convinced that ...": no words said) and owned claims ("his claim that ...", "her decision to")."""
    starts = arrays.starts
    sure = numpy.flatnonzero(among(arrays.lower, id_array(sure_ids()))).tolist()
    for word, clause, holder in sure_views(doc, sure):
        if not masked[word.i] and found.in_body(starts[word.i]):
            found.add(word.i, word.i + 1, clause.left_edge.i, clause.right_edge.i + 1, holder, kind="stance")
    for noun, clause, owner, kind in noun_claims(doc):
        if not masked[noun.i] and found.in_body(starts[noun.i]):
            lo = clause.left_edge.i
            found.add(noun.i, noun.i + 1, lo, found.closed(lo, clause.right_edge.i + 1), owner,  # a stance may aim
                      1 if kind == "stance" else _MIN_CLAUSE_WORDS, kind=kind)  # at one name ("attacks on Trump")


def indirect_quotes(doc: Doc, cues: Cues, masked: list[bool], marked: list[tuple[int, int, str]],
                    pars: list[tuple[int, int]], resolver: Resolver,
                    arrays: DocArrays | None = None) -> list[Quote]:
    """The reported clauses of the Doc's reporting verbs and "according to" phrases, in the order found.
    ``arrays``: the Doc's token attributes, when the caller has read them."""
    arrays = DocArrays(doc) if arrays is None else arrays
    found = _Clauses(doc, masked, marked, pars, resolver, arrays)
    found.verbs = cues.verbs
    starts, lower, dep = arrays.starts, arrays.lower, arrays.dep
    # the tokens that have a passive subject among their dependents (read once, not through Token.children)
    passive_heads = set(arrays.heads[arrays.deps == _NSUBJPASS].tolist())
    made = frozenset(cues.made_ids().tolist())
    relayed: list[tuple[Token, int]] = []  # "According to Interfax, Lavrov said": added after Lavrov's statement
    for i in _candidates(arrays, cues):
        if masked[i] or not found.in_body(starts[i]):
            continue
        if lower[i] in made and doc[i].pos_ != "VERB":  # ("made the point that ...", "they point out ...")
            found.made(doc[i])
            continue
        according = lower[i] == _ACCORDING
        if dep[i] == _ACL and (held := participle_holder(doc[i])) is not None:  # "a PAC backing Bush" (round 18)
            found.governed(doc[i], held, False, cues.frames.get(doc[i].lemma_.lower(), _NONE), False)
            continue
        if not according and dep[i] in NOT_CUE_DEP_IDS:
            continue  # a participle modifying a noun, a noun: neither a cue nor a frame verb (no Token built)
        tok = doc[i]
        n = phrase_at(doc, i, cues) if according else 0
        if n:
            (relayed.append((tok, n)) if relayed_statement(tok, cues) else found.according(tok, n))
            continue
        cue_verb = is_verb_cue(tok, cues)
        frames = cues.frames.get(tok.lemma_.lower(), _NONE) if is_frame_verb(tok) else _NONE
        if not cue_verb and not frames:
            continue
        subj = subject_of(tok) or (left_subject(tok) if cue_verb else None)  # (round 24: parser left none)
        if subj is not None and cue_verb and found.expletive(tok, subj):
            continue  # "It was claimed that ...": said, by someone unnamed
        if subj is None or subj.lower_ in ("it", "there") and not speaking_it(tok, subj) or mute(subj) or reason_of_act(tok):
            continue
        if writers_inference(tok, subj):
            continue  # "This goes to show that ...", "..., considering that ...": nobody speaks
        if cue_verb:
            found.as_said(tok, subj, frames)  # "As the minister noted, ...": a verb that reports clauses
        # "Kim, who is seen as his right-hand man": the relative pronoun, not its antecedent, shows the voice
        passive = subj.dep_ == "nsubjpass" or i in passive_heads
        if cue_verb and tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and not passive:
            found.parataxis(tok, subj)
        found.governed(tok, subj, cue_verb, frames, passive)
    for tok, n in relayed:  # the relay holds the statement whole (relays.py), rather than hiding it
        found.according(tok, n)
    for args in found.late:  # "As reported by X, ...", likewise (round 17)
        found.add(*args)
    _add_views_and_claims(doc, found, masked, arrays)
    # a stance inside a statement is part of what the speaker said ("..., said Goldenberg" around "Obama endorsed
    # ..."): the statement tells it; one that overlaps a statement gives way to it. A stance whose holder no
    # pronoun resolution found ("they agreed to such a deal") is dropped: a position is worth keeping only with
    # whose it is, and a statement keeps its words even then
    return found.out + [r for r in found.stances if r.speaker_name
                        and not any(o.start < r.end and r.start < o.end for o in found.out)]


def _shared_passive(tok: Token) -> bool:
    """A passive conjunct with no subject of its own, sharing an active verb's ("He helped plan it and was accused
    of ...", "but was ordered to make four releases"): the subject it shares is the one accused or ordered, no
    speaker; the words stay, with the by-agent or no speaker (round 30; "who's called for ..." has its own subject:
    the parser's "'s" there is "has", no passive)."""
    return tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
        tok.lemma_.lower() not in _SUBJECT_SPEAKS  # ("and was quoted as saying ...": the subject spoke)


class _Clauses:
    """The indirect quotes of one Doc, added phase by phase, and what every phase checks them against."""

    def __init__(self, doc: Doc, masked: list[bool], marked: list[tuple[int, int, str]],
                 pars: list[tuple[int, int]], resolver: Resolver, arrays: DocArrays) -> None:
        self.doc, self.masked, self.marked, self.pars, self.resolver = doc, masked, marked, pars, resolver
        self.text = resolver.text
        self.par_starts = [s for s, _e in pars]
        self.starts, self.ends, self.lower, self.lowers = arrays.starts, arrays.ends, arrays.lower, arrays.lowers
        self.arrays = arrays
        self.out: list[Quote] = []
        self.stances: list[Quote] = []  # acts' aims (kind "stance"), apart from the statements
        self.blocked: list[tuple[int, int]] = []  # character spans of governed words that state nothing
        self.late: list[tuple[int, int, int, int, Token]] = []  # clauses added after every verb's (round 17)
        self.verbs: frozenset[str] = frozenset()  # the cue table's verbs of saying (round 34's inner reports)

    def in_body(self, char: int) -> bool:
        """The character offset lies in a body paragraph."""
        k = bisect_right(self.par_starts, char) - 1
        return k >= 0 and char < self.pars[k][1]

    def overlaps_direct(self, a: int, b: int) -> bool:
        # a clause that overlaps a direct quote, or lies inside any quote's marks, is that quote
        return any(a < de and ds < b if kind == "direct" else ds <= a and b <= de for ds, de, kind in self.marked)

    def headed_by_quote(self, s: int, e: int) -> bool:
        """The clause [s, e) opens with a partial quote that holds its head: the quoted words are what was said and
        the rest is narration ('answered “We’ll see” while making eye contact ...', 'reporting “no records that
        comply” to subpoenas'), so the clause is a second copy of that quote with a tail. A clause that opens
        before the quote ('Any mining benefits “are decades down the road,”') or around a quoted modifier ('said
        “moderate” rebels were armed', headed outside the marks) stays."""
        doc, starts = self.doc, self.starts
        a = starts[s]
        quotes = [(ds, de) for ds, de, kind in self.marked if kind != "direct" and ds <= a < de]
        if not quotes:
            return False
        for i in range(s, e):
            if not s <= doc[i].head.i < e or doc[i].head.i == i:
                if any(ds < starts[i] < de for ds, de in quotes):
                    return True
        return False

    def block(self, s: int, e: int) -> None:
        """Set the tokens [s, e) aside: what they hold is no statement, and no clause inside them is one either
        (a clause around them still is: "..., according to the Tax Foundation")."""
        if e > s:
            self.blocked.append((self.starts[s], self.ends[e - 1]))

    def add(self, cs: int, ce: int, s: int, e: int, spk: Token | None, least: int = _MIN_CLAUSE_WORDS,
            kind: Literal["indirect", "question", "stance"] = "indirect", may_relay: bool = True,
            modality: QuoteModality = "asserted") -> None:
        """The clause of tokens [s, e) (trimmed), reported by the cue [cs, ce), unless it is too short, a
        quote's words, or nested in a clause already reported. A stance (an act's aim) is kept apart: it never
        hides a statement inside or around it, and only another stance can hide it here."""
        s, e = _trim(self.doc, s, e)
        cut = outer_attribution(self.doc, self.lowers, s, e)
        if cut is not None:
            s, e = _trim(self.doc, s, cut.comma)
        gloss = _gloss_at(self.doc, self.lowers, s, e)
        if gloss is not None:
            s, e = _trim(self.doc, s, gloss)
        if kind == "indirect":  # another's report set in this one ("..., though she noted ...", round 34)
            cs, ce, s, e, spk = self.inner_reports(cs, ce, s, e, spk)
        if e - s < least:
            # "promised a veto": a short noun object is no words to list, yet the speaker's aim (round 36)
            if not (kind == "indirect" and least == _MIN_PHRASE_WORDS and short_aim(self.doc, s, e, cs, ce)):
                return
            kind = "stance"
            modality = "negated" if negated_verb(self.doc[s:e].root.head) else modality
        a, b = self.starts[s], self.ends[e - 1]
        if self.overlaps_direct(a, b) or any(self.masked[cs:ce]):
            return
        held = held_view(list(self.doc[cs:ce]), spk) if kind in ("indirect", "question") else None
        if held is not None:
            # "Investigators believe the fire was set": a belief, no words said (round 14, beliefs), held apart from
            # statements from here on; "does not believe ...", "is believed to": no view held by anyone named
            kind = "stance"
        met = [r for r in (self.stances if kind == "stance" else self.out) if r.start < b and a < r.end]
        # (an event or idea relays nothing: "..., the hearing showed")
        relay = bool(met) and may_relay and kind == "indirect" and spk is not None and not mute(spk) and \
            relays(met, a, b, self.starts[spk.i])
        if relay:
            # the writer's introduction before a colon is no one's report ("We have been here before: X declared
            # ..., the senator said"): the relayed clause starts after it
            inner = min(r.cue_start or r.start for r in met)
            s = next((k + 1 for k in range(e - 1, s - 1, -1) if self.starts[k] < inner and
                      self.doc[k].text in (":", ";")), s)
            a = self.starts[s]
        if met and not relay or \
                any(x <= a and b <= y for x, y in self.blocked):
            return  # a clause nested in one already reported ("said that X told him that ...") or set aside; one
            # that holds another's report whole, its cue and source too, relays it ("..., the Times reported")
        if self.headed_by_quote(s, e):
            self.block(s, e)  # nor does a clause inside it come out alone, with the copy's speaker guessed anew
            return
        if held is not None:
            self.block(s, e)  # a clause inside a belief ("believe the gunman told friends ...") is no one's words
            if not held:
                return
        if kind == "stance" and spk is not None and unheld_stance(spk):
            return  # "the talking points emphasize blaming the video": a text takes no position
        ca, cb = self.starts[cs], self.ends[ce - 1]
        text = self.text
        rec = Quote(id="", text=text[a:b], kind=kind, start=a, end=b, cue=text[ca:cb], cue_start=ca, cue_end=cb,
                    modality=modality)
        if spk is not None:
            ss, se = np_span(self.doc, spk)
            fill_holder(self.resolver, rec, self.doc[ss:se], spk if kind == "stance" else None)
            if is_document_source(spk) and kind == "indirect" and rec.speaker is None or relay and relayed_by_text(spk, rec.speaker):
                as_document(rec)  # "a superseding indictment accused him of ...", "according to the filing"
        if spk is None or not unnamed_it(spk, rec):  # ("It says ..." that no organization stands for: no one's words)
            (self.stances if kind == "stance" else self.out).append(rec)
            if cut is not None and kind == "indirect":
                self.relay(cut, cs)

    def inner_reports(self, cs: int, ce: int, s: int, e: int,
                      spk: Token | None) -> tuple[int, int, int, int, Token | None]:
        """The cue, clause and speaker once a report set inside the clause [s, e) is taken out of it: one at its end
        ends it; a fronted "While he acknowledged" that the parser left wordless takes the words (inner_reports.py)."""
        inner = inner_report_start(self.doc, s, e, self.verbs)
        if inner is not None:
            s, e = _trim(self.doc, s, inner)
        fronted = fronted_report(self.doc, s, e, self.verbs) if e - s > 3 else None
        if fronted is not None:
            verb, spk = fronted
            cs, ce, s = verb.i, verb.i + 1, verb.right_edge.i + 1
        return cs, ce, s, e, spk

    def relay(self, cut: Relay, cs: int) -> None:
        """The outer attribution cut from the end of a reported clause ("..., the Times reported"), as a quote of
        its own: the sentence up to the comma, the inner source and cue included, said by the outer source."""
        if not cut.verb:
            return  # "..., according to X": the "according" pass adds it in its turn
        sent = self.arrays.sent(self.doc[cs])
        self.add(cut.cue_start, cut.cue_end, sent.start, cut.comma, cut.source)

    def closed(self, lo: int, hi: int) -> int:
        """The end of [lo, hi) taken over the mark that closes a quote opened inside ("called the decision a 'huge
        mistake'", also with the full stop or comma inside the marks)."""
        if self.arrays.quotes_in(lo, hi) % 2:  # counted from the arrays, no Token views
            closing = next((k for k in (hi, hi + 1) if k < len(self.doc) and self.doc[k].is_quote), None)
            if closing is not None and (closing == hi or self.doc[hi].text in (".", ",")):
                return closing + 1
        return hi

    def according(self, tok: Token, n: int) -> None:
        """'According to X, ...' and '..., according to X': the rest of the sentence, X speaking."""
        sent = self.arrays.sent(tok)
        sub = list(tok.subtree)
        a, b = sub[0].i, sub[-1].i + 1
        obj = next((c for c in self.doc[tok.i + n - 1].children if c.dep_ == "pobj"), None)
        if obj is not None and in_keeping(obj):
            return  # "according to plan", "according to his title": in keeping with, no one says (review 15)
        if a - sent.start <= 1:
            self.add(tok.i, tok.i + n, b, sent.end, obj)
        elif sent.end - b > 2 and _comma_at(self.doc, a - 1):
            # "The witnesses, according to the filings, worked with him": set off inside the sentence, the
            # phrase attributes all of it (its two sides alone are a subject and a predicate)
            self.add(tok.i, tok.i + n, sent.start, sent.end, obj)
        else:
            # the clause before it; it relays a report in that clause only when it closes the sentence ("It has
            # been a year since X announced a deal, but according to Y, Iran threatens ...": Y's words come after)
            closes = all(self.doc[k].is_punct or self.doc[k].is_space for k in range(b, sent.end))
            # '"...," O'Malley said, according to the Sun': the quote and its attribution, the Sun's (round 17)
            got = direct_relay(self.doc, self.marked, self.resolver, (tok.i, tok.i + n), sent.start, a, obj)
            if got is not None and closes:
                self.out.append(got)
            else:
                self.add(tok.i, tok.i + n, sent.start, a, obj, may_relay=closes)

    def expletive(self, tok: Token, subj: Token) -> bool:
        """'It was claimed that ...', 'It has been alleged that ...': the clause, said by the by-agent or by nobody
        named; a verb of regarding, forecasting or a mental state ("it is believed that", "it is expected that")
        reports no one's words."""
        clause = expletive_clause(tok, subj)
        if clause is None or tok.lemma_.lower() in _REGARDING or unheld_mind(tok, "ccomp", clause, None):
            return False
        cs, ce = cue_extent(self.doc, tok)
        self.add(cs, ce, clause.left_edge.i, clause.right_edge.i + 1, _agent(tok))
        return True

    def as_said(self, tok: Token, subj: Token, frames: frozenset[str]) -> None:
        """'As the minister noted, the talks have failed.': the main clause, said by the "as"-clause's subject
        (not for a mental state, a verb of regarding or of asking: "as many feared", "as she asked")."""
        lemma = tok.lemma_.lower()
        if "ccomp" not in frames or lemma in _REGARDING or lemma in ASKING or unheld_mind(tok, "ccomp", tok.head, None):
            return
        span, spk = as_said(self.doc, tok), as_source(tok, subj)  # "As reported by X, ...": X (round 17)
        if span is not None and spk is not None:
            args = (*cue_extent(self.doc, tok), span[0], span[1], spk)
            if spk is subj:
                self.add(*args)
            else:  # a by-agent's clause comes after the clause's own reports, which it may relay (relays.py)
                self.late.append(args)

    def made(self, adj: Token) -> None:
        """'X made (it) clear that ...': the clause after the complement of "make" is what X said, X the subject."""
        make, clause = adj.head, None
        if make.lemma_.lower() != "make" and make.dep_ == "ccomp" and make.i > adj.i and make.head.lemma_ == "make":
            make, clause = make.head, make  # "made clear the waves are ...": the parser hung "clear" in the clause
        if make.lemma_.lower() != "make" or make.i > adj.i:
            return
        subj = subject_of(make)
        if subj is None or subj.lower_ in ("it", "there") or mute(subj):
            return  # "it was made clear that ...": nobody named
        if clause is None:
            clause = next((c for c in (*adj.children, *make.children) if c.i > adj.i and c.dep_ in _MADE_CLAUSES
                           and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            # "made clear in his statement that ...": the parser may hang the that-clause on a noun between
            near = self.doc[adj.i + 1 : min(adj.sent.end, adj.i + _MADE_REACH)]
            mark = next((t for t in near if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i), None)
            clause = mark.head if mark is not None else None
        if clause is not None and adj.pos_ in ("NOUN", "PROPN"):
            clause = _argued(adj, clause)
        if clause is not None:
            self.add(make.i, adj.i + 1, max(adj.i + 1, clause.left_edge.i), clause.right_edge.i + 1, subj)

    def parataxis(self, tok: Token, subj: Token) -> None:
        """A reporting verb set in the clause it reports: 'The talks will fail, Brown said.' and
        'The talks, Brown said, will fail.'"""
        cs, ce = cue_extent(self.doc, tok)
        sent = self.arrays.sent(tok)
        # the cue's own words start at its subject: a clause the parser hung on the cue before it ("If this plan
        # fails, Walsh argues, there are ...": "fails" an advcl of "argues") is part of what was said
        lo = min(subj.left_edge.i, cs) if any(
            c.i < subj.left_edge.i and c.dep_ in _CLAUSAL_SETTING for c in tok.children) else tok.left_edge.i
        # "But the arsenal suggested otherwise: a rifle, ..., the minister said": what comes before a colon is the
        # writer's introduction, the words reported (up to a cue that closes the sentence) start after it
        first = next((k + 1 for k in range(lo - 1, sent.start - 1, -1) if self.doc[k].text == ":"), sent.start)
        if lo > first and tok.right_edge.i + 1 >= sent.end - 1:
            self.add(cs, ce, first, lo, subj)
        elif lo > sent.start and first == sent.start:  # (a cue inside the words after a colon: left alone)
            self.add(cs, ce, sent.start, sent.end, subj)

    def governed(self, tok: Token, subj: Token, cue_verb: bool, frames: frozenset[str], passive: bool) -> None:
        """The dependents that hold what the verb attributes, one span per side of the verb ("criticized the
        budget for its cuts" is one attribution)."""
        # "We're calling the project 'Back at Base'": the writer naming a thing is no one's quote
        # "refused to release his records": a refused act is a stance, not nothing (a refusal to speak is nothing)
        refusal = refused_act(tok, subj)
        muses = not refusal and (says_nothing(tok) or naming(tok) and subj.lower_ in _WRITERS or asks_anonymity(tok))
        declined = not refusal and not muses and declines_speech(tok)  # "declined to say whether ...": negated
        sides = self._sides(tok, subj, cue_verb, frames, passive)
        cs, ce = cue_extent(self.doc, tok)
        asking = tok.lemma_.lower() in ASKING
        # "Trump was asked whether ...", "Asked if ..., May said": the subject is the one asked, not the asker
        # (a subjectless "asked" opening an adverbial clause is the same participle, whatever tag the parser gives it)
        asked = asking and (passive or (tok.tag_ == "VBN" or tok.dep_ == "advcl") and not any(c.dep_ in (
            "aux", "nsubj", "nsubjpass") for c in tok.children) or be_passive(tok))
        for (after, act), heads in sides.items():
            stance = act or refusal
            # "attacked the USS Cole": whom or what a verb is aimed at, nothing said; an act's aim before its verb is
            # a relative pronoun ("an attack that officials blamed on Iran"), which names no aim in its words
            if all(target for _h, _s, _c, target in heads) or stance and not after:
                continue
            lo = min(content_start(h) for h, _s, _c, _t in heads)  # ("called for [the minister to resign]")
            hi = max(h.right_edge.i for h, _s, _c, _t in heads) + 1
            # what is said never holds its own cue: in "a directive that he said would return ..." the relative
            # pronoun heads the clause from before the cue, and the words said start after it
            lo, hi = (max(lo, ce), hi) if after else (lo, min(hi, cs))
            hi = self.closed(lo, hi if stance or not after else speech_tail(self.doc, heads, lo, hi, self.marked))
            if stance:  # "endorsed Trump, who says he is honored": the aside tells of the aim, its verb reports it
                hi = min([hi] + [c.left_edge.i - 1 for h, _s, _c, _t in heads for c in h.children
                                 if c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text == ","]
                         # "rejected that idea saying intercept evidence is ...": the participle reports a clause of
                         # its own; the aim stops at the object's noun phrase (round 14, beliefs)
                         + [c.left_edge.i for h, _s, _c, _t in heads for c in h.children
                            if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i > h.i
                            and (c.lemma_.lower() in load_cues().verbs or any(g.dep_ == "ccomp" for g in c.children))])
            # a stance may be aimed at one name ("endorsed Trump"); words said are a clause or a longer phrase
            least = 1 if stance else _MIN_CLAUSE_WORDS if any(c for _h, _s, c, _t in heads) else _MIN_PHRASE_WORDS
            spk = heads[0][1]
            # "Reporters asked whether he holds Russia accountable": a question, the askers speaking
            question = asking and self.doc[lo].lower_ in _QUESTION_WORDS
            if not asking and self.doc[lo].lower_ == "whether" and any(self.doc[lo].head.i == h.i for h, *_r in heads):
                self.block(lo, hi)  # "pressed to answer whether ...", "will confirm whether ...": no answer given
                continue
            if asked and not question:
                continue  # "When asked about the relationship, the officer said ...": the topic put to the subject
            # (round 29: a present participle's question, "..., asking Dunn why ...", is its clause subject's)
            if question and asked and not (tok.tag_ == "VBG" and not passive):
                # "Asked by Sen. Graham whether ...": the by-agent of the participle is the asker (review 15)
                spk = _agent(tok) if passive or asked else None
            if muses:
                self.block(lo, hi)  # no statement, and none of the clauses inside it is one of the reporter's
                continue
            self.add(cs, ce, lo, hi, spk, least, "stance" if stance else "question" if question else "indirect",
                     modality="negated" if declined else "asserted")

    def _sides(self, tok: Token, subj: Token, cue_verb: bool, frames: frozenset[str],
               passive: bool) -> dict[tuple[bool, bool], list[tuple[Token, Token | None, bool, bool]]]:
        """(head, speaker, clausal, target) of each dependent of ``tok`` that holds what it attributes, by side
        (after the verb or not) and by whether it is an act's aim (a stance, data/quote_acts.tsv); dependents
        that state nothing are set aside on the way."""
        sides: dict[tuple[bool, bool], list[tuple[Token, Token | None, bool, bool]]] = {}
        deps = dependents(tok)
        shared = not passive and _shared_passive(tok)
        if "ccomp" in frames and cue_verb and not any(rel == "ccomp" for rel, _h in deps):
            # "told investigators in a long testimony that ...": the clause the parser hung on the phrase's noun
            deps.extend(("ccomp", c) for c in pp_clauses(tok))
        # a verb reports one clause: with a "that"-clause after it ("In the letter he submitted, he did not say that
        # he resigned"), a clause with its own subject that the parser hangs before it is the narrator's setting,
        # not a second content (a participle with none, "Claiming X, Trump told Fox that ...", is the subject's)
        that_after = any(rel == "ccomp" and h.i > tok.i and _complementized(h) for rel, h in deps)
        for rel, head in deps:
            if head.i == subj.i or that_after and rel == "ccomp" and head.i < tok.i and _setting(head):
                continue
            act = acts_on(tok, rel) or intended(tok, rel)  # "plans to employ ...": an aim held, a stance
            if act and not stance_of(tok, subj):
                continue  # "welcomed the renewal of dialogue", "blame X for Y": the act's aim, no words said
            if rel == "ccomp" and head.i < tok.i and ":" in (self.doc[head.right_edge.i].text,
                                                             self.doc[min(head.right_edge.i + 1, tok.i)].text):
                continue  # "But the arsenal suggested otherwise: a rifle, ..., the minister said": the writer's intro
            if no_content(tok, rel, head) or rel == "ccomp" and object_gap(tok, head):
                self.block(head.left_edge.i, head.right_edge.i + 1)
                continue
            if rel == "ccomp" and cue_verb:  # review 17: "X was told that": the hearer is no speaker; the agent
                told = passive and tok.tag_ == "VBN" and tok.lemma_.lower() in _ADDRESS  # ("told by officials")
                spk: Token | None = (_agent(tok) if head.i > tok.i else None) if told else \
                    _agent(tok) if shared else subj
            elif rel == "dobj" and tok.lemma_ in _ADDRESS and (head.ent_type_ == "PERSON" or head.pos_ == "PRON"):
                continue  # "asked Norquist", "told him": the person addressed, not what was said
            elif rel in ("dobj", "prep:as") and quoted_source(tok) is not None:
                continue  # "quoted Lavrov as saying ...": the one quoted, whose words "saying" governs
            elif (rel + ":pass" if passive else rel) in frames or "*" in frames or \
                    told_to(tok, rel, head, frames, passive):  # "warned the party not to ...": what was asked
                # "was criticized for ... by X": the agent speaks, not the subject; with no agent a verb of regarding
                # or forecasting ("is seen as his right-hand man", "is expected to visit Paris") reports nobody's
                # words: a description or a forecast (the reviews of real reports count them as non-quotes), while
                # an accusation or a charge with no agent ("was accused of ...") stays a claim someone made
                spk = _agent(tok) if passive or shared else subj
                if spk is None and passive and tok.lemma_.lower() in _REGARDING:
                    continue
            else:
                continue
            if unheld_mind(tok, rel, head, spk):
                self.block(head.left_edge.i, head.right_edge.i + 1)  # "one wonders why ...": the writer's musing
                continue
            if points_at_words(head) and tok.lemma_.lower() not in ASKING:
                self.block(head.left_edge.i, head.right_edge.i + 1)  # "said what he meant": no words given
                continue
            clausal = rel in ("ccomp", "xcomp") or head.pos_ in ("VERB", "AUX")
            # an act's aim is a stance even when it names a person or thing ("endorsed Clinton"): its own side
            target = rel == "dobj" and not act and is_target(head)
            sides.setdefault((head.i > tok.i, act), []).append((head, spk, clausal, target))
        return sides


_NONE: frozenset[str] = frozenset()

def _candidates(arrays: DocArrays, cues: Cues) -> list[int]:
    """Indices of the tokens that may report something: a cue or frame lemma, or "according".

    Read from the Doc's arrays so that the other tokens never become Token objects (most of the time)."""
    if not len(arrays.lemma):
        return []
    ids = cues.lemma_ids()
    lemmas = arrays.lemma
    # membership by binary search in the sorted ids (numpy.isin sorts the Doc's lemmas on every call)
    at = numpy.minimum(numpy.searchsorted(ids, lemmas), len(ids) - 1)
    hit = (ids[at] == lemmas) | (arrays.lower == _ACCORDING) | among(arrays.lower, cues.made_ids())
    return numpy.flatnonzero(hit).tolist()

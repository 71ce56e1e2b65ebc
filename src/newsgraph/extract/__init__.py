"""Extractors, one module (or package) per fact family.

The component contract, the same for every family:

* ``extract_<family>(doc, ...) -> list[<record model>]``: a function over a parsed ``Doc`` that returns
  the family's facts as the models of :mod:`newsgraph.record` (``Entity``, ``Time``, ``Place``...), the one
  definition of each fact kind. It reads upstream layers from ``doc._`` and writes nothing on the Doc.
* a thin spaCy component ``newsgraph_<family>`` that checks its upstream ran (:func:`require`), calls the
  function under the failure policy (:func:`guarded`) and stores ``model_dump()`` of each fact on
  ``doc._.newsgraph_<family>`` (plain dicts, so Docs pickle across ``nlp.pipe(n_process=...)`` and
  downstream components read them without importing the models). The pipeline validates the
  :class:`~newsgraph.record.Article` once from them.
* its factory declares ``requires`` (:func:`requires_of`, from :data:`UPSTREAM`) and ``assigns``
  (:func:`assigns_of`) and is listed under ``[project.entry-points.spacy_factories]`` in pyproject.toml.

Failure policy: an exception in one family costs only that family's facts on that article
(:func:`record_failure`: traceback to the ``newsgraph.extract`` logger, ``{family, message}`` into
``Article.extraction_errors``); the article keeps its other facts and is stored.

Importing a module registers its ``newsgraph_<name>`` factory; :mod:`newsgraph.nlp` imports the ones
listed in ``newsgraph.nlp.COMPONENTS``.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "UPSTREAM",
    "assigns_of",
    "doc_text",
    "ensure_extensions",
    "family_of",
    "guarded",
    "record_failure",
    "require",
    "requires_of",
]


def __getattr__(name: str) -> Any:
    # the helpers live in ._doc, which imports spaCy: loaded on first use, so that importing the package
    # (which ``import newsgraph`` does, see there) stays cheap
    if name in __all__:
        return getattr(importlib.import_module("._doc", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

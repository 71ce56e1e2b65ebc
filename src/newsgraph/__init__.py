"""newsgraph: read news reports and turn them into evidence-linked facts.

    >>> import newsgraph
    >>> rec = newsgraph.extract(text, published="2020-09-10")
    >>> [e.name for e in rec.entities]

The public record types live in :mod:`newsgraph.record`, the exceptions in :mod:`newsgraph.errors`.
"""

from __future__ import annotations

from . import extract as _extract_package  # noqa: F401  (loaded first: the function below must win the name)
from .errors import (
    DecodeError,
    EmptyTextError,
    ExtractionError,
    InputError,
    InvalidFieldError,
    ModelError,
    NewsgraphError,
    StoreError,
)
from .pipeline import extract, extract_many
from .record import SCHEMA_VERSION, Article, Item, ItemError, json_schema, measure_key

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "SCHEMA_VERSION",
    "Article",
    "Item",
    "ItemError",
    "extract",
    "extract_many",
    "json_schema",
    "measure_key",
    "NewsgraphError",
    "InputError",
    "EmptyTextError",
    "DecodeError",
    "InvalidFieldError",
    "ModelError",
    "ExtractionError",
    "StoreError",
]

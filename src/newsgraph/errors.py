"""The one exception hierarchy of newsgraph.

Everything newsgraph raises on purpose derives from :class:`NewsgraphError`, so callers can catch
one class. Each error message names the item and the reason, in one line, fit for a CLI or a log.

    NewsgraphError
    ├── InputError            the input cannot become an article
    │   ├── EmptyTextError        nothing but whitespace
    │   ├── DecodeError           bytes that no supported encoding decodes
    │   └── InvalidFieldError     a metadata field (published, url...) is malformed
    ├── ModelError            the spaCy pipeline cannot be loaded
    ├── ExtractionError       an extractor failed on an otherwise valid article
    └── StoreError            the knowledge base cannot be opened or written
"""

from __future__ import annotations

__all__ = [
    "NewsgraphError",
    "InputError",
    "EmptyTextError",
    "DecodeError",
    "InvalidFieldError",
    "ModelError",
    "ExtractionError",
    "StoreError",
]


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    def __init__(self, reason: str, *, item: str | None = None) -> None:
        self.reason = reason
        self.item = item
        super().__init__(f"{item}: {reason}" if item else reason)


class InputError(NewsgraphError):
    """The input cannot become an article."""


class EmptyTextError(InputError):
    """The text is empty or whitespace only."""


class DecodeError(InputError):
    """Bytes that no supported encoding decodes."""


class InvalidFieldError(InputError):
    """A metadata field such as ``published`` is malformed."""


class ModelError(NewsgraphError):
    """The spaCy pipeline cannot be loaded."""


class ExtractionError(NewsgraphError):
    """An extractor failed on an otherwise valid article."""


class StoreError(NewsgraphError):
    """The knowledge base cannot be opened or written."""

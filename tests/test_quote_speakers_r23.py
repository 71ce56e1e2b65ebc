"""Round 23, speakers: a subject pronoun in a clause hung far down a governing verb's phrase ("put X on a list of
projects he said ...") is that verb's subject, not the last person who spoke. Sentences written here; the first
row fails on main 836913cb, the guards pass on both."""

from __future__ import annotations

import pytest
from quote_kit import speaker_rows


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Senator John Hale toured the state this week.\n\n\"We will not back down,\" Peter Lund said in a statement "
     "filed in Columbus.\n\nAt a town hall in Dayton, Ohio, on Friday evening, Hale put the bridge on a list of "
     "projects he said had wasted public money.", "had wasted public money", "John Hale"),
    # guards: a governing subject near the pronoun, as before
    ("Mr. Ban spoke in Geneva.\n\n\"It must stop,\" Paul Ortiz said.\n\nMr. Ban condemned what he called a "
     "\"brazen breach\" of the truce.", "brazen breach", "Ban"),
])
def test_governing_subject(text: str, words: str, speaker: str) -> None:
    hits = [name for name, t in speaker_rows(text) if t == words]
    assert hits and all(name is not None and speaker in name for name in hits), speaker_rows(text)


def test_other_gender_passed_over() -> None:
    """A governing subject of the other gender is no antecedent of "he"."""
    text = ("Peter Lund spoke in Columbus.\n\n\"We will not back down,\" Peter Lund said.\n\nAt a town hall in Dayton, "
            "Mrs. Ann Hale put the bridge on a list of projects he said had wasted public money.")
    hits = [name for name, t in speaker_rows(text) if t == "had wasted public money"]
    assert not any(name and "Hale" in name for name in hits), speaker_rows(text)

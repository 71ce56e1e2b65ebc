"""A range is no single level of a change (issue 17 point 6, round 37).

"would go up to anywhere between 10,000 and 15,000", "growing as much as 2 to 6 percent", "fell to between 300 and
400": the amount keeps the range (``low`` and ``high``) and its ``value`` is the low end, a figure the text never
states as the level reached or the size of the move. A change record has one number per side, so a side told as a
range is left out of it: the change then stands on its other figures, or is not made (an empty side beats the low
end read as the level; on read reports each such change was judged wrong, round 36).
"""

from __future__ import annotations

from typing import Any

__all__ = ["ranged"]


def ranged(amount: dict[str, Any]) -> bool:
    """Whether the amount is a range with two different ends ("10,000 and 15,000", "1 to 5 percent")."""
    low, high = amount.get("low"), amount.get("high")
    return low is not None and high is not None and low != high

"""Round 18 (issue 19, review 18): one telling of a planned meeting.

"Obama will hold bilateral meetings next week with the leaders of Nigeria and Lebanon" is one predication. The
future with a foreign counterpart derives the codebook's AGREE ("express intent to meet", CAMEO 036, ``intents.derived_intents``,
round 11); where no cue word of its own carries that intent (no "agreed to", "promised to"), the AGREE sits on the
meeting's own trigger and the report showed one meeting twice, as CONSULT and as AGREE (review 18, bau8: the AGREE
judged wrong). A meeting told by its noun ("will hold meetings", "hold a second round of talks": the own gold codes
these CONSULT, intended) keeps the CONSULT alone; so does a plan's weak AGREE candidate on a verb. A coded AGREE on a
verb ("X will visit Y") keeps both, as before: the PLOVER gold codes that shape AGREE and the guidelines' table
CONSULT, and this round does not choose between the two golds. An intent told by its own word ("agreed to meet",
"offered talks") keeps both: two words, two predications.

The legislative and procedural triggers of round 18 (defections, suspending a legislature, going to court, ratifying,
ruling out an extension, taking and holding hostages, a legislature's vote) are data only:
``data/plover_triggers.tsv`` and ``data/event_senses.tsv``, round 18 blocks.
"""

from __future__ import annotations

from .triggers import Found

__all__ = ["one_meeting"]


def one_meeting(found: list[Found]) -> list[Found]:
    """``found`` less each AGREE derived from a CONSULT on the CONSULT's own trigger token, where that token is a
    noun or the AGREE is only a plan's candidate."""
    meetings = {f.trigger.i: f for f in found if f.rule.type == "CONSULT" and f.derived_from is None}
    return [f for f in found if not (
        f.rule.type == "AGREE" and f.derived_from is not None and f.derived_from in meetings
        and f.trigger.i == f.derived_from and (f.plan or meetings[f.derived_from].nominal))]

"""Quotes, issue 18 round 22: the three wrong-speaker classes named at the end of round 21, fixed as classes.

- A pronoun after an unnamed speaker described by a title and the state or body they serve ("Russia's deputy envoy
  said ... He also said ...") is that described speaker (speaker_name the description, no entity), not the last
  person named; a definite description ("The Texas senator said") or one whose title a named person holds is left
  to the name rules (``quotes/described_speakers.py``).
- A statement whose author the report told ("X said in a statement ... , the statement said") gives its author even
  where its clause holds a nested report and so reads as a relay; with no author told it stays a text with no
  speaker (``relays.relayed_by_text``).
- An organization's alias that the entity layer left untagged ("KCNA said" after "Korean Central News Agency
  (KCNA)") is that organization (``Resolver._short_org``).
- 'Rep. X (R-S.C.):"..."': a party label whose period the tokenizer splits off or glues to the colon is still the
  label between a name and its colon (``colon_cues.colon_name``); found on PolNeAR train.
- 'Pollsters agree - Dana Cole: "..."': a dash sets apart a lead-in whose name speaks; "The timing ... does not
  surprise pollster X:" gives the quote to the person named as object, not to an act (``cue_clauses``); PolNeAR train.

Every sentence was written for these tests (invented people; real country and agency names only as the bodies
speakers serve); each case gives the text, the quote's words and its speaker_name.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows


def _row_of(qnlp, text: str, words: str) -> tuple[str, str, str | None]:  # noqa: ANN001
    rows = [r for r in quote_rows(qnlp, text) if r[1] == words]
    assert len(rows) == 1, quote_rows(qnlp, text)
    return rows[0]


PRONOUN_CASES = [
    # (a) a title with the country it serves, introduced by a possessor: "He" is that envoy, not the mayor
    ("Mayor Paul Grant vowed to cut the city budget. Russia's deputy envoy said on Monday that the talks should go "
     "on. He also said that the embargo would fail.",
     "the embargo would fail", "Russia's deputy envoy"),
    # ... introduced by "a" and a nationality
    ("Governor Carl Ortiz opened the port on Friday. A Brazilian minister said that the deal was unfair. He also "
     "said that the tariffs would hurt farmers.",
     "the tariffs would hurt farmers", "A Brazilian minister"),
    # guard: a definite description takes up the person named before
    ("Senator Dan Ruiz spoke in Houston on Monday. The Texas senator said the plan was weak. He also said that the "
     "vote would fail.",
     "the vote would fail", "Dan Ruiz"),
    # guard: a person named with that title before may be the one described
    ("Foreign Minister Ivan Petrov met the delegates. Russia's foreign minister said that talks would continue. He "
     "also said that the sanctions were useless.",
     "the sanctions were useless", "Ivan Petrov"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRONOUN_CASES)
def test_pronoun_after_described_speaker(qnlp, text: str, words: str, speaker: str) -> None:  # noqa: ANN001
    assert _row_of(qnlp, text, words)[2] == speaker


STATEMENT_CASES = [
    # (b) the statement's author told before; the clause holds a nested report ("to discuss ...")
    ("Army spokeswoman Jane Cole said in a statement that the drill had gone well. General Tom Hale's assurances to "
     "Defense Minister Ann Cho came during a phone call to discuss the North Korean test, the statement said.",
     "General Tom Hale's assurances to Defense Minister Ann Cho came during a phone call to discuss the North Korean "
     "test", ("indirect", "Jane Cole")),
    ("Army spokeswoman Jane Cole said in a statement that the talks had gone well. The general's pledge to the "
     "Japanese minister came during a phone call to discuss the Iranian missile test, the statement said.",
     "The general's pledge to the Japanese minister came during a phone call to discuss the Iranian missile test",
     ("indirect", "Jane Cole")),
    # guards: no author told, or a report, stays a text with no speaker
    ("The general's pledge to the Japanese minister came during a phone call to discuss the Iranian missile test, "
     "the statement said.",
     "The general's pledge to the Japanese minister came during a phone call to discuss the Iranian missile test",
     ("document", "the statement")),  # (round 35: the document named; issue 18)
    ("The general's pledge to the Japanese minister came during a phone call to discuss the Iranian missile test, "
     "the report said.",
     "The general's pledge to the Japanese minister came during a phone call to discuss the Iranian missile test",
     ("document", "the report")),
]


@pytest.mark.parametrize(("text", "words", "expected"), STATEMENT_CASES)
def test_attributed_statement_in_relay(qnlp, text: str, words: str, expected: tuple[str, str | None]) -> None:  # noqa: ANN001
    kind, _w, speaker = _row_of(qnlp, text, words)
    assert (kind, speaker) == expected


_KCNA = (
    "The leader watched the launch in this photo released by North Korea's Korean Central News Agency (KCNA) in "
    "Pyongyang on Wednesday.\n\nThe leader said the test completed his country's arsenal, the state KCNA news agency "
    "said.\n\nPyongyang will not talk with Washington until it drops its hostile policy, KCNA quoted Kim as saying."
    "\n\n\u201cHe, with a broad smile on his face, told the engineers that the Americans would be annoyed ... as they "
    "were given a \u2018box of presents\u2019 on their \u2018holiday,\u2019\u201d KCNA said, referring to the launch "
    "on Tuesday."
)

ALIAS_CASES = [
    # (c) the agency's alias, untagged by the entity layer, is the agency named before
    (_KCNA, "He, with a broad smile on his face, told the engineers that the Americans would be annoyed ... as they "
     "were given a \u2018box of presents\u2019 on their \u2018holiday,\u2019", "Korean Central News Agency"),
    # guard: an acronym no organization of the report carries stays the words of the report
    ("\u201cAt least 40 people died in the strikes,\u201d SOHR said.", "At least 40 people died in the strikes",
     "SOHR"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ALIAS_CASES)
def test_organization_by_alias(qnlp, text: str, words: str, speaker: str) -> None:  # noqa: ANN001
    assert _row_of(qnlp, text, words)[2] == speaker


LABEL_CASES = [
    # a party label whose abbreviation ends in a period ("(D-Vt.):") or is one token with the colon ("(R-S.C.):")
    ('Rep. Ann Gold (D-Ohio): "We checked every number. Who told you that?"\n\nRep. Tom Hale (D-Vt.): "We checked '
     'every number twice."', "We checked every number twice.", "Tom Hale"),
    ('The hearing ran for eleven hours.\n\nRep. Dan Ruiz (R-S.C.):"Nobody else uses that figure. Who gave it to '
     'you?"', "Nobody else uses that figure. Who gave it to you?", "Dan Ruiz"),
    # guard: a label with no period was read before
    ('The hearing ran for eleven hours.\n\nRep. Tom Hale (R-Ohio): "We checked every number."',
     "We checked every number.", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LABEL_CASES)
def test_name_and_party_label_before_colon(qnlp, text: str, words: str, speaker: str) -> None:  # noqa: ANN001
    assert _row_of(qnlp, text, words)[2] == speaker


LEAD_IN_CASES = [
    # a dash sets a lead-in apart: the name the colon closes speaks, not the subject of the verb before the dash
    ("The polls closed at nine on Monday.\n\nPundits agree - Dana Cole: \u201cThe polls were right all along, and "
     "nobody should be surprised.\u201d", "The polls were right all along, and nobody should be surprised.",
     "Dana Cole"),
    # an act or idea that cannot speak, with a person named as its object right before the colon: that person
    ("The timing of the surge does not surprise Republican pollster Dan Ruiz: \u201cLesser-known candidates often "
     "gain after early wins.\u201d", "Lesser-known candidates often gain after early wins.", "Dan Ruiz"),
    # guards: no dash, the subject speaks; a hyphen inside a word is no lead-in dash
    ("Pundits agree: \u201cThe polls were right all along, and nobody should be surprised.\u201d",
     "The polls were right all along, and nobody should be surprised.", "Pundits"),
    ("After the rally, commentator Dan Ruiz of the anti-tax Review imagined Cole was thinking: \u201cWhat have I "
     "done?\u201d", "What have I done?", "Dan Ruiz"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LEAD_IN_CASES)
def test_colon_lead_in(qnlp, text: str, words: str, speaker: str) -> None:  # noqa: ANN001
    assert _row_of(qnlp, text, words)[2] == speaker

"""Round 20 (issue 19, event precision on real reports): classes of shown events with no event behind them, found
on unseen real reports and fixed as classes. Senses that are no event (a person fired told in the passive, a row
that "exploded into" a crisis, "settled into a routine", "pulled back on" a claim, a court appeal, a warning
"about" with nobody warned, a law that bars, fighting for a stake in trade), acts told only as a denied claim or
after "stopped short of" (negated), wire photo captions with a credit and editors' corrections (no events). The
sentences are written for these tests; guards keep the senses that are events."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_sense

from newsgraph import extract

# (text, trigger word, type or None for no event at that word)
SENSES = [
    ("Officials said he was fired because he lied to investigators.", "fired", None),
    ("She was fired after the audit found missing funds.", "fired", None),
    ("A row over the border wall exploded into a diplomatic crisis.", "exploded", None),
    ("The spokesman has settled into a routine of daily briefings.", "settled", None),
    ("The commentator later pulled back on his harsh assessment.", "pulled", None),
    ("The government said it would appeal the ruling.", "appeal", None),
    ("The program can continue pending an appeal by the government.", "appeal", None),
    ("He put off enforcing the order, pending an appeal by the government.", "appeal", None),
    ("The lawyers appealed against the verdict.", "appealed", None),
    ("An appeal against the verdict is expected soon.", "appeal", None),
    ("In the radio interview, Anna Berg asks the minister about Ms Lund's claims that in 2001, she had dined with him.",
     "asks", None),
    ("The central bank warned about the impact on the economy.", "warned", None),
    ("The central bank warned of the impact on the economy.", "warned", None),
    ("Such talks may violate a US law that bars private citizens from interfering in foreign policy.", "bars", None),
    ("The new rule bans imports of steel from the country.", "bans", None),
    ('"I am fighting for a level playing field for our farmers," he said.', "fighting", None),
    ("The spokesman has settled into a routine with his daily briefing, calling on a range of reporters.", "calling",
     None),
    ("On March 12, a helicopter crashed outside the city, killing five soldiers.", "killing", None),
    ("The earthquake killed more than 300 people.", "killed", None),
    # guards: the senses that are events stay
    ("Militants attacked the convoy, killing five soldiers.", "attacked", "ASSAULT"),
    ("Militants stormed the embassy, killing two guards.", "stormed", "ASSAULT"),
    ("He fired at officers before he was arrested.", "fired", "FIGHT"),
    ("Local officials said they were fired on by troops near the border.", "fired", "FIGHT"),
    ("A car bomb exploded in the market, killing five.", "exploded", "ASSAULT"),
    ("The army pulled back from the town.", "pulled", "RETREAT"),
    ("The president appealed to China to show restraint.", "appealed", "DEMAND"),
    ("The UN made an appeal for calm.", "appeal", "DEMAND"),
    ("The opposition launched an appeal to the United Nations.", "appeal", "DEMAND"),
    ("The president asked Congress to approve the funds.", "asked", "DEMAND"),
    ("The minister warned Iran about the consequences of an attack.", "warned", "THREATEN"),
    ("The minister warned of retaliation if the strikes continue.", "warned", "THREATEN"),
    ("The government barred journalists from entering the region.", "barred", "COERCE"),
    ("Troops are fighting for control of the city.", "fighting", "FIGHT"),
    ("The minister called on journalists to leave the area.", "called", "DEMAND"),
    # review r20-crev-events: the rows above fired on events ("settled in court", "exploded into flames", a pull-out
    # told after a statement, "fighting for the oil field")
    ("The two companies settled in court last year.", "settled", "AGREE"),
    ("The government and the union settled in a deal that ends the strike.", "settled", "AGREE"),
    ("The car bomb exploded into a fireball near the checkpoint.", "exploded", "ASSAULT"),
    ("The vehicle exploded into flames outside the embassy.", "exploded", "ASSAULT"),
    ("Russia pulled its troops out after the statement.", "pulled", "RETREAT"),
    ("The army pulled back after the president's remarks.", "pulled", "RETREAT"),
    ("Rebels are fighting for the oil field near the city.", "fighting", "FIGHT"),
    ("The UN appealed the warring sides to halt the fighting.", "appealed", "DEMAND"),
    ("The bishops appealed the public to stay calm.", "appealed", "DEMAND"),
    # ... and the no-event senses they were written for still hold on other words
    ("Thousands of refugees settled in camps along the border.", "settled", None),
    ("The senator pulled back on her criticism of the plan.", "pulled", None),
    ("We are fighting for a fair deal for workers.", "fighting", None),
    ("The company appealed the fine to the Supreme Court.", "appealed", None),
]

# (text, trigger word, type, modality)
MODALITY = [
    ("Iran has denied accusations that it is supporting the rebels.", "supporting", "SUPPORT", "negated"),
    ("Russia rejected claims that it attacked the convoy.", "attacked", "FIGHT", "negated"),
    ("The president stopped short of accusing Iran.", "accusing", "DISAPPROVE", "negated"),
    # guards: an accusation repeated is no denial (round 22: the accused act is "alleged", guidelines section 4,
    # not "negated"); an accusation made is asserted
    ("Officials repeated accusations that Iran is supporting the rebels.", "supporting", "SUPPORT", "alleged"),
    ("The president accused Iran of attacking the tankers.", "accused", "DISAPPROVE", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_senses_that_are_no_event(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_denied_and_stopped_short(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


def _triggers(text: str) -> list[str]:
    rec = extract(text, min_confidence=0.0)
    return [rec.text[e.trigger_start:e.trigger_end] for e in rec.events if e.trigger_start is not None]


# (paragraph, trigger word): a paragraph that yields no events after a body paragraph that does
NOT_REPORT = [
    ("Foreign Minister Ana Ruiz (left) meets with her counterpart Li Wen in Geneva, March 3, 2016. "
     "(Karl Brandt/Reuters)", "meets"),
    ("Riot police officers search people at a metro station in the city, June 9, 2019. REUTERS/Ann Lee", "search"),
    ("Correction: An earlier version of this story said the brothers are financing the institute.", "financing"),
]


@pytest.mark.parametrize(("paragraph", "word"), NOT_REPORT)
def test_captions_and_corrections_yield_no_events(paragraph, word) -> None:
    text = "The rebels attacked a police post on Monday.\n\n" + paragraph + "\n\nTalks are due next week."
    found = _triggers(text)
    assert "attacked" in found, found
    assert word not in found, found


# guards: the same scene told in report prose (no credit after the date) stays an event
REPORT = [
    ("The foreign minister met her counterpart in Geneva on March 3, 2016.", "met"),
    # review r20-crev-events: a wire sign-off after the date is no photo credit
    ("The foreign minister met her counterpart in Geneva on March 3, 2016. Reporting by Ann Lee/Reuters", "met"),
    ("The foreign minister met her counterpart in Geneva on March 3, 2016. (Additional reporting by Ann Lee/Reuters)",
     "met"),
    ("The foundation is financing the institute, the report said.", "financing"),
]


@pytest.mark.parametrize(("paragraph", "word"), REPORT)
def test_report_prose_keeps_its_events(paragraph, word) -> None:
    assert word in _triggers("The rebels attacked a police post on Monday.\n\n" + paragraph), paragraph

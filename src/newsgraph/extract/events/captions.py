"""Wire photo captions the cleaner kept as body paragraphs (round 20, issue 19: "captions never yield events").

A caption pasted into a report's body is a scene told in the present tense with a full date and the photo's
credit closing the paragraph ("Riot police officers search people ... in Hong Kong, China September 5, 2019.
REUTERS/Tyrone Siu", "X (left) meets with Y in Manhattan, April 22, 2016. (Brendan McDermid/Reuters)"). The
credit after the date is what tells it from report prose: a body sentence that ends on a date ("The law takes
effect on January 1, 2020.") is followed by more prose or nothing, never by a photographer's name and agency.
``report._caption`` reads the sentence alone (a scene verb and a date); this reads the paragraph's end.

A caption's scene verb is its main verb. Round 21: prose that ends on a full date and names a visit or a meeting in a
clause of its own ("Kerry, who visits Beijing next week, spoke with Wang on Thursday, April 21, 2016.") tells its news
in a main verb of the past or with an auxiliary; ``prose_main_verb`` keeps such a sentence as report text.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

__all__ = ["credited_caption", "prose_main_verb"]

#: auxiliaries a caption's present-tense scene verb never carries
_PROSE_AUX = frozenset({"will", "would", "has", "have", "had", "did", "was", "were", "is", "are", "could", "may",
                        "might", "should", "must", "can"})

_AGENCIES = r"(?:Reuters|REUTERS|AP|AFP|Getty Images|Getty|EPA|Bloomberg|Xinhua|Anadolu)"
#: a full date closing a sentence, then a credit and nothing else: "REUTERS/Name", "AP Photo/Name",
#: "(Name/Reuters)", "Name/AFP/Getty Images"
_CREDITED = re.compile(
    r"\b\d{1,2},? (?:19|20)\d\d\.\s*"
    # a wire sign-off after prose is no credit ("... March 3, 2022. Reporting by Jane Doe/Reuters")
    r"(?!\(?\s*(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\b)(?:"
    r"\(?\s*(?:" + _AGENCIES + r"(?: Photo)?\s*/\s*[A-Z][\w.'’ -]{1,40}|"
    r"[A-Z][\w.'’ -]{1,40}/\s*" + _AGENCIES + r"(?:\s*/\s*" + _AGENCIES + r")?)\s*\)?"
    r")\s*$")


#: round 24: a credit in square brackets closing the paragraph ("... in New Delhi [Name/Reuters]"): some outlets
#: credit photos so, with no date; report prose never ends on one
_BRACKET_CREDIT = re.compile(r"\[\s*[A-Z][\w.'’ -]{1,40}/\s*" + _AGENCIES + r"(?:\s*/\s*" + _AGENCIES + r")?\s*\]\s*$")


def credited_caption(paragraph: str) -> bool:
    """The paragraph ends with a full date and a photo credit, or a bracketed credit: a caption, no report text."""
    tail = paragraph.rstrip()[-120:]
    return bool(_CREDITED.search(tail) or _BRACKET_CREDIT.search(tail))


def prose_main_verb(sent: Span) -> bool:
    """The sentence's main verb is past, or carries an auxiliary: report prose, never a caption's scene."""
    root = sent.root
    return root.tag_ == "VBD" or (root.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _PROSE_AUX for c in root.children))

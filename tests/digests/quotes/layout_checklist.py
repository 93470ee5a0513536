"""CheckList-style cases for stage one layouts where no cue verb governs the quote: an
attribution the writer set apart after a full stop, and a speaker's name used as a label.

Templates per class crossed with invented fillers (no name or sentence comes from the eval
articles). A case gives a text, the quote (by a word it holds) and the speaker that quote
must get, or (`not_speaker`) one it must not get.

Classes:
- `stranded_attribution`: `"We will not back down." Nair said.` (also `told reporters`,
  `said on Monday`): a bare attribution sentence right after a closed quote names its
  speaker (`digests.quotes.stranded`).
- `stranded_twin`: `"..." Nair said the vote was close.`: a cue with a clause of its own
  reports that clause, not the quote before it.
- `speaker_label`: `Brenn: "..." Nair: "..."`: a person's name before a colon labels the
  quote after it as theirs, and is not read as the name after the quote before.
- `label_twin`: `Verdict: "..."`: a label that names no person gives the quote no speaker.
"""

from __future__ import annotations

from .cue_checklist import Case

NAMES = [
    ("Priya", "Nair"),
    ("Tomas", "Brenn"),
    ("Odile", "Marchetti"),
    ("Maren", "Okafor"),
    ("Lena", "Vastergaard"),
    ("Ruben", "Halloran"),
]
ATTRIBUTIONS = ["said", "said on Monday", "told reporters", "wrote on Twitter"]
LABELS = ["Verdict", "Update", "Motto"]


def stranded_cases() -> list[Case]:
    out = []
    for first, last in NAMES:
        for attribution in ATTRIBUTIONS:
            text = (
                f"{first} {last} chairs the harbour board.\n"
                f'"We will not back down on the ferry plan." {last} {attribution}.'
            )
            out.append(Case("stranded_attribution", text, "ferry", f"{first} {last}"))
            twin = (
                f"{first} {last} chairs the harbour board. Ana Quist runs the ferries.\n"
                f'"We will not back down on the ferry plan." {last} {attribution} the vote '
                "was close."
            )
            out.append(Case("stranded_twin", twin, "ferry", None, f"{first} {last}"))
    return out


def label_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        other_first, other_last = NAMES[(k + 1) % len(NAMES)]
        text = (
            f"{first} {last} and {other_first} {other_last} debated the pier on Monday.\n"
            f'{other_last}: "The pier must close." {last}: "The pier stays open."'
        )
        out.append(Case("speaker_label", text, "stays open", f"{first} {last}"))
        out.append(Case("speaker_label", text, "must close", f"{other_first} {other_last}"))
        for label in LABELS:
            twin = (
                f"The pier closed on Monday after {first} {last} lost the vote.\n"
                f'{label}: "The pier stays closed."'
            )
            out.append(Case("label_twin", twin, "stays closed", None, f"{first} {last}"))
    return out


def all_cases() -> list[Case]:
    return stranded_cases() + label_cases()

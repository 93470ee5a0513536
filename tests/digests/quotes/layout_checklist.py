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
- `transcript_label`: `"NAIR: ..."` / `"Priya Nair: ..."` opening a quoted paragraph of a
  transcript: the label's person speaks that turn (and the turn's next paragraph); an
  interviewer named only in the labels speaks as the label (`digests.quotes.transcript`).
- `continued_quote`: `"We will not back down. / "And so do the growers," Nair said.`: a
  full quote its paragraph ends without closing runs on into the next paragraph's quote,
  whose attribution names the speaker of the whole run (`sieves.continued_quote`).
- `continued_quote_twin`: a quote closed in its own paragraph gets nothing from the next
  one, and a quote left open before a paragraph of narration is not that narration's.
- `transcript_twin`: a lone capitalised heading (`"OPINION: ...," Nair wrote`), a title-case
  word that names nobody (`"Verdict: ...," Nair said`) and a stage direction (`"VIDEO: ..."`)
  are no speakers.
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


HOSTS = [("Helen", "Calloway"), ("Bruno", "Hadley"), ("Greta", "Sorensen")]
HEADINGS = ["OPINION", "ANALYSIS", "EXCLUSIVE"]


def _turns(guest_label: str, host_label: str) -> str:
    return (
        f'"{host_label}: Will the harbour bill pass this week?\n'
        f'"{guest_label}: Well, look, the harbour bill will pass. The coast needs it.\n'
        '"And the ferry plan is part of the same bill.\n'
        f'"{host_label}: Do you have the votes for the toll?\n'
        f'"{guest_label}: We have the votes, and we will win them again.\n'
    )


def transcript_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        host_first, host_last = HOSTS[k % len(HOSTS)]
        intro = f"Senator {first} {last} spoke to a Sunday show about the bill.\n"
        for guest_label in (last.upper(), f"{first} {last}"):
            text = (
                intro + "Partial transcript as follows:\n" + _turns(guest_label, host_last.upper())
            )
            for word in ("Well, look", "ferry plan", "We have the votes"):
                out.append(Case("transcript_label", text, word, f"{first} {last}"))
            out.append(Case("transcript_label", text, "for the toll", host_last.title()))
        known_host = f"{host_first} {host_last} asked {first} {last} about the bill.\n" + _turns(
            last.upper(), host_last.upper()
        )
        out.append(Case("transcript_label", known_host, "toll", f"{host_first} {host_last}"))
        for heading in HEADINGS:
            twin = (
                f"{first} {last} chairs the harbour board.\n"
                f'"{heading}: The ferry must run all winter," {last} wrote on Monday.'
            )
            out.append(Case("transcript_twin", twin, "winter", f"{first} {last}"))
        twin = (
            f"{first} {last} chairs the harbour board.\n"
            f'"Verdict: The pier stays closed," {last} said on Monday.'
        )
        out.append(Case("transcript_twin", twin, "pier", f"{first} {last}"))
        video = (
            intro
            + _turns(last.upper(), host_last.upper())
            + '"VIDEO: The harbour is empty at night, and the pier is dark.\n'
        )
        out.append(Case("transcript_twin", video, "empty at night", None, "Video"))
    return out


# (the attribution that ends the run of paragraphs, the speaker as named there)
RUN_ENDS = ["{last} said.", "said {first} {last}.", "{last} told reporters on Monday."]
OTHERS = [("Walter", "Quist"), ("Lena", "Ostrova")]


def run_on_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        other = " ".join(OTHERS[k % 2])
        intro = f"{first} {last} and {other} spoke at the pier on Monday.\n"
        for end in RUN_ENDS:
            attribution = end.format(first=first, last=last)
            runs = [
                '"We will not back down on the ferry plan. The port needs it.\n'
                f'"And so do the growers," {attribution}',
                '"We will not back down on the ferry plan.\n"The port needs it.\n'
                f'"And so do the growers," {attribution}',
            ]
            for run in runs:
                want = f"{first} {last}"
                out.append(Case("continued_quote", intro + run, "back down", want, other))
        # a paragraph that closes its quote does not run on: the next quote's attribution
        # is not its (no cue of its own: nobody is guessed); and a quote left open before a
        # paragraph of narration takes no speaker from that narration
        text = (
            intro + '"We will not back down on the ferry plan."\n'
            f'"And so do the growers," {other} said.'
        )
        out.append(Case("continued_quote_twin", text, "back down", None, other))
        text = (
            f'"We will win," {first} {last} said. "We will not back down.\n'
            f'{other} disagreed. "It will fail," {other.split()[1]} said.'
        )
        out.append(Case("continued_quote_twin", text, "back down", None, other))
    return out


def all_cases() -> list[Case]:
    return stranded_cases() + label_cases() + transcript_cases() + run_on_cases()

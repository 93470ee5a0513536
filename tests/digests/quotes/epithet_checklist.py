"""CheckList-style cases for stage two: a definite epithet as the speaker
(`digests.quotes.epithets`).

News names a person once, then calls them by what they are: `the front-runner`, `the GOP
front-runner`, `the Democrat`, `the Texan`, `the lawmaker`, `the 54-year-old`, `the
billionaire`. The epithet is the person the sentence before was about. Templates crossed
with invented people; no name or sentence comes from the eval articles.

Classes:
- `epithet_speaker`: the epithet names the person the sentence before made its subject.
- `epithet_twin`: what is not an epithet keeps its own reading: an indefinite or plural
  description (`a Democrat`, `the Democrats`), a word for an unnamed source (`the
  spokesman`), an epithet whose gender does not fit (`the actress` after a man), and an
  epithet the article gave to someone else (`Lena Ostrova, the front-runner, ...`).
"""

from __future__ import annotations

from .cue_checklist import Case

PEOPLE = [("Priya", "Nair", "she"), ("Tomas", "Brenn", "he"), ("Ruben", "Halloran", "he")]
# (what the sentence before says of the person, the epithet the quote is attributed to)
EPITHETS = [
    ("{name}, a Democrat, has fought the ferry plan for years.", "the Democrat"),
    ("{name} (R-Ohio) wrote the harbour bill.", "the Republican"),
    ("{name}, a Republican from Dallas, wrote the harbour bill.", "the Texan"),
    ("{name} has served in the state house since 2007.", "the Vermont Democrat"),
    ("{name} leads every poll in the state.", "the front-runner"),
    ("{name} leads the Republican field.", "the GOP front-runner"),
    ("Rep. {name} wrote the harbour bill.", "the lawmaker"),
    ("Sen. {name} wrote the harbour bill.", "the legislator"),
    ("{name} bought the ferry line last year.", "the billionaire"),
    ("{name} announced a bid for governor on Monday.", "the candidate"),
]
FRAMES = [
    '{intro}\n"The ferry plan is a slow-motion disaster," {epithet} said.',
    '{intro}\n"The ferry plan is a slow-motion disaster," said {epithet}.',
]
OTHER = ("Lena", "Ostrova")


def epithet_cases() -> list[Case]:
    out = []
    for first, last, pronoun in PEOPLE:
        name = f"{first} {last}"
        for intro, epithet in EPITHETS:
            for frame in FRAMES:
                text = frame.format(intro=intro.format(name=name), epithet=epithet)
                out.append(Case("epithet_speaker", text, "slow-motion", name))
        intro = f"{name} has fought the ferry plan for years."
        for desc in ("a Democrat", "the Democrats", "the spokesman", "one lawmaker"):
            text = f'{intro}\n"The ferry plan is a slow-motion disaster," {desc} said.'
            out.append(Case("epithet_twin", text, "slow-motion", None, name))
        if pronoun == "he":
            text = (
                f"{intro} He will not stop.\n"
                '"The ferry plan is a slow-motion disaster," the actress said.'
            )
            out.append(Case("epithet_twin", text, "slow-motion", None, name))
        # an age reads as an epithet when the cue comes first (`said the 54-year-old`); the
        # small model misparses `"...," the 54-year-old said` (no subject at all)
        text = (
            f"{name} has run the harbour board since 1990.\n"
            '"The ferry plan is a slow-motion disaster," said the 54-year-old.'
        )
        out.append(Case("epithet_speaker", text, "slow-motion", name))
        other = f"{OTHER[0]} {OTHER[1]}"
        text = (
            f"{other}, the front-runner, skipped the debate.\n{name} spoke for an hour.\n"
            '"The ferry plan is a slow-motion disaster," the front-runner said.'
        )
        out.append(Case("epithet_twin", text, "slow-motion", None, name))
    return out


def all_cases() -> list[Case]:
    return epithet_cases()

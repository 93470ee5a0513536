"""CheckList-style cases for stage two (mention -> party) where the mention is a body or a
description, not the person a name in it points at.

1. `it`/`they` bound by a body that is its sentence's subject.

`The union is fighting what they call "a land grab."` and `The campaign released two ads
it described as "closing arguments."`: the body the main clause makes its subject says the
quoted words, as a person subject binds a he/she in a clause below it
(`digests.salience.main_body_subject`). Templates crossed with invented bodies; no name
or sentence comes from the eval articles.

Classes:
- `body_binds_pronoun`: the body the sentence is about speaks.
- `body_pronoun_twin`: a plural subject nearer the `they` (`the growers fought what they
  call`, `the growers, who oppose what they call`) is theirs, not the body's.

2. A name used as a modifier: `A top Ruiz adviser says ...`, `one Ruiz ad declared`: the
adviser or the ad speaks, not Ruiz (`digests.parties._names_a_modifier`).
- `modifier_name`: the description speaks, and never the person named in it.
- `modifier_name_twin`: a title before the name (`Adviser Lars Quint`, `Ruiz adviser Lars
  Quint`) leaves the named person the speaker.

3. Unnamed speakers: an indefinite pronoun subject (`Someone called it "..."`, `Another
tweeted`, `Others said`) speaks as itself, and `refer to X as "..."` reports speech.
- `indefinite_speaker`: the pronoun (or `one of the growers`) is the speaker; `refer to`
  names its subject.
- `indefinite_twin`: an indefinite object (`told someone`) and the person referred to
  (`referred to Voss as`) are not the speaker.

5. A name set off after a body in a description: `said a spokeswoman for Acme, Ana Ruiz`
(`digests.quotes.subjects._appositive_person`): the parser hangs the name on `Acme`, but a
body is not a person, so the name is the spokeswoman's.
- `appositive_after_body`: the person named speaks.
- `appositive_after_body_twin`: an appositive that names no person (`the harbour
  operator`) leaves the description the speaker.

6. A he/she right after an unnamed speaker's quote (`"...," said one resident. "...," she
said.`) is that unnamed speaker (`digests.quotes.unnamed_turns`).
- `unnamed_turn`: the description speaks, not the person named before it.
- `unnamed_turn_twin`: a person named since, a pronoun of the other gender, or a plural
  speaker (`residents`) takes no such turn.

4. A reporting verb spelled like a noun (`states`, `notes`, `claims`) that the parser read
as the head of the noun phrase after a quote: `"...," the document states.`
(`digests.quotes.cues._cue_read_as_noun`).
- `misread_cue`: the phrase before the verb speaks (`the document`, `the Growers`).
- `misread_cue_twin`: a real noun phrase (`the state senator said`, `A board report
  released last year found`) keeps its own speaker.
"""

from __future__ import annotations

from .cue_checklist import Case

# (the body as written, the speaker the digest names): a body named for a cast member is
# named as the compound (`Ruiz campaign`), as `quotes.subjects` names such subjects
BODIES = [
    ("The dockworkers union", "The dockworkers union"),
    ("The harbour council", "The harbour council"),
    ("The ferry board", "The ferry board"),
    ("The growers group", "The growers group"),
    ("The Ruiz campaign", "Ruiz campaign"),
    ("The port authority", "The port authority"),
]
FRAMES = [
    '{body} is fighting what it calls "a land grab by the port."',
    '{body} is fighting what they call "a land grab by the port."',
    '{body} released two new ads it described as "a land grab by the port."',
    '{body} wants to end what it called "a land grab by the port."',
]
PEOPLE = [("Priya", "Nair"), ("Tomas", "Brenn"), ("Odile", "Marchetti")]


def body_cases() -> list[Case]:
    out = []
    for body, named in BODIES:
        for frame in FRAMES:
            text = "Mayor Ana Ruiz debated the harbour plan on Monday.\n" + frame.format(body=body)
            out.append(Case("body_binds_pronoun", text, "land grab", named))
        plural = (
            f"{body} met the growers on Monday, and the growers fought what they call "
            '"a land grab by the port."'
        )
        out.append(Case("body_pronoun_twin", plural, "land grab", None, named))
    for first, last in PEOPLE:
        text = (
            f"The harbour council met {first} {last} and the growers, who oppose what they "
            'call "a land grab by the port."'
        )
        out.append(Case("body_pronoun_twin", text, "land grab", None, "The harbour council"))
    return out


MODIFIED = ["top adviser", "spokesman", "aide", "ad", "insider", "impersonator"]
DETS = ["A", "One"]


def modifier_cases() -> list[Case]:
    out = []
    for first, last in PEOPLE:
        intro = f"{first} {last} is running for mayor of the harbour town.\n"
        for noun in MODIFIED:
            for det in DETS:
                adj, _, head = noun.rpartition(" ")
                desc = f"{det} {adj + ' ' if adj else ''}{last} {head}"
                text = intro + f'{desc} said the race was "on a glide path" to the vote.'
                out.append(Case("modifier_name", text, "glide path", desc, f"{first} {last}"))
        for title, name in (
            ("Adviser", "Lars Quint"),
            (f"{last} adviser", "Lars Quint"),
            (f"{last} aide", "Ines Roy"),
        ):
            text = intro + f'{title} {name} said the race was "on a glide path" to the vote.'
            out.append(Case("modifier_name_twin", text, "glide path", name))
    return out


INDEFINITE = [
    ("Someone", "called the toll"),
    ("Another", "tweeted that the toll was"),
    ("Others", "said the toll was"),
    ("Some", "called the toll"),
    ("One of the growers", "said the toll was"),
]
REFERRERS = ["A neighbour", "One resident", "The harbour council"]


def unnamed_cases() -> list[Case]:
    out = []
    for first, last in PEOPLE:
        intro = f"{first} {last} spoke at the pier on Monday. "
        for subject, verb in INDEFINITE:
            text = intro + f'{subject} {verb} "a land grab by the port."'
            out.append(Case("indefinite_speaker", text, "land grab", subject))
        text = intro + f'{last} often refers to the toll as "a land grab by the port."'
        out.append(Case("indefinite_speaker", text, "land grab", f"{first} {last}"))
        text = intro + f'{first} {last} told someone there, "The toll is unfair to every family."'
        out.append(Case("indefinite_twin", text, "unfair", f"{first} {last}"))
        for referrer in REFERRERS:
            text = intro + f'{referrer} referred to {last} as "the best mayor we ever had."'
            out.append(Case("indefinite_twin", text, "best mayor", referrer, f"{first} {last}"))
    return out


WRITERS = [("the document", "states"), ("the memo", "notes"), ("the leaflet", "claims")]
OPENINGS = ["Leave is unpaid for the first year", "The ferry will run all winter"]


def misread_cases() -> list[Case]:
    out = []
    for first, last in PEOPLE:
        intro = f"{first} {last} handed the council a folder on Monday.\n"
        for writer, verb in WRITERS:
            for opening in OPENINGS:
                text = intro + f'"{opening}," {writer} {verb}.'
                out.append(Case("misread_cue", text, opening[:12], writer))
        for office in ("state senator", "state treasurer"):
            text = intro + f'"The ferry will run all winter," the {office} {first} {last} said.'
            out.append(Case("misread_cue_twin", text, "ferry", f"{first} {last}"))
        text = (
            intro + "A board report released last year found the pier "
            f'"unsafe at high tide," {last} said.'
        )
        out.append(Case("misread_cue_twin", text, "high tide", None, "report"))
    return out


# (a description of someone who acts for a body, how the body is written)
AGENTS = [
    ("a spokeswoman for", "Acme Ferries"),
    ("a lawyer for", "the Kelvara Ferry Company"),
    ("the chief negotiator of", "the Harbour Workers Union"),
    ("a spokesman at", "the Kelvara Port Authority"),
]
AGENT_FRAMES = [
    '"We will appeal the ruling," said {desc}, {name}.',
    '"We will appeal the ruling," said {desc}, {name}, on Monday.',
    '{Desc}, {name}, said the firm would "appeal the ruling."',
]


def appositive_cases() -> list[Case]:
    out = []
    for first, last in PEOPLE:
        name = f"{first} {last}"
        for agent, body in AGENTS:
            desc = f"{agent} {body}"
            for frame in AGENT_FRAMES:
                text = "The ruling came on Monday.\n" + frame.format(
                    desc=desc, Desc=desc[0].upper() + desc[1:], name=name
                )
                out.append(Case("appositive_after_body", text, "appeal", name))
        # no person set off after the body: the description speaks, not the person named
        # in the sentence before
        for agent, body in AGENTS[:3]:
            text = (
                f"{name} runs the ferry line.\n"
                f'"We will appeal the ruling," said {agent} {body}, the harbour operator.'
            )
            out.append(Case("appositive_after_body_twin", text, "appeal", None, name))
    return out


# (the unnamed speaker as written, as the digest names them, the pronoun that fits them)
UNNAMED = [
    ("one resident", "one resident", "she"),
    ("a woman who lives near the pier", "a woman", "she"),
    ("one dock worker", "one dock worker", "he"),
    ("a local official", "a local official", "he"),
    ("another neighbour", "another neighbour", "she"),
]
TURN_FRAMES = [
    '"We are scared," said {who}. "We have nowhere to go," {p} said.',
    '"We are scared," said {who}, who asked not to be named.\n"We have nowhere to go," {p} said.',
    '"We are scared," said {who}.\nThe pier closed in May.\n"We have nowhere to go," {p} added.',
]
# twins for a woman named before: she is named again since the quote, or the pronoun is of
# the other gender, or the speaker is plural; the turn is then not the unnamed speaker's
TURN_TWINS = [
    (
        '"We are scared," said one resident. Later, {last} toured the pier.\n'
        '"We have nowhere to go," she said.',
        "resident",
    ),
    (
        'Tomas Brenn spoke first. "We are scared," said a woman near the pier. "We have nowhere '
        'to go," he said.',
        "woman",
    ),
    ('"We are scared," said residents. "We have nowhere to go," she said.', "resident"),
]
WOMEN = [("Priya", "Nair"), ("Odile", "Marchetti"), ("Clara", "Brandt")]


def turn_cases() -> list[Case]:
    out = []
    for first, last in PEOPLE:
        name = f"{first} {last}"
        intro = f"{name} chairs the harbour board.\n"
        for who, named, pronoun in UNNAMED:
            for frame in TURN_FRAMES:
                text = intro + frame.format(who=who, p=pronoun)
                out.append(Case("unnamed_turn", text, "nowhere", named, name))
    for first, last in WOMEN:
        intro = f"{first} {last} chairs the harbour board.\n"
        for twin, not_speaker in TURN_TWINS:
            text = intro + twin.format(last=last)
            out.append(Case("unnamed_turn_twin", text, "nowhere", None, not_speaker))
    return out


def all_cases() -> list[Case]:
    return (
        body_cases()
        + modifier_cases()
        + unnamed_cases()
        + misread_cases()
        + appositive_cases()
        + turn_cases()
    )

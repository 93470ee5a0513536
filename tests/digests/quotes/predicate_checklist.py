"""CheckList-style cases for stage one: which mention a cue on one of the writer's own
predicates names (not an inverted attribution, not the object of a verb of using, not the
addressee of a text that was sent).

Templates per class crossed with invented fillers (no name or sentence comes from the eval
articles). A case gives a text, the quote (by a word it holds) and the speaker that quote
must get, or (`not_speaker`) one it must not get.

Classes:
- `coordinated_cue_object`: `X supports "fair pay," opposes "freezes" and recalled the
  long freeze: "..."`: a
  cue coordinated with another predicate right after a partial quote is no inverted
  attribution; its object (`the long freeze`) does not speak.
- `inverted_cue` (twin): `"...," recalled X, a pilot.`: a finite cue right after a whole
  quote still reads the name after it.
- `participle_after_partial`: `X argues that "there is precedent," citing a case in which
  a clerk was found guilty of "gross negligence."`: a participle the parser hangs inside
  the partial quote shares the subject of the verb that governs the quote, and its object
  (`a case`) does not speak.
- `participle_after_whole` (twin): `"...," X said, citing a case ...`: the reporter.
- `purpose_of_means`: `X used the hearing to call the plan "..."`, `took the stage to`:
  the subject does the infinitive, not the thing used.
- `object_control` (twin): `The council urged X to call the plan "..."`: the object does.
- `sent_to_addressee`: `X sent a letter to members saying: "..."`: the text sent speaks for
  its sender, not the people it was sent to.
- `sent_to_a_person` (twin): `The nurses sent a letter to X saying "..."`: the person the
  text was sent to is not its speaker.
- `authored_text`: `X's fundraising email notes ...`, `an email sent out by X warned`,
  `according to calculations by X`: a text whose own noun phrase names its author speaks
  for that author (`digests.parties.AUTHORED_NOUNS`).
- `unauthored_text` (twin): `X spoke on Monday. "...," the email said.`: a text no phrase
  of its own gives an author stays the text.
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
FREEZES = ["the long freeze on teacher pay", "the winter the mill closed", "the last strike"]
GROUPS = ["the ferry crews", "the nurses", "the dock workers"]
ROLES = ["a harbour pilot", "a retired nurse", "a ferry captain"]
CASES = ["a case", "an instance", "a ruling"]
MEANS = [
    "used the hearing to call",
    "took the stage to call",
    "used an expletive to describe the mayor and to call",
]
PLANS = ["a disgrace to the harbour", "a gift to the developers", "a mess from start to end"]
DOCS = ["a letter", "an email", "a memo"]
RECIPIENTS = ["party members", "supporters", "the staff"]


def coordinated_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        for j, freeze in enumerate(FREEZES):
            group = GROUPS[(k + j) % len(GROUPS)]
            text = (
                f"{first} {last} spoke in Dover on Monday.\n"
                f'{last} supports "fair pay for {group[4:]}," opposes "pay freezes" and '
                f'recalled {freeze}: "I saw how hard it was for families to wait."'
            )
            out.append(Case("coordinated_cue_object", text, "families", f"{first} {last}"))
            role = ROLES[(k + j) % len(ROLES)]
            twin = (
                "The crossing closed last winter.\n"
                f'"We waited for hours on the quay," recalled {first} {last}, {role}.'
            )
            out.append(Case("inverted_cue", twin, "quay", f"{first} {last}"))
    return out


def participle_cases() -> list[Case]:
    out = []
    for first, last in NAMES:
        for case in CASES:
            text = (
                f"{first} {last} wrote to the harbour board on Monday.\n"
                f'{last} argues that "there is precedent for a trial," citing {case} in '
                f'which a clerk was found guilty of "gross negligence."'
            )
            out.append(Case("participle_after_partial", text, "negligence", f"{first} {last}"))
            twin = (
                f"{first} {last} wrote to the harbour board on Monday.\n"
                f'"There is precedent for a trial," {last} said, citing {case} in which a '
                f"clerk was found guilty."
            )
            out.append(Case("participle_after_whole", twin, "precedent", f"{first} {last}"))
    return out


def means_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        for j, means in enumerate(MEANS):
            plan = PLANS[(k + j) % len(PLANS)]
            text = f'{first} {last} spoke in Dover on Monday. {last} {means} the plan "{plan}."'
            out.append(Case("purpose_of_means", text, plan.split()[1], f"{first} {last}"))
            twin = (
                f"{first} {last} spoke in Dover on Monday. The council urged {last} to call "
                f'the plan "{plan}."'
            )
            out.append(Case("object_control", twin, plan.split()[1], f"{first} {last}"))
    return out


def sent_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        for j, doc in enumerate(DOCS):
            recipients = RECIPIENTS[(k + j) % len(RECIPIENTS)]
            text = (
                f"{first} {last} won the Dover primary on Tuesday.\n"
                f"Before {last} took the stage, {last} sent {doc} to {recipients} saying: "
                f'"With your help, we won in Dover tonight!"'
            )
            out.append(Case("sent_to_addressee", text, "help", f"{first} {last}"))
            group = GROUPS[(k + j) % len(GROUPS)]
            twin = (
                f"{first} {last} won the Dover primary on Tuesday.\n"
                f"{group[0].upper()}{group[1:]} sent {doc} to {first} {last} saying: "
                f'"You have let the harbour down."'
            )
            out.append(Case("sent_to_a_person", twin, "harbour", None, f"{first} {last}"))
    return out


AUTHORED = [
    "{name}'s fundraising email notes that the harbour plan",
    "A fundraising email sent out by {name} on Tuesday warned that the harbour plan",
    "According to calculations by {name}, the harbour plan",
]
TEXTS = ["email", "study"]


def authored_cases() -> list[Case]:
    out = []
    for first, last in NAMES:
        for template in AUTHORED:
            lead = template.format(name=f"{first} {last}")
            text = f'{first} {last} spoke in Dover on Monday.\n{lead} "would cost every family."'
            out.append(Case("authored_text", text, "family", f"{first} {last}"))
        for noun in TEXTS:
            twin = (
                f"{first} {last} spoke in Dover on Monday.\n"
                f'"The harbour plan would cost every family," the {noun} said.'
            )
            out.append(Case("unauthored_text", twin, "family", None, f"{first} {last}"))
    return out


def all_cases() -> list[Case]:
    return (
        coordinated_cases() + participle_cases() + means_cases() + sent_cases() + authored_cases()
    )

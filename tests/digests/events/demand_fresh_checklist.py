"""A fresh behavioural suite for demands, written from the outside (CheckList: Ribeiro et al.
2020): the frames issue 16 names (Request, Demand, Attempt_suasion, Ultimatum, Petition,
deontic modals aimed at a party) crossed with the ways plain news puts them (object plus
to-infinitive, mandative that-clauses, demand nouns, support verbs, reported modals,
passives, headline clipping, fronted adverbials) and their negative twins (negated, refused,
denied, only planned or hypothetical, questions, generic, withdrawn, other word senses).

It was written without reading the demand rules, and its fillers (people with long titles,
organisations, unions, countries, places) are new and invented, shared with no other suite
and taken from no eval article. A positive case names its demander (`by`) and addressee
(`of`) by a key word, or None where the sentence names none; a negative needs no demand.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.digests.events.demand_fresh_twins import NEGATIVE


@dataclass(frozen=True)
class Case:
    """One generated sentence and what the engine must find in it."""

    cls: str
    text: str
    positive: bool
    by: str | None
    of: str | None


# (name as written mid-sentence, key word `by` / `of` must contain); all invented
PERSONS = [
    ("Senator Amara Ekwueme", "Ekwueme"),
    ("Mayor Lucia Benedetti", "Benedetti"),
    ("Governor Felix Oduya", "Oduya"),
    ("Health Secretary Owen Pryce", "Pryce"),
    ("Archbishop Tobias Lindgren", "Lindgren"),
    ("Deputy Foreign Minister Hamid Sultani", "Sultani"),
]
BODIES = [
    ("the Redmarsh Bus Drivers Union", "Redmarsh"),
    ("the Greyhaven Residents Association", "Greyhaven"),
    ("Castellan Mining", "Castellan"),
    ("the Norland Foreign Ministry", "Norland"),
    ("the Federation of Small Grocers", "Grocers"),
    ("Tavaria", "Tavaria"),
]
ASKERS = [x for pair in zip(PERSONS, BODIES, strict=True) for x in pair]
ADDRESSEES = [
    ("the Brackley Borough Council", "Brackley"),
    ("Transport Minister Rafael Quintero", "Quintero"),
    ("Ostrelia", "Ostrelia"),
    ("Fennimore Rail", "Fennimore"),
    ("Chief Constable Nadia Petrov", "Petrov"),
    ("the Tauria Water Board", "Tauria"),
    ("Premier Joanna Whitcombe", "Whitcombe"),
    ("the Kelmar government", "Kelmar"),
    ("Lysander Freight", "Lysander"),
    ("Commissioner Idris Bakr", "Bakr"),
]
PRONOUNS = {"Quintero": "he", "Petrov": "she", "Whitcombe": "she", "Bakr": "he"}
COUNTRIES = ["Tavaria", "Ostrelia", "Kelmar", "Norland", "Brevania", "Tauria"]
APPOSITIONS = [
    "the head of the Redmarsh Bus Drivers Union",
    "a veteran campaigner",
    "who chairs the housing committee",
    "the party's spokeswoman on transport",
]
# (bare infinitive, third person present, past participle)
ACTS = [
    ("scrap the fuel levy", "scraps the fuel levy", "scrapped the fuel levy"),
    ("lift the curfew", "lifts the curfew", "lifted the curfew"),
    ("reinstate the sacked guards", "reinstates the sacked guards", "reinstated the guards"),
    ("publish the contracts", "publishes the contracts", "published the contracts"),
    ("cancel the fare increase", "cancels the fare increase", "cancelled the fare increase"),
    ("pay the overdue wages", "pays the overdue wages", "paid the overdue wages"),
    ("free the detained journalists", "frees the journalists", "freed the journalists"),
    ("suspend the deportations", "suspends the deportations", "suspended the deportations"),
    ("hold an early election", "holds an early election", "held an early election"),
    ("review the zoning decision", "reviews the zoning decision", "reviewed the decision"),
]
THINGS = [
    "an end to the curfew",
    "compensation for the evicted tenants",
    "a full investigation into the crash",
    "the return of the confiscated land",
    "higher wages for porters",
    "an immediate ceasefire",
    "the dismissal of the police chief",
    "talks on the border dispute",
]
PASSIVES = [
    ("the curfew", "lifted"),
    ("the fuel levy", "scrapped"),
    ("the detained journalists", "freed"),
    ("the zoning decision", "reviewed"),
    ("the deportations", "suspended"),
    ("the contracts", "published"),
]
PLACES = ["Marlow Heath", "Vennick", "Port Aldane", "Kessington", "Draymoor"]
GENERIC = [
    ("Unions", "employers"),
    ("Residents", "councils"),
    ("Opposition parties", "governments"),
    ("Patients", "hospitals"),
]
ROWS = 20

# Templates: {a}/{A} asker mid-sentence / sentence-initial, {a_s} its possessive, {b}/{B} the
# addressee, {p} a person asker, {o} a body asker, {c1}/{c2} two countries, {a2} a second
# asker; {act}/{acts}/{acted} the wanted act, {thing} a wanted thing, {ps}/{pp} a passive
# act's subject and participle, {v} the class's verb of the row, {place}, {app} an apposition.
# A class is (template, verbs); the verbs rotate over the rows.
POSITIVE: dict[str, tuple[str, tuple[str, ...]]] = {
    # Attempt_suasion, Request, Demand: verb + object + to-infinitive
    "suasion_obj_inf": (
        "{A} {v} {b} to {act}.",
        ("urged", "pressed", "implored", "begged", "exhorted", "challenged"),
    ),
    "directive_obj_inf": ("{A} {v} {b} to {act}.", ("instructed", "directed", "ordered", "told")),
    "request_obj_inf": (
        "{A} {v} {b} to {act}.",
        ("asked", "called on", "called upon", "appealed to", "pleaded with"),
    ),
    "aspect_obj_inf": (
        "{A} {v} {b} to {act}.",
        ("has urged", "is pressing", "had asked", "has been urging", "is calling on", "has told"),
    ),
    "adverb_obj_inf": (
        "{A} {v} {b} to {act}.",
        ("again urged", "publicly asked", "repeatedly pressed", "strongly urged", "formally asked"),
    ),
    "push_obj_inf": ("{A} {v} {b} to {act}.", ("pushed", "has pushed", "is pushing")),
    "obj_not_inf": ("{A} {v} {b} not to {act}.", ("urged", "told", "asked", "warned", "begged")),
    "two_acts": (
        "{A} {v} {b} to {act} and to publish the report.",
        ("urged", "asked", "called on"),
    ),
    "two_askers": ("{A} and {a2} {v} {b} to {act}.", ("urged", "called on", "asked")),
    "ask_for_thing": ("{A} {v} {b} for {thing}.", ("asked", "has asked", "pressed")),
    "seek_from": (
        "{A} {v} {thing} from {b}.",
        ("is seeking", "sought", "has demanded", "requested"),
    ),
    # mandative that-clauses
    "that_subjunctive": (
        "{A} {v} that {b} {act}.",
        ("insisted", "demanded", "requested", "asked", "urged"),
    ),
    "that_should": (
        "{A} {v} that {b} should {act}.",
        ("insisted", "demanded", "urged", "argued", "stressed"),
    ),
    "that_passive": ("{A} {v} that {ps} be {pp}.", ("demanded", "insisted", "asked", "urged")),
    # demand nouns and their support verbs
    "noun_call_for": (
        "{A} {v} a call for {b} to {act}.",
        ("issued", "made", "renewed", "repeated"),
    ),
    "noun_possessive": (
        "{a_s} {v} for {b} to {act} was read out at the rally.",
        ("demand", "call", "appeal", "request"),
    ),
    "noun_from_to": (
        "A {v} from {a} to {b} to {act} was published on Tuesday.",
        ("plea", "request", "appeal", "demand"),
    ),
    "noun_appeal": (
        "{A} {v} to {b} to {act}.",
        ("made an appeal", "issued an urgent appeal", "made a fresh plea", "sent a request"),
    ),
    "noun_demand_that": (
        "{A} {v} that {b} {act}.",
        ("repeated its demand", "renewed its call", "stood by its demand"),
    ),
    "ultimatum_or": ("{A} issued an ultimatum to {b}: {act} by Friday or face a strike.", ()),
    "ultimatum_gave": ("{A} {v} {b} an ultimatum to {act}.", ("gave", "has given", "handed")),
    "deadline_for": ("{A} set a deadline for {b} to {act}.", ()),
    "deadline_dative": (
        "{A} gave {b} a deadline of {v} to {act}.",
        ("Friday", "March 1", "noon on Monday"),
    ),
    "petition_asking": (
        "{A} {v} {b} to {act}.",
        (
            "filed a petition asking",
            "launched a petition urging",
            "submitted a petition calling on",
            "started a petition asking",
        ),
    ),
    "pressure_on": (
        "{A} {v} pressure on {b} to {act}.",
        ("put", "piled", "kept up", "increased", "is putting"),
    ),
    # deontic modals aimed at a party, in reported speech
    "reported_modal": (
        "{A} {v} {b} {m} {act}.",
        ("said", "says", "argued", "stated", "told reporters", "warned"),
    ),
    "according_to": ("According to {a}, {b} {m} {act}.", ()),
    "fronted_content": ("{B} {m} {act}, {a} said.", ()),
    "quoted_modal": ('"{B} {m} {act}," {a} said.', ()),
    "quoted_we_verb": (
        '"We {v}," {a} said.',
        (
            "call on {b} to {act}",
            "are asking {b} to {act}",
            "implore {b} to {act}",
            "demand that {b} {act}",
            "are calling on {b} to {act}",
        ),
    ),
    "quoted_you_told": ('"You {v} {act}," {a} told {b}.', ("must", "should", "have to")),
    # passives
    "passive_by": (
        "{B} was {v} by {a} to {act}.",
        ("ordered", "instructed", "pressed", "asked", "called on", "begged"),
    ),
    "passive_no_agent": (
        "{B} has been {v} to {act}.",
        ("urged", "asked", "ordered", "told", "instructed"),
    ),
    "passive_progressive": ("{B} is being {v} by {a} to {act}.", ("urged", "pressed", "asked")),
    # headline clipping: present tense, no full stop
    "headline_obj_inf": (
        "{A} {v} {b} to {act}",
        ("urges", "tells", "asks", "implores", "presses", "calls on"),
    ),
    "headline_demands": ("{A} {v} {thing}", ("demands", "calls for", "seeks")),
    # fronted adverbials and adjuncts
    "fronted_adverbial": (
        "{v}, {a} urged {b} to {act}.",
        (
            "On Tuesday",
            "In a statement on Monday",
            "Speaking in {place}",
            "Earlier this week",
            "After the vote",
            "In a letter dated May 3",
        ),
    ),
    "fronted_participle": (
        "Speaking to reporters in {place}, {a} {v}.",
        ("demanded that {b} {act}", "called on {b} to {act}", "asked {b} to {act}"),
    ),
    "participle_adjunct": (
        "{A} {v}, {w}.",
        ("staged a walkout on Monday", "held a rally in {place}", "wrote an open letter"),
    ),
    # parties: people with appositions, bodies with relatives, countries
    "apposition_person": ("{P}, {app}, {v} {b} to {act}.", ("urged", "called on", "asked")),
    "relative_body": (
        "{O}, which represents 4,000 members, {v} {b} to {act}.",
        ("urged", "called on", "asked"),
    ),
    "country_obj_inf": (
        "{c1} {v}.",
        (
            "urged {c2} to {act}",
            "called on {c2} to {act}",
            "pressed {c2} to {act}",
            "demanded that {c2} {act}",
            "asked {c2} to {act}",
        ),
    ),
    # a deadline as a span of time; a threat whose condition names the threatened by pronoun
    "deadline_span": ("{A} gave {b} {v} to {act}.", ("seven days", "two weeks", "48 hours")),
    "threat_pronoun_if": ("{A} threatened to sue {b} if {b_pro} did not {act}.", ()),
    # an attempt to compel ("went to court to force X to act")
    "compel_attempt": (
        "{A} {v} {b} to {act}.",
        ("went to court to force", "is trying to force", "moved to compel", "sued to force"),
    ),
    # ultimatums as threats
    "told_or_face": (
        "{A} told {b} to {act} or face {v}.",
        ("legal action", "a strike", "sanctions"),
    ),
    "threat_unless": (
        "{A} {v} unless {b} {acts}.",
        (
            "threatened legal action",
            "threatened to strike",
            "warned of a walkout",
            "vowed to block the budget",
        ),
    ),
}

# Positive classes whose sentence names no demander, or no addressee.
NO_BY = {"passive_no_agent"}
NO_OF = {"that_passive", "headline_demands"}
MODALS = ("must", "should", "needs to", "has to", "ought to")
WITH = ("demanding that {b} {act}", "calling on {b} to {act}", "urging {b} to {act}")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _row(cls: str, template: str, verbs: tuple[str, ...], i: int, positive: bool) -> Case:
    """Row `i` of a class: a different combination of fillers for every row."""
    a, a_key = ASKERS[i % len(ASKERS)]
    b, b_key = ADDRESSEES[(i * 3 + 1) % len(ADDRESSEES)]
    p, p_key = PERSONS[i % len(PERSONS)]
    o, o_key = BODIES[i % len(BODIES)]
    c1 = COUNTRIES[i % len(COUNTRIES)]
    c2 = COUNTRIES[(i + 2) % len(COUNTRIES)]
    act, acts, acted = ACTS[(i + 3) % len(ACTS)]
    ps, pp = PASSIVES[i % len(PASSIVES)]
    g1, g2 = GENERIC[i % len(GENERIC)]
    fill = {
        "a": a,
        "A": _cap(a),
        "a_s": _cap(a) + "'s",
        "a2": ASKERS[(i + 5) % len(ASKERS)][0],
        "b": b,
        "B": _cap(b),
        "b_pro": PRONOUNS.get(b_key, "it"),
        "p": p,
        "P": p,
        "o": o,
        "O": _cap(o),
        "c1": c1,
        "c2": c2,
        "act": act,
        "acts": acts,
        "acted": acted,
        "thing": THINGS[i % len(THINGS)],
        "ps": ps,
        "pp": pp,
        "g1": g1,
        "g2": g2,
        "m": MODALS[i % len(MODALS)],
        "app": APPOSITIONS[i % len(APPOSITIONS)],
        "place": PLACES[i % len(PLACES)],
    }
    verb = verbs[i % len(verbs)] if verbs else ""
    fill["v"] = verb.format(**fill)
    fill["w"] = WITH[i % len(WITH)].format(**fill)
    text = template.format(**fill)
    if not positive:
        return Case(cls, text, False, None, None)
    by = p_key if "{P}" in template else o_key if "{O}" in template else a_key
    by = c1 if "{c1}" in template else by
    if "{a2}" in template:  # coordinated askers: either may be named
        by = by + "|" + ASKERS[(i + 5) % len(ASKERS)][1]
    of = c2 if "{c2}" in template + verb else b_key
    return Case(
        cls,
        text,
        True,
        None if cls in NO_BY else by,
        None if cls in NO_OF else of,
    )


def fresh_cases() -> list[Case]:
    """Every template crossed with ROWS filler rows."""
    out: list[Case] = []
    for positive, table in ((True, POSITIVE), (False, NEGATIVE)):
        for cls, (template, verbs) in table.items():
            out += [_row(cls, template, verbs, i, positive) for i in range(ROWS)]
    return out

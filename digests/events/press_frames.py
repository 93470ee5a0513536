"""Interviews and debates: two named parties facing each other in the press or on a stage.

Political news reports many of its encounters this way, and none of them carries a meet or
talk word: "X said in an interview with the Daily Ledger", "in a CNN interview", "gave an
interview to Y", "told Y in an interview", "the committee interviewed X"; "X's debate with
Y", "X debated Y four times", "X and Y will debate on Monday". An interview or a debate is a
meeting here only when its other party is named in the clause:

- interview (noun): a with-phrase (read by triggers.py like any partner noun), a named
  outlet or host as its modifier ("a CNN interview", "the Ana Ruiz interview"), a to- or
  on-phrase naming the outlet or show ("an interview to the Harbor Times", "an interview on
  Channel 9"), or the object of "told" in the clause it sits in ("told ITV in an interview");
  never a bare "in an interview" (the outlet is the paper itself), a job interview, or an
  interview of anonymous voters;
- interview (verb): a named person interviewed ("investigators interviewed X"), not a poll's
  sample ("interviewed 1,000 adults");
- debate (noun): a with- or against-phrase, or a possessor paired with one ("X's debate with
  Y"); not a debate over an issue ("the debate over taxes", "joined the gun debate");
- debate (verb): a named person debated, a with- or against-phrase, or a coordinated pair of
  subjects ("X and Y debated"); not a bill debated, nor "lawmakers debated for hours";
- tell: a named journalist told, named with the outlet they work for ("told CNN's Ana Ruiz",
  "told Ana Ruiz of the Ledger"); not an outlet alone ("told Reuters"), reporters, a crowd,
  or a person named with no outlet ("told her husband", "told Ruiz").
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.frames import NOT_COUNTERPARTS
from digests.events.trigger_grammar import coordinated, preps, subject_of

# Entities that name an outlet, a show or a host: "a CNN interview", "an interview on 'Meet
# the Press'", "the Lisa Myers interview".
OUTLET_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "GPE", "NORP", "FAC"})
# Modifiers that make an interview no encounter with a named party: a job interview.
NOT_PRESS = frozenset({"job", "exit", "police", "job-interview", "admission", "admissions"})
# Prepositions that name a debate's opponent: "a debate with Y", "debated against Y".
OPPONENT_PREPS = frozenset({"with", "against"})
# Verbs that report what was said, whose object is the listener: "told ITV in an interview".
TELLING_VERBS = frozenset({"tell"})
# Light verbs that hand an interview to an outlet: "gave an interview to Y".
GIVING_VERBS = frozenset({"give", "grant"})


def press_noun_frame(noun: Token) -> str | None:
    """'Discussion' for an interview or a debate whose other party is named, else None."""
    lemma = noun.lemma_.lower()
    if lemma == "interview" and interview_partners(noun):
        return "Discussion"
    if lemma == "debate" and debate_partners(noun):
        return "Discussion"
    return None


def press_verb_frame(verb: Token) -> str | None:
    """'Discussion' for 'interviewed X' and 'debated X' with a named person, else None."""
    return "Discussion" if press_verb_partners(verb) or _debated_together(verb) else None


def press_partners(tok: Token) -> list[Token]:
    """The tokens naming an interview's or debate's other party (the argument reader adds
    the holder: the subject of the clause it sits in)."""
    if tok.pos_ == "VERB":
        return press_verb_partners(tok)
    lemma = tok.lemma_.lower()
    if lemma == "interview":
        return interview_partners(tok)
    if lemma == "debate":
        return debate_partners(tok)
    return []


def interview_partners(noun: Token) -> list[Token]:
    """Who an interview was with, as named in its own phrase or its telling verb."""
    if noun.pos_ not in {"NOUN", "PROPN"} or _not_press(noun):
        return []
    found = [_name_of(g) for c in preps(noun, {"with"}) for g in c.children if _named(g)]
    found += [c for c in noun.children if c.dep_ in {"compound", "poss", "nmod"} and _outlet(c)]
    found += [g for c in preps(noun, {"to", "on"}) for g in c.children if _outlet(g)]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in GIVING_VERBS:
        # "gave an interview to Y", the to-phrase hung on the verb
        found += [g for c in preps(noun.head, {"to"}) for g in c.children if _outlet(g)]
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"}:
        verb = noun.head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in TELLING_VERBS:
            found += [c for c in verb.children if c.dep_ in {"dobj", "dative"} and _named(c)]
    return list(dict.fromkeys(found))


def debate_partners(noun: Token) -> list[Token]:
    """A debate's opponent: 'a debate with Y', 'debates against Y'."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [g for c in preps(noun, OPPONENT_PREPS) for g in c.children if _named(g)]


def press_verb_partners(verb: Token) -> list[Token]:
    """'interviewed X', 'debated X', 'debated with / against X': the named other party."""
    lemma = verb.lemma_.lower()
    if lemma not in {"interview", "debate"}:
        return []
    # "interviewed X"; "X was interviewed by Y" (the agent is read as any passive's)
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and _named_person(c)]
    if lemma == "debate":
        found += [g for c in preps(verb, OPPONENT_PREPS) for g in c.children if _named(g)]
    return found


def _debated_together(verb: Token) -> bool:
    """'X and Y will debate on Monday': two named debaters and no issue debated."""
    if verb.lemma_.lower() != "debate" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and coordinated(subject) and _named(subject)


def _not_press(noun: Token) -> bool:
    """'a job interview', 'a police interview': an interview that is no press encounter."""
    return any(c.lower_ in NOT_PRESS for c in noun.children if c.dep_ in {"compound", "amod"})


def _outlet(tok: Token) -> bool:
    """A named outlet, show or host: an entity or a proper name, not the press at large."""
    if tok.lower_ in NOT_COUNTERPARTS or tok.ent_type_ in {"DATE", "TIME", "ORDINAL"}:
        return False
    return tok.ent_type_ in OUTLET_ENTS or tok.pos_ == "PROPN"


def _named(tok: Token) -> bool:
    """A named party: a person, body or outlet the text names, or a pronoun for one."""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"him", "her", "them"}
    # "an interview with WXKR radio": the outlet's name modifies a common noun
    return _outlet(tok) or any(c.dep_ == "compound" and _outlet(c) for c in tok.children)


def _name_of(tok: Token) -> Token:
    """'WXKR radio': the outlet's name where it only modifies a common noun."""
    if _outlet(tok):
        return tok
    return next((c for c in tok.children if c.dep_ == "compound" and _outlet(c)), tok)


def _named_person(tok: Token) -> bool:
    """A person named as an object: 'interviewed X' (not '1,000 adults', 'the bill')."""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"him", "her"}
    return tok.ent_type_ == "PERSON"


def told_journalist(verb: Token) -> list[Token]:
    """'told CNN's Ana Ruiz', 'told Ana Ruiz of the Ledger': the named person told, when the
    sentence names the outlet they work for (an interview with a named journalist)."""
    if verb.lemma_.lower() not in TELLING_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    told = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and _personal_name(c)]
    return [t for t in told if _works_for_outlet(t, verb)]


def _personal_name(tok: Token) -> bool:
    """A person's name (the small model may tag a journalist's name and outlet as one ORG)."""
    if tok.ent_type_ == "PERSON":
        return True
    given = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    return tok.pos_ == "PROPN" and given and tok.ent_type_ not in {"GPE", "LOC", "NORP", "DATE"}


def _works_for_outlet(person: Token, verb: Token) -> bool:
    """A person named with an organisation: its possessive, or an of-phrase right after them
    (which the parser may hang on the verb)."""
    after = [c for c in verb.children if c.i == person.i + 1]
    for c in [*person.children, *after]:
        if c.dep_ == "poss" and _named_body(c):
            return True  # "CNN's Ana Ruiz"
        of = c.dep_ == "prep" and c.lower_ == "of"
        if of and any(g.dep_ == "pobj" and _named_body(g) for g in c.children):
            return True  # "Ana Ruiz of the Ledger"
    return False


def _named_body(tok: Token) -> bool:
    """A named organisation (the small model tags some papers FAC), not a place or person."""
    if tok.ent_type_ in {"ORG", "FAC", "WORK_OF_ART"}:
        return True
    return tok.pos_ == "PROPN" and not tok.ent_type_


# Verbs of saying that, with "on" and a programme of a named network or host, report an
# on-air appearance: "argued on Ana Ruiz's radio show".
ON_AIR_VERBS = frozenset(
    "say tell argue add insist claim declare predict joke admit acknowledge suggest warn vow "
    "explain boast complain note concede repeat appear".split()
)
# Nouns for a programme, named by its host or network: "Ana Ruiz's radio program".
PROGRAMME_NOUNS = frozenset(
    "program programme show broadcast podcast newscast radio television tv channel".split()
)
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
# Where people post, not where they are interviewed: "said on Twitter".
PLATFORMS = frozenset(
    "twitter facebook instagram youtube tiktok snapchat linkedin reddit telegram whatsapp "
    "threads website blog".split()
)


def on_air(verb: Token) -> list[Token]:
    """'said Wednesday on the Carrow Channel's "Morning Hour"', 'said on Ana Ruiz's radio
    program': the named network or host of a programme the speaker appeared on (a quoted
    programme title stands for its network or host, named before it). Not 'said on Monday',
    'said on Twitter', 'said on state television', 'said on the Senate floor' (no programme
    with a named network or host); a bare 'said on X' is left out too, as X may be a place,
    a body or a platform as well as a network."""
    if verb.lemma_.lower() not in ON_AIR_VERBS or verb.pos_ != "VERB":
        return []
    found = []
    for g in (g for c in preps(verb, {"on"}) for g in c.children if g.dep_ == "pobj"):
        if g.lower_ in PLATFORMS or g.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}:
            continue
        # the network or host named before the title, outside its quotation marks
        first = next(
            (t.i for t in g.doc[max(g.left_edge.i - 1, 0) : g.i + 1] if t.text in QUOTE_MARKS),
            g.i + 1,
        )
        owners = [
            c
            for c in g.children
            if c.dep_ in {"poss", "compound"} and c.right_edge.i < first and _broadcaster(c)
        ]
        if g.lemma_.lower() in PROGRAMME_NOUNS or _quoted_title(g):
            found += owners[:1]  # "Ana Ruiz's radio program", "the Channel's "Morning Hour""
    return found


def _broadcaster(tok: Token) -> bool:
    """A named network, outlet or host: an organisation, a person or a programme title."""
    if tok.lower_ in PLATFORMS or tok.lower_ in NOT_COUNTERPARTS:
        return False
    return tok.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART"}


def _quoted_title(tok: Token) -> bool:
    """A programme title set in quotation marks: 'ABC's "Morning Hour"'."""
    start = max(tok.left_edge.i - 1, 0)  # the opening mark may hang on the preposition
    return any(t.text in QUOTE_MARKS for t in tok.doc[start : tok.i + 2])

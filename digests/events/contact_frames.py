"""Meeting verbs whose other party sits in a from-, to- or by-phrase rather than the object.

triggers.py reads counterparts from a verb's object ("met the mayor") or its with-phrase
("talked with the union"). Three frames put the counterpart elsewhere, and each is a
meeting only in one construction:

- Hearing: a body hears a party out: "the council heard from residents", "the panel heard
  testimony from the utility", "the zoning board heard residents"; not "she heard from a
  friend", "heard nothing from them", "heard from sources", "the board heard the appeal".
  Whoever speaks at, attends or packs a hearing before or of a sitting body is heard by it
  ("residents spoke at a hearing before the planning board").
- Visiting: a party hands a petition or memorandum to a person in office: "villagers
  submitted a petition to the Collector", "presented a memorandum to Governor X"; not "filed
  a petition with the court" (a filing, no one met), nor a letter (sent, not handed over).
- Hosting (passive): a group was addressed by a person: "the marchers were addressed by the
  mayor"; not "the letter was addressed to", "the concerns were addressed by the council",
  nor a crowd at a rally (no counterpart).

Also here, constructions of the same kind (the counterpart or the event off its usual
spot): a short visit ("dropped in on X", "stopped by X's office"); a gesture made together
("shook hands with X", "exchanged views with X"); a person questioned by a body ("was
grilled by the committee", "the panel questioned X"; not by police or reporters); a
courtesy call on a person; a numbered session ("session number four"); an appearance or
testimony before a body ("said in an appearance before Congress"); and no meeting when the
only partner named is the press ("a meeting with reporters", "a conference call with
reporters": a press event).

`frame_of_contact` says whether a verb reports a meeting in one of these frames;
`contact_parties` gives the counterpart tokens the argument reader does not reach.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.frames import GROUP_WORDS, HEARING_NOUNS, NOT_COUNTERPARTS, PARTNER_PREPS
from digests.events.trigger_grammar import (
    coordinated,
    is_party_like,
    person_like,
    preps,
    subject_of,
    with_phrases,
)
from digests.lexicon import TITLE_WORDS

# What a body hears from a party at a hearing: "heard testimony / comments from X".
HEARD_NOUNS = frozenset(
    """
    testimony evidence comment comments submission submissions presentation presentations
    concern concerns complaint complaints question questions argument arguments statement
    statements appeal appeals objection objections view views
    """.split()
)
# Who is only a channel of news, not a party one hears out: "heard from sources".
HEARSAY_NOUNS = frozenset({"source", "sources", "insider", "insiders", "friend", "friends"})
# "dozens of residents", "a group of farmers": the people counted are the party.
COUNT_NOUNS = frozenset({"dozens", "hundreds", "scores", "thousands", "number", "group"})
# "brought the two sides together": verbs that gather parties to meet
GATHERING_VERBS = frozenset({"bring", "get", "pull"})
# Summoned to an office: the verbs, and the offices that summon (an ORG name also counts).
SUMMONING_VERBS = frozenset({"summon", "call"})
OFFICE_NOUNS = frozenset({"ministry", "department", "office", "embassy", "headquarters"})
# Gestures two parties make together, by verb: the objects that make them one.
GESTURES = {
    "shake": frozenset({"hand", "hands"}),
    "exchange": frozenset({"view", "views", "idea", "ideas", "pleasantry", "pleasantries"}),
}
# Bodies that sit in session and hear a speaker: "addressed the council".
SITTING_BODIES = frozenset(
    """
    council committee subcommittee board assembly parliament legislature senate congress
    cabinet commission panel caucus convention conference
    """.split()
)
# Gestures two parties make to each other with no object: "X and Y embraced".
MUTUAL_GESTURES = frozenset({"embrace", "hug"})
# "was grilled by the committee": questioning verbs and the bodies that hold hearings.
QUESTIONING_VERBS = frozenset({"grill", "question", "quiz"})
HEARING_BODIES = frozenset(
    """
    committee subcommittee panel commission inquiry lawmaker legislator senator mp
    councillor councilor
    """.split()
)
# Short visits: "dropped in on X", "stopped by X's office", "looked in on X".
DROP_IN_VERBS = frozenset({"drop", "stop", "pop", "swing", "look"})
# What is handed over in person: a petition or memorandum (a letter may be posted).
HANDED_NOUNS = frozenset({"petition", "petitions", "memorandum", "memorandums", "memoranda"})
HANDING_VERBS = frozenset({"submit", "present", "hand", "deliver", "give"})
# Offices a petition is handed to, beyond the shared titles: "the district Collector".
OFFICE_WORDS = TITLE_WORDS | {"collector", "magistrate"}


def frame_of_contact(verb: Token) -> str | None:
    """The frame a verb reports a meeting in through a from-, to- or by-phrase, or None."""
    lemma = verb.lemma_.lower()
    if lemma == "hear" and _heard_out(verb):
        return "Hearing"
    if lemma in HANDING_VERBS and _handed_over(verb):
        return "Visiting"
    if lemma == "address" and _addressed_group(verb):
        return "Hosting"
    if _together_gesture(verb):
        return "Meet_with"
    if lemma == "call" and _called_on_person(verb):
        return "Visiting"
    if lemma in GATHERING_VERBS and brought_together(verb):
        return "Come_together"
    if lemma in QUESTIONING_VERBS and _questioned_by_body(verb):
        return "Hearing"
    if dropped_in_on(verb):
        return "Visiting"
    return None


def contact_parties(verb: Token) -> list[Token]:
    """The counterparts a contact verb names outside its object: who was heard from, who
    was handed the petition. (A passive's agent and subject are read as usual.)"""
    lemma = verb.lemma_.lower()
    if lemma == "hear" and _heard_out(verb):
        return _heard_from(verb)
    if lemma in HANDING_VERBS and _handed_over(verb):
        return _recipients(verb)
    if lemma == "call" and _called_on_person(verb):
        return _persons_called_on(verb)
    if lemma in GATHERING_VERBS:
        return brought_together(verb)
    if lemma in SUMMONING_VERBS:
        return summoned_to(verb)
    return dropped_in_on(verb) + addressed_body(verb)


def dropped_in_on(verb: Token) -> list[Token]:
    """'dropped in on X', 'looked in on X', 'stopped by X's office': a short visit, to the
    person in an on-phrase after 'in', or to the owner of the place stopped by."""
    if verb.lemma_.lower() not in DROP_IN_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    found = []
    if particles & {"in", "by"}:
        on = [g for c in preps(verb, {"on"}) for g in c.children if g.dep_ == "pobj"]
        found += [g for g in on if person_like(g)]
    by = [c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
    places = [g for c in by for g in c.children if g.dep_ == "pobj"]
    return found + [p for g in places for p in g.children if p.dep_ == "poss" and person_like(p)]


def brought_together(verb: Token) -> list[Token]:
    """'brought X and Y together', 'brought together the two sides': who met (the subject,
    a mediator or host, is read as the verb's subject)."""
    if not any(t.lower_ == "together" and _clause_verb(t) == verb for t in verb.subtree):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    many = [o for o in objects if o.conjuncts or o.lower_ in GROUP_WORDS or o.tag_ == "NNS"]
    return [o for o in many if is_party_like(o) or o.lower_ in GROUP_WORDS or person_like(o)]


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above a word ('together' may hang on the date after it)."""
    return next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _persons_called_on(verb: Token) -> list[Token]:
    on = [g for c in preps(verb, {"on"}) for g in c.children if g.dep_ == "pobj"]
    return [g for g in on if _office_holder(g)]


def _called_on_person(verb: Token) -> bool:
    """'A delegation called on the Governor': a visit to a person in office; not a demand
    ('called on the Governor to resign', 'called on X for an apology', 'called on them')."""
    if not _persons_called_on(verb):
        return False
    asks = any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} or c.dep_ == "prep" and c.lower_ == "for"
        for c in verb.children
    )
    held = [g for g in _persons_called_on(verb) for c in g.children if c.dep_ in {"acl", "relcl"}]
    return not asks and not held


def urged_to_act(verb: Token) -> bool:
    """'called on X to resign', 'called upon X to act' (the infinitive may be read as a
    to-phrase: 'to apologise'): urging X, the Request frame; not a call or a visit."""
    if verb.lemma_.lower() != "call":
        return False
    on = any(
        c.dep_ in {"prep", "prt"}
        and c.lower_ in {"on", "upon"}
        and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)  # "called on Monday"
        for c in verb.children
    )
    act = any(
        c.dep_ in {"xcomp", "advcl"}
        and c.i > verb.i
        and any(a.tag_ == "TO" for a in c.children)
        or c.dep_ == "prep"
        and c.lower_ == "to"
        for c in verb.children
    )
    return on and act


def summoned_to(verb: Token) -> list[Token]:
    """'was summoned to the Foreign Ministry', 'called in for a meeting at the ministry':
    with no agent named, the office the envoy was summoned to is who summoned them (not a
    court, which summons to a trial)."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}]
    for c in verb.children:  # "for a meeting at the ministry"
        if c.dep_ == "prep" and c.lower_ == "for":
            places += [
                p for n in c.children for p in n.children if p.dep_ == "prep" and p.lower_ == "at"
            ]
    bodies = [g for p in places for g in p.children if g.dep_ == "pobj"]
    return [g for g in bodies if _summoning_office(g)]


def dispatched(verb: Token) -> bool:
    """'Firefighters were called to the scene', 'was summoned to court': sent somewhere, not
    summoned to meet anyone (the place is no office and no one is named calling)."""
    if verb.lemma_.lower() not in SUMMONING_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    to = [g for c in preps(verb, {"to"}) for g in c.children if g.dep_ == "pobj"]
    return bool(to) and not any(_summoning_office(g) or _office_holder(g) for g in to)


def _summoning_office(tok: Token) -> bool:
    if tok.lemma_.lower() in {"court", "tribunal"} or tok.ent_type_ in {"GPE", "LOC", "DATE"}:
        return False
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in OFFICE_NOUNS


def _together_gesture(verb: Token) -> bool:
    """'shook hands with X', 'X and Y exchanged views': a gesture two parties make together,
    with a partner or a coordinated subject (not 'shook hands with fans at the rally')."""
    gesture = GESTURES.get(verb.lemma_.lower())
    if verb.lemma_.lower() in MUTUAL_GESTURES and not any(c.dep_ == "dobj" for c in verb.children):
        subject = subject_of(verb)  # "X and Y embraced" (not "X embraced the plan")
        return subject is not None and coordinated(subject) and subject.pos_ != "PRON"
    if gesture is None:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in gesture for c in verb.children):
        return False
    partners = [g for c in with_phrases(verb) for g in c.children if g.dep_ == "pobj"]
    if partners:
        return any(is_party_like(g) and g.lower_ not in NOT_COUNTERPARTS for g in partners)
    subject = subject_of(verb)
    return subject is not None and coordinated(subject) and subject.pos_ != "PRON"


def _questioned_by_body(verb: Token) -> bool:
    """'was grilled by the finance committee', 'questioned by lawmakers': a person heard by a
    body at a hearing (not 'questioned by police' or 'by reporters')."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        # "the committee questioned X for four hours": the body as subject, a party as object
        subject, objs = subject_of(verb), [c for c in verb.children if c.dep_ == "dobj"]
        return subject is not None and _hearing_body(subject) and any(map(is_party_like, objs))
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return any(_hearing_body(a) for a in agents)


def _hearing_body(tok: Token) -> bool:
    words = {tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.children if c.dep_ == "compound")}
    return bool(words & HEARING_BODIES)


def _heard_from(verb: Token) -> list[Token]:
    """'heard from X', 'heard testimony from X': the from-objects of the verb or its object;
    'the zoning board heard residents': a sitting body's party object, heard in session."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    heard = [g for h in holders for c in preps(h, {"from"}) for g in c.children if g.dep_ == "pobj"]
    return [_counted(g) for g in heard] or _heard_in_session(verb)


def _heard_in_session(verb: Token) -> list[Token]:
    """'the council heard residents', 'the committee heard Ana Ruiz': a council, board or
    committee as subject and a party as object (not "heard the appeal", "heard the news")."""
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() not in SITTING_BODIES | HEARING_BODIES:
        return []
    objs = [_counted(c) for c in verb.children if c.dep_ == "dobj"]
    return [o for o in objs if o.lemma_.lower() not in HEARD_NOUNS and _a_party_heard(o)]


def _a_party_heard(tok: Token) -> bool:
    """A named person or body, or a group of people (not "heard the case", "heard a report")."""
    if tok.ent_type_:
        return tok.ent_type_ in {"PERSON", "ORG", "NORP"}
    return tok.pos_ == "PROPN" or tok.tag_ == "NNS" and person_like(tok)


def _counted(tok: Token) -> Token:
    """'dozens of residents': the residents, not the count."""
    if tok.lower_ not in COUNT_NOUNS:
        return tok
    return next((g for c in preps(tok, {"of"}) for g in c.children if g.dep_ == "pobj"), tok)


def _heard_out(verb: Token) -> bool:
    """A party (not a pronoun, not the press) heard a party out, with nothing but a hearing's
    matter as object ('heard nothing from them' and 'heard rumours' are no hearing)."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON" or not is_party_like(subject):
        return False
    if subject.lower_ in NOT_COUNTERPARTS:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp"}]
    if _heard_in_session(verb) and not any(o.dep_ == "ccomp" for o in objects):
        return True
    if any(o.dep_ == "ccomp" or o.lemma_.lower() not in HEARD_NOUNS for o in objects):
        return False
    heard = _heard_from(verb)
    return any(
        is_party_like(g) and g.pos_ != "PRON" and g.lower_ not in HEARSAY_NOUNS for g in heard
    )


def _recipients(verb: Token) -> list[Token]:
    """'submitted a petition to the Collector': who received it."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [g for h in holders for c in preps(h, {"to"}) for g in c.children if g.dep_ == "pobj"]


def _handed_over(verb: Token) -> bool:
    """A petition or memorandum handed to a person in office (a named person or a title)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in HANDED_NOUNS for c in verb.children):
        return False
    return any(_office_holder(g) for g in _recipients(verb))


def _office_holder(tok: Token) -> bool:
    """A named person or a title standing for one ('the Collector', 'Governor X')."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.lemma_.lower() in OFFICE_WORDS or tok.lower_ in OFFICE_WORDS:
        return True
    return any(c.dep_ == "compound" and c.lower_ in OFFICE_WORDS for c in tok.children)


def addressed_body(verb: Token) -> list[Token]:
    """'X addressed the city council', 'addressed the Senate': a sitting body spoken to in
    session (not 'addressed the issue', 'the nation', 'reporters' or 'a rally')."""
    if verb.lemma_.lower() != "address" or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [o for o in objects if o.lemma_.lower() in SITTING_BODIES and o.pos_ != "PRON"]


def _addressed_group(verb: Token) -> bool:
    """'The marchers were addressed by the mayor': a passive whose subject is a group of
    people (not a crowd, not a matter) and whose agent is a person or body."""
    if addressed_body(verb):
        return True
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = [_counted(c) for c in verb.children if c.dep_ == "nsubjpass"]
    group = any(
        s.tag_ in {"NNS", "NNPS"} and person_like(s) and s.lower_ not in NOT_COUNTERPARTS
        for s in subjects
    )
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return group and any(is_party_like(a) and a.pos_ != "PRON" for a in agents)


def numbered(head: Token) -> bool:
    """'session number four', 'meeting No. 3': the number names which meeting it was, so
    the meeting noun before it is no modifier ('meeting room') but the event itself."""
    return head.lower_ in {"number", "no.", "no", "#"} and any(
        c.dep_ == "nummod" or c.like_num for c in head.children
    )


def called_on(noun: Token) -> list[Token]:
    """'paid a courtesy call on the President': a call on a person is a visit."""
    if noun.lemma_.lower() != "call":
        return []
    paid = noun.head.lemma_.lower() == "pay" or any(c.lower_ == "courtesy" for c in noun.children)
    words = {"on", "to"} if paid else {"on"}  # "paid a courtesy call to the Governor"
    on = [g for c in preps(noun, words) for g in c.children if g.dep_ == "pobj"]
    return [g for g in on if person_like(g) and g.ent_type_ not in {"DATE", "TIME"}]


# What people do at a hearing to be heard at it: "spoke at a hearing before the board".
HEARD_AT_VERBS = frozenset({"speak", "testify", "appear", "attend", "address", "pack", "crowd"})


def heard_at(noun: Token, verb: Token) -> bool:
    """'Residents spoke at a hearing before the planning board', 'parents packed the school
    board's hearing': whoever speaks at, attends or packs a hearing held before or by a
    sitting body is heard by it, a group too (onlookers at a meeting are no such sign)."""
    if noun.lemma_.lower() != "hearing" or verb.lemma_.lower() not in HEARD_AT_VERBS:
        return False
    bodies = [g for c in preps(noun, {"before", "of", "by"}) for g in c.children]
    bodies += [c for c in noun.children if c.dep_ in {"compound", "poss"}]
    return any(b.lemma_.lower() in SITTING_BODIES | HEARING_BODIES for b in bodies)


def hearing_bodies(noun: Token) -> list[Token]:
    """'attended a hearing before the zoning board': the parser hangs the body's before-phrase
    on the verb holding the hearing; it is still who holds the hearing."""
    if noun.lemma_.lower() != "hearing" or noun.dep_ != "dobj":
        return []
    found = [g for c in preps(noun.head, {"before"}) for g in c.children if g.dep_ == "pobj"]
    return [g for g in found if g.lemma_.lower() in SITTING_BODIES | HEARING_BODIES]


def press_only(noun: Token) -> bool:
    """A with-phrase naming only the press: a press event, not a meeting with anyone."""
    found = [g for c in preps(noun, PARTNER_PREPS) for g in c.children if g.dep_ == "pobj"]
    found += [c for g in found for c in g.conjuncts]
    return bool(found) and all(g.lower_ in NOT_COUNTERPARTS for g in found)


def noun_contact_frame(noun: Token) -> str | None:
    """'Hearing' for 'an appearance / testimony before the committee'; '' (no meeting) for a
    press event ('a meeting with reporters'); None when neither (the noun's other frames)."""
    if before_body(noun):
        return "Hearing"
    return "" if press_only(noun) else None


def before_body(noun: Token) -> bool:
    """'an appearance / testimony before the committee': a named body or party heard it."""
    return bool(bodies_before(noun))


def bodies_before(noun: Token) -> list[Token]:
    """Who heard an appearance or testimony: its before-object, or the one right after it
    that the parser hung on the verb ('defended the plan in testimony before the panel')."""
    if noun.lemma_.lower() not in HEARING_NOUNS:
        return []
    after = [c for c in noun.head.head.children if c.i == noun.i + 1 and noun.dep_ == "pobj"]
    found = [
        g
        for c in [*preps(noun, {"before"}), *after]
        if c.dep_ == "prep" and c.lower_ == "before"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [g for g in found if is_party_like(g) and g.ent_type_ not in {"DATE", "TIME", "EVENT"}]

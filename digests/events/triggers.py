"""Meeting candidates: which tokens report a meeting, organised by frame.

The first stage of the meeting pipeline (triggers -> arguments -> modality -> merge). A
trigger is a word that reports two parties coming together, in one of these frames
(FrameNet names; ACE Contact.Meet and Contact.Phone-Write, CAMEO "consult"):

- Meet_with: meet, huddle, confer; meeting, summit, sit-down, encounter
- Discussion: talk, speak, discuss, negotiate, consult; talks, negotiations, conversation
- Visiting: visit (a party, not a place); a visit to or with a party
- Hosting / Receiving: host, receive, welcome, greet, entertain, brief (a party)
- Come_together: gather, convene, assemble (a group, or with someone)
- Contacting: call, phone, telephone (a party); a call, a phone or video call
- Hearing: testify or appear before a body; a hearing
- Summons: summon, call in (a party, or passive "was summoned")
- meals and audiences with a partner: "lunch with", "an audience with"

Each frame's words only count in the sense that reports a meeting, judged by grammar that
holds for the whole frame: a counterpart-taking verb needs a party as its object ("met the
mayor", not "met expectations"); a discussion verb needs a partner ("talked with", "spoke by
phone", "X and Y talked"); a summit on a mountain is no meeting. Whether the meeting was
real is not decided here (see modality.py), nor who took part (arguments.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.contact_frames import (
    bodies_before,
    called_on,
    dispatched,
    frame_of_contact,
    noun_contact_frame,
    numbered,
    urged_to_act,
)
from digests.events.frames import (
    COUNTERPART_VERBS,
    EVENT_NOUNS,
    FROM_NOUNS,
    GROUP_WORDS,
    HEARING_VERBS,
    HYPHENATED_TRIGGERS,
    NOT_COUNTERPARTS,
    PARTNER_NOUNS,
    PARTNER_PREPS,
    PARTNER_VERBS,
    PHONE_WORDS,
    PLACE_BODIES,
    REMOTE_WORDS,
    SESSION_MANNERS,
    SPEECH_AUDIENCES,
    TABLE_WORDS,
    TOGETHER_PREPS,
    WITH_ONLY_VERBS,
)
from digests.events.merge import resumes
from digests.events.press_frames import press_noun_frame, press_verb_frame
from digests.events.support_frames import support_frame
from digests.events.trigger_grammar import (
    climbed,
    coordinated,
    infinitive,
    is_party_like,
    lasting,
    late_subject,
    medium_with,
    minds_meet,
    named_as,
    person_like,
    plural,
    preps,
    purpose_of_trip,
    reaction,
    subject_of,
    time_or_place,
    topic_object,
    verb_lemma,
    with_phrases,
)
from digests.parties import SUBJECT_DEPS


def trigger_node(tok: Token, text: str) -> Token | None:
    """The token that stands for a meeting trigger here, or None.

    Hyphenated nouns ("sit-down", "face-to-face") are split by the tokenizer; their
    syntactic head stands for the whole word.
    """
    for word in HYPHENATED_TRIGGERS:
        if text.startswith(word, tok.idx) and tok.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}:
            end = tok.idx + len(word)
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                return None
            node = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
            if node.dep_ in {"compound", "amod", "nmod", "nummod"} and frame_of(node.head):
                return None  # "a face-to-face meeting": the noun after it is the trigger
            return node
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return None  # the second half of a hyphenated word
    if frame_of(tok) is None:
        return None
    # "session number four": the numbered noun carries the session's arguments
    if tok.dep_ == "compound" and numbered(tok.head):
        return tok.head
    measure = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS and not _has_partner(tok):
        return measure  # "after 14 hours of talks": the hours sit where the talks' holders act
    return tok


# "14 hours of talks", "weeks of negotiations": a stretch of talks stands in their place
MEASURE_NOUNS = frozenset({"hour", "day", "week", "month", "night"})


def frame_of(tok: Token) -> str | None:
    """The frame this token reports a meeting in, or None when it reports none here."""
    if tok.pos_ == "VERB":
        return _verb_frame(tok)
    if tok.pos_ in {"NOUN", "PROPN"} or tok.pos_ == "ADJ" and tok.dep_ in NOMINAL_DEPS:
        return _noun_frame(tok)  # "held a bilateral with X": an adjective used as a noun
    return None


NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


def _verb_frame(verb: Token) -> str | None:
    lemma = verb_lemma(verb)
    if _listed_noun(verb):
        return None
    if urged_to_act(verb):
        return None  # "called on X to resign": a demand, not a call or a visit
    if lemma == "debate":
        return press_verb_frame(verb)  # "debated Y" (press_frames.py)
    contact = frame_of_contact(verb)
    if contact is not None:
        return contact  # "heard from residents", "submitted a petition to the Collector"
    if dispatched(verb):
        return None  # "officers were called to the scene"
    if lemma in COUNTERPART_VERBS and _has_counterpart_object(verb):
        return COUNTERPART_VERBS[lemma]
    if lemma == "see" and purpose_of_trip(verb) and _has_counterpart_object(verb):
        return "Visiting"  # "went to Rome to see the pope"
    if lemma in HEARING_VERBS:
        before = [g for c in preps(verb, {"before"}) for g in c.children if g.dep_ == "pobj"]
        return HEARING_VERBS[lemma] if any(is_party_like(g) for g in before) else None
    if lemma not in PARTNER_VERBS:
        return None
    frame = PARTNER_VERBS[lemma]
    if lemma == "sit":
        down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        return frame if down and (_has_partner(verb) or _collective_subject(verb)) else None
    if lemma == "discuss":
        return frame if _discussed_together(verb) else None
    if lemma in {"speak", "talk", "chat"}:
        to = [g for c in preps(verb, {"to"}) for g in c.children if g.dep_ == "pobj"]
        heard = [g for g in to if is_party_like(g) and not _audience(g, SPEECH_AUDIENCES)]
        if _by_phone(verb) or heard:  # "spoke to X"; not "spoke to supporters" (a speech)
            return frame
        if any(
            is_party_like(g) and not _audience(g) for c in with_phrases(verb) for g in c.children
        ):
            return frame  # "talked trade with X": the topic's with-phrase
        return frame if _has_partner(verb) or _spoke_together(verb) else None
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lower_ != "face" for c in verb.children):
        return None  # "met the deadline": an object that is no party ("met face to face" is)
    if lemma == "meet" and any(reaction(g) for c in with_phrases(verb) for g in c.children):
        return None  # "met with criticism from X on Monday"
    if _has_partner(verb):
        return frame
    if lemma in WITH_ONLY_VERBS:
        return None  # "workers engaged in the census": engaging is meeting only with someone
    if _collective_subject(verb):
        # "X and Y gathered" come together; "protesters gathered" is a rally, no meeting
        return frame if frame != "Come_together" or _coordinated_subject(verb) else None
    if lemma == "meet" and not any(c.dep_ == "auxpass" for c in verb.children):
        # "the council met on Tuesday": a body meeting at a stated time or place; not "was
        # met with criticism"
        if any(c.dep_ == "advmod" and c.lower_ in SESSION_MANNERS for c in verb.children):
            return frame
        return frame if any(time_or_place(c) for c in verb.children) else None
    return None


def _listed_noun(verb: Token) -> bool:
    """'stores, warehouses and call centers': a bare verb form the parser put in a list of
    nouns, with no subject or auxiliary of its own, is a noun misread ('call centers')."""
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.tag_ in {"VB", "VBP"}
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children)
    )


def _noun_frame(noun: Token) -> str | None:
    low, lemma = noun.lower_, noun.lemma_.lower()
    if lemma == "table":
        return "Discussion" if _bargaining_table(noun) else None
    if (contact := noun_contact_frame(noun)) is not None:
        return contact or None  # "an appearance before Congress"; "a meeting with reporters"
    if (
        noun.dep_ == "compound"
        and noun.head.pos_ in {"NOUN", "PROPN"}
        and low != "summit"
        and not numbered(noun.head)
    ):
        return None  # "meeting room", "talks deadline"; "summit talks" is one event either way
    if low in EVENT_NOUNS or lemma in EVENT_NOUNS:
        if lemma == "summit" and climbed(noun) or minds_meet(noun):
            return None
        if lemma == "hearing" and noun.tag_ == "VBG":
            return None
        if noun.tag_ == "NNS" and lemma not in {"talks", "negotiation", "talk"}:
            # "held meetings with X": a series with a partner; "those meetings usually ..."
            held = noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"have", "hold", "conduct"}
            # "held separate meetings with A and B": the parser may hang the with on the verb
            together = held and (_coordinated_subject(noun.head) or _has_partner(noun.head))
            # "held meetings with X", "X and Y have had several meetings"
            return EVENT_NOUNS.get(lemma) if _has_partner(noun) or together else None
        return EVENT_NOUNS.get(low) or EVENT_NOUNS[lemma]
    supported = support_frame(noun) or press_noun_frame(noun)  # "a debate with Y"
    if supported is not None:
        return supported  # "played host to X", "gave evidence to the committee"
    frame = PARTNER_NOUNS.get(low) or PARTNER_NOUNS.get(lemma)
    if frame is None:
        return None
    if lemma == "conference" and any(c.lower_ in {"news", "press"} for c in noun.children):
        return None
    if lemma == "hall" and not any(c.lower_ == "town" for c in noun.children):
        return None  # "held a town hall with residents"; any other hall is a building
    phone = any(c.lower_ in REMOTE_WORDS for c in noun.children if c.dep_ in {"compound", "amod"})
    owned = any(c.dep_ == "poss" for c in noun.children)
    if lemma in FROM_NOUNS and _from_party(noun):
        return frame  # "received a call from X"
    if called_on(noun):
        return "Visiting"  # "paid a courtesy call on the President"
    if lemma == "visit":
        to = [g for c in preps(noun, {"to"}) for g in c.children if g.dep_ == "pobj"]
        state = any(c.lower_ in {"state", "official"} for c in noun.children)
        return frame if _has_partner(noun) or any(person_like(g) for g in to) or state else None
    if lemma == "call" and not (phone or _has_partner(noun) or owned and _on_phone(noun)):
        return None
    # "had lunch with X": the light verb carries the partner
    light = noun.dep_ == "dobj" and (_has_partner(noun.head) or _coordinated_subject(noun.head))
    going_on = resumes(noun) is not None  # "discussions will resume": the talks go on
    return frame if phone or _has_partner(noun) or light or _called_of(noun) or going_on else None


def _called_of(noun: Token) -> bool:
    """'called a gathering of union representatives', 'convened a conference of mayors':
    a convener and the group it called together."""
    called = noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"call", "convene", "hold"}
    members = [g for c in preps(noun, {"of"}) for g in c.children if g.dep_ == "pobj"]
    return called and any(person_like(g) for g in members)


def _bargaining_table(noun: Token) -> bool:
    """'returned to the bargaining table', 'are back at the negotiating table': the talks."""
    mods = any(c.dep_ in {"compound", "amod"} and c.lower_ in TABLE_WORDS for c in noun.children)
    return mods and noun.dep_ == "pobj" and noun.head.lower_ in {"to", "at"}


def from_partners(noun: Token) -> list[Token]:
    """'a call from X', 'a visit from X': who called or visited; 'a courtesy call on X':
    who was called on."""
    if noun.lemma_.lower() not in FROM_NOUNS:
        return bodies_before(noun)  # "in testimony before the committee": who heard it
    found = [g for c in preps(noun, {"from"}) for g in c.children if g.dep_ == "pobj"]
    return found + called_on(noun)


def _from_party(noun: Token) -> bool:
    """A caller named, and no call to act ('a call from members to strike' is a demand)."""
    to_act = any(c.dep_ in {"acl", "relcl"} or c.lower_ == "for" for c in noun.children)
    to_act = to_act or any(
        c.dep_ in {"advcl", "xcomp"} and c.i > noun.i and infinitive(c) for c in noun.head.children
    )  # "received a call from members to strike"
    callers = from_partners(noun)
    if any(g.ent_type_ == "PERSON" for g in callers):
        return True  # a named caller rang: "a call from X to discuss the flood"
    return not to_act and any(person_like(g) for g in callers)


def _has_counterpart_object(verb: Token) -> bool:
    """'met the mayor', 'summoned the envoy', 'the envoy was summoned', 'called him'; not
    'met the deadline', 'called him a liar', 'hosted the talks' (the noun is the trigger)."""
    objs = objects_of(verb)
    if verb.lemma_.lower() == "call" and named_as(verb):
        return False  # 'calling X "a partner"': what X is called
    for c in verb.children:
        if c.dep_ == "oprd" and c not in objs or c.dep_ == "ccomp" and verb.dep_ != "pcomp":
            return False  # "called him a liar"; "said after meeting X that ...": said's
        if c.dep_ == "xcomp" and not infinitive(c):
            return False  # "called in the envoy to explain" stays
    if not objs and _passive(verb):
        objs = _passive_subjects(verb)
    objs = [o for o in objs if not _audience(o)]  # "met reporters", "briefed the press"
    if verb.lemma_.lower() == "visit":  # "visited a school": a place, not a party
        return any(
            person_like(o) and o.ent_type_ != "GPE" and o.lemma_.lower() not in PLACE_BODIES
            for o in objs
        )
    return any(
        person_like(o) or o.pos_ == "PRON" and is_party_like(o) or o.lower_ in GROUP_WORDS
        for o in objs
    )  # "convened the two sides"


def _passive(verb: Token) -> bool:
    """'was summoned', and 'was criticised and later called in by X' (the auxiliary shared
    with the verb it is conjoined to)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    shared = verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
    return shared and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def _passive_subjects(verb: Token) -> list[Token]:
    """Who a passive verb acts on: its own subject, or for a verb conjoined to another
    passive its head's ('X was arrested and later called in by the ministry': X)."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def objects_of(verb: Token) -> list[Token]:
    """The verb's direct objects; for a finite verb the parser hung on its object as a
    modifier ("X hosted Mayor Y" read as "[hosted] Mayor Y"), that head."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and any(o.tag_ in {"WP", "WDT"} for o in objs):
        objs = [verb.head]  # "Y, whom X met": Y, the noun the relative pronoun stands for
    objs += [c for c in verb.children if late_subject(c)]
    if not objs and verb.lemma_.lower() == "call":
        # "called in the envoy" read as a prepositional phrase; "called Governor X" as a
        # naming complement: the person is the one called
        objs = [
            g
            for c in preps(verb, {"in"})
            if c.i == verb.i + 1  # "called for aid in Cox's Bazar": a place, not a summons
            for g in c.children
            if person_like(g) and g.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
        ]
        objs += [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"]
    misread = verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.i > verb.i
    if not objs and misread and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        objs = [verb.head]
    return objs


def _on_phone(noun: Token) -> bool:
    """'their call on Tuesday', 'his call with ...': a call that is an event (it has a time)."""
    return any(c.ent_type_ in {"DATE", "TIME"} for c in noun.subtree)


def _has_partner(tok: Token) -> bool:
    """A with/between/among phrase naming someone other than the press."""
    for prep in preps(tok, PARTNER_PREPS) + medium_with(tok):  # "by phone with X"
        objs = [g for g in prep.children if g.dep_ == "pobj" and not reaction(g)]
        if any(not _audience(g) and (is_party_like(g) or plural(g)) for g in objs):
            return True
    return False


def _audience(tok: Token, crowd: frozenset[str] = NOT_COUNTERPARTS) -> bool:
    return tok.lower_ in crowd


def _by_phone(verb: Token) -> bool:
    return any(
        g.lower_ in PHONE_WORDS for c in verb.children if c.dep_ == "prep" for g in c.subtree
    )


def _collective_subject(verb: Token) -> bool:
    """'X and Y met', 'the two leaders met', 'the ministers met': more than one party."""
    subject = subject_of(verb)
    if subject is None:
        return False
    if coordinated(subject):
        return True
    return subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in GROUP_WORDS | {"they", "we"}


def _coordinated_subject(verb: Token) -> bool:
    subject = subject_of(verb)
    return subject is not None and coordinated(subject)


def _discussed_together(verb: Token) -> bool:
    """'discussed an alliance with X', 'X and Y discussed a merger', 'executives at X and
    Y discussed ...': discussing is meeting when someone discusses with someone."""
    for c in with_phrases(verb):
        return not any(g.lower_ in NOT_COUNTERPARTS for g in c.children)
    subject = subject_of(verb)
    if subject is None:
        return False
    if coordinated(subject):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in {"at", "from"} and any(g.conjuncts for g in c.children)
        for c in subject.children
    )


def _spoke_together(verb: Token) -> bool:
    """'X and Y talked Friday and plan to speak again Monday': two parties speaking, with no
    audience, topic or venue, spoke with each other (not 'X and Y spoke at the rally')."""
    subject = subject_of(verb)
    if subject is None or not coordinated(subject) or subject.pos_ == "PRON":
        return False
    for c in verb.children:
        if topic_object(c):
            continue  # "X and Y talked trade on Monday"
        if c.dep_ in {"dobj", "ccomp", "attr", "acomp"}:
            return False
        if c.dep_ == "prep" and c.lower_ == "for" and lasting(c):
            continue  # "talked for an hour"
        if c.dep_ == "prep" and c.lower_ not in TOGETHER_PREPS | {"according"}:
            return False
        if (
            c.dep_ == "prep"
            and c.lower_ == "on"
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        ):
            return False  # "spoke on the issue": a topic
    timed = any(c.ent_type_ in {"DATE", "TIME"} for c in verb.children) or any(
        c.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        for c in verb.children
    )  # "spoke Tuesday", "spoke on Tuesday"
    lasted = any(c.dep_ == "prep" and c.lower_ == "for" and lasting(c) for c in verb.children)
    return timed or lasted or any(c.lower_ in {"again", "together"} for c in verb.children)


def is_specific(node: Token) -> bool:
    """'a meeting', 'their talks', 'met': one event; bare plurals ('talks to end ...') are not."""
    if node.pos_ == "VERB":
        return True
    return any(c.dep_ in {"det", "poss"} for c in node.children) or node.tag_ != "NNS"


def is_anaphoric(node: Token) -> bool:
    """'the meeting', 'the session': a definite noun that points back to a known meeting."""
    if node.pos_ not in {"NOUN", "PROPN"}:
        return False
    dets = [c.lower_ for c in node.children if c.dep_ in {"det", "poss"}]
    ordinal = any(c.ent_type_ == "ORDINAL" or c.lower_ in {"next", "first"} for c in node.children)
    return bool(dets) and dets[0] in {"the", "that", "this", "their"} and not ordinal

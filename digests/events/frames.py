"""The meeting frame lexicon: trigger words by FrameNet frame, and the word classes their
sense checks read. Data only; triggers.py holds the rules that use it.

Frames: Meet_with, Discussion, Visiting, Hosting (and Receiving), Come_together,
Contacting (telephone), Hearing (testimony), Summons. Verbs are lemmas; nouns are lower-cased
forms or lemmas.
"""

from __future__ import annotations

# Verbs whose object is the other party ("met the mayor", "summoned the envoy").
COUNTERPART_VERBS = {
    "meet": "Meet_with",
    "visit": "Visiting",
    "host": "Hosting",
    "receive": "Hosting",
    "welcome": "Hosting",
    "greet": "Hosting",
    "entertain": "Hosting",
    "brief": "Hosting",
    "summon": "Summons",
    "call_in": "Summons",
    "phone": "Contacting",
    "telephone": "Contacting",
    "call": "Contacting",
    "ring": "Contacting",
    "consult": "Discussion",
    "convene": "Come_together",
}
# Verbs that need a partner: a with-phrase, a phone, or a plural subject ("X and Y talked").
PARTNER_VERBS = {
    "talk": "Discussion",
    "speak": "Discussion",
    "discuss": "Discussion",
    "negotiate": "Discussion",
    "chat": "Discussion",
    "liaise": "Discussion",
    "engage": "Discussion",
    "parley": "Discussion",
    "consult": "Discussion",  # "consulted with X" (COUNTERPART_VERBS has "consulted X")
    "bargain": "Discussion",
    "mediate": "Discussion",  # "mediated between X and Y"
    "confer": "Meet_with",
    "huddle": "Meet_with",
    "meet": "Meet_with",
    "gather": "Come_together",
    "assemble": "Come_together",
    "reconvene": "Come_together",
    "convene": "Come_together",  # "X and Y will convene in Z" (COUNTERPART: "convened X")
    "come_together": "Come_together",
    "get_together": "Come_together",
    "sit": "Meet_with",
    # meals shared with someone: "dined with X", "X and Y lunched"
    "dine": "Meet_with",
    "din": "Meet_with",  # the lemmatizer's lemma of "dined"
    "lunch": "Meet_with",
    "breakfast": "Meet_with",
}
HEARING_VERBS = {"testify": "Hearing", "appear": "Hearing"}
# Their nouns, a hearing only before a body: "in an appearance before Congress".
HEARING_NOUNS = frozenset({"appearance", "testimony"})
# Nouns that report a meeting on their own ("the summit", "talks").
EVENT_NOUNS = {
    "meeting": "Meet_with",
    "summit": "Meet_with",
    "sit-down": "Meet_with",
    "face-to-face": "Meet_with",
    "one-on-one": "Meet_with",
    "tete-a-tete": "Meet_with",
    "huddle": "Meet_with",
    "talks": "Discussion",
    "negotiation": "Discussion",
    "negotiations": "Discussion",
    "hearing": "Hearing",
    "session": "Come_together",
    "videoconference": "Contacting",
    "teleconference": "Contacting",
    "town-hall": "Come_together",
}
# Nouns that report a meeting only with a partner, a possessor or a phone: "a conversation
# with X", "their call", "a visit to the governor"; not "the conversation turned to taxes".
PARTNER_NOUNS = {
    "conversation": "Discussion",
    "discussion": "Discussion",
    "discussions": "Discussion",
    "consultation": "Discussion",
    "consultations": "Discussion",
    "dialogue": "Discussion",
    "mediation": "Discussion",
    "call": "Contacting",
    "visit": "Visiting",
    "audience": "Hosting",
    "lunch": "Meet_with",
    "luncheon": "Meet_with",
    "dinner": "Meet_with",
    "breakfast": "Meet_with",
    "coffee": "Meet_with",
    "banquet": "Hosting",
    "encounter": "Meet_with",
    "conference": "Come_together",
    "gathering": "Come_together",
    "bilateral": "Meet_with",
    "roundtable": "Discussion",
    "chat": "Discussion",
    "bargaining": "Discussion",  # "resumed bargaining with X"
    "hall": "Come_together",  # only "a town hall": see triggers._noun_frame
}
# "returned to the bargaining table": the table where talks are held stands for the talks.
TABLE_WORDS = frozenset({"bargaining", "negotiating", "negotiation", "negotiations"})
# "a call from X", "a visit from X": the caller or visitor is the partner.
FROM_NOUNS = frozenset({"call", "visit"})
HYPHENATED_TRIGGERS = ("sit-down", "face-to-face", "one-on-one", "town-hall", "tete-a-tete")
PARTNER_PREPS = frozenset({"with", "between", "among"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "zoom", "videoconference"})
# Modifiers that make a call or a conference a remote meeting: "a conference call".
REMOTE_WORDS = PHONE_WORDS | {"conference", "virtual"}
# How a plan or person is met: "met with opposition / criticism from X" is no meeting.
REACTION_NOUNS = frozenset(
    """
    opposition resistance criticism skepticism scepticism approval disapproval praise
    anger outrage backlash applause protest protests derision silence hostility suspicion
    """.split()
)
# Audiences of a statement or speech, not counterparts: "met reporters", "spoke to the nation".
NOT_COUNTERPARTS = frozenset(
    {"reporters", "reporter", "press", "media", "journalists", "crowd", "crowds", "nation"}
    | {"public", "audience", "audiences", "viewers", "listeners"}
)
# Whom a speech is given to, not a counterpart: "spoke to supporters in Lindford".
SPEECH_AUDIENCES = NOT_COUNTERPARTS | frozenset(
    """
    supporters voters fans followers rally rallies rallygoers attendees graduates congregation
    parishioners
    """.split()
)
PERSON_GROUP_NOUNS = frozenset(
    """
    leader man woman official president minister politician executive candidate rival
    lawmaker senator governor mayor chief ceo negotiator envoy diplomat counterpart
    ambassador delegation delegate representative member family parent student resident
    """.split()
)
GROUP_WORDS = frozenset({"pair", "two", "duo", "both", "sides"})
# Prepositions whose object a meeting surrounds: "at the meeting, X said".
AROUND_PREPS = frozenset({"after", "during", "from", "following", "at", "in", "into", "before"})
# A summit climbed, not held: motion verbs and mountain words.
CLIMB_VERBS = frozenset(
    {"climb", "reach", "scale", "ascend", "descend", "conquer", "hike", "approach"}
)
MOUNTAIN_WORDS = frozenset(
    {"mountain", "mount", "mont", "mt", "peak", "hill", "volcano", "ridge", "everest"}
)
# Bodies that are also places: "visited a school" is a place visited, not a party met.
PLACE_BODIES = frozenset(
    {
        "school",
        "university",
        "college",
        "hospital",
        "office",
        "court",
        "city",
        "county",
        "district",
        "campus",
        "state",
    }
)
DATELINE_DASHES = frozenset({"--", "—", "–", "-"})
# "spoke on Saturday", "spoke by phone": prepositions that leave two speakers talking together
TOGETHER_PREPS = frozenset({"by", "via", "over", "with", "on"})
PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Verbs of travel: "flew to Rome to meet X", "arrived in Vantor" (a place, not a party).
MOTION_VERBS = frozenset(
    {"fly", "travel", "go", "come", "head", "drive", "arrive", "return", "move"}
)
# Manner words that make a lone "met" a session: "the board met privately", "met remotely".
SESSION_MANNERS = frozenset(
    {"remotely", "virtually", "online", "privately", "together", "again", "separately", "briefly"}
)
# Partner verbs that need a with-phrase: "liaised with the police", not "engaged in a census".
WITH_ONLY_VERBS = frozenset({"liaise", "engage", "parley"})

# "the talks brought together X and Y": verbs whose object, with a meeting as subject, took part
GATHER_VERBS = frozenset({"include", "involve", "bring", "gather", "draw", "feature", "pit"})
# "observed / covered / filmed the meeting": who watches a meeting is not a party to it
OBSERVER_VERBS = frozenset(
    {"observe", "watch", "cover", "film", "photograph", "monitor", "witness", "livestream"}
)

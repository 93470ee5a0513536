"""Meeting triggers: which tokens report a meeting, and which only wish for one.

Split from meetings.py so the test "is this word a meeting here?" can be read alone.
Verbs (meet, sit down with, speak by phone, summon ...), nouns (meeting, talks, summit,
a call with ...), hyphenated nouns (sit-down); a meeting only asked for, wished for or
negated is no meeting.

Does NOT handle: meetings described without any trigger word ("a panel at the church"),
or habitual meetings ("those meetings usually include ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import (
    ANONYMOUS_NOUNS,
    DEMAND_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    PARTNER_PREPS,
    TITLE_WORDS,
)
from digests.parties import SUBJECT_DEPS

DESIRE_MODALS = frozenset({"need", "should", "want", "hope", "might"})
INFINITIVE_HOSTS = frozenset({"agree", "plan", "schedule", "set", "expect", "due", "arrange"})
SCHEDULING_PASSIVES = frozenset({"expect", "schedule", "set", "slate", "due", "plan"})
WISH_WORDS = frozenset({"ready", "willing", "eager", "hope", "wish", "refuse", "offer", "try"})
PHONE_WORDS = frozenset({"phone", "telephone", "video"})
HYPHENATED_TRIGGERS = ("sit-down", "face-to-face", "one-on-one", "town-hall", "tete-a-tete")
GATHERING_NOUNS = frozenset(
    {"lunch", "luncheon", "dinner", "breakfast", "reception", "retreat", "meeting", "session"}
)
NOT_COUNTERPARTS = frozenset({"reporters", "reporter", "press", "media", "journalists"})
PERSON_GROUP_NOUNS = frozenset(
    """
    leader man woman official president minister politician executive candidate rival
    lawmaker senator governor mayor chief ceo negotiator envoy diplomat counterpart
    """.split()
)
GROUP_WORDS = frozenset({"pair", "two", "duo", "both", "sides"})
AROUND_PREPS = frozenset({"after", "during", "from", "following", "at", "in", "into", "before"})
# Verbs that are meetings on their own beyond the shared list: "summoned the ambassador".
SUMMON_VERBS = frozenset({"summon"})
# Nouns that are a meeting only with a counterpart or a phone: "a conversation with X",
# "a telephone conversation"; not "the conversation turned to taxes".
CONVERSATION_NOUNS = frozenset({"conversation", "discussion", "consultation", "dialogue"})
DATELINE_DASHES = frozenset({"--", "—", "–", "-"})
# "the talks were postponed", "have postponed that session": called off, not held
CANCEL_VERBS = frozenset({"postpone", "cancel", "scrap", "delay", "suspend", "abandon", "scrub"})
# "spoke on Saturday", "spoke by phone": prepositions that leave two speakers talking together
TOGETHER_PREPS = frozenset({"by", "via", "over", "with", "on"})


def trigger_node(tok: Token, text: str) -> Token | None:
    """The token that stands for a meeting trigger here, or None.

    Hyphenated nouns ("sit-down", "face-to-face") are split by the tokenizer; their
    syntactic head stands for the whole word.
    """
    for word in HYPHENATED_TRIGGERS:
        if text.startswith(word, tok.idx) and tok.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}:
            end = tok.idx + len(word)
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                return None
            node = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
            if node.dep_ in {"compound", "amod", "nmod"} and is_trigger(node.head):
                return None  # "a face-to-face meeting": the noun after it is the trigger
            return node
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return None  # the second half of a hyphenated word
    return tok if is_trigger(tok) else None


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


def is_trigger(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "VERB":
        if lemma in SUMMON_VERBS:
            return any(c.dep_ == "dobj" for c in tok.children)
        if lemma == "discuss":
            return _discussed_together(tok)
        if lemma == "sit":
            # "sat down with X", or a group sitting down together ("the pair sat down")
            down = any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
            together = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) or any(
                c.dep_ in SUBJECT_DEPS
                and (c.tag_ == "NNS" or c.lower_ in GROUP_WORDS or c.conjuncts)
                for c in tok.children
            )
            return down and together
        if lemma in {"speak", "talk"}:
            # "spoke by phone", "talked with X", "spoke to X at a lunch"
            preps = [c for c in tok.children if c.dep_ == "prep"]
            counterpart = any(
                c.lower_ in {"with", "to"}
                and not any(g.lower_ in NOT_COUNTERPARTS for g in c.children)
                for c in preps
            )
            by_phone = any(g.lower_ in PHONE_WORDS for c in preps for g in c.subtree)
            at_gathering = any(
                c.lower_ in {"at", "in", "during"}
                and any(g.lemma_.lower() in GATHERING_NOUNS for g in c.subtree)
                for c in preps
            )
            with_someone = any(c.lower_ == "with" for c in preps)
            return (
                by_phone or counterpart and (with_someone or at_gathering) or _spoke_together(tok)
            )
        if lemma in {"host", "visit"}:
            return False  # only as the holder of a meeting noun
        if lemma == "meet" and not _meets_people(tok):
            return False  # "met the deadline", "meet their demands"
        return lemma in MEETING_VERBS
    if tok.pos_ in {"NOUN", "PROPN"}:
        partner = any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in tok.children)
        if lemma in CONVERSATION_NOUNS:
            return partner or any(c.lower_ in PHONE_WORDS for c in tok.children)
        if low in {"talks", "negotiations", "discussions"}:
            return True
        if tok.tag_ == "NNS":
            # "held meetings with X" is a series of meetings with X; "those meetings
            # usually ..." is habitual, not an event
            return partner and lemma in MEETING_NOUNS
        if low in {"call", "conference"}:
            # "a phone call with X", "a conference call"; not "a news conference"
            return any(c.lower_ in PHONE_WORDS | {"conference"} for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
            )
        return low in MEETING_NOUNS or lemma in MEETING_NOUNS
    return False


def _discussed_together(verb: Token) -> bool:
    """'discussed an alliance with X', 'X and Y discussed a merger', 'executives at X and
    Y discussed ...': discussing is meeting when someone discusses with someone."""
    for c in with_phrases(verb):
        return not any(g.lower_ in NOT_COUNTERPARTS for g in c.children)
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.conjuncts:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in {"at", "from"} and any(g.conjuncts for g in c.children)
        for c in subject.children
    )


def with_phrases(verb: Token) -> list[Token]:
    """The verb's with-phrases, or its object's: 'discussed an alliance with X' attaches
    either way."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [
        c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
    ]


def _spoke_together(verb: Token) -> bool:
    """'X and Y talked Friday and plan to speak again Monday': two parties speaking, with no
    audience, topic or venue, spoke with each other (not 'X and Y spoke at the rally')."""
    subject = _subject(verb)
    if subject is None or not subject.conjuncts or subject.pos_ == "PRON":
        return False
    for c in verb.children:
        if c.dep_ in {"dobj", "ccomp", "attr", "acomp"}:
            return False
        if c.dep_ == "prep" and c.lower_ not in TOGETHER_PREPS:
            return False
        if (
            c.dep_ == "prep"
            and c.lower_ == "on"
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        ):
            return False  # "spoke on the issue": a topic
    timed = any(c.ent_type_ in {"DATE", "TIME"} for c in verb.children)
    return timed or any(c.lower_ in {"again", "together"} for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its head verb's for a conjoined verb ('spoke and will talk')."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        sub = next(
            (c for c in node.children if c.dep_ in SUBJECT_DEPS and not is_dateline(c)), None
        )
        if sub is not None:
            return sub
    return None


def is_dateline(tok: Token) -> bool:
    """'HALIFAX -- Bankers ... discussed': the place before a dateline dash is no subject."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in DATELINE_DASHES and tok.is_upper


def is_called_off(tok: Token) -> bool:
    """'are not holding talks', 'no meeting', 'Talks won't resume', 'had planned to meet
    but postponed that session': a meeting denied or called off is not reported."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    clause = tok
    for _ in range(3):
        if clause.pos_ in {"VERB", "AUX"} or clause.head is clause:
            break
        clause = clause.head
    chain = [clause]
    while chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    for verb in chain:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        siblings = [verb, *verb.conjuncts]
        if any(v.lemma_.lower() in CANCEL_VERBS for v in siblings):
            return True
    return False


def _meets_people(verb: Token) -> bool:
    """'met the mayor' / 'met reporters' yes; 'met the deadline' / 'meet demands' no."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    lemma = obj.lemma_.lower()
    return lemma in PERSON_GROUP_NOUNS or lemma in ANONYMOUS_NOUNS or lemma in TITLE_WORDS


def is_only_wished_for(an: Analysis, tok: Token) -> bool:
    """'urged the dean to sit down with tenants': a demand for a meeting, not a meeting."""
    if tok.pos_ == "VERB" and any(c.tag_ == "TO" for c in tok.children):
        return tok.head.lemma_.lower() not in INFINITIVE_HOSTS
    node = tok
    for _ in range(6):
        if node.head is node:
            break
        child, node = node, node.head
        lemma = node.lemma_.lower()
        if lemma in SCHEDULING_PASSIVES and any(c.dep_ == "auxpass" for c in node.children):
            continue  # "is expected to meet", "is set to meet": scheduled, not wished for
        if (lemma in DEMAND_VERBS or lemma in WISH_WORDS) and not an.in_quote(node):
            # "at a meeting ..., the union asked for X": the meeting only sets the scene
            return not (child.dep_ == "prep" and child.lower_ in AROUND_PREPS)
    return any(c.lemma_.lower() in DESIRE_MODALS and c.dep_ == "aux" for c in tok.children)

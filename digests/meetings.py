"""Meeting events: who met (or will meet) whom, when, where, and whether it is past.

Triggers are meeting verbs ("met with", "will meet", "sit down with", "spoke by phone")
and nouns ("the meeting", "a sit-down", "talks", "summit"). For each trigger outside a
quote:
- participants: the trigger's subject and with-/between-objects, coordinated names,
  the holder of a held/attended meeting, "the pair"/"the two sides" as the last two
  parties; failing those, the people named in the same sentence;
- when: the nearest date or time expression in the sentence;
- where: an at/in phrase naming a facility, place or organisation;
- status: from tense, modals and words like "will", "scheduled", "last".
Mentions of the same meeting (same parties, same status) merge into one.

Does NOT handle: meetings only proposed or demanded ("asked the mayor to sit down with
them" is a demand), habitual meetings ("those meetings usually include ..."), or meetings
reported only inside quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .analysis import Analysis, Party
from .lexicon import (
    ANONYMOUS_NOUNS,
    CUE_VERBS,
    DEMAND_VERBS,
    FUTURE_MARKERS,
    MEETING_NOUNS,
    MEETING_VERBS,
    PAST_MARKERS,
    TITLE_WORDS,
)
from .model import Meeting
from .parties import SUBJECT_DEPS, Discourse, party_of

HOLD_VERBS = frozenset({"hold", "have", "attend", "host", "set", "schedule", "plan", "mark"})
HOLD_VERBS |= frozenset({"leave", "call", "convene", "arrange", "join", "end", "begin"})
AROUND_PREPS = frozenset({"after", "during", "from", "following", "at", "in", "into", "before"})
PLACE_PREPS = frozenset({"at", "in", "inside", "outside"})
PLACE_ENTS = frozenset({"FAC", "GPE", "LOC", "ORG"})
PLACE_NOUNS = frozenset(
    """
    headquarters office room hall house mansion church hotel center centre building
    plaza worksite site capitol chamber chambers courthouse library school campus
    restaurant residence embassy palace airport station park
    """.split()
)
WHEN_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
    yesterday morning afternoon evening night week month year january february march april
    may june july august september october november december weekend noon
    """.split()
)
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
DAY_WORDS = WHEN_WORDS - {"morning", "afternoon", "evening", "night", "week", "month", "year"}
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
DURATION_UNITS = frozenset({"days", "weeks", "months", "years", "decades", "hours", "minutes"})
DURATION_WORDS = frozenset({"minutes", "minute", "hours", "hour", "-minute", "long"})
PERSON_GROUP_NOUNS = frozenset(
    """
    leader man woman official president minister politician executive candidate rival
    lawmaker senator governor mayor chief ceo negotiator envoy diplomat counterpart
    """.split()
)
GROUP_WORDS = frozenset({"pair", "two", "duo", "both", "sides"})
DESIRE_MODALS = frozenset({"need", "should", "want", "hope", "might"})
TIME_ENTS = frozenset({"DATE", "TIME"})
# "agreed to meet" reports a meeting; "ready to talk", "refused to meet" do not.
INFINITIVE_HOSTS = frozenset({"agree", "plan", "schedule", "set", "expect", "due", "arrange"})
SCHEDULING_PASSIVES = frozenset({"expect", "schedule", "set", "slate", "due", "plan"})
# Children of a trigger whose words can say when it is: not conjoined verbs ("met ... and
# is scheduled to meet again" is two meetings).
STATUS_DEPS = frozenset({"aux", "auxpass", "advmod", "npadvmod", "amod", "det", "prep"})
WISH_WORDS = frozenset({"ready", "willing", "eager", "hope", "wish", "refuse", "offer", "try"})
PHONE_WORDS = frozenset({"phone", "telephone", "video"})
HYPHENATED_TRIGGERS = ("sit-down", "face-to-face", "one-on-one", "town-hall", "tete-a-tete")
# Groups that act on their own: "officials of the firm and police" are two parties.
ACTOR_GROUPS = frozenset(
    {"police", "firefighter", "paramedic", "authority", "official", "resident", "protester"}
)
# Meals and closed gatherings where speaking to someone is meeting them.
GATHERING_NOUNS = frozenset(
    {"lunch", "luncheon", "dinner", "breakfast", "reception", "retreat", "meeting", "session"}
)
NOT_COUNTERPARTS = frozenset({"reporters", "reporter", "press", "media", "journalists"})


@dataclass
class _Mention:
    parties: list[Party]
    when: str | None
    where: str | None
    status: str
    evidence: str
    from_sentence: bool = False
    keys: frozenset = field(default_factory=frozenset)
    sent_end: int = 0
    by_verb: bool = False


def extract_meetings(an: Analysis, discourse: Discourse | None = None) -> list[Meeting]:
    """Every meeting the article reports, in order of first mention.

    `discourse` (from the quote reader) lets "he" and "the company" resolve to whoever last
    spoke; without it they resolve from the text alone.
    """
    discourse = discourse or Discourse.of(an)
    mentions: list[_Mention] = []
    pending: _Mention | None = None  # "an historic meeting Tuesday": time known, parties later
    for tok in an.doc:
        node = _trigger_node(tok, an.text)
        if node is None or an.in_quote(tok) or tok.idx < an.headline_end:
            continue
        if _is_only_wished_for(an, node):
            continue
        parties = _participants(an, node, mentions, discourse)
        from_sentence = False
        if not parties and _is_anaphoric(node) and mentions:
            _fill_in(mentions[-1], node, an)  # "the meeting" again: maybe its time or place
            continue
        if not parties and _is_specific(node):
            parties = _sentence_people(an, node)
            from_sentence = True
        mention = _Mention(
            parties=parties,
            when=_when(node),
            where=_where(an, node),
            status=_status(node),
            evidence=node.sent.text.strip(),
            from_sentence=from_sentence,
            keys=frozenset(_key(p) for p in parties),
            sent_end=node.sent.end,
            by_verb=node.pos_ == "VERB",
        )
        if len(parties) < 2 and (from_sentence or not parties):
            if mention.when or mention.where:
                pending = mention
            continue
        if pending is not None and pending.status == mention.status and _adjacent(pending, node):
            mention.when = mention.when or pending.when
            mention.where = mention.where or pending.where
        pending = None
        if _is_anaphoric(node) and mentions and not _days_differ(mention.when, mentions[-1].when):
            _absorb(mentions[-1], mention)
            continue
        _merge_or_add(mentions, mention)
    return [
        Meeting(
            participants=[p.name for p in m.parties],
            when=m.when,
            where=m.where,
            status=m.status,  # type: ignore[arg-type]
            evidence=m.evidence,
        )
        for m in mentions
    ]


def _trigger_node(tok: Token, text: str) -> Token | None:
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
            if node.dep_ in {"compound", "amod", "nmod"} and _is_trigger(node.head):
                return None  # "a face-to-face meeting": the noun after it is the trigger
            return node
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return None  # the second half of a hyphenated word
    return tok if _is_trigger(tok) else None


def _is_specific(node: Token) -> bool:
    """'a meeting', 'their talks', 'met': one event; bare plurals ('talks to end ...') are not."""
    if node.pos_ == "VERB":
        return True
    return any(c.dep_ in {"det", "poss"} for c in node.children) or node.tag_ != "NNS"


def _is_anaphoric(node: Token) -> bool:
    """'the meeting', 'the session': a definite noun that points back to a known meeting."""
    if node.pos_ not in {"NOUN", "PROPN"}:
        return False
    dets = [c.lower_ for c in node.children if c.dep_ in {"det", "poss"}]
    ordinal = any(c.ent_type_ == "ORDINAL" or c.lower_ in {"next", "first"} for c in node.children)
    return bool(dets) and dets[0] in {"the", "that", "this", "their"} and not ordinal


def _fill_in(target: _Mention, node: Token, an: Analysis) -> None:
    if _status(node) != target.status:
        return
    target.when = target.when or _when(node)
    target.where = target.where or _where(an, node)


def _adjacent(pending: _Mention, node: Token) -> bool:
    """A pending time or place carries over to the same or the next sentence only."""
    return node.sent.start <= pending.sent_end + 1 and pending.sent_end <= node.sent.end


def _absorb(target: _Mention, new: _Mention) -> None:
    for p in new.parties:
        k = _key(p)
        if k not in target.keys:
            target.parties.append(p)
            target.keys = target.keys | {k}
    target.where = target.where or new.where


def _key(p: Party) -> str | int:
    return p.person if p.person is not None else p.name.lower()


def _is_trigger(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "VERB":
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
            return by_phone or counterpart and (with_someone or at_gathering)
        if lemma in {"host", "visit"}:
            return False  # only as the holder of a meeting noun
        if lemma == "meet" and not _meets_people(tok):
            return False  # "met the deadline", "meet their demands"
        return lemma in MEETING_VERBS
    if tok.pos_ in {"NOUN", "PROPN"}:
        if low in {"talks", "negotiations", "discussions"}:
            return True
        if tok.tag_ == "NNS":
            return False  # "those meetings usually ...": habitual, not one event
        if low in {"call", "conference"}:
            # "a phone call with X", "a conference call"; not "a news conference"
            return any(c.lower_ in PHONE_WORDS | {"conference"} for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
            )
        return low in MEETING_NOUNS or lemma in MEETING_NOUNS
    return False


def _meets_people(verb: Token) -> bool:
    """'met the mayor' / 'met reporters' yes; 'met the deadline' / 'meet demands' no."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    lemma = obj.lemma_.lower()
    return lemma in PERSON_GROUP_NOUNS or lemma in ANONYMOUS_NOUNS or lemma in TITLE_WORDS


def _is_only_wished_for(an: Analysis, tok: Token) -> bool:
    """'asked the mayor to sit down with them': a demand for a meeting, not a meeting."""
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


def _participants(
    an: Analysis, tok: Token, earlier: list[_Mention], discourse: Discourse
) -> list[Party]:
    found: list[Token] = []
    if tok.pos_ == "VERB":
        found += _subjects(tok)
        if tok.lemma_.lower() in {
            "meet",
            "visit",
            "host",
        }:  # "met the mayor", not "negotiate a deal"
            found += [c for c in tok.children if c.dep_ == "dobj"]
    else:
        holder = tok.head if tok.dep_ in {"dobj", "nsubjpass", "attr"} else None
        if holder is not None and holder.lemma_.lower() in HOLD_VERBS:
            found += _subjects(holder)
        # "X and Y reached a deal after talks", "X emerged from the meeting": whoever
        # acts around the meeting took part in it
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in AROUND_PREPS and prep.head.pos_ == "VERB":
            verb = prep.head
            # "discuss the ruling with council members": the with-phrase may hang on the object
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            around = _subjects(verb) + [
                g
                for h in holders
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if sum(1 + len(t.conjuncts) for t in around) >= 2:
                found += around  # only a group: "some people began to shout" is no party
        if tok.dep_ == "nsubj":
            found += [c for c in tok.head.children if c.dep_ == "dobj"]
        for child in tok.children:
            if child.dep_ == "poss":
                found.append(child)
            if child.dep_ == "compound" and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
                found.append(child)
    talk_to = tok.pos_ == "VERB" and tok.lemma_.lower() in {"speak", "talk"}
    for child in tok.children:
        if child.dep_ == "prep" and (
            child.lower_ in {"with", "between", "among", "of"} or talk_to and child.lower_ == "to"
        ):
            if child.lower_ == "of" and tok.pos_ == "VERB":
                continue
            found += [g for g in child.children if g.dep_ == "pobj"]
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_.lower() in HOLD_VERBS:
                for prep in child.children:
                    if prep.dep_ == "agent":
                        found += [g for g in prep.children if g.dep_ == "pobj"]
    found = [t for t in found if _trigger_node(t, an.text) is None and t.ent_type_ not in TIME_ENTS]
    expanded: list[Token] = []
    split_off: dict[int, int] = {}  # token -> where its own description ends
    for t in found:
        expanded.append(t)
        expanded += [c for c in t.conjuncts if c.i > t.i]
        # "the representatives of the company and police": a bare actor group joined to
        # the of-object is the head's partner, not part of the company
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                groups = [
                    c
                    for c in obj.conjuncts
                    if c.i > obj.i
                    and c.lemma_.lower() in ACTOR_GROUPS
                    and not any(d.dep_ == "det" for d in c.children)
                ]
                if groups:
                    expanded += groups
                    cc = [d for d in obj.children if d.dep_ == "cc"]
                    split_off[t.i] = (cc[0].i if cc else groups[0].i) - 1
        # "officials, union leaders, and a mediator": the parser makes a list an appositive
        for appos in (c for c in t.children if c.dep_ == "appos" and c.tag_ == "NNS"):
            if an.cast.person_at(appos) is None:
                expanded += [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
    parties: list[Party] = []
    for t in expanded:
        if t.lower_ in GROUP_WORDS or t.lemma_.lower() in GROUP_WORDS or _is_pair_of_people(t):
            parties += _last_two(an, t, earlier)
            continue
        if t.ent_type_ in TIME_ENTS or t.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY"}:
            continue
        if t.pos_ == "NUM":
            continue
        party = party_of(an, t, discourse=discourse)
        if party is None or party.kind == "anonymous" and _is_vague(party.name):
            continue
        if t.i in split_off and party.kind == "anonymous":
            start = t.left_edge.i
            party = Party(name=an.doc[start : split_off[t.i] + 1].text, kind="anonymous")
        parties.append(_named_inside(an, t, party))
    unique: dict = {}
    for p in parties:
        unique.setdefault(_key(p), p)
    return list(unique.values())


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(3):
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subs and node.dep_ == "relcl" and subs[0].lower_ in {"who", "that", "which"}:
            return [node.head]  # "X, who met with Y": X
        if subs:
            return subs
        if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or node.head is node:
            break
        node = node.head
    return []


def _is_vague(name: str) -> bool:
    return name.lower() in {"it", "that", "this", "which", "who", "what", "someone", "one"}


def _named_inside(an: Analysis, tok: Token, party: Party) -> Party:
    """'members of #NotAgainSU' -> '#NotAgainSU', 'Acme Corp officials' -> 'Acme Corp'.

    Only a proper name that is the group's of-object or a compound of its head names the
    group; one buried deeper ("leaders of Oklahoma's tribes") does not.
    """
    if party.kind != "anonymous":
        return party
    candidates = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    candidates.append(g)
                elif g.dep_ == "pobj":
                    candidates += [
                        c for c in g.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                    ]
    for t in candidates:
        if t.ent_type_ in TIME_ENTS:
            continue
        if an.cast.person_at(t) is not None:
            return party
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        text = ent.text if ent is not None else t.text
        for prefix in ("the ", "The "):
            text = text.removeprefix(prefix)
        prefix = "#" if t.i > 0 and t.doc[t.i - 1].text == "#" else ""
        return Party(name=prefix + text, kind="organization")
    return party


def _last_two(an: Analysis, tok: Token, earlier: list[_Mention]) -> list[Party]:
    """'the pair', 'the two sides': the last two parties the story put together."""
    for m in reversed(earlier):
        if len(m.parties) >= 2:
            return m.parties[:2]
    if tok.lemma_.lower() == "side":
        return _last_two_parties(
            an, tok
        )  # "the two sides": the two the story set against each other
    if tok.lower_ not in {"pair", "duo"} and not _is_pair_of_people(tok):
        return []
    people: list[int] = []
    for t in reversed(an.doc[: tok.i]):
        idx = an.cast.person_at(t)
        if idx is not None and not an.in_quote(t) and idx not in people:
            people.append(idx)
            if len(people) == 2:
                break
    members = an.cast.members
    ordered = sorted(people, key=lambda i: min(members[i].mention_tokens))
    return [Party(name=members[i].name, kind="named", person=i) for i in ordered]


def _last_two_parties(an: Analysis, tok: Token) -> list[Party]:
    """The last two distinct subjects (people or organisations) before 'the two sides'."""
    found: list[Party] = []
    k = an.sentence_number(tok)
    for sent in reversed(an.sents[max(0, k - 3) : k + 1]):
        for t in reversed(list(sent)):
            if t.i >= tok.i or t.dep_ not in SUBJECT_DEPS or an.in_quote(t) or t.pos_ == "PRON":
                continue
            party = party_of(an, t)
            if party is None or party.kind == "anonymous" and _is_vague(party.name):
                continue
            if all(_key(p) != _key(party) for p in found):
                found.append(party)
            if len(found) == 2:
                return found[::-1]
    return []


def _is_pair_of_people(tok: Token) -> bool:
    """'the two leaders', 'both men': two people the story has just named."""
    two = any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        for c in tok.children
    )
    return two and tok.lemma_.lower() in PERSON_GROUP_NOUNS


def _sentence_people(an: Analysis, tok: Token) -> list[Party]:
    seen: dict[int, Party] = {}
    for t in tok.sent:
        idx = an.cast.person_at(t)
        if idx is not None and not an.in_quote(t) and idx not in seen:
            seen[idx] = Party(name=an.cast.members[idx].name, kind="named", person=idx)
    return list(seen.values())


def _when(tok: Token) -> str | None:
    """The date or time of the trigger: in its own phrase, or attached to its verb.

    A date that modifies another noun ("during a Tuesday radio interview") or belongs to a
    reporting verb ("sources said Wednesday") is some other event's time.
    """
    verb = tok
    if tok.pos_ != "VERB":
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        verb = holder if holder.pos_ in {"VERB", "AUX"} else tok
    fallback: tuple[int, Span] | None = None
    for start, end in _time_expressions(tok.sent):
        span = tok.doc[start:end]
        root = span.root
        if tok.i in range(start, end):
            continue
        inside = tok.left_edge.i <= start and end - 1 <= tok.right_edge.i
        holder = root.head
        if holder.dep_ == "prep":
            holder = holder.head
        if inside and (holder == tok or root.dep_ == "compound" and root.head == tok):
            return _with_modifier(span)
        if holder in {tok, verb} and root.dep_ in {"npadvmod", "pobj", "tmod", "nmod"}:
            return _with_modifier(span)
        if _belongs_elsewhere(root, tok):
            continue
        distance = min(abs(start - tok.i), abs(end - 1 - tok.i))
        if fallback is None or distance < fallback[0]:
            fallback = (distance, span)
    return _with_modifier(fallback[1]) if fallback else None


def _belongs_elsewhere(root: Token, trigger: Token) -> bool:
    """A time that modifies another noun ("a Tuesday interview") or a reporting verb."""
    if root.dep_ in {"compound", "amod", "poss"} and root.head != trigger:
        return True
    node = root
    for _ in range(6):
        if node == trigger or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in CUE_VERBS and node.pos_ == "VERB":
            return True
    return False


def _time_expressions(sent: Span) -> list[tuple[int, int]]:
    """DATE/TIME entities, adjacent ones joined ("Thursday" + "morning")."""
    spans: list[list[int]] = []
    for ent in sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        words = {w.lower_.rstrip(".") for w in ent}
        if words & DURATION_WORDS or _is_duration(ent):
            continue
        if not words & WHEN_WORDS and not words & MONTH_ABBREVIATIONS:
            continue
        if spans and spans[-1][1] == ent.start:
            spans[-1][1] = ent.end
        else:
            spans.append([ent.start, ent.end])
    return [(a, b) for a, b in spans]


def _is_duration(ent: Span) -> bool:
    """'six weeks', 'two years', 'for more than a year': how long, not when."""
    if ent.doc[ent.start - 1].lower_ in {"for", "over"} if ent.start > 0 else False:
        return True
    return any(t.tag_ == "NNS" and t.lower_ in DURATION_UNITS for t in ent)


def _with_modifier(span: Span) -> str:
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].lower_ in {"earlier", "later"}:
        start -= 1
    end = span.end
    while end > start and doc[end - 1].text in POSSESSIVE_MARKS:
        end -= 1
    return doc[start:end].text


def _where(an: Analysis, tok: Token) -> str | None:
    """An at/in phrase naming a place, looked for on the trigger, then on its verb."""
    candidates = [tok]
    if tok.pos_ != "VERB" and tok.head is not tok:
        holder = tok.head.head if tok.head.dep_ == "prep" else tok.head
        candidates.append(holder)
    # "meet with the mayor at City Hall": the parser often hangs the place on the object
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}:
            candidates += [g for g in prep.children if g.dep_ == "pobj"]
    for node in candidates:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_place(obj):
                    return _place_text(an, obj)
    return None


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in {"DATE", "TIME", "PERSON", "NORP", "CARDINAL"}:
        return False
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in PLACE_NOUNS


def _place_text(an: Analysis, tok: Token) -> str:
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    for t in an.doc[tok.i + 1 : end]:
        if t.text in {",", "—", "("} or t.ent_type_ in {"DATE", "TIME"} or t.pos_ == "VERB":
            end = t.i
            break
        if t.dep_ == "prep" and t.lower_ not in {"at", "of", "on", "in"}:
            end = t.i
            break
    return an.doc[start:end].text.strip()


def _status(tok: Token) -> str:
    """past | upcoming | ongoing, from the trigger's verb group and its time words."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in aux} | {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    words |= {t.lower_ for t in tok.children if t.dep_ in STATUS_DEPS}
    if words & FUTURE_MARKERS or any(a.lower_ in {"'d", "’d", "would", "could"} for a in aux):
        return "upcoming"
    if any(a.lower_ == "going" for a in aux) or verb.lemma_ in {"plan", "schedule", "set"}:
        return "upcoming"
    sent_words = {t.lower_ for t in tok.sent}
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in {"VBP", "VBZ"} for a in aux):
        return "upcoming" if not sent_words & PAST_MARKERS else "ongoing"
    if verb.tag_ in {"VBD", "VBN"} or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if sent_words & FUTURE_MARKERS:
        return "upcoming"
    if sent_words & PAST_MARKERS or tok.sent.root.tag_ in {"VBD", "VBN"}:
        return "past"
    return "upcoming"


def _days_differ(a: str | None, b: str | None) -> bool:
    """'Wednesday' and 'Wednesday morning' are one day; 'Sunday' and 'Monday' are not."""
    if not a or not b:
        return False
    da = {w for w in a.lower().split() if w in DAY_WORDS}
    db = {w for w in b.lower().split() if w in DAY_WORDS}
    return not (da <= db or db <= da)


def _same_day(a: str | None, b: str | None) -> bool:
    da = {w for w in (a or "").lower().split() if w in DAY_WORDS}
    db = {w for w in (b or "").lower().split() if w in DAY_WORDS}
    return bool(da) and (da <= db or db <= da)


def _merge_or_add(mentions: list[_Mention], new: _Mention) -> None:
    """Fold a mention into an earlier one about the same meeting.

    Same meeting: same status, and the same parties (one set within the other), or a
    shared named person, or the same stated day; never two different stated days.
    """
    for m in mentions:
        if _days_differ(new.when, m.when):
            continue
        if m.status != new.status:
            if not _same_day(new.when, m.when):
                continue
            if new.by_verb and not m.by_verb:
                m.status = new.status  # a verb's tense beats a noun's surroundings
        same_parties = new.keys <= m.keys or m.keys <= new.keys
        shared_person = any(isinstance(k, int) for k in new.keys & m.keys)
        # the same stated day joins mentions, unless each names different people
        people_new = {k for k in new.keys if isinstance(k, int)}
        people_old = {k for k in m.keys if isinstance(k, int)}
        same_day = bool(new.when and m.when) and not (people_new and people_old)
        if not (same_parties or shared_person or same_day):
            continue
        for p in new.parties:
            if _key(p) not in m.keys:
                m.parties.append(p)
        m.keys = m.keys | new.keys
        m.when = m.when or new.when
        m.where = m.where or new.where
        return
    mentions.append(new)

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

from .analysis import Analysis
from .lexicon import (
    DEMAND_VERBS,
    FUTURE_MARKERS,
    MEETING_NOUNS,
    MEETING_VERBS,
    PAST_MARKERS,
)
from .model import Meeting
from .parties import SUBJECT_DEPS, Party, party_of

HOLD_VERBS = frozenset({"hold", "have", "attend", "host", "set", "schedule", "plan", "mark"})
HOLD_VERBS |= frozenset({"leave", "call", "convene", "arrange", "join", "end", "begin"})
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
DURATION_WORDS = frozenset({"minutes", "minute", "hours", "hour", "-minute", "long"})
GROUP_WORDS = frozenset({"pair", "two", "duo", "both", "sides"})
DESIRE_MODALS = frozenset({"need", "should", "want", "hope", "would", "could", "might"})
PHONE_WORDS = frozenset({"phone", "telephone", "video"})


@dataclass
class _Mention:
    parties: list[Party]
    when: str | None
    where: str | None
    status: str
    evidence: str
    from_sentence: bool = False
    keys: frozenset = field(default_factory=frozenset)


def extract_meetings(an: Analysis) -> list[Meeting]:
    mentions: list[_Mention] = []
    for tok in an.doc:
        if an.in_quote(tok) or not _is_trigger(tok):
            continue
        if _is_only_wished_for(an, tok):
            continue
        parties = _participants(an, tok, mentions)
        from_sentence = False
        if not parties:
            parties = _sentence_people(an, tok)
            from_sentence = True
            if len(parties) < 2:
                continue
        mention = _Mention(
            parties=parties,
            when=_when(tok),
            where=_where(an, tok),
            status=_status(tok),
            evidence=tok.sent.text.strip(),
            from_sentence=from_sentence,
            keys=frozenset(_key(p) for p in parties),
        )
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


def _key(p: Party) -> str | int:
    return p.person if p.person is not None else p.name.lower()


def _is_trigger(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "VERB":
        if lemma == "sit":
            return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
            )
        if lemma in {"speak", "talk"}:
            return any(
                c.dep_ == "prep" and any(g.lower_ in PHONE_WORDS for g in c.subtree)
                for c in tok.children
            )
        if lemma in {"host", "visit"}:
            return False  # only as the holder of a meeting noun
        return lemma in MEETING_VERBS
    if tok.pos_ in {"NOUN", "PROPN"}:
        if low in {"talks", "negotiations"}:
            return True
        if tok.tag_ == "NNS":
            return False  # "those meetings usually ...": habitual, not one event
        if low == "call":
            return any(c.lower_ in PHONE_WORDS for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
            )
        return low in MEETING_NOUNS or lemma in MEETING_NOUNS
    return False


def _is_only_wished_for(an: Analysis, tok: Token) -> bool:
    """'asked the mayor to sit down with them': a demand for a meeting, not a meeting."""
    node = tok
    for _ in range(6):
        if node.head is node:
            break
        node = node.head
        if node.lemma_.lower() in DEMAND_VERBS and not an.in_quote(node):
            return True
    return any(c.lemma_.lower() in DESIRE_MODALS and c.dep_ == "aux" for c in tok.children)


def _participants(an: Analysis, tok: Token, earlier: list[_Mention]) -> list[Party]:
    found: list[Token] = []
    if tok.pos_ == "VERB":
        found += _subjects(tok)
        found += [c for c in tok.children if c.dep_ == "dobj"]
    else:
        holder = tok.head if tok.dep_ in {"dobj", "nsubjpass", "attr"} else None
        if holder is not None and holder.lemma_.lower() in HOLD_VERBS:
            found += _subjects(holder)
        if tok.dep_ == "nsubj":
            found += [c for c in tok.head.children if c.dep_ == "dobj"]
        for child in tok.children:
            if child.dep_ == "poss":
                found.append(child)
            if child.dep_ == "compound" and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
                found.append(child)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "between", "among", "of"}:
            if child.lower_ == "of" and tok.pos_ == "VERB":
                continue
            found += [g for g in child.children if g.dep_ == "pobj"]
    expanded: list[Token] = []
    for t in found:
        expanded.append(t)
        expanded += [c for c in t.conjuncts if c.i > t.i]
    parties: list[Party] = []
    for t in expanded:
        if t.lower_ in GROUP_WORDS or t.lemma_.lower() in GROUP_WORDS:
            parties += _last_two(an, t, earlier)
            continue
        party = party_of(an, t)
        if party is None or party.kind == "anonymous" and _is_vague(party.name):
            continue
        parties.append(_named_inside(an, t, party))
    unique: dict = {}
    for p in parties:
        unique.setdefault(_key(p), p)
    return list(unique.values())


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(3):
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subs:
            return subs
        if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or node.head is node:
            break
        node = node.head
    return []


def _is_vague(name: str) -> bool:
    return name.lower() in {"it", "that", "this", "which", "who", "what", "someone", "one"}


def _named_inside(an: Analysis, tok: Token, party: Party) -> Party:
    """'members of #NotAgainSU' -> '#NotAgainSU': prefer the proper name inside a description."""
    if party.kind != "anonymous":
        return party
    for t in tok.subtree:
        if t.i == tok.i or an.in_quote(t):
            continue
        idx = an.cast.person_at(t)
        if idx is not None:
            return party
        if t.pos_ == "PROPN":
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            text = (ent.text if ent is not None else t.text).removeprefix("the ")
            prefix = "#" if t.i > 0 and t.doc[t.i - 1].text == "#" else ""
            return Party(name=prefix + text.removeprefix("The "), kind="organization")
    return party


def _last_two(an: Analysis, tok: Token, earlier: list[_Mention]) -> list[Party]:
    """'the pair', 'the two sides': the last two parties the story put together."""
    for m in reversed(earlier):
        if len(m.parties) >= 2:
            return m.parties[:2]
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


def _sentence_people(an: Analysis, tok: Token) -> list[Party]:
    seen: dict[int, Party] = {}
    for t in tok.sent:
        idx = an.cast.person_at(t)
        if idx is not None and not an.in_quote(t) and idx not in seen:
            seen[idx] = Party(name=an.cast.members[idx].name, kind="named", person=idx)
    return list(seen.values())


def _when(tok: Token) -> str | None:
    """The date or time expression nearest the trigger in its sentence."""
    best: tuple[int, Span] | None = None
    for ent in tok.sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        words = {w.lower_ for w in ent}
        if not words & WHEN_WORDS or words & DURATION_WORDS:
            continue
        distance = min(abs(ent.start - tok.i), abs(ent.end - 1 - tok.i))
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is None:
        return None
    ent = best[1]
    start = ent.start
    if start > 0 and ent.doc[start - 1].lower_ in {"earlier", "later"}:
        start -= 1
    return ent.doc[start : ent.end].text


def _where(an: Analysis, tok: Token) -> str | None:
    """An at/in phrase naming a place, looked for on the trigger, then on its verb."""
    candidates = [tok]
    if tok.head is not tok:
        candidates.append(tok.head)
        if tok.head.head is not tok.head:
            candidates.append(tok.head.head)
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
    words |= {t.lower_ for t in tok.children}
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
    return "past" if sent_words & PAST_MARKERS else "upcoming"


def _merge_or_add(mentions: list[_Mention], new: _Mention) -> None:
    """Fold a mention into an earlier one about the same parties and status."""
    for m in mentions:
        same_parties = new.keys <= m.keys or m.keys <= new.keys
        if not same_parties or m.status != new.status:
            continue
        if new.when and m.when and new.when.lower() != m.when.lower() and not new.from_sentence:
            continue
        if len(new.keys) > len(m.keys):
            m.parties, m.keys = new.parties, new.keys
        m.when = m.when or new.when
        m.where = m.where or new.where
        return
    mentions.append(new)

"""When a meeting is, and whether it is past, upcoming or ongoing.

Split from meetings.py: reading a trigger's time and tense is one job, finding the trigger
and its participants another (its place is read in place.py). Everything here reads the
parse around one trigger token; nothing looks beyond its sentence.

Does NOT handle: times stated in an earlier sentence about another event ("a Tuesday night
rally ... the first day of talks") or relative times resolved to dates.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.entities import entities_in
from digests.events.trigger_grammar import misread_light_verb
from digests.lexicon import CUE_VERBS, FUTURE_MARKERS, PAST_MARKERS, POSSESSIVE_MARKS

WHEN_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
    yesterday morning afternoon evening night week month year january february march april
    may june july august september october november december weekend noon
    """.split()
)
DAY_WORDS = WHEN_WORDS - {"morning", "afternoon", "evening", "night", "week", "month", "year"}
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
DURATION_UNITS = frozenset({"days", "weeks", "months", "years", "decades", "hours", "minutes"})
DURATION_WORDS = frozenset({"minutes", "minute", "hours", "hour", "-minute", "long"})
STATUS_DEPS = frozenset({"aux", "auxpass", "advmod", "npadvmod", "amod", "det", "prep"})


def when_of(tok: Token) -> str | None:
    """The date or time of the trigger: in its own phrase, or attached to its verb.

    A date that modifies another noun ("in a Sunday television appearance") or belongs to a
    reporting verb ("sources said Wednesday") is some other event's time.
    """
    verb = tok
    if tok.pos_ != "VERB":
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        verb = holder if holder.pos_ in {"VERB", "AUX"} else tok
    own = {tok, verb, *held_by(tok)}
    fallback: tuple[int, Span] | None = None
    anchor = _when_clause_time(verb)
    for start, end in _time_expressions(tok.sent):
        span = tok.doc[start:end]
        root = span.root
        if tok.i in range(start, end) or _scope(span):
            continue
        if anchor is not None and start <= anchor.i < end:
            return _with_modifier(span)  # "on Monday, when the minister is to meet them"
        inside = tok.left_edge.i <= start and end - 1 <= tok.right_edge.i
        holder = root.head
        if holder.dep_ == "prep":
            holder = holder.head
        if inside and (holder == tok or root.dep_ == "compound" and root.head == tok):
            return _with_modifier(span)
        if holder in own and root.dep_ in {"npadvmod", "pobj", "tmod", "nmod"}:
            return _with_modifier(span)
        if _belongs_elsewhere(root, tok) or _ago(span) and holder not in own:
            continue  # "to discuss the plan announced three weeks ago": the plan's time
        distance = min(abs(start - tok.i), abs(end - 1 - tok.i))
        if fallback is None or distance < fallback[0]:
            fallback = (distance, span)
    return _with_modifier(fallback[1]) if fallback else _bare_time(own)


# "their first meeting of the year": the span a meeting is counted in, not its time
SCOPE_UNITS = frozenset({"year", "month", "week", "day", "season", "decade", "century"})


def _scope(span: Span) -> bool:
    """'of the year', 'of the week': an of-phrase naming a unit, no date ('the meeting of
    March 3' is a date)."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.lemma_.lower() in SCOPE_UNITS
        and not any(t.like_num for t in span)
    )


def _when_clause_time(verb: Token) -> Token | None:
    """'on Monday, when the minister is supposed to meet them': the meeting's clause is a
    when-clause on a date, so that date is its time."""
    node = verb
    for _ in range(3):
        if node.dep_ in {"relcl", "advcl"}:
            break
        if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head == node:
            return None
        node = node.head
    if node.dep_ not in {"relcl", "advcl"}:
        return None
    when = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None:
        return None
    if node.head.ent_type_ in {"DATE", "TIME"}:
        return node.head
    # "end by Tuesday, when ...": the parser may hang the clause on the verb instead
    before = when.doc[when.i - 2] if when.i >= 2 and when.doc[when.i - 1].text == "," else None
    return before if before is not None and before.ent_type_ in {"DATE", "TIME"} else None


def _bare_time(own: set[Token]) -> str | None:
    """'Last night Walsh met Barber': a time word on the meeting's own verb that the
    entity model left untagged."""
    for node in sorted(own, key=lambda t: t.i):
        for c in node.children:
            if c.dep_ in {"npadvmod", "tmod"} and c.lower_ in WHEN_WORDS and not c.ent_type_:
                return c.doc[c.left_edge.i : c.i + 1].text
    return None


def _belongs_elsewhere(root: Token, trigger: Token) -> bool:
    """A time that modifies another noun ("a Tuesday interview", "a March shooting") or a
    reporting verb."""
    if root.dep_ in {"compound", "amod", "poss"} and root.head != trigger:
        return True
    if root.dep_ == "nmod" and root.head != trigger and root.head.pos_ == "NOUN":
        return True  # "video of a March shooting": the shooting's month
    node = root
    for _ in range(6):
        if node == trigger or node.head == node:
            return False
        if node.dep_ == "relcl" and node.head != trigger:
            return True  # "hikers in a county that saw 90 rescues this summer"
        node = node.head
        if node.lemma_.lower() in CUE_VERBS and node.pos_ == "VERB":
            return True
    return False


def held_by(tok: Token) -> list[Token]:
    """'The session, convened Monday in Halifax': participles that place the meeting."""
    return [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _time_expressions(sent: Span) -> list[tuple[int, int]]:
    """DATE/TIME entities, adjacent ones joined ("Thursday" + "morning")."""
    spans: list[list[int]] = []
    for ent in entities_in(sent):
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        words = {w.lower_.rstrip(".") for w in ent}
        if words & DURATION_WORDS or _is_duration(ent):
            continue
        if not words & WHEN_WORDS and not words & MONTH_ABBREVIATIONS and not _ago(ent):
            continue
        if spans and spans[-1][1] == ent.start:
            spans[-1][1] = ent.end
        else:
            spans.append([ent.start, ent.end])
    return [(a, b) for a, b in spans]


def _ago(ent: Span) -> bool:
    """'15 months ago', 'two years ago': a distance back in time is a when."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return any(t.lower_ == "ago" for t in ent) or after is not None and after.lower_ == "ago"


def _is_duration(ent: Span) -> bool:
    """'six weeks', 'two years', 'over several months': how long, not when ('15 months
    ago' is when)."""
    if _ago(ent):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "for" and _point_in_time(ent):
        return False  # "set for Friday", "scheduled for next week": when, not how long
    if before in {"for", "over"}:
        return True
    return any(t.tag_ == "NNS" and t.lower_ in DURATION_UNITS for t in ent)


def _point_in_time(ent: Span) -> bool:
    """'Friday', 'May 4', 'next week': a day or a dated point, not a stretch of time."""
    words = {w.lower_.rstrip(".") for w in ent}
    return bool(words & DAY_WORDS) or "next" in words and not any(w.like_num for w in ent)


def times_among(tokens: list[Token]) -> list[str]:
    """The times stated among these tokens of one sentence, in order ('in March', 'last
    year'), as when_of would name them."""
    if not tokens:
        return []
    own = {t.i for t in tokens}
    spans = _time_expressions(tokens[0].sent)
    # "and at the summit in Bali in 2022": a bare year tells one occasion from another
    years = [
        (t.i, t.i + 1)
        for t in tokens
        if t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 and t.head.lower_ == "in"
    ]
    found = sorted(s for s in [*spans, *years] if s[0] in own)
    return [_with_modifier(tokens[0].doc[a:b]) for a, b in found]


def _with_modifier(span: Span) -> str:
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].lower_ in {"earlier", "later"}:
        start -= 1
    end = span.end
    while end > start and doc[end - 1].text in POSSESSIVE_MARKS:
        end -= 1
    return doc[start:end].text


# Verbs whose infinitive is still to happen: "agreed to meet", "promised to hold talks".
COMMIT_VERBS = frozenset({"agree", "promise", "pledge", "vow", "decide", "arrange", "intend"})


def status_of(tok: Token) -> str:
    """past | upcoming | ongoing, from the trigger's verb group and its time words."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else misread_light_verb(tok) or tok.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
            break
        verb = verb.head
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in aux} | {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    words |= {t.lower_ for t in tok.children if t.dep_ in STATUS_DEPS}
    if verb.tag_ == "VBD":
        words.discard("later")  # "he later met X": later on, in the past
    if words & FUTURE_MARKERS or any(a.lower_ in {"'d", "’d", "would", "could"} for a in aux):
        return "upcoming"
    if any(a.lower_ == "going" for a in aux) or verb.lemma_ in {"plan", "schedule", "set"}:
        return "upcoming"
    # "has agreed to hold talks on Friday": the talks are to come (the trigger or its light
    # verb; "agreed to resume a dialogue" goes on from before)
    own = verb.i == tok.i or verb.lemma_ in {"hold", "have"}
    if own and verb.dep_ == "xcomp" and verb.head.lemma_ in COMMIT_VERBS and "to" in words:
        return "upcoming"
    sent_words = {t.lower_ for t in tok.sent}
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in {"VBP", "VBZ"} for a in aux):
        return "upcoming" if not sent_words & PAST_MARKERS else "ongoing"
    if verb.tag_ == "VBG" and any(a.lower_ == "been" for a in aux):
        return "ongoing"  # "have been dragging on since spring"
    if verb.tag_ in {"VBD", "VBN"} or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if sent_words & FUTURE_MARKERS:
        return "upcoming"
    if verb.tag_ in {"VBZ", "VBP"} and not aux and not sent_words & (WHEN_WORDS | PAST_MARKERS):
        return "ongoing"  # "he meets with families", "this comes amid talks": habitual, going on
    root = tok.sent.root
    if root.tag_ == "VB" and any(a.tag_ == "VBD" for a in root.children if a.dep_ == "aux"):
        return "past"  # "did not seem"
    if sent_words & PAST_MARKERS or root.tag_ in {"VBD", "VBN"}:
        return "past"
    return "upcoming"


def days_differ(a: str | None, b: str | None) -> bool:
    """'Wednesday' and 'Wednesday morning' are one day; 'Sunday' and 'Monday' are not."""
    if not a or not b:
        return False
    da = {w for w in a.lower().split() if w in DAY_WORDS}
    db = {w for w in b.lower().split() if w in DAY_WORDS}
    return not (da <= db or db <= da)


TIME_FILLERS = frozenset(
    {"the", "on", "at", "in", "of", "this", "that", "a", "an", "earlier", "later"}
)


def times_differ(a: str | None, b: str | None) -> bool:
    """Two stated times that share no word name two occasions: 'last December' and 'in
    2022', 'Monday' and 'Oct. 5'; 'Monday' and 'Monday night' are one."""
    if not a or not b:
        return False
    wa = {w.strip(".,").lower() for w in a.split()} - TIME_FILLERS
    wb = {w.strip(".,").lower() for w in b.split()} - TIME_FILLERS
    return bool(wa) and bool(wb) and not wa & wb


def same_day(a: str | None, b: str | None) -> bool:
    """'Wednesday' and 'Wednesday morning' name one day; 'March 14' and 'next week' do not
    (each side must name a day for the two to be the same one)."""
    da = {w for w in (a or "").lower().split() if w in DAY_WORDS}
    db = {w for w in (b or "").lower().split() if w in DAY_WORDS}
    return bool(da) and bool(db) and (da <= db or db <= da)

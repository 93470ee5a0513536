"""Where a meeting is: read from the parse around one trigger, its sentence, or the dateline.

Split from time_place.py (which reads a trigger's time and tense): the place has its own
ways of being told ("at City Hall", "Lisbon hosted the talks", "the Carrow summit", "met
him there", a dateline), and its own list of venue words.

Does NOT handle: places named only as where someone came from, or venues told only as the
object of another verb ("residents packed the council chambers").
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.entities import entity_at
from digests.events.time_place import held_by
from digests.grammar import prep_object

PLACE_PREPS = frozenset({"at", "in", "inside", "outside", "near"})
PLACE_ENTS = frozenset({"FAC", "GPE", "LOC", "ORG"})
PLACE_NOUNS = frozenset(
    """
    headquarters office room hall house mansion church hotel center centre building
    plaza worksite site capitol chamber chambers courthouse library school campus
    restaurant residence embassy palace airport station park longhouse lodge pavilion
    arena stadium auditorium ballroom theatre theater museum cathedral mosque temple
    synagogue castle villa resort
    """.split()
)
# common nouns that name a settled place: "the city of X hosted talks"
PLACE_KINDS = frozenset("city town village country capital state province region".split())


def where_of(an: Analysis, tok: Token) -> str | None:
    """An at/in phrase naming a place, looked for on the trigger, then on its verb."""
    candidates = [tok, *held_by(tok)]
    host = None
    if tok.pos_ != "VERB" and tok.head != tok:
        holder = tok.head.head if tok.head.dep_ == "prep" else tok.head
        candidates.append(holder)
        host = _hosting_place(holder)
    # "meet with the mayor at City Hall": the parser often hangs the place on the object
    counterparts = [
        g
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    counterparts += [c for g in counterparts for c in g.conjuncts if c.i > g.i]
    candidates += counterparts
    for node in candidates:
        place = _place_on(node, _is_place)
        if place is not None:
            return _place_text(an, place)  # "hosted the talks near Islamabad": not the host
    there = _there_place(an, candidates)
    if there is not None:
        return there
    if host is not None:
        return _place_text(an, host)
    # "talks with an official of the ruling party in Lima": deeper in the counterpart's
    # of-phrases only a named city, region or building counts as the meeting's place
    for node in counterparts:
        for deeper in _of_objects(node):
            place = _place_on(deeper, lambda t: t.ent_type_ in {"GPE", "LOC", "FAC"})
            if place is not None:
                return _place_text(an, place)
    return None


def _there_place(an: Analysis, nodes: list[Token]) -> str | None:
    """'She flew to Lindford on Monday. She met Brandt there', 'arrived in Lindford and met
    Brandt there': 'there' is the last place gone to or named before it, in its own
    sentence or else the previous one."""
    there = next(
        (c for n in nodes for c in n.children if c.lower_ == "there" and c.dep_ == "advmod"),
        None,
    )
    if there is None:
        return None
    sent = there.sent
    spans = [an.doc[sent.start : there.i]]
    if sent.start > 0:
        spans.append(an.doc[sent.start - 1].sent)
    for span in spans:
        places = [
            t
            for t in span
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS | {"to"} and not an.in_quote(t)
            if _is_place(t)
            and t.ent_type_ != "ORG"
            or t.pos_ == "PROPN"
            and t.ent_type_ not in {"DATE", "TIME"}
        ]
        if places:
            return _place_text(an, places[-1])
    return None


MOTION_VERBS = frozenset("arrive fly travel go head land come return".split())


def arrival_place(an: Analysis, tok: Token, party_names: list[str]) -> str | None:
    """'Varga flew to Lindford on Monday. She met Brandt on Tuesday': a meeting with no
    place of its own is where one of its parties had just arrived, told in the previous
    sentence by a motion verb whose subject is that party (or a pronoun)."""
    start = tok.sent.start
    if start == 0:
        return None
    for verb in an.doc[start - 1].sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MOTION_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        ent = entity_at(subject)
        name = ent.text if ent is not None else subject.text
        if subject.pos_ != "PRON" and not any(name in p or p in name for p in party_names):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"to", "in", "at"}:
                continue
            for obj in prep.children:
                named = _is_place(obj) or obj.pos_ == "PROPN"
                if obj.dep_ == "pobj" and named and obj.ent_type_ not in {"DATE", "TIME"}:
                    return _place_text(an, obj)
    return None


# going somewhere: a verb or noun of travel, or welcoming a guest to a place
GOING = MOTION_VERBS - {"return"} | frozenset("visit trip journey tour welcome".split())


def destination_place(an: Analysis, tok: Token) -> str | None:
    """'flew to Lima for talks with Y', 'will travel to Oslo to meet Y', 'during his visit
    to Hanoi, X met Y', 'welcomed Y to Lima', 'will visit Oslo for talks': a meeting with no
    at/in place in its sentence is where a party went to in that sentence, the named
    destination of a verb or noun of going nearest the trigger. Not where one returned to
    ('fresh from talks with Y, X returned to Oslo')."""
    best: tuple[int, Token] | None = None
    for t in tok.sent:
        if t.ent_type_ not in {"GPE", "LOC", "FAC"} or an.in_quote(t):
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "to":
            going = t.head.head
        elif t.dep_ == "dobj":
            going = t.head
        else:
            continue
        if going.lemma_.lower() not in GOING:
            continue
        distance = abs(t.i - tok.i)
        if best is None or distance < best[0]:
            best = (distance, t)
    return _place_text(an, best[1]) if best else None


def compound_place(tok: Token, party_names: list[str]) -> str | None:
    """'the Lindford summit', 'the Geneva talks': a place name modifying the meeting noun,
    unless it names one of the parties ('the China talks' are talks with China)."""
    for c in tok.children:
        if c.dep_ != "compound" or c.ent_type_ not in {"GPE", "LOC", "FAC"}:
            continue
        ent = entity_at(c)
        name = ent.text if ent is not None else c.text
        if any(name in p or p in name for p in party_names):
            return None
        return name
    return None


def sentence_place(an: Analysis, tok: Token) -> str | None:
    """Failing a place on the event itself: the at/in place of its sentence nearest to the
    trigger ("Talks began on Monday, officials in Lima said" gives Lima)."""
    best: tuple[int, Token] | None = None
    for t in tok.sent:
        if t.dep_ != "pobj" or t.head.lower_ not in PLACE_PREPS or an.in_quote(t):
            continue
        if not _is_place(t) or t.ent_type_ == "ORG" and not _is_org_place(t):
            continue
        distance = abs(t.i - tok.i)
        if best is None or distance < best[0]:
            best = (distance, t)
    return _place_text(an, best[1]) if best else None


def dateline_place(an: Analysis) -> str | None:
    """'WASHINGTON (AP) — ...', 'HALIFAX -- ...': the city a story was filed from."""
    doc = an.doc
    start = an.body_start
    for t in doc[start : min(len(doc), start + 10)]:
        if t.text in {"--", "—", "–", "-"}:
            head = []
            for w in doc[start : t.i]:
                if w.text in {"(", ","}:
                    break  # "SEATTLE (AP) -": the agency is not the city
                if not w.is_alpha:
                    continue
                if not w.is_upper:
                    break
                head.append(w.text)
            return " ".join(head).title() if head else None
    return None


def place_among(an: Analysis, tokens: list[Token]) -> str | None:
    """The first at/in phrase among these tokens that names a place ('in Lindford', 'at the
    trade summit in Carrow' gives Carrow): one occasion's place when a sentence tells two."""
    for tok in tokens:
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and _is_place(tok):
            if tok.ent_type_ or tok.pos_ == "PROPN" or _place_on(tok, _is_place) is None:
                return _place_text(an, tok)
            return _place_text(an, _place_on(tok, _is_place))
    return None


def _place_on(node: Token, is_place) -> Token | None:
    """The object of an at/in phrase hanging on `node` that names a place."""
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for obj in prep.children:
            near = prep.lower_ == "near" and obj.pos_ == "PROPN"  # only places are "near"
            if obj.dep_ == "pobj" and (is_place(obj) or near):
                return obj
    return None


def _of_objects(node: Token, depth: int = 3) -> list[Token]:
    """'an official of the party of the province': each of-object down the chain."""
    found = []
    for _ in range(depth):
        nxt = prep_object(node, "of")
        if nxt is None:
            break
        found.append(nxt)
        node = nxt
    return found


def _hosting_place(holder: Token) -> Token | None:
    """'Dover was home to a summit', 'Lisbon hosted the negotiations', 'Lisbon was the host
    for the talks', 'Dover was the venue for the summit': the place is the subject.

    A host may be a body ('the UN hosted talks'), so it must name a place; whatever is
    the venue or site of talks is a place, however the model tags its name."""
    if holder.lower_ in {"home", "host", "venue", "site"} and holder.head.lemma_ == "be":
        holder = holder.head  # "Dover was home to a meeting", "Cuba was the host for talks"
    lemma = holder.lemma_.lower()
    if lemma not in {"host", "be"}:
        return None
    role = next(
        (
            c.lower_
            for c in holder.children
            if c.lower_ == "home" or c.lower_ in {"host", "venue", "site"} and c.dep_ == "attr"
        ),
        None,
    )
    if lemma == "be" and role is None:
        return None
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if role in {"venue", "site"} or _names_place(subject):
        return subject
    return None


def _names_place(tok: Token) -> bool:
    """'Lisbon', 'the city of Lisbon', 'the capital': a place, by its tag or its noun."""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PLACE_KINDS


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in {"DATE", "TIME", "PERSON", "NORP", "CARDINAL"}:
        return False
    if tok.ent_type_ == "ORG":
        return _is_org_place(tok)
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in PLACE_NOUNS


def _is_org_place(tok: Token) -> bool:
    """'met at Brightwell Convention Center': an organisation's name is a place only when
    it names a building or site ('Hall', 'Center', 'Hotel', 'Headquarters', ...) or stands
    after 'the offices of' / 'headquarters of'. 'Met at Quorvex' names a company, and
    where its people met is not said."""
    ent = entity_at(tok)
    words = ent if ent is not None else [tok]
    if any(w.lemma_.lower() in PLACE_NOUNS or w.lower_ in PLACE_NOUNS for w in words):
        return True
    start = words[0].i
    before = [t.lower_ for t in tok.doc[max(0, start - 3) : start]]
    return before[-1:] == ["of"] and any(w in {"offices", "headquarters"} for w in before)


def _place_text(an: Analysis, tok: Token) -> str:
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    for t in an.doc[tok.i + 1 : end]:
        if t.text in {",", "—", "("} or t.ent_type_ in {"DATE", "TIME"} or t.pos_ == "VERB":
            end = t.i
            break
        if t.dep_ == "prep" and t.lower_ not in {"at", "of", "on", "in"}:
            end = t.i
            break
        if t.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in t.children):
            end = t.i  # "at the embassy on Sunday": the place ends before its day
            break
    return an.doc[start:end].text.strip()

"""Who a noun phrase stands for: a cast member, an organisation, or an unnamed party.

Quotes (speakers), meetings (participants) and demands (by whom, of whom) all need the same
step from a token in the parse to a name a reader can use, so it lives here once. Pronouns
are resolved by salience (see `resolve_pronoun`); an indefinite description ("a person
briefed on the plan") stays a description and is never turned into a guessed person.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party, organisation_name
from digests.discourse import Discourse
from digests.documents import earlier_author, named_author
from digests.entities import entity_at
from digests.joint_speakers import joint_party
from digests.lexicon import (
    ORG_DESCRIPTORS,
    ORG_HEAD_WORDS,
    PARTY_MODIFIERS,
    PRONOUN_GENDER,
    TITLE_WORDS,
)
from digests.people.binding import named_in_own_clause, own_subject
from digests.people.title_holders import complement_fits, sole_holder
from digests.salience import (
    SUBJECT_DEPS,
    acts_as_subject,
    binding_body,
    in_main_clause,
    is_subject_in,
    mention_head,
    nearest_fitting,
    new_subject_before,
    only_person_of_gender,
    person_gender,
)
from digests.self_named import self_named

DOCUMENT_NOUNS = frozenset({"statement", "release", "memo", "letter", "report", "filing"})
# Texts that speak for an author only when their own noun phrase names one (`Ruiz's email`,
# `an email sent out by Ruiz`, `calculations by Ruiz`); `the email says` stays the email.
AUTHORED_NOUNS = frozenset({"email", "e-mail", "study", "calculation"})
# Kinds of body an article usually names once in full: "the union" is then that union.
# ("the city", "the state", "the company" are not looked up this way.)
# "the city", "the state": a place and its government, not any organisation named after it.
PLACE_DESCRIPTORS = frozenset({"city", "state", "county", "district"})
NAMED_KIND_NOUNS = frozenset({"union", "agency", "council", "committee", "commission", "board"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
MAX_CHAIN = 4  # he/she subjects a pronoun may be followed back through
PLURAL_PRONOUNS = frozenset({"they", "them"})
# Pronouns that stand for people the text does not name: they speak as themselves.
INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "another", "others", "one", "some"})


def person_party(an: Analysis, idx: int, kind: str) -> Party:
    """The party for cast member `idx`, saying how the text named them."""
    return Party(name=an.cast.members[idx].name, kind=kind, person=idx)


def party_of(
    an: Analysis,
    tok: Token | None,
    *,
    allow_in_quote: bool = False,
    discourse: Discourse | None = None,
) -> Party | None:
    """Name the party a token stands for: person, pronoun, organisation or description."""
    if discourse is None:
        discourse = Discourse.of(an)
    if tok is None or an.in_quote(tok) and not allow_in_quote:
        return None
    idx = an.cast.person_at(tok)
    if idx is None:
        for child in tok.children:
            if child.dep_ in {"compound", "flat", "appos"} and an.cast.person_at(child) is not None:
                if not _names_a_modifier(tok, child):
                    idx = an.cast.person_at(child)
                break
    if idx is not None:
        return person_party(an, idx, "named")
    low = tok.lower_
    if tok.pos_ != "PRON" and an.org_names.knows(tok.text):
        # an acronym of a body the article names ("HDWU said"), however the model tagged it
        return Party(name=an.org_names.with_acronym(tok.text), kind="organization")
    if tok.pos_ == "PRON":
        if low in SINGULAR_PRONOUNS:
            idx = resolve_pronoun(an, tok, discourse)
            return person_party(an, idx, "pronoun") if idx is not None else None
        if low in PLURAL_PRONOUNS:
            return resolve_plural(an, tok)
        if low in INDEFINITE_PRONOUNS:  # `Someone called it "..."`: unnamed, but a speaker
            return Party(name=description_of(an, tok), kind="anonymous")
        return None
    if tok.ent_type_ in {"ORG", "NORP", "GPE"} and tok.pos_ == "PROPN":
        ent = entity_at(tok)
        if ent is not None:
            start = ent.start
            # "Assembly Greens": proper-noun modifiers the model left outside the entity
            while start > 0 and _extends_name(an, tok.doc[start - 1], ent):
                start -= 1
            name = an.org_names.with_acronym(organisation_name(tok.doc[start : ent.end]))
            return Party(name=name, kind="organization")
    if tok.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}:
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if dets & {"the", "this", "that"} and low in TITLE_WORDS:
            mod_toks = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
            mods = tuple(c.lower_ for c in mod_toks)
            idx = an.cast.by_role_noun(low, mods)
            if idx is None and mods and all(map(_marks_party_or_place, mod_toks)):
                idx = sole_holder(an.cast.members, low, mods)
            if idx is not None and complement_fits(tok, an.cast.members[idx].role):
                return person_party(an, idx, "named")
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            author = _author_of_document(an, tok, discourse)
            if author is not None:
                return author
        elif tok.lemma_.lower() in AUTHORED_NOUNS and named_author(tok) is not None:
            author = named_author(tok)
            return joint_party(an, author) or party_of(an, author, discourse=discourse)
        # "the union", "their union": a definite mention of a body named elsewhere
        definite = "the" in dets or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
        if (
            definite
            and tok.lemma_.lower() in ORG_DESCRIPTORS - PLACE_DESCRIPTORS
            and tok.tag_ == "NN"
        ):
            org = _last_organisation(an, tok, discourse)
            if org is not None:
                return org
        name = description_of(an, tok)
        if an.org_names.knows(name):  # an acronym the model left unlabelled: "HDWU said"
            return Party(name=an.org_names.with_acronym(name), kind="organization")
        proper = tok.pos_ == "PROPN" and tok.is_title and len(name.split()) <= 4
        if proper and acts_as_body(an, name):
            # a proper name, not a person
            return Party(name=an.org_names.canonical(name), kind="organization")
        return self_named(an, tok) or Party(name=name, kind="anonymous")
    return None


def _names_a_modifier(head: Token, child: Token) -> bool:
    """`a top Ruiz adviser`, `one Ruiz ad`, `a Lincoln impersonator`: a name that only
    modifies a common noun before it describes someone or something else. Bodies named
    for a person (`the Ruiz campaign`) are read as the person elsewhere, so stay so here."""
    return (
        child.dep_ == "compound"
        and child.i < head.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in ORG_DESCRIPTORS
    )


def _marks_party_or_place(mod: Token) -> bool:
    """'Vermont', 'Republican' in 'the Vermont senator': words that pick one holder of an
    office out of its holders elsewhere, unlike 'the 28-year-old singer'."""
    if mod.ent_type_ in {"GPE", "NORP", "LOC"} or mod.lower_ in PARTY_MODIFIERS:
        return True
    return mod.pos_ == "PROPN" and mod.is_title and mod.ent_type_ != "PERSON"


def _extends_name(an: Analysis, prev: Token, ent) -> bool:
    """'Assembly Greens', 'Liberal Democrats': a capitalised modifier the model left outside
    the name (a proper noun, or an adjective that is not merely the sentence's first word)."""
    if an.cast.person_at(prev) is not None or prev.dep_ not in {"compound", "amod"}:
        return False
    if prev.head.i not in range(ent.start, ent.end):
        return False
    if prev.pos_ == "PROPN":
        return True
    return prev.pos_ == "ADJ" and prev.is_title and not prev.is_sent_start


def acts_as_body(an: Analysis, name: str, *, besides: Token | None = None) -> bool:
    """An unlabelled capitalised name is an organisation only with some evidence: a body
    word in it ("Brenner Freight Co"), the model tagging the name ORG somewhere, or the name
    acting as a verb's subject ("Brenner Freight said ..."). With `besides`, that token's
    own clause does not count as evidence (a meeting's subject proves nothing by itself).
    A capitalised word met only as an object ("talks with Lisbet over lunch") is no body."""
    name = name.removeprefix("the ").removeprefix("The ")
    words = name.split()
    if not words:
        return False
    if any(w.lower().rstrip(".") in ORG_HEAD_WORDS for w in words):
        return True
    last = words[-1]
    doc = an.doc
    for i in an.token_positions.get(last, ()):
        t = doc[i]
        if besides is not None and t.i == besides.i:
            continue
        if t.ent_type_ == "ORG":
            return True
        if t.dep_ not in SUBJECT_DEPS or t.head.pos_ not in {"VERB", "AUX"}:
            continue
        if besides is not None and t.head == besides.head:
            continue
        span = doc[t.left_edge.i : t.i + 1].text.removeprefix("the ").removeprefix("The ")
        if span.endswith(name):
            return True
    return False


def _author_of_document(an: Analysis, tok: Token, discourse: Discourse) -> Party | None:
    """'the statement said', 'a statement from the league': whoever issued it speaks (see
    `digests.documents`); 'the letter says' whoever the article said wrote the letter."""
    author = named_author(tok)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if author is None and definite:
        author = earlier_author(an, tok)
    if author is not None:
        joint = joint_party(an, author)
        return joint or party_of(an, author, discourse=discourse)
    if definite:
        return discourse.last_before(tok.idx)
    # 'said a statement on its website': the body the last two sentences were about
    k = an.sentence_number(tok)
    return discourse.last_since(an.sents[max(0, k - 2)].start_char, tok.idx)


def _last_organisation(an: Analysis, tok: Token, discourse: Discourse) -> Party | None:
    """'the company said' -> the organisation that last spoke or acted before this point,
    else the only organisation of that kind the article names at all.

    Only an organisation the noun can describe: 'the authority' one whose name says
    Authority, 'the union' one named like a union ('... Association', 'United
    Steelworkers'); 'the company' or 'the firm' one whose name has no other kind in it
    ('Brenner Freight' yes, 'Dock Workers Union' no).
    """
    noun = tok.lemma_.lower()
    best = discourse.last_before(tok.idx, noun)
    if best is not None or noun not in NAMED_KIND_NOUNS:
        return best
    return discourse.only_named(an, noun)


def description_of(an: Analysis, tok: Token) -> str:
    """The noun phrase of an unnamed speaker, cut before commas and relative clauses."""
    doc = an.doc
    start = tok.left_edge.i
    end = tok.i + 1
    limit = tok.right_edge.i + 1
    for d in tok.subtree:
        if d.dep_ in {"relcl", "appos"} and d.head.i >= tok.i:
            limit = min(limit, d.left_edge.i)
    for t in doc[tok.i + 1 : limit]:
        if t.text in {",", "—", "–", "(", '"', "“", "”"} or an.in_quote(t) or "\n" in t.text:
            break
        if t.ent_type_ in {"DATE", "TIME"} and t.ent_iob_ == "B":
            break  # "attorneys general next month": the time is not part of who
        if t.dep_ in {"relcl", "appos"} or t.pos_ == "VERB" and t.dep_ not in {"acl", "amod"}:
            break
        end = t.i + 1
    outside = not an.in_quote(tok)
    while start < tok.i and (doc[start].is_punct or outside and an.in_quote(doc[start])):
        start += 1
    while end > start + 1 and doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1  # "the council's next meeting": the council
    while end > tok.i + 1 and doc[end - 1].pos_ == "ADP":
        end -= 1  # "the rebels on [Monday]": a preposition left by the time cut
    return " ".join(doc[start:end].text.split())


def resolve_pronoun(
    an: Analysis, tok: Token, discourse: Discourse | None = None, *, depth: int = 0
) -> int | None:
    """he/she -> the most salient earlier person of compatible gender.

    Order: persons earlier in the same sentence (subjects first); the subject of an earlier
    sentence in the same paragraph; the named speaker of the latest quote in this or the
    previous paragraph; then, in the three previous sentences, whoever a he/she subject
    there stands for (`Walsh had ties to Biden. But he endorsed Clinton. "...," he
    said`: the subject goes on being the subject), else any person named there.
    """
    gender = PRONOUN_GENDER.get(tok.lower_)
    cast = an.cast
    bound = named_in_own_clause(an, tok) | own_subject(an, tok)

    def fits(idx: int) -> bool:
        g = person_gender(an, idx)
        return idx not in bound and (g is None or gender is None or g == gender)

    def persons_in(tokens) -> list[int]:
        main, subjects, others = [], [], []
        for t in tokens:
            idx = cast.person_at(t)
            if idx is None or an.in_quote(t) or not fits(idx):
                continue
            head = mention_head(an, t, idx)
            if head is None or not acts_as_subject(head):
                others.append(idx)
            else:
                (main if in_main_clause(head) else subjects).append(idx)
        return list(dict.fromkeys(main + subjects + others))

    sent = _attributed_from(an, tok)
    here = persons_in(an.doc[sent.start : tok.i])
    if here:
        return here[-1] if len(here) == 1 else here[0]
    k = an.sentence_number(sent[0])
    para = an.paragraph_of(tok.idx)
    # Subjects of earlier sentences in the same paragraph: "Kline was calm. He said ..."
    for s in reversed(an.sents[max(0, k - 3) : k]):
        if an.paragraph_of(s.start_char) != para:
            break
        subjects = [i for i in persons_in(s) if is_subject_in(an, i, s)]
        if subjects:
            return subjects[0]
        # "Kline was calm. He said ... \n "...," he said": the same he, before any speaker
        chained = _chained_subject(an, s, tok, discourse, depth)
        if chained is not None and fits(chained):
            return chained
    newcomer = new_subject_before(an, k, para, fits)
    if newcomer is not None:
        return newcomer
    for prev in reversed(range(len(an.quotes))):
        span = an.quotes[prev]
        if span.open_mark >= tok.idx or span.close_mark >= sent.start_char:
            continue  # a quote in the pronoun's own sentence is the one it attributes
        if an.paragraph_of(span.open_mark) < para - 1:
            break
        idx = discourse.speakers.get(prev) if discourse is not None else None
        if idx is not None and fits(idx):
            return idx
        break
    for s in reversed(an.sents[max(0, k - 3) : k]):
        chained = _chained_subject(an, s, tok, discourse, depth)
        if chained is not None and fits(chained):
            return chained
        found = persons_in(s)
        if found:
            # across sentences, a person known to match the pronoun's gender beats one of
            # unknown gender (within a sentence, grammatical salience decides)
            return min(found, key=lambda i: person_gender(an, i) is None)
    only = only_person_of_gender(an, gender, k)
    return only if only is not None else nearest_fitting(an, k, fits)


def _attributed_from(an: Analysis, tok: Token):
    """The sentence a pronoun's look-back starts from. `"S1. S2. S3," he said`: the parser
    splits the quote into sentences, but what comes before `he` for a reader is the
    sentence the quote opened in, so the look-back starts there, not three quoted
    sentences short of it."""
    sent = tok.sent
    q = an.token_quote[sent.start]
    if q < 0 or an.in_quote(tok):
        return sent
    opened = an.doc.char_span(an.quotes[q].open_mark, an.quotes[q].open_mark + 1, "expand")
    if opened is None or not len(opened) or opened[0].i >= sent.start:
        return sent
    return opened[0].sent


def _chained_subject(
    an: Analysis, sent, tok: Token, discourse: Discourse | None, depth: int
) -> int | None:
    """The person a same-gender he/she subject of `sent` stands for, resolved in turn
    (at most `MAX_CHAIN` sentences back)."""
    if depth >= MAX_CHAIN:
        return None
    gender = PRONOUN_GENDER.get(tok.lower_)
    for t in sent:
        if (
            t.dep_ in SUBJECT_DEPS
            and t.pos_ == "PRON"
            and t.lower_ in SINGULAR_PRONOUNS
            and PRONOUN_GENDER.get(t.lower_) == gender
            and not an.in_quote(t)
            and t.head.pos_ in {"VERB", "AUX"}
        ):
            return resolve_pronoun(an, t, discourse, depth=depth + 1)
    return None


def resolve_plural(an: Analysis, tok: Token) -> Party | None:
    """they -> a coordinated pair of persons, else a plural subject, here or just before."""
    sents = an.sents
    sent = tok.sent
    k = an.sentence_number(tok)
    while k > 0 and (an.in_quote(sents[k - 1].root) or sents[k - 1][0].text == "("):
        k -= 1  # `"Fuera!" (Out!) they shouted`: the quote and its gloss come between
    for s in (an.doc[sent.start : tok.i], *reversed(sents[max(0, k - 1) : k])):
        for t in s:
            idx = an.cast.person_at(t)
            if idx is None or an.in_quote(t):
                continue
            partners = [
                an.cast.person_at(c) for c in t.conjuncts if an.cast.person_at(c) is not None
            ]
            if partners:
                # article order of first mention, so "X and Y" reads as the story introduced them
                group = sorted(
                    dict.fromkeys([idx, *partners]),
                    key=lambda i: min(an.cast.members[i].mention_tokens),
                )
                names = [an.cast.members[i].name for i in group]
                return Party(name=" and ".join(names), kind="pronoun", person=None)
    # else the plural subject of this or the previous sentence: "The villagers ... They",
    # or a body its own sentence made the main subject: `The union fights what they call`
    for s in (an.doc[sent.start : tok.i], *reversed(sents[max(0, k - 1) : k])):
        for t in s:
            if t.dep_ == "nsubj" and t.tag_ in {"NNS", "NNPS"} and not an.in_quote(t):
                return Party(name=description_of(an, t), kind="anonymous")
        body = binding_body(an, tok) if s.start == sent.start else None
        if body is not None:
            return body_party(an, body)
    return None


def body_party(an: Analysis, noun: Token, discourse: Discourse | None = None) -> Party | None:
    """A body described by its kind: `the Ruiz campaign` is the campaign (named for the
    person, not the person), `the union` the union."""
    named = [c for c in noun.children if c.dep_ == "compound" and an.cast.person_at(c) is not None]
    if named:
        return Party(name=an.doc[named[0].i : noun.i + 1].text, kind="organization")
    return party_of(an, noun, discourse=discourse)

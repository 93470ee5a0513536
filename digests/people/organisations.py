"""Names the small model tags PERSON that belong to no person: organisations and common words.

The small English model calls supermarkets, clubs, unions, investors and acronyms PERSON
when they stand alone ("talks with Harwick and Dunmore", "a Stellco spokeswoman", "the
GWU-TRA union"), and tags the same word ORG or NORP a line later. A digest that lists such
a name among the people misleads more than one that leaves a person out, so these rules look
for evidence that a name is a body, and never overrule evidence that it is a human (an
honorific, a human title before it, or a first name the name lists know).

Two levels:
- `not_a_name(span)`: the shape of one PERSON span says it is no name at all (all-caps
  acronyms, a place plus an abbreviated office like "Gujra CM", plural role nouns, abstract
  nouns like "Governance").
- `drop_organisation_names(...)`: the uses of a name across the article say it is a body
  ("a Stellco spokeswoman", "Harwick's draw with Dunmore", "Stellco claimed it ...").

Does NOT handle: a company named like a person that never modifies a thing, takes a company
word, or is labelled anything but PERSON ("Harmon said it would appeal" stays a person).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from digests.lexicon import HONORIFICS, ORG_HEAD_WORDS, TITLE_WORDS
from digests.people.name_shapes import first_name_gender
from digests.text.word_classes import verb_or_adverb_only

NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})

# Nouns for a business or body that may be set off beside its name: "the operator, X".
BUSINESS_NOUNS = frozenset(
    """
    company firm operator utility carrier club team group maker manufacturer supplier
    retailer lender insurer broker developer producer chain network brand startup airline
    giant conglomerate multinational supermarket grocer bank side outfit franchise label
    publisher newspaper tabloid broadcaster channel station magazine paper union party
    """.split()
)
# "-maker" compounds name businesses: paintmaker, carmaker, chipmaker, drugmaker.
BUSINESS_SUFFIXES = ("maker", "makers")

# Event nouns a club or a side owns, not a person: "Harwick's draw with Dunmore".
FIXTURE_NOUNS = frozenset(
    """
    draw match game fixture tie clash derby victory defeat win loss season squad
    fans supporters stadium ground kit roster lineup
    """.split()
)

# Determiners that make "X spokeswoman" someone working for X, not X: "a Stellco
# spokeswoman", "some Stellco stores" (a person's staff is "Ruiz's aide").
INDEFINITE_DETERMINERS = frozenset({"a", "an", "some", "several", "many", "every", "each"})

# Staff a business employs (and a person does not): "a Zorba spokeswoman", "Zorba bosses".
WORKFORCE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson boss executive employee staff staffer worker
    manager shareholder investor customer shopper store branch warehouse outlet
    """.split()
)

# Suffixes of abstract nouns that open a sentence or a heading capitalised ("Governance",
# "Enforcement"): no given name or surname the lists know ends so and is this long.
ABSTRACT_SUFFIXES = ("ance", "ence", "ment", "tion", "sion", "ness", "ship", "ity", "ism")
ABSTRACT_MIN_LENGTH = 8

# Letters after a person's name that give their office or honour ("Keir Hadley MP"); any
# other upper-case word closing a name makes it a body ("Fossil Free CU", "Gujra CM").
POST_NOMINALS = frozenset(
    "mp mps mla mlas mep msp mpp mha mna qc kc cbe obe mbe kbe phd md jp".split()
)


# Words that close the name of a body and never a person's: sides ("Oakridge United",
# "Kelby Wanderers"), publications ("the Pellam Gazette"), and organisation words that are
# no surname (ORG_HEAD_WORDS also holds "Hall", "Church", "Post", "Bank": surnames too).
BODY_FINAL_WORDS = frozenset(
    """
    united city rovers wanderers athletic albion rangers hotspur fc afc town county
    gazette herald times chronicle courier ledger journal tribune telegraph
    association union guild syndicate council department university college company
    corporation inc corp ltd llc committee commission agency board party institute
    foundation group partners holdings industries enterprises media airlines airways
    motors services solutions foods ventures club league society alliance coalition
    federation ministry authority administration directorate secretariat rail railways
    house tower palace campaign
    """.split()
)


def not_a_name(span: Span) -> bool:
    """The span's shape says it names no person.

    - only upper-case words ("SAG-ETU", "ZBA"): an acronym, unless an honorific or title
      stands right before it;
    - a name ending in an upper-case abbreviation ("Fossil Free CU"), or two words ending
      in an office's ("Gujra CM", "Labour MP"): a body, or a place and an office (a
      longer name keeps its words before an office: see `trim_trailing_abbreviation`);
    - a plural noun at the end ("Labour MPs", "Ministers"): a group;
    - one long word with an abstract-noun suffix ("Governance");
    - two or more words closed by a body's word and opened by no known given name
      ("Harwick Athletic", "Pellam Gazette", and a name the model ran into the body it
      modifies: "the Ruiz White House", "the Ruiz campaign");
    - two or more words opened by a verb or an adverb that is no noun and no known given
      name, with no known given name after it: a slogan naming a party, a campaign or a
      movement ("Renew Kelvara", "Unite Harwick", "Together Ostrin"); a given name after
      it keeps the name ("Certainly Ana Ruiz": the word is trimmed as an epithet).
    """
    words = [t for t in span if t.is_alpha]
    if not words:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    marked = before is not None and (
        before.lower_ in HONORIFICS or before.lemma_.lower() in TITLE_WORDS
    )
    if all(_is_abbreviation(t) for t in words) and not marked:
        return True
    if (
        len(words) >= 2
        and words[-1].lower_ in BODY_FINAL_WORDS
        and not marked
        and first_name_gender(words[0].text) is None
    ):
        return True  # "Harwick Athletic", "Pellam Gazette", "Kelvara Rail"
    if (
        len(words) >= 2
        and not marked
        and verb_or_adverb_only(words[0].text)
        and all(first_name_gender(w.text) is None for w in words)
    ):
        return True  # "Renew Kelvara": a slogan, not a given name and a surname
    if _is_abbreviation(words[-1]) and not _is_abbreviation(words[0]):
        # "Gujra CM", "Labour MP", "Fossil Free CU": a body, or a place and an office
        return len(words) == 2 or words[-1].lower_.rstrip(".") not in POST_NOMINALS
    last = words[-1]
    if last.tag_ in {"NNS", "NNPS"} and _singular(last) in TITLE_WORDS:
        return first_name_gender(words[0].text) is None  # "Labour MPs", not "Dot Deans"
    if len(words) == 1:
        low = last.lower_
        if len(low) >= ABSTRACT_MIN_LENGTH and low.endswith(ABSTRACT_SUFFIXES):
            return first_name_gender(low) is None
    return False


def _singular(tok: Token) -> str:
    """'Ministers' -> 'minister' (the model leaves a capitalised plural's lemma as it is)."""
    low = tok.lemma_.lower()
    return low[:-1] if low == tok.lower_ and low.endswith("s") else low


def trim_trailing_abbreviation(span: Span) -> Span:
    """'Keir Hadley MP' -> 'Keir Hadley': an office abbreviation after a full name."""
    if len(span) >= 3 and span[-1].lower_.rstrip(".") in POST_NOMINALS:
        return span[:-1]
    return span


def _is_abbreviation(tok: Token) -> bool:
    """'CU', 'SAG', 'MP'; not a generation suffix or a regnal number ('III', 'XIV')."""
    text = tok.text.rstrip(".")
    if len(text) < 2 or not text.isupper() or tok.lower_ in NAME_SUFFIXES:
        return False
    return not set(text) <= set("IVXLC")


def drop_organisation_names(doc: Doc, members, token_person, mention_spans) -> None:
    """Remove cast members whose names the article uses as a body's.

    A one-word name is a body when it heads an organisation name ("Harmon" in "Harmon
    Development", or in an ORG entity like "Harmon Advisers"), or when nothing marks it as
    human (no honorific, human title or first name before any use) and some use treats it
    as a body: it modifies a thing ("the Zorba engine", "some Zorba stores"), it is staff's
    employer ("a Zorba spokeswoman", "Zorba bosses"), or it owns a fixture ("Zorba's draw
    with ..."). The model's own labels are no evidence: it calls an unfamiliar surname ORG
    as readily as a supermarket.

    A longer name with no known given name goes when the text sets it off as a company
    ("the water company, Aquavita"; "Aquavita, the Dutch paintmaker") or puts it before a
    title and a person ("Harlow Rovers manager Ian Pike": the title holder's employer).
    """
    keys = {m.name.lower() for m in members if " " not in m.name}
    uses: dict[str, list[Token]] = {}
    for tok in doc:  # one pass over the text for every one-word name
        if tok.lower_ in keys:
            uses.setdefault(tok.lower_, []).append(tok)
    spans_of: dict[int, list[Span]] = {}  # grouped once: a pass per member was quadratic
    for a, b in mention_spans.values():
        if token_person.get(a) is not None:
            spans_of.setdefault(token_person[a], []).append(doc[a:b])
    for idx, m in enumerate(members):
        spans = spans_of.get(idx, [])
        if " " in m.name:
            # only the full name set off as a body counts: a surname alone beside a body
            # noun or a title is the person's own campaign or staff ("the Sanders campaign
            # spokesman X"), or a misparse, not proof that the person is a company
            full = [s for s in spans if len(s) > 1]
            if first_name_gender(m.first) is not None or not any(map(_labels_a_body, full)):
                continue
        else:
            found = uses.get(m.name.lower(), [])
            org_like = any(_heads_organisation_name(t) for t in found) or (
                _never_marked_human(found) and _used_as_body(found)
            )
            if not (org_like or any(map(_labels_a_body, spans))):
                continue
        forget_member(idx, members, token_person, mention_spans)


def forget_member(idx: int, members, token_person, mention_spans) -> None:
    """Take a cast member out of the story: no mentions left, so no digest lists them."""
    m = members[idx]
    m.mention_tokens.clear()
    m.outside_quote_mentions = 0
    for i in [i for i, owner in token_person.items() if owner == idx]:
        del token_person[i]
        mention_spans.pop(i, None)


def _is_business_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in BUSINESS_NOUNS or lemma.endswith(BUSINESS_SUFFIXES)


def _labels_a_body(name: Span) -> bool:
    """'the water company, Aquavita' / 'Aquavita, the water company': set off beside a body
    noun; 'Harlow Rovers manager Ian Pike': the name qualifies a title before a person.
    The body noun is a common one: a capitalised word ends a body's own name ("the
    treasurer of the Ostrin Farmers Union, Ana Ruiz," hangs the person on "Union" by
    misparse), and a name set off after a body's name is a person in it."""
    root = name.root
    doc = name.doc
    if root.dep_ == "appos" and _is_business_noun(root.head) and root.head.is_lower:
        return True
    if any(c.dep_ == "appos" and _is_business_noun(c) and c.is_lower for c in root.children):
        return True
    end = name.end
    if root.dep_ == "compound" and end + 1 < len(doc) and doc[end].lemma_.lower() in TITLE_WORDS:
        after = doc[end + 1]
        return after.pos_ == "PROPN" and after.ent_type_ == "PERSON"
    return False


def _heads_organisation_name(tok: Token) -> bool:
    """'Harmon Development', 'Harmon Advisers' (tagged ORG): the word opens a longer
    organisation name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or not nxt.is_title:
        return False
    if nxt.lower_ in ORG_HEAD_WORDS:
        return True
    return tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and nxt.ent_iob_ == "I"


def _never_marked_human(uses: list[Token]) -> bool:
    """No honorific, human title or first name stands before any use of the word."""
    for tok in uses:
        if tok.i == 0:
            continue
        prev = tok.nbor(-1)
        if prev.lower_ in HONORIFICS:
            return False
        if prev.lemma_.lower() in TITLE_WORDS and prev.pos_ in {"NOUN", "PROPN"}:
            return False  # "Governor Zorba"; not "a major Zorba warehouse"
        if prev.pos_ == "PROPN" and prev.ent_type_ == "PERSON":
            return False
    return True


def _used_as_body(uses: list[Token]) -> bool:
    """Some use of the word treats it as a body rather than a person."""
    return any(_modifies_a_thing(t) or _employs_staff(t) or _owns_fixture(t) for t in uses)


def _modifies_a_thing(tok: Token) -> bool:
    """'the Zorba air bag', 'a Zorba account': the word modifies a common noun that is no
    role ("a Ruiz aide" would be a person's aide)."""
    return (
        tok.dep_ in {"compound", "amod"}
        and tok.head.pos_ == "NOUN"
        and tok.head.i > tok.i
        and tok.head.lemma_.lower() not in TITLE_WORDS
    )


def _employs_staff(tok: Token) -> bool:
    """'a Zorba spokeswoman', 'Zorba bosses': a workforce noun whose holders work for the
    word, marked by an indefinite determiner or a plural head. Followers and aides are no
    evidence: a person has them too ("Ruiz supporters", "a Ruiz aide")."""
    head = tok.head
    if tok.dep_ != "compound" or head.pos_ != "NOUN" or head.i <= tok.i:
        return False
    if head.lemma_.lower() not in WORKFORCE_NOUNS:
        return False
    if head.tag_ == "NNS":
        return True
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)


def _owns_fixture(tok: Token) -> bool:
    """'Zorba's draw with Keld', 'Zorba fans': the word owns a sporting fixture or following."""
    head = tok.head
    return (
        tok.dep_ in {"poss", "compound"} and head.i > tok.i and head.lemma_.lower() in FIXTURE_NOUNS
    )

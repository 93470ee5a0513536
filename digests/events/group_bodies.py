"""Who a described group of people stands for at a meeting.

Annotators name a meeting's parties by the body that took part when the text says whose
people came ("representatives of X" is X), and keep a description only when no body is
named. `members_named` (noun_phrases.py) already reads "executives at Acme and Bolt"; this
module adds the readings it lacked:

- a group that acts for ONE named body through from/for/at: "a delegation from the World
  Bank", "negotiators for the dock union and Harlow Freight", also when the parser hangs
  the from-phrase on the verb ("received a delegation from X");
- a group split by coordinated nationality adjectives: "Israeli and Palestinian
  negotiators" are two sides, "Israeli negotiators" and "Palestinian negotiators". As one
  party the meeting had a single side, so it could match no two-sided meeting.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party, organisation_name
from digests.discourse import GENERIC_ORG_NOUNS, ORG_NAME_WORDS, describes
from digests.events.owners import with_owner
from digests.lexicon import GROUP_NOUNS, TITLE_WORDS
from digests.parties import party_of

# People sent to act for a body or led by someone: "a delegation from X", "negotiators for
# X and Y", "a delegation led by X", "X's delegation" all stand for X (noun_phrases also reads
# "representatives of X and Y" this way). Narrow on purpose: "X's officials" stay officials.
ENVOYS = frozenset(
    "delegation delegate negotiator representative envoy emissary lawyer team".split()
)
# People who attend on a body's behalf when a from/for/at phrase or a possessive names it:
# "officials from X" is X at the table. Members or students "from" a place or school are
# where they come from, not a body acting.
ACTING_FOR = ENVOYS | frozenset(
    """
    official executive leader boss management officer spokesperson spokesman spokeswoman
    attorney
    """.split()
)
ACTING_PREPS = frozenset({"from", "for", "at"})
# Words that end a company's name ("Harlow Freight Company", "Acme Inc."), and words that
# make a name some other kind of body ("Dock Workers Union", "Trade Ministry").
CORPORATE = frozenset(
    "company co co. inc inc. corp corp. corporation ltd ltd. plc llc holdings".split()
)
OTHER_KINDS = frozenset(w for kind in ORG_NAME_WORDS.values() for w in kind) | frozenset(
    "council committee board department city county state police party league club".split()
)
# Entity kinds a body acting through its people can have: a country's officials keep
# their description ("officials from Kelmar"), as "Kelmar officials" does.
BODY_ENTS = frozenset({"ORG"})
SIDE_ENTS = frozenset({"NORP", "GPE"})


def staff_noun(tok: Token) -> bool:
    """'bosses', 'executives', 'negotiators': people who act for a body, in the plural."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in TITLE_WORDS | GROUP_NOUNS


def acting_prep(tok: Token) -> Token | None:
    """The from/for/at phrase that says whose people `tok` are: its own, or one the parser
    hung on the verb right after it ("received a delegation from the World Bank")."""
    if tok.lemma_.lower() not in ACTING_FOR:
        return None
    own = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ACTING_PREPS]
    if own:
        return own[0]
    end = tok.right_edge.i + 1
    if tok.dep_ == "dobj" and end < len(tok.doc):
        nxt = tok.doc[end]
        if nxt.dep_ == "prep" and nxt.lower_ == "from" and nxt.head.i == tok.head.i:
            return nxt
    return None


def _is_body(tok: Token) -> bool:
    if tok.ent_type_:
        return tok.ent_type_ in BODY_ENTS
    return tok.pos_ == "PROPN" and tok.is_title  # a name the model left unlabelled


def bodies_acted_for(an: Analysis, tok: Token) -> list[Party]:
    """'a delegation from the World Bank' -> [World Bank]; 'negotiators for the union and
    Harlow Freight' -> both. Empty unless every object is a named body."""
    owner = _named_owner(tok)
    if owner is not None:
        party = _body_party(an, owner)
        return [party] if party is not None else []
    prep = acting_prep(tok)
    if prep is None:
        return []
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
    if not objs or not all(_is_body(o) for o in objs):
        return []
    named = [_body_party(an, o) for o in objs]
    return [p for p in named if p is not None] if all(named) else []


def _named_owner(tok: Token) -> Token | None:
    """'Google's negotiators', 'Kelmar's delegation': the named body or country whose people
    they are (a person's aides stay a group of their own)."""
    if tok.lemma_.lower() not in ACTING_FOR or (tok.tag_ != "NNS" and tok.lemma_ != "delegation"):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ not in BODY_ENTS | {"GPE"}:
        return None
    return owner


def _body_party(an: Analysis, obj: Token) -> Party | None:
    if an.cast.person_at(obj) is not None:
        return None
    party = party_of(an, obj)
    if party is not None and party.kind == "organization":
        return with_owner(an, obj, party)  # "officials from Norland's Interior Ministry"
    if obj.ent_type_:
        return None
    # "Harlow Freight" left unlabelled by the model: its proper-noun words are its name
    words = [t for t in obj.subtree if t.i <= obj.i and t.pos_ == "PROPN"]
    return Party(name=" ".join(t.text for t in words), kind="organization") if words else None


def adjective_sides(tok: Token) -> list[Party]:
    """'Israeli and Palestinian negotiators' -> 'Israeli negotiators', 'Palestinian
    negotiators': one plural group noun shared by coordinated nationality adjectives."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in GROUP_NOUNS | TITLE_WORDS:
        return []
    for adj in tok.children:
        if adj.dep_ != "amod" or adj.i > tok.i or adj.ent_type_ not in SIDE_ENTS:
            continue
        sides = [adj, *(c for c in adj.conjuncts if c.i > adj.i)]
        if len(sides) < 2 or not all(s.ent_type_ in SIDE_ENTS for s in sides):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in adj.children):
            continue  # "Israeli or Palestinian": not both there
        rest = tok.doc[sides[-1].right_edge.i + 1 : tok.i + 1].text
        names = [tok.doc[s.left_edge.i : s.i + 1].text for s in sides]  # "South Korean"
        return [Party(name=f"{n} {rest}", kind="anonymous") for n in names]
    return []


# Heads of body names a bare definite noun can stand for: "the league" for the Northern
# Football League, "the guild", "the ministry". ("The union", "the council" and the like
# mostly resolve through the discourse already; this is the fallback when they do not.)
BODY_HEADS = frozenset(
    """
    league union association federation guild council ministry department agency commission
    committee board authority alliance coalition club society institute foundation
    """.split()
)


def described_body(an: Analysis, tok: Token, party: Party | None = None) -> Party | None:
    """'Brightwater Energy cut jobs. ... The company will meet the union': a bare "the
    company" or "the firm" at a meeting is the one company the article named before it.
    The quote reader lets only a body that spoke stand behind "the company said"; at a
    meeting the body need only have been named. Likewise a bare "the league" or "the
    guild" left unresolved (`party` anonymous) is the one body named before with that head
    word. Two candidates, or a description with words of its own ("the construction
    company"), name no one. A conjunct ("the league and the union") is still bare."""
    noun = tok.lemma_.lower()
    if tok.tag_ != "NN":
        return None
    if [c.lower_ for c in tok.children if c.dep_ not in {"cc", "conj", "punct"}] != ["the"]:
        return None
    if noun in GENERIC_ORG_NOUNS:
        fits = _a_company
    elif noun in BODY_HEADS and party is not None and party.kind == "anonymous":
        fits = describes
    else:
        return None
    names = {
        an.org_names.canonical(organisation_name(e))
        for e in an.doc.ents
        if e.label_ == "ORG" and e.end <= tok.i and fits(noun, e.text)
    }
    return Party(name=names.pop(), kind="organization") if len(names) == 1 else None


def _a_company(noun: str, name: str) -> bool:
    """Whether "the company" (or "the firm") can stand for the body called `name`."""
    words = {w.lower() for w in name.split()}
    return bool(words & CORPORATE or describes(noun, name)) and not words & OTHER_KINDS

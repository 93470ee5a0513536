"""Roles a clause states about a named person, rather than words set beside the name.

- a fronted as-phrase: "As director of the campaign, Ortiz has ...";
- a copular or naming clause: "Ortiz is the city's budget director", "Ortiz became
  chair", "Ortiz serves as treasurer", "Ortiz was named chief executive";
- a verb that means holding a post, with its object: "Ortiz chairs the panel", "Ortiz,
  who heads the port authority, said" -> "chair of the panel", "head of the port
  authority".

Does NOT handle: the same statements about a pronoun ("She chairs the panel") or a post
held in the past ("Ortiz chaired the panel until 2019" is skipped, not called former).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.grammar import prep_object
from digests.lexicon import AGENT_SUFFIXES, GROUP_NOUNS, ORG_HEAD_WORDS, TITLE_WORDS
from digests.people.roles import _trim_role_span

# Verbs whose subject holds a post over their object, and the post's noun.
POST_VERBS = {
    "chair": "chair",
    "head": "head",
    "direct": "director",
    "manage": "manager",
    "coach": "coach",
    "captain": "captain",
    "edit": "editor",
    "govern": "governor",
    "command": "commander",
    "represent": "representative",
    "own": "owner",
    "found": "founder",
    "co-found": "co-founder",
    "preside": "president",
}
BECOMING = frozenset({"be", "become", "remain"})
NAMING = frozenset({"name", "appoint", "elect", "promote", "hire", "install", "nominate"})
SERVING = frozenset({"serve", "work", "act"})


def role_as(name: Span) -> Span | None:
    """'As director of the campaign, Ortiz has ...': a role given in a fronted as-phrase."""
    root = name.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i < name.start:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in TITLE_WORDS:
                return _trim_role_span(name.doc[obj.left_edge.i : obj.right_edge.i + 1])
    return None


def copular_role(name: Span) -> Span | None:
    """'Ortiz is the city's budget director', 'Ortiz was named chief executive',
    'Ortiz serves as treasurer': a role stated in a clause of its own."""
    root = name.root
    clauses = [(root.head, root.dep_)] if root.dep_ in {"nsubj", "nsubjpass"} else []
    # "Ortiz, who served as treasurer,", "Ortiz, who was appointed police chief,"
    for child in root.children:
        if child.dep_ != "relcl":
            continue
        subject = next(
            (c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who"),
            None,
        )
        if subject is not None:
            clauses.append((child, subject.dep_))
    for verb, dep in clauses:
        post = _stated_post(verb, dep)
        if post is not None:
            return _trim_role_span(name.doc[post.left_edge.i : post.right_edge.i + 1])
    return None


def _stated_post(verb: Token, dep: str) -> Token | None:
    """The post noun a clause gives its subject (`dep`: active or passive subject)."""
    if _negated(verb):
        return None
    lemma = verb.lemma_.lower()
    post = None
    if dep == "nsubj" and lemma in BECOMING or dep == "nsubjpass" and lemma in NAMING:
        post = next((c for c in verb.children if c.dep_ in {"attr", "oprd"}), None)
    if post is None and (lemma in SERVING or dep == "nsubjpass" and lemma in NAMING):
        post = _as_object(verb)
    if post is None or post.pos_ != "NOUN" or not _person_noun(post):
        return None
    return post


def post_verb_role(name: Span) -> str | None:
    """'Ortiz chairs the panel' / 'Ortiz, who heads the port authority,': the post a
    present-tense verb of leading states, as '<post> of <object>'."""
    root = name.root
    verbs = []
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    for child in root.children:
        if child.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in child.children
        ):
            verbs.append(child)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        noun = POST_VERBS.get(lemma) or ("leader" if lemma == "lead" else None)
        if noun is None or not _holds_now(verb) or _negated(verb):
            continue
        obj = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None
        )
        if lemma == "lead" and (obj is None or not _a_body(obj)):
            continue  # "leads the union" is a post; "leads the race" is not
        if obj is None and noun == "president":
            obj = prep_object(verb, "over")
        if obj is None:
            continue
        if noun == "representative" and not any(t.pos_ == "PROPN" for t in obj.subtree):
            continue  # "represents a shift" is no post; "represents the Lakeside ward" is
        span = _trim_role_span(name.doc[obj.left_edge.i : obj.right_edge.i + 1])
        if span is not None:
            words = name.doc[obj.left_edge.i : span.end].text  # "head of the port authority"
            return f"{noun} of {' '.join(words.split()).lower()}"
    return None


def _holds_now(verb: Token) -> bool:
    """Present ('chairs') or present perfect ('has chaired since 2019'): the post is held."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
    )


def _a_body(obj: Token) -> bool:
    """The object names an organisation: 'the union', 'Harbour Dock Workers Union'."""
    lemma = obj.lemma_.lower()
    return obj.ent_type_ == "ORG" or lemma in ORG_HEAD_WORDS or lemma in GROUP_NOUNS


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _as_object(verb: Token) -> Token | None:
    return prep_object(verb, "as")


def _person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in TITLE_WORDS or lemma.endswith(AGENT_SUFFIXES)

"""What every demand pattern shares: who counts as a party, whose act a trigger is, the text.

A demander or addressee must be a party (issue 7): a person of the cast (or a pronoun
resolved to one), an organisation, government, country or group the article names (an
ORG/GPE/NORP entity), or a noun phrase headed by a group noun ("the union", "residents",
"most of the protesters", "the Peruvian side"). Anything else ("anonymity", "Monday night",
"both sides" left unresolved) is not a party, and the slot stays empty rather than guessed.

Split from demands.py so that the verb, noun and quote patterns (demand_verbs,
demand_nouns, demand_modals) share one text rule; the party rule itself is `party_rule.py`,
shared with meetings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from digests.analysis import Analysis, Party, organisation_name, strip_possessive
from digests.discourse import describes
from digests.entities import entity_at
from digests.events.demand_mood import clause_shape, is_mandative
from digests.lexicon import (
    AGENT_SUFFIXES,
    ANONYMOUS_NOUNS,
    GROUP_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEAD_WORDS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    TITLE_WORDS,
)
from digests.parties import PLACE_DESCRIPTORS, SUBJECT_DEPS, Discourse, party_of, person_party
from digests.party_rule import PARTY_ENTS, group_head, is_party
from digests.salience import person_gender

# Entity labels the small model gives a body's name by mistake ("The X Union" as a work).
MISREAD_BODY_ENTS = frozenset({"WORK_OF_ART", "PRODUCT"})
# Slots the small model may give the name after a title ("gave Minister | X seven days").
NAME_SLOTS = frozenset({"dobj", "dative", "pobj", "nsubj", "nsubjpass", "appos"})
PLACE_HEADS = frozenset({"hall", "center", "centre"})
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
# A wanted "action" that names nothing: "what we want", "wants something".
EMPTY_WANTS = frozenset(
    """
    what something anything nothing everything it this that these those them him her
    one so
    """.split()
)
# Definite nouns that can stand for any body named before ("the group said").
GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization"})
ACTOR_WORDS = (GROUP_NOUNS, TITLE_WORDS, ANONYMOUS_NOUNS, ORG_DESCRIPTORS, ORG_HEAD_WORDS)
MAX_TEXT_WORDS = 24
# Nouns for an act the possessor or of-object does ('the resignation of X', 'X's apology').
SELF_ACT_NOUNS = frozenset(
    """resignation apology withdrawal departure retirement cooperation compliance exit
    recusal testimony surrender""".split()
)


@dataclass
class Voices:
    """Who speaks each quote, and the discourse that resolves pronouns outside quotes."""

    by_quote: dict[int, Party | None]
    discourse: Discourse

    def get(self, qi: int) -> Party | None:
        return self.by_quote.get(qi)


def party(an: Analysis, tok: Token | None, voices: Voices) -> Party | None:
    """The party a token stands for, or None when it is not a party at all.

    'I'/'we' inside a quote are the quote's speaker; other pronouns inside a quote are
    left unresolved (the speaker's "he" is not the narrator's "he").
    """
    if tok is None:
        return None
    if tok.lower_ in FIRST_PERSON and an.in_quote(tok):
        return voices.get(an.token_quote[tok.i])
    if an.in_quote(tok) and tok.pos_ == "PRON":
        return None
    if tok.lower_ == "it" and tok.pos_ == "PRON":
        return body_antecedent(an, tok, voices)
    if tok.lower_ in {"he", "she"} and _ordering_subject(tok) is not None:
        other = _other_person(an, tok, _ordering_subject(tok))
        if other is not None:
            return person_party(an, other, "pronoun")
    tok = _name_after_title(tok)
    found = party_of(an, tok, allow_in_quote=an.in_quote(tok), discourse=voices.discourse)
    if not is_party(an, tok, found):
        return _misread_body(tok)
    if found.kind == "anonymous" and _definite_kind(tok):
        # "A spokesperson for X said the group wants ...": the body named just before
        found = body_antecedent(an, tok, voices, kind=tok.lemma_.lower()) or found
    name = strip_possessive(found.name)
    return replace(found, name=name) if name != found.name else found  # "the union's"


def _definite_kind(tok: Token) -> bool:
    """'the group', 'the organisation': a bare definite noun for a kind of body (not 'the
    city', a place and its government)."""
    return (
        tok.tag_ == "NN"
        and tok.lemma_.lower() in ORG_DESCRIPTORS - PLACE_DESCRIPTORS
        and [c.lower_ for c in tok.children] == ["the"]
    )


def body_antecedent(
    an: Analysis, pron: Token, voices: Voices, kind: str | None = None
) -> Party | None:
    """'The union said it had asked the mayor to act', 'The group met on Monday. It urged
    ...': 'it' stands for the nearest body named before it in its sentence, else for the
    body the previous sentence is about (its subject). Not an expletive ('it is time').

    A body does not demand of itself: in 'the union demanded that it act' the pronoun in
    the ordered clause is another body named earlier ('In a letter to the council, ...').
    """
    if pron.head.lemma_ == "be" or any(c.dep_ == "expl" for c in pron.head.children):
        return None

    bound = _ordering_subject(pron)
    skip = {t.i for t in bound.subtree} if bound is not None else set()
    own = [t for t in pron.sent if t.i < pron.i and t.i not in skip]
    for tok in sorted(own, key=lambda t: -t.i):
        found = _body(an, tok, voices, kind)
        if found is not None:
            return found
    k = an.sentence_number(pron)
    if k == 0:
        return None
    subject = next((t for t in an.sents[k - 1] if t.dep_ in SUBJECT_DEPS), None)
    return _body(an, subject, voices, kind) if subject is not None else None


def _other_person(an: Analysis, pron: Token, asker: Token) -> int | None:
    """'wrote to the mayor to demand that he resign': one asks another, so 'he' in the
    ordered clause is the nearest person of its gender named before it other than the
    asker (None when there is none, and the usual reading stands)."""
    own = an.cast.person_at(asker)
    gender = PRONOUN_GENDER.get(pron.lower_)
    for tok in reversed(pron.sent[: pron.i - pron.sent.start]):
        idx = an.cast.person_at(tok)
        if idx is None or idx == own or an.in_quote(tok):
            continue
        if person_gender(an, idx) in {gender, None}:
            return idx
    return None


def _ordering_subject(pron: Token) -> Token | None:
    """The subject of the verb that orders the clause the pronoun is the subject of."""
    clause = pron.head
    if pron.dep_ not in SUBJECT_DEPS or not is_mandative(clause):
        return None
    if clause.dep_ == "acl" and clause.head.pos_ == "NOUN":
        # "rejected the chamber's demand that it reopen the ward": the one who demands
        return next((c for c in clause.head.children if c.dep_ == "poss"), None)
    if clause.dep_ != "ccomp":
        return None
    return agent_of(clause.head)  # "wrote to X to demand that he ...": the writer


def _body(an: Analysis, tok: Token, voices: Voices, kind: str | None) -> Party | None:
    """The organisation, government or singular group a noun phrase's head names; with a
    `kind` ('the union'), only a named body the noun can describe."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "poss"} or an.in_quote(tok):
        return None
    if tok.tag_ in {"NNS", "NNPS"} or an.cast.person_at(tok) is not None:
        return None
    if tok.pos_ == "NOUN" and group_head(tok).lemma_.lower() not in GROUP_NOUNS | ORG_DESCRIPTORS:
        return None  # "rejected the union's demand that it ...": the demand is no body
    if kind is not None and tok.pos_ != "PROPN":
        return None
    found = party(an, tok, voices)
    if found is None and kind is None and tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PROPN":
        found = party_or_phrase(an, tok, voices)  # a name the model left unlabelled
    if found is None or found.person is not None:
        return None
    if kind is None or kind in GENERIC_BODY_NOUNS:
        return found
    return found if found.kind == "organization" and describes(kind, found.name) else None


def _name_after_title(tok: Token) -> Token:
    """'asked Transport Minister Rafael Quintero to ...': the small model can hang a title
    and the name after it on the verb as two objects; the name is the party, not the title."""
    if tok.pos_ != "PROPN" or tok.lemma_.lower() not in TITLE_WORDS:
        return tok
    if any(c.dep_ in {"det", "poss"} for c in tok.children):
        return tok  # "the Minister": the holder, named elsewhere
    return next(
        (
            c
            for c in tok.head.children
            if c.dep_ in NAME_SLOTS | {tok.dep_}
            and c.pos_ == "PROPN"
            and c.left_edge.i == tok.right_edge.i + 1
        ),
        tok,
    )


def _misread_body(tok: Token) -> Party | None:
    """'The Redmarsh Bus Drivers Union urged ...': the small model reads a capitalised body's
    name, often at the start of a sentence, as the title of a work; a name whose last word
    is an organisation's head word ('Union', 'Association', 'Board') is a body all the same."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in MISREAD_BODY_ENTS:
        return None
    ent = entity_at(tok)
    if ent is None:
        return None
    first = ent[0] if ent[0].lower_ != "the" else ent[min(1, len(ent) - 1)]
    # a capitalised name opening a quote or a sentence, as a subject: "'Fennimore Rail ought
    # to act,' she said"
    opening = first.i == first.sent.start or first.doc[first.i - 1].is_quote
    opening = opening and tok.dep_ in SUBJECT_DEPS and all(t.pos_ == "PROPN" for t in ent)
    if tok.lemma_.lower() not in ORG_HEAD_WORDS - PLACE_HEADS and not opening:
        return None
    last = ent.end - 1 if ent is not None else -1
    if ent is None or last != tok.i and not (last == tok.i + 1 and tok.doc[last].tag_ == "POS"):
        return None
    return Party(name=organisation_name(ent), kind="organization")


def party_or_phrase(an: Analysis, tok: Token | None, voices: Voices) -> Party | None:
    """The party a token stands for, or, for a noun naming people the party rule does not
    know ('office-bearers', 'the marchers'), that noun phrase as an unnamed party."""
    found = party(an, tok, voices)
    if found is not None or tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return found
    # "Thousands rallied to ...": a bare number of people ("Thousands of tickets" is not)
    crowd = tok.tag_ == "NNS" and tok.ent_type_ == "CARDINAL" and not list(tok.children)
    if not (could_act(tok) or crowd) or an.in_quote(tok):
        return None
    phrase = an.text[tok.left_edge.idx : tok.idx + len(tok)]
    return Party(name=phrase, kind="anonymous")


def actor_of_nominal(noun: Token) -> Token | None:
    """'the resignation of X' / 'X's apology': X is the one asked to act.

    Only for acts done by the one named ('resignation'); in 'the release of the prisoners'
    the prisoners are not the ones asked.
    """
    if noun.lemma_.lower() not in SELF_ACT_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.tag_ != "PRP$":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def agent_of(verb: Token) -> Token | None:
    """Whose act the trigger is: its subject, or the subject of the clause it hangs from.

    'wants to urge X': the subject of 'wants'; 'In appealing for X, Y said': Y;
    'petitions asking X to': whoever signed the petitions; 'residents calling for': residents.
    """
    node = verb
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
            return node.head  # "the protesters, who want the mayor to resign"
        if subj is not None:
            return subj
        if node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN"}:
            noun = node.head
            host = _antecedent_of_misread_verb(node)
            if host is not None:
                return host
            sent_to = noun.dep_ == "pobj" and noun.head.lower_ == "to"
            sender = _governing_verb(noun) if sent_to else None
            if sender is not None and sender.lemma_.lower() in SENDING_VERBS:
                node = sender  # "sent a letter to the chief demanding answers": the senders
                continue
            if noun.lemma_.lower() not in DEMAND_DOCUMENTS and could_act(noun):
                return noun
            # "a petition asking ...": its signer; "marched to the capital demanding ...":
            # the model hung the participle on a place, the marchers demand
            node = _governing_verb(noun) or noun
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
            continue
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head == node:
            return None
        node = node.head
    return None


def _antecedent_of_misread_verb(verb: Token) -> Token | None:
    """'The union, which represents 4,000 members, called on X to act': the small model can
    read the main verb as a participle on the relative clause's last noun ('members called
    on'); with a comma before it and no main verb left in the sentence, the relative's
    antecedent is the one who acts."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in {"VBN", "VBD"}:
        return None
    node = verb.head
    for _ in range(4):
        if node.dep_ in {"relcl", "appos"}:  # "The union, the largest lobby, called on"
            antecedent = node.head
            root = antecedent if antecedent.dep_ == "ROOT" else None
            return root if root is not None and root.pos_ in {"NOUN", "PROPN"} else None
        if node.head == node:
            return None
        node = node.head
    return None


def _governing_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(3):
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head == node:
            return None
    return None


# Verbs of sending word to someone: a participle after their to-object is the sender's
# ("wrote to the board demanding ...").
SENDING_VERBS = frozenset("send write deliver submit address present hand mail email".split())
# Documents that carry someone's demand: "a petition asking", "a motion calling on".
DEMAND_DOCUMENTS = frozenset(
    """
    petition letter motion resolution statement ad advertisement bill lawsuit suit complaint
    memo email post tweet message note report filing appeal
    """.split()
)


def is_action_text(text: str) -> bool:
    """The wanted thing must say something: not empty, not a bare 'what' or 'something'."""
    words = [w.lower() for w in text.split()]
    if words[:1] == ["do"]:
        words = words[1:]  # "do so", "do it": the act is only referred to
    return bool(words) and not all(w in EMPTY_WANTS for w in words)


def text_of(an: Analysis, root: Token | None) -> str:
    """The wanted action as a short phrase: 'direct the police to ...', not 'him to direct'."""
    if root is None:
        return ""
    if root.dep_ == "prep":
        # "for a review", "for scrapping the tax"
        root = next((c for c in root.children if c.dep_ in {"pobj", "pcomp"}), root)
    start = root.left_edge.i
    passive = any(c.dep_ == "nsubjpass" for c in root.children)
    # "that no teachers lose their jobs": with no one asked, the subject is part of the want
    unasked = any(
        c.dep_ in SUBJECT_DEPS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in root.children
    )
    verbal = root.pos_ in {"VERB", "AUX"} or root.tag_ == "NN" and clause_shape(root)
    if verbal and not passive and not unasked:
        lead = [
            c
            for c in root.children
            if c.i < root.i and (c.dep_ in SUBJECT_DEPS or c.dep_ in {"mark", "aux"})
        ]
        if lead and all(c.dep_ in SUBJECT_DEPS | {"mark", "aux"} for c in lead):
            start = max(c.right_edge.i for c in lead) + 1
            start = min(start, root.i)
    end = root.right_edge.i + 1
    negated = any(c.dep_ == "neg" and c.i < start for c in root.children)
    qi = an.token_quote[root.i]
    # stay inside the quote (or outside quotes) the action is in; cap the length
    tokens = [
        t
        for t in an.doc[start:end]
        if (qi < 0 or an.token_quote[t.i] == qi) and not t.is_space and not t.is_quote
    ]
    tokens = tokens[: MAX_TEXT_WORDS + 8]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_quote):
        tokens.pop(0)
    if not tokens:
        return ""
    text = an.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = text.replace('"', "").replace("“", "").replace("”", "")  # a half-cut quote
    words = (["not"] if negated else []) + text.split()  # "warned him not to go"
    return " ".join(words[:MAX_TEXT_WORDS]) + (" ..." if len(words) > MAX_TEXT_WORDS else "")


def is_polite_want(verb: Token) -> bool:
    """'would like X to act', 'we'd love to see X act': a want put politely, not a
    hypothetical."""
    return verb.lemma_.lower() in {"like", "love"} and any(
        c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in verb.children
    )


def could_act(tok: Token) -> bool:
    """Someone who can ask or be asked: a pronoun, a name, a person or group noun.

    Not an inanimate noun ('the attack is pushing X to ...', 'pressing his claim'): then
    the verb is a cause or another sense, not a demand.
    """
    if tok.pos_ in {"PRON", "PROPN", "DET", "NUM"} or tok.ent_type_ in PARTY_ENTS:
        return True
    head = group_head(tok)
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or any(lemma in words for words in ACTOR_WORDS):
        return True
    mods = (c for c in head.children if c.dep_ in {"compound", "amod", "poss"})
    return any(m.ent_type_ in PARTY_ENTS for m in mods) or lemma.endswith(AGENT_SUFFIXES)


def demand_of(
    an: Analysis, by_tok: Token | None, of_tok: Token | None, action: Token, voices: Voices
) -> tuple | None:
    """(by, of, wanted act) when the one asked to act is a party; the asker may be unsaid."""
    of = party(an, of_tok, voices)
    if of is None:
        return None
    return party(an, by_tok, voices), of, text_of(an, action)

"""A cue -> the party it names as a quote's speaker (stage two's entry for cue sieves).

Split from cues.py, which finds the cue near a quote; this module reads who the cue names:
`according to X`; a claim noun's owner (`Vasquez's claim`, `claims by rivals`) or the claim
itself as an unnamed source; the cue's subject, climbing through participles and clauses to
the main one but not into a subordinate clause, or an infinitive's controlling object; and
last the name after an inverted cue (`said another user, Jo Bell`) or between the quote and
its cue (`"...," Brisco, a deckhand, said`), never a date or time. A participle or a
coordinated verb is the writer's own predicate, never an inverted cue (`..., citing an
instance`); a participle the parser hung inside a partial quote climbs out to the verb that
governs the quote; the object of a verb of using does not do its purpose infinitive
(`used an expletive to describe`); a text sent to people speaks, not the people.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import CUE_VERBS, TIME_ENTS
from digests.parties import Discourse, party_of, person_party
from digests.quotes.subjects import (
    DOCUMENT_WORDS,
    SPEECH_NOUNS,
    can_speak,
    nearest_subject,
    noun_with_participle,
    speech_owner,
    subject_party,
    verb_above,
)

# Nouns for something said: with an owner they speak for the owner ("her reply: ...").
# Nouns whose that-clause holds someone's words ("allegations that ...").
CLAIM_NOUNS = frozenset(
    """
    claim allegation accusation charge assertion suggestion notion argument contention
    insistence rumor rumour speculation criticism complaint
    """.split()
)
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl", "parataxis"})
# Nouns for people the role and group lists lack, and endings of nouns for people and
# agents (speaker, senator, economist, historian, agent, appointee, chairman): such a noun
# can speak even when no word list holds it.
HUMAN_NOUNS = frozenset(
    """
    boy girl child kid man woman wife husband son daughter mother father brother sister
    friend family crowd audience couple baby adult guy lady gentleman
    """.split()
)
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "one", "body")
INVERTED_NAME_REACH = 4  # words after an inverted cue always read for a name
MAX_TITLE_CHAIN = 10  # words read when they chain titles (`Navy Capt. Jeff Davis`)
# Prepositions whose participle is done by the verb's object: `praised her for saying`.
OBJECT_CONTROL_PREPS = frozenset({"for", "of"})
# Verbs that report words the object said (`attacked X for calling it "..."`). Other
# participles (`attacked X for proposing a "reckless tower"`) are the act blamed, and the
# quoted words are the critic's own characterisation of it.
WORDS_OF_OBJECT = frozenset(
    {"say", "call", "describe", "tell", "claim", "write", "tweet", "label", "brand", "dub"}
)
# Verbs whose object is a means and whose infinitive says what for (`used an expletive to
# describe him`, `took the stage to say`): the subject does the infinitive, not the object.
INSTRUMENT_VERBS = frozenset({"use", "employ", "exploit", "take", "seize", "spend", "devote"})
INVERTED_SPEAKER_DEPS = frozenset({"dobj", "attr", "npadvmod", "dative", "appos", "nsubj", "oprd"})


def speaker_of_cue(an: Analysis, cue: Token, discourse: Discourse) -> Party | None:
    """The party a cue names: `according to X`, its subject, or the name after it."""
    if cue.lower_ == "according":
        return _according_to(an, cue, discourse)
    if cue.pos_ == "NOUN":
        return _claimant(an, cue, discourse)
    node = cue
    if cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN"} and not an.in_quote(cue.head):
        noun = _sent_text(cue.head)
        party = noun_with_participle(an, noun, discourse)
        if party is not None and (party.kind != "anonymous" or can_speak(noun)):
            return party
        # `ended the debate with a reference to the film, remarking ...`: the noun says
        # nothing; whoever did what it hangs on speaks
        node = verb_above(an, noun)
        if node is None:
            return party
    for _ in range(4):
        subj = nearest_subject(an, node, cue) or _first_of_joined_predicates(an, node)
        if (
            subj is not None
            and not _is_subordinate(node, cue)
            and not _thing_said(an, node, cue, subj)
        ):
            party = _name_after_title(an, subj) or subject_party(an, node, subj, discourse)
            if party is not None or not _cataphoric(node, subj):
                return party
        through = _through_preposition(an, node)
        if through is not None:
            node, subj = through
            return subject_party(an, node, subj, discourse) if subj is not None else None
        if node.dep_ not in CLIMB_DEPS or node.head == node:
            break
        if an.in_quote(node.head):
            outer = _verb_governing_quote(an, node.head) if _writer_s_predicate(an, cue) else None
            if outer is None:
                break
            node = outer
            continue
        controller = _object_controller(an, node)
        if controller is not None:
            return subject_party(an, node.head, controller, discourse)
        node = node.head
    return _inverted_speaker(an, cue, discourse)


def _sent_text(noun: Token) -> Token:
    """`sent a text message to supporters saying "..."`: the parser hangs the participle on
    the addressee; the text sent to them is what says the words (and its sender speaks)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in {"prep", "dative"}:
        return noun
    text = prep.head
    if text.pos_ in {"VERB", "AUX"}:  # `sent a message to supporters`: the verb's object
        text = next((c for c in text.children if c.dep_ == "dobj"), noun)
    low = text.lemma_.lower()
    return text if text.pos_ == "NOUN" and low in DOCUMENT_WORDS | SPEECH_NOUNS else noun


def _cataphoric(node: Token, subj: Token) -> bool:
    """`After he blasted the film for being "too soft," Pastor Brenn ...`: a pronoun
    subject of a clause fronted before the main one, that nothing before resolves, points
    ahead to the main clause's subject."""
    return subj.lower_ in {"he", "she", "they"} and node.dep_ == "advcl" and node.i < node.head.i


def _name_after_title(an: Analysis, subj: Token) -> Party | None:
    """`said harbour spokesman Navy Capt. Tomas Brenn`: the parser ends the subject at a
    title abbreviation and leaves the name after it outside; the name is the speaker."""
    if subj.pos_ not in {"PROPN", "NOUN"} or an.cast.person_at(subj) is not None:
        return None
    if not subj.text.endswith(".") or subj.i + 1 >= len(an.doc):
        return None
    nxt = an.doc[subj.i + 1]
    idx = None if an.in_quote(nxt) else an.cast.person_at(nxt)
    return person_party(an, idx, "named") if idx is not None else None


def _thing_said(an: Analysis, node: Token, cue: Token, subj: Token) -> bool:
    """The subject of a clause the cue only hangs on, which is no speech act, when that
    subject cannot speak (`the process could be "messy," adding`)."""
    return node is not cue and node.lemma_.lower() not in CUE_VERBS and _speechless(an, subj)


def _speechless(an: Analysis, noun: Token) -> bool:
    """`said the process could be "messy," adding, ...`: the subject of a clause that is
    no speech act, when it is a singular thing-noun (no name, no person, no body, no
    document, no human or agent noun), is not who a participle hung on that clause stands
    for; the climb goes on to the clause whose subject can speak."""
    if noun.tag_ != "NN" or noun.ent_type_ or an.cast.person_at(noun) is not None:
        return False
    low = noun.lower_
    return not (can_speak(noun) or low in HUMAN_NOUNS or low.endswith(AGENT_SUFFIXES))


def _through_preposition(an: Analysis, node: Token) -> tuple[Token, Token | None] | None:
    """`deflected questions before saying "..."`, `after telling reporters "..."`: a
    participle in a prepositional phrase on a verb has that verb's subject as its own;
    `attacked Okafor for saying "..."`, `accused her of calling ...`: after `for`/`of`, the
    verb's object (object control). Returns the verb and the controlling noun, if any."""
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or an.in_quote(verb) or an.in_quote(prep):
        return None
    if prep.lower_ in OBJECT_CONTROL_PREPS and node.lemma_.lower() in WORDS_OF_OBJECT:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and not an.in_quote(c)), None)
        if obj is not None:
            return verb, obj
    return verb, nearest_subject(an, verb, node)


def _object_controller(an: Analysis, clause: Token) -> Token | None:
    """`led Okonjo to call Vasquez "timid"`: the object of the verb an infinitive
    hangs on is who does it (object control), not that verb's subject."""
    if clause.dep_ != "xcomp" or _purpose_of_means(clause):
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and not an.in_quote(c)), None)


def _purpose_of_means(clause: Token) -> bool:
    """`used an expletive to describe him`: a to-infinitive after a verb of using says what
    the subject used its object for (`caught her saying` and `footage of her asking` stay
    the object's)."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return to and clause.head.lemma_.lower() in INSTRUMENT_VERBS


def _claimant(an: Analysis, noun: Token, discourse: Discourse) -> Party | None:
    """Whoever a speech or claim noun belongs to (`Vasquez's claim`, `claims by rivals`), or
    the claim itself as an unnamed source (`allegations that ...`)."""
    owner = speech_owner(noun)
    if owner is None and noun.lemma_.lower() in CLAIM_NOUNS:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return party_of(an, owner, discourse=discourse)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return party_of(an, obj, discourse=discourse)
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    return Party(name=an.doc[noun.left_edge.i : noun.i + 1].text, kind="anonymous")


def _according_to(an: Analysis, cue: Token, discourse: Discourse) -> Party | None:
    for to in cue.children:
        for obj in to.children:
            if obj.dep_ == "pobj":
                return subject_party(an, obj.head, obj, discourse)
    nxt = an.doc[cue.i + 2] if cue.i + 2 < len(an.doc) else None
    return party_of(an, nxt, discourse=discourse) if nxt is not None else None


def _is_subordinate(node: Token, cue: Token) -> bool:
    """`..., remarking that ...` hung on `after the senator won`: the participle's subject
    is the main clause's, not that of the subordinate clause the parser attached it to."""
    return (
        node is not cue
        and node.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and any(c.dep_ == "mark" and c.lower_ != "that" for c in node.children)
    )


def _inverted_speaker(an: Analysis, cue: Token, discourse: Discourse) -> Party | None:
    """`said Solveig Arnesen, the ...`, or the name between the quote and its cue."""
    if not _right_after_quote(an, cue) or _writer_s_predicate(an, cue):
        return None
    for child in cue.children:
        if (
            child.i > cue.i
            and child.dep_ in INVERTED_SPEAKER_DEPS
            and not an.in_quote(child)
            and child.ent_type_ not in TIME_ENTS
        ):
            speaker = subject_party(an, cue, child, discourse)
            if speaker is not None and (speaker.person is not None or child.pos_ == "NOUN"):
                return speaker
    for tok in _words_after(an, cue):
        idx = an.cast.person_at(tok)
        if idx is not None:
            return person_party(an, idx, "named")
    # `"...," Brisco, a deckhand, said`: the name the parser left inside the quote's tree
    j = cue.i - 1
    while not an.in_quote(j):
        j -= 1
    idx = an.cast.person_in(an.doc[j + 1 : cue.i])
    return person_party(an, idx, "named") if idx is not None else None


def _first_of_joined_predicates(an: Analysis, root: Token) -> Token | None:
    """`Ruiz supports "fair pay," opposes "freezes" and recalled ...`: the parser takes the
    first of a list of predicates for a clause the second reports, and leaves the root
    with no subject; the first predicate's subject, opening the sentence, is the list's."""
    if root.dep_ != "ROOT" or root.pos_ not in {"VERB", "AUX"} or an.in_quote(root):
        return None
    first = next((c for c in root.lefts if c.dep_ == "ccomp" and not an.in_quote(c)), None)
    if first is None or first.i + 1 >= root.i:
        return None
    subj = next((c for c in first.lefts if c.dep_ == "nsubj"), None)
    if subj is None or an.in_quote(subj) or subj.left_edge.i != root.sent.start:
        return None
    between = [t for t in an.doc[first.i : root.i] if t.text == "," and not an.in_quote(t)]
    return subj if between or an.doc[root.i - 1].text in {",", '"', "”"} else None


def _writer_s_predicate(an: Analysis, cue: Token) -> bool:
    """`opposes "more tolls" and recalled the long freeze: "..."`, `argue that "...,"
    citing an instance`: a participle, or a verb coordinated with another predicate of the
    writer's sentence, is no inverted attribution even right after a quote: the words
    after it are its object, not who speaks (`"...," said the boy` has a finite verb that
    heads its own clause)."""
    if cue.tag_ == "VBG":
        return True
    return cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"} and not an.in_quote(cue.head)


def _verb_governing_quote(an: Analysis, inside: Token, steps: int = 12) -> Token | None:
    """`argue that "there is precedent," citing ...`: the parser hangs the participle on
    the quoted clause's verb; the verb outside the quote that governs that clause is the
    one whose subject the participle shares (None for a quote that governs itself)."""
    node = inside
    for _ in range(steps):
        if node.head == node:
            return None
        node = node.head
        if not an.in_quote(node):
            return node if node.pos_ in {"VERB", "AUX"} else None
    return None


def _words_after(an: Analysis, cue: Token) -> list[Token]:
    """The words after an inverted cue that may hold the speaker's name: the next four
    (`said another user, Jo Bell`), and on through a longer chain of titles and names
    (`said Pentagon spokesman Navy Capt. Jeff Davis`), which ends at a verb or a comma."""
    words: list[Token] = []
    for tok in an.doc[cue.i + 1 : min(cue.i + 1 + MAX_TITLE_CHAIN, len(an.doc))]:
        if an.in_quote(tok) or "\n" in tok.text:
            break
        if len(words) >= INVERTED_NAME_REACH and not _in_title_chain(tok):
            break
        words.append(tok)
    return words


def _in_title_chain(tok: Token) -> bool:
    return tok.pos_ in {"PROPN", "NOUN", "ADJ"} or (tok.text.endswith(".") and len(tok.text) > 1)


def _right_after_quote(an: Analysis, cue: Token) -> bool:
    """The cue stands right after a quote (`"...," said X`), or after a name and its
    appositive that follow one (`"...," Brisco, a deckhand, said`)."""
    j = cue.i - 1
    start = cue.sent.start
    while j >= start and cue.i - j <= 10 and not an.in_quote(j) and "\n" not in an.doc[j].text:
        j -= 1
    return j >= max(start - 1, 0) and an.in_quote(j)

"""'His Kelmaran counterpart': the person a counterpart phrase stands for.

A counterpart holds the same office as the possessor, for another country or body: "the
Foreign Minister met his Kelmaran counterpart" names Kelmar's foreign minister. So the
phrase resolves through the possessor's role:
- to the cast member whose role holds both the counterpart's modifier and the possessor's
  office ("Kelmaran Foreign Minister Ana Ruiz"), when exactly one does;
- else to the office itself, owned by the modifier: "Kelmar's foreign minister" (a
  country named as a noun), "the Kelmaran foreign minister" (a nationality adjective).

Does NOT handle: a possessor with no role in the article (the phrase is kept as written),
or counterparts with no modifier ("his counterpart" alone names no one).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.parties import Discourse, party_of, person_party
from digests.people.title_holders import is_past_holder, role_words

COUNTERPART_NOUNS = frozenset({"counterpart", "opposite"})


def counterpart_party(an: Analysis, tok: Token, discourse: Discourse) -> Party | None:
    """The party 'his <X> counterpart' stands for, or None when it cannot be told."""
    if tok.lemma_.lower() not in COUNTERPART_NOUNS or tok.tag_ != "NN":
        return None
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        idx = an.cast.person_at(appos)
        if idx is not None:
            return person_party(an, idx, "named")  # "his counterpart, Bo Lund": Lund
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    mods = [
        c
        for c in tok.children
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i and c.text[:1].isupper()
    ]
    if owner is None or len(mods) != 1:
        return None
    holder = party_of(an, owner, discourse=discourse)
    if (holder is None or holder.person is None) and owner.tag_ == "PRP$":
        holder = _clause_subject(an, tok, discourse)  # "X met his counterpart": X's
    if holder is None or holder.person is None:
        return None
    role = an.cast.members[holder.person].role
    office, _ = role_words(role)
    if not office or is_past_holder(role) or len(office) > 4:
        return None
    mod = mods[0]
    named = [
        i
        for i, m in enumerate(an.cast.members)
        if i != holder.person
        and mod.lower_ in role_words(m.role)[0]
        and office[-1] in role_words(m.role)[0]
    ]
    if len(named) == 1:
        return person_party(an, named[0], "named")
    title = " ".join(office)
    if mod.pos_ == "PROPN" and mod.ent_type_ != "NORP":
        return Party(name=f"{mod.text}'s {title}", kind="anonymous")
    return Party(name=f"the {mod.text} {title}", kind="anonymous")


def _clause_subject(an: Analysis, tok: Token, discourse: Discourse) -> Party | None:
    """The subject of the clause the phrase stands in ('X, who met his counterpart': X)."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    return party_of(an, subject, discourse=discourse) if subject is not None else None

"""Person names the small model leaves untagged or calls ORG, found by their shape and place.

The small English model knows Western newswire names best. It tags "Elroy Dunmore, an
organiser," or "C K Raghunathan, General Secretary," as ORG or nothing, and in a list
("Ana Ruiz, Bo Lund and Kai Ode") it often tags only the last name. These rules find runs
of capitalised words shaped like a personal name and keep one only with evidence that it
names a human:

- it is coordinated with a name the cast already has ("Ana Ruiz, Bo Lund and Kai Ode");
- it opens with a given name the name lists know ("Antony Marsh"), the run is not a place
  or event, and no organisation word follows;
- it carries initials before a surname ("C K Raghunathan", "K. Veera Raman");
- a human role is set off after it ("Elroy Dunmore, an organiser,");
- an organisation's possessive stands before it ("the union's Naveen Rao").

Does NOT handle: a one-word name with none of these marks, or a name whose every word is
also an organisation's ("Charles Schwab" the bank reads as a person).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from digests.lexicon import AGENT_SUFFIXES, CUE_VERBS, ORG_HEAD_WORDS, POSSESSIVE_MARKS, TITLE_WORDS
from digests.people.appositive_roles import title_over_body
from digests.people.compound_names import joined_name_part, joining_hyphen, name_words
from digests.people.long_titles import long_title_before
from digests.people.name_shapes import first_name_gender
from digests.people.organisations import ABSTRACT_SUFFIXES, BODY_FINAL_WORDS
from digests.people.roles import is_title_token, title_before, title_set_off_before

# Lower-case words that belong inside a name ("Ludwig van Beethoven", "Ana de la Vellan").
NAME_PARTICLES = frozenset(
    "de da di do dos das del della der den van von la le du bin ibn al el ben ter".split()
)
# Labels under which a capitalised run may still be a person the model misread.
# Labels the model gives whole names it does not know ("P K Sharma" PRODUCT, "Emeka Nwosu"
# GPE, '"...," M.K. Das told' WORK_OF_ART); a run under one of them needs two marks.
BODY_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "NORP", "GPE", "FAC", "LOC"})
MISREAD_LABELS = BODY_LABELS | {"", "PERSON"}
MAX_NAME_WORDS = 4
# Words of public bodies that the shared organisation list leaves out.
BODY_WORDS = ORG_HEAD_WORDS | frozenset(
    "government army guard court patrol cooperation collection parliament assembly".split()
)


def names_the_model_missed(doc: Doc, found: list[Span]) -> list[Span]:
    """Name spans, outside `found`, that the rules above show to be people."""
    taken = {i for span in found for i in range(span.start, span.end)}
    person_heads = {span.root.i for span in found}
    speaking = _speaking_words(doc)
    extra: list[Span] = []
    i = 0
    while i < len(doc):
        run_end = _run_end(doc, i, taken)
        if run_end == i:
            i += 1
            continue
        run = doc[i:run_end]
        span = (
            _name_after_long_title(run)
            or _name_in_run(run, speaking)
            or _given_name_beside_person(run, person_heads)
        )
        if span is not None and _names_a_human(span, person_heads, speaking):
            extra.append(span)
            taken.update(range(span.start, span.end))
        i = run_end
    return extra


def _given_name_beside_person(run: Span, person_heads: set[int]) -> Span | None:
    """'William and Grace will greet ...': a known given name alone, paired with a person
    also named by a known given name alone, is a person named by their given name (royals,
    children, artists); a longer list of single words is more likely places."""
    if len(run) != 1 or first_name_gender(run[0].text) is None:
        return None
    tok = run[0]
    partners = [c for c in tok.conjuncts if c.i in person_heads]
    # the partner is named alone too: "William and Grace", not "Catherine Ode and James"
    alone = [
        c
        for c in partners
        if first_name_gender(c.text) is not None
        and not any(d.dep_ in {"compound", "flat"} for d in c.children)
        and len(tok.conjuncts) == 1
    ]
    return run if alone else None


def _name_after_long_title(run: Span) -> Span | None:
    """'Deputy Minister for Rural Water Supply Kofi Asante': a capitalised run that closes
    a long title ends in the name, its last two words (three when the first of them is a
    known given name); the run as a whole is no name."""
    if len(run) < 3:
        return None
    size = 3 if len(run) >= 4 and first_name_gender(run[-3].text) is not None else 2
    tail = run[-size:]
    after = run.doc[run.end] if run.end < len(run.doc) else None
    if after is not None and after.text == "(":
        return None  # "... Inter Provincial Coordination (IPC) Dr ...": a body's acronym
    if tail[-1].lower_.endswith(ABSTRACT_SUFFIXES):
        return None  # "Coordination", "Development": the title's unit, not a surname
    # the body's entity may run on over the name ("... Revenue Authority Tunde Bakare")
    swallowed = tail[0].ent_type_ == "ORG" and tail[0].ent_iob_ == "I"
    for tok in tail:
        if tok.lower_ in BODY_WORDS or is_title_token(tok):
            return None
        if tok.ent_type_ not in {"", "PERSON"} and not (swallowed and tok.ent_type_ == "ORG"):
            return None
        if tok.lower_ in NAME_PARTICLES or len(tok.text.rstrip(".")) == 1:
            return None
    return tail if long_title_before(tail) is not None else None


def _name_word(tok: Token) -> bool:
    """A capitalised word, an initial ('C', 'K.') or a particle inside a name."""
    if tok.lower_ in NAME_PARTICLES:
        return True
    text = tok.text.rstrip(".")
    if len(text) == 1:
        return text.isupper()
    if len(text) <= 5 and all(len(part) == 1 and part.isupper() for part in text.split(".")):
        return True  # "M.K.", "A.B.": initials written together
    return tok.is_title and tok.is_alpha and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X"}


def _run_end(doc: Doc, start: int, taken: set[int]) -> int:
    """End of the run of name words opening at `start` (== start when there is none)."""
    j = start
    while j < len(doc) and j not in taken:
        if _name_word(doc[j]):
            j += 1
        elif (
            j > start
            and j + 1 < len(doc)
            and j + 1 not in taken
            and joining_hyphen(doc[j])
            and (
                joined_name_part(doc[j + 1])
                or doc[j - 1].lower_ in NAME_PARTICLES
                and _name_word(doc[j + 1])
            )
        ):
            j += 2  # "Anna-Lena Dorvik", "Marta Okonkwo-Reyes", "el-Sayed": one name word
        else:
            break
    return j


def _name_in_run(run: Span, speaking: frozenset[str]) -> Span | None:
    """The part of a capitalised run that can be a personal name: no title words, org
    words, places or dates in it; a title phrase before a known given name is cut off
    ("Majority Aden Duale" -> "Aden Duale")."""
    doc = run.doc
    start, end = run.start, run.end
    # a lower-case particle opens no name; a capitalised one may ("Le Thi Hoa", "De Vries")
    while start < end and doc[start].lower_ in NAME_PARTICLES and doc[start].is_lower:
        start += 1
    for k in range(start + 1, end - 1):
        if doc[k].ent_iob_ == "I" and doc[k].ent_type_ in {"GPE", "LOC", "NORP"}:
            continue  # "North Carolina": the given-name-like word belongs to a place
        if joining_hyphen(doc[k]) or joining_hyphen(doc[k - 1]):
            continue  # "Anna-Lena": a part of a hyphenated word opens no name
        if (
            first_name_gender(doc[k].text) is not None
            and first_name_gender(doc[start].text) is None
        ):
            start = k
            break
    words = [w for w in name_words(list(doc[start:end])) if w.lower() not in NAME_PARTICLES]
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    if len(words[-1].rstrip(".")) == 1:
        return None  # ends in an initial: "Section B"
    run_words = doc[start:end]
    for tok in run_words:
        if is_title_token(tok) and tok.lower_ not in NAME_PARTICLES:
            return None
        if tok.lower_ in BODY_WORDS:
            return None
        if joining_hyphen(tok):
            continue
        if tok.ent_type_ not in MISREAD_LABELS and not _given_name_misread_as_place(
            run_words, speaking
        ):
            return None
    if end < len(doc) and doc[end].is_title and doc[end].lower_ in BODY_WORDS:
        return None
    if words[-1].lower() in BODY_FINAL_WORDS and first_name_gender(words[0]) is None:
        return None  # "Stanmoor Wanderers", "Pellam Gazette": a side's or a paper's name
    return doc[start:end]


def _given_name_misread_as_place(span: Span, speaking: frozenset[str]) -> bool:
    """'Marta Okonkwo' tagged GPE: two words opening with a known given name, in a list or
    speaking ('Marta Okonkwo ... Okonkwo said')."""
    if len(span) != 2 or first_name_gender(span[0].text) is None:
        return False
    whole = span[0].ent_iob_ == "B" and span[1].ent_iob_ == "I" and span[1].ent_type_ == "GPE"
    ends = span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I"
    placed = whole and ends and span[0].ent_type_ == "GPE"
    return placed and (bool(list_mates(span.root)) or _speaker(span, speaking))


def _names_a_human(span: Span, person_heads: set[int], speaking: frozenset[str]) -> bool:
    """One mark of a human for a run the model left untagged; two for one it called ORG or
    a title (it does so for whole bodies: "the Revolutionary Guard", "Harmon Advisers")."""
    if len(span) == 1:
        return True  # a given name beside a person: `_given_name_beside_person` checked
    root = span.root
    given = first_name_gender(span[0].text) is not None
    initials = _initials_first(span)
    title = _title_set_off_before(root)
    role = _human_role_set_off(root) or title is not None or long_title_before(span) is not None
    role = role or title_set_off_before(span, determined=True) is not None
    # a lowercase title straight before ("veteran porter and guide Ana Ruiz")
    role = (
        role
        or span.start > 0
        and span.doc[span.start - 1].is_lower
        and (title_before(span) is not None)
    )
    labels = {t.ent_type_ for t in span} & BODY_LABELS
    if span[0].ent_type_ in {"NORP", "GPE"} and (not given or span[-1].ent_type_ == "NORP"):
        return False  # "Indiana Democrat", "African American": a description, no name
    if labels:
        listed = _coordinated_with_person(root, person_heads, full_names_only=True)
        # a body speaks too ("Harmon Advisers said"), so speaking is one mark of two: with a
        # known given name, a human role set off ("Ama Diallo, the mayor, said"), or under
        # the label for titles, which the model gives a name it does not know after a quote
        # ('"...," Kwabena Asante told parents')
        # "The president of Acme, Ama Diallo, said": the title set off before speaks
        says = _speaker(span, speaking) or (
            title is not None and title.dep_ == "nsubj" and title.head.lemma_ in CUE_VERBS
        )
        speaks = says and (given or role or labels == {"WORK_OF_ART"})
        speaks = speaks or role and _surname_recurs_as_subject(span)
        # the surname alone the subject of another clause ("Wanjiku Kamau told reporters
        # ... Kamau is the president", "X won the Cup ... Varga thanked the judges"),
        # speaking or not: a body recurs by its first word or as "the Authority"
        speaks = speaks or (
            len(span) == 2
            and len(span[0].text) > 2
            and span[-1].lower_ not in ORG_HEAD_WORDS
            and (says or not _plural(span[-1]))  # "National Farmers ... Farmers said"
            and _surname_recurs_as_subject(span)
        )
        speaks = speaks or given and _listed_with_given_name(root)
        # a post held in a body, set off beside a short name ("X, president of Acme,",
        # "Acme's rector, X,"): a body holds no post in another body
        post = len(span) <= 3 and span[-1].lower_ not in ORG_HEAD_WORDS and _post_set_off(root)
        return (
            (given or initials)
            and (role or initials)
            or listed
            and len(span) <= 3
            or speaks
            or post
        )
    if _coordinated_with_person(root, person_heads) or initials or role:
        return True
    return given or _after_organisation(span)


def _plural(tok: Token) -> bool:
    """'Workers', 'Democrats', "Farmers' Union": a plural names a body's members, and the
    tagger often reads it as a proper noun, so any final -s counts (a speaking "Ruth
    Adams" is kept by the mark above)."""
    return tok.tag_ == "NNPS" or tok.lemma_.lower() != tok.lower_ or tok.lower_.endswith("s")


def _surname_recurs_as_subject(span: Span) -> bool:
    """'... Authority Tunde Bakare said ... Bakare spoke': the run's last word stands alone
    elsewhere as a clause's subject, with no 'the' (a body recurs as "the Authority")."""
    last = span[-1]
    for tok in span.doc:
        if tok.text != last.text or span.start <= tok.i < span.end or tok.dep_ != "nsubj":
            continue
        before = tok.nbor(-1) if tok.i > 0 else None
        if before is None or before.lower_ != "the" and not before.is_title:
            return True
    return False


def _listed_with_given_name(root: Token) -> bool:
    """'Ana Ruiz and Bo Lund', both misread as bodies: a run that opens with a known given
    name, listed with another run of two or three capitalised words and no body word."""
    for mate in list_mates(root):
        words = [c for c in mate.children if c.dep_ == "compound" and c.i < mate.i] + [mate]
        if not 2 <= len(words) <= 3 or not all(w.is_title for w in words):
            continue
        if not any(w.lower_ in BODY_WORDS for w in words):
            return True
    return False


def _speaker(span: Span, speaking: frozenset[str]) -> bool:
    """'"...," Ana Ruiz said' or 'Ana Ruiz ... Ruiz said': the run's last word is, somewhere
    in the text, the subject of a speech verb with no 'the' before it (a body that speaks
    is named with 'the' or by a body word)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the":
        return False
    return span[-1].text in speaking


def _speaking_words(doc: Doc) -> frozenset[str]:
    """Words that stand as the subject of a speech verb, 'the' not before them: one pass
    over the text, so checking a name costs nothing more."""
    subjects = [
        t
        for t in doc
        if t.dep_ == "nsubj"
        and t.head.lemma_ in CUE_VERBS
        and not (t.i > 0 and doc[t.i - 1].lower_ == "the")
    ]
    # "led by Ana Ruiz, who said ...": the relative pronoun stands for the name
    return frozenset(
        t.head.head.text if t.lower_ == "who" and t.head.dep_ == "relcl" else t.text
        for t in subjects
    )


def _coordinated_with_person(
    root: Token, person_heads: set[int], *, full_names_only: bool = False
) -> bool:
    """'Ana Ruiz, Bo Lund and Kai Ode' when one of them is already a person (with
    `full_names_only`, a person named by more than one word: a lone capitalised word the
    model called PERSON may be a place)."""
    for c in list_mates(root):
        if c.i in person_heads and (
            not full_names_only or c.i > 0 and c.nbor(-1).dep_ == "compound"
        ):
            return True
    return False


def list_mates(head: Token) -> list[Token]:
    """The other names in a list with this one: its conjuncts, and the names the parser
    hung on it as appositions ("Ana Ruiz, Bo Lund and Kai Ode" often parses as Ruiz with
    an apposition Lund, and Ode a conjunct of Lund)."""
    mates: list[Token] = []
    todo = [head]
    seen = {head.i}
    while todo:
        tok = todo.pop()
        near = list(tok.conjuncts)
        near += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            near.append(tok.head)
        for other in near:
            if other.i not in seen:
                seen.add(other.i)
                mates.append(other)
                todo.append(other)
    return mates


def _initials_first(span: Span) -> bool:
    """'C K Raghunathan', 'K. Veera Raman': initials before a capitalised surname."""
    first = span[0].text
    if first in {"A", "I"}:
        return False  # the article or the pronoun opening a sentence: "A Dunmore court"
    first = first.rstrip(".")
    return len(first) == 1 and first.isupper() and len(span[-1].text) > 2


def _human_role_set_off(root: Token) -> bool:
    """'Elroy Dunmore, an organiser,' / 'C K Raghunathan, General Secretary,' / 'Ama
    Diallo, who is the mayor,'."""
    for child in root.children:
        if child.dep_ == "relcl" and child.lemma_ == "be":
            child = next((c for c in child.children if c.dep_ == "attr"), child)
        elif child.dep_ != "appos":
            continue
        lemma = child.lemma_.lower()
        if lemma in TITLE_WORDS or lemma.endswith(AGENT_SUFFIXES):
            return True
    return False


def _post_set_off(root: Token) -> bool:
    """'Ama Diallo, president of the Chamber,' / 'The university's rector, Ama Diallo,': a
    title word set off beside the name that names the body it is held in (an 'of'/'for'
    phrase or a possessive), the mark of a person holding a post."""
    doc = root.doc
    left, right = root.left_edge.i, root.i
    titles = []
    if right + 1 < len(doc) and doc[right + 1].text == ",":
        titles = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    before = _title_set_off_before(root)
    if before is not None and left > 0 and doc[left - 1].text == ",":
        titles.append(before)  # set off by a comma: the parser hangs "his father X" too
    for title in titles:
        if title.lemma_.lower() not in TITLE_WORDS or title.pos_ not in {"NOUN", "PROPN"}:
            continue
        for child in title.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ != "poss":
                continue
            # a body owns the post: "Acme's rector", not "the mayor's father" (a kin word)
            if child.ent_type_ in {"ORG", "GPE", "NORP", "FAC"} or child.lower_ in BODY_WORDS:
                return True
    return False


def _title_set_off_before(root: Token) -> Token | None:
    """'The president of Acme, Ama Diallo,' / 'Acme's president, Ama Diallo,': the title
    noun the name is set off after."""
    if root.dep_ != "appos" or root.head.i > root.i:
        return None
    start = root.left_edge.i
    if start == 0 or root.doc[start - 1].text != ",":
        return None  # "The partner Goldman Sachs said": no comma sets the name off
    title = title_over_body(root) or root.head
    if title.lemma_.lower() in TITLE_WORDS and title.pos_ in {"NOUN", "PROPN"}:
        return title
    return None


def _after_organisation(span: Span) -> bool:
    """'the union's Naveen Rao', 'Acme's Ana Ruiz': a body's possessive before the name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in POSSESSIVE_MARKS:
        return False
    owner = doc[span.start - 2]
    return owner.ent_type_ in {"ORG", "GPE", "NORP"} or owner.lower_ in ORG_HEAD_WORDS


def _names_a_body(span: Span) -> bool:
    """A run the text treats as a body: 'Morgan Ellis Holdings' is caught above, and so is a
    run the model labels ORG across a longer stretch than the name itself."""
    doc = span.doc
    first = doc[span.start]
    if first.ent_type_ != "ORG":
        return False
    start = first.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    end = span.end
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start < span.start or end > span.end

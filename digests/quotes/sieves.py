"""The speaker sieves, most precise first: one signature, one ordered list (`SIEVES`).

After Muzny et al. 2017 (Stanford CoreNLP's QuoteAttributionAnnotator). Each sieve looks at
one quote and either decides its speaker or passes; the first to decide wins, and its
`Decision` records which sieve it was and the cue words it read, for `digest --explain`.

Stage one, quote -> mention: each sieve finds the words that say who speaks, in the
quote's own sentence first (a cue verb governing it, an attribution after or before it,
`according to X`, a clause ending in a colon or a name as a label, a bare `X said.`
right after the quote, `X's "..." pledge`), then in the paragraphs
around it (a colon paragraph before, the previous quote, a trailing `..., he said.`, the
person a quote-free paragraph before made its subject).
Stage two, mention -> party: `digests.quotes.subjects` and `digests.parties` name the party
that mention stands for (a cast member by name, title, epithet or pronoun; an organisation
by name, acronym or description such as "the group"; an anonymous description).

Does NOT handle: speakers named only in a later paragraph, or turn-taking between two
unnamed speakers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import ANONYMOUS_NOUNS
from digests.parties import Discourse, person_party
from digests.quotes.colons import colon_clause_speaker, owned_label_speaker
from digests.quotes.context import (
    colon_paragraph_speaker,
    introduced_speaker,
    later_cue_speaker,
    opens_paragraph,
    sentence_before_speaker,
)
from digests.quotes.cue_speakers import speaker_of_cue
from digests.quotes.cues import (
    TARGET_VERBS,
    cues_after,
    cues_before,
    first_speaker,
    governing_cues,
    quoted_sentence_with_comma,
    reporting_nodes,
)
from digests.quotes.named_after import named_after_speaker
from digests.quotes.signed_lines import signature_person
from digests.quotes.stranded import stranded_speaker
from digests.quotes.transcript import transcript_label_speaker
from digests.quotes.unnamed_turns import pronoun_cue, unnamed_turn

MAX_CUE_WORDS = 6  # words of a colon clause or earlier quote shown as the cue


@dataclass(frozen=True)
class QuoteAt:
    """One quote as every sieve sees it: the article, the quote's index, whether it is a
    fragment of the writer's sentence, what the story has said so far, and the quotes
    kept before it with their speakers (the last is "the previous quote")."""

    an: Analysis
    qi: int
    partial: bool
    discourse: Discourse
    kept: Sequence[tuple[int, Party | None]] = ()


@dataclass(frozen=True)
class Decision:
    """A sieve's verdict: the speaker, the sieve's name, and the cue words it read."""

    speaker: Party
    sieve: str
    cue: str | None = None


Sieve = Callable[[QuoteAt], "Decision | None"]


def _by_cue(q: QuoteAt, name: str, found: tuple[Party, Token] | None) -> Decision | None:
    if found is None:
        return None
    party, cue = found
    return Decision(party, name, "according to" if cue.lower_ == "according" else cue.text)


def transcript_label(q: QuoteAt) -> Decision | None:
    """`"RUIZ: We will win."`: a transcript turn opening its paragraph with the speaker's
    label (`digests.quotes.transcript`)."""
    if q.partial or not opens_paragraph(q.an, q.qi):
        return None
    found = transcript_label_speaker(q.an, q.qi)
    return Decision(found[0], "transcript_label", found[1]) if found else None


def trailing_attribution(q: QuoteAt) -> Decision | None:
    """`"We will win," Okonjo said.`: a whole quoted sentence ending in a comma takes the
    attribution after it, before any verb the parser hung it on."""
    if not quoted_sentence_with_comma(q.an, q.qi):
        return None
    return _by_cues(q, "trailing_attribution", list(cues_after(q.an, q.qi)))


def governing_cue(q: QuoteAt) -> Decision | None:
    """`Okonjo said the deal was "a disgrace"`: a cue verb whose clause holds the quote."""
    return _by_cues(q, "governing_cue", list(governing_cues(q.an, q.qi)), governing=True)


def cue_after(q: QuoteAt) -> Decision | None:
    """`"...," said Okonjo` / `"...," Okonjo told reporters`: the cue after the quote."""
    return _by_cues(q, "cue_after", list(cues_after(q.an, q.qi)))


def cue_before(q: QuoteAt) -> Decision | None:
    """`Okonjo said: "..."`, `According to Okonjo, "..."`: a cue before it in its sentence."""
    return _by_cues(q, "cue_before", list(cues_before(q.an, q.qi)))


def _by_cues(q: QuoteAt, name: str, cues: list[Token], governing: bool = False) -> Decision | None:
    """The speaker the first usable cue names; a he/she right after an unnamed speaker's
    quote is that speaker (`digests.quotes.unnamed_turns`)."""
    pronoun = pronoun_cue(q.an, cues)
    if pronoun is not None:
        turn = unnamed_turn(q.an, q.qi, pronoun, q.kept)
        if turn is not None:
            return Decision(turn, name, pronoun.head.text)
    found = first_speaker(q.an, q.qi, cues, q.discourse, governing=governing)
    return _by_cue(q, name, found)


def reporting_clause(q: QuoteAt) -> Decision | None:
    """`Hale shot back that the state needed "honest food"`: any verb whose that-clause
    holds the quote, or a speech noun with an owner."""
    nodes = reporting_nodes(q.an, q.qi)
    found = first_speaker(q.an, q.qi, nodes, q.discourse, governing=True)
    return _by_cue(q, "reporting_clause", found)


def colon_before(q: QuoteAt) -> Decision | None:
    """`Okonjo's answer to the panel was short: "..."`: the clause the colon ends."""
    an = q.an
    tokens = an.quote_tokens(q.qi)
    if tokens is None or not len(tokens):
        return None
    j = tokens[0].i - 1
    while j >= 0 and an.token_quote[j] == an.token_quote[tokens[0].i]:
        j -= 1
    if j < 0 or an.doc[j].text != ":" or "\n" in an.text[an.doc[j].idx : tokens[0].idx]:
        return None
    # the clause the colon ends, whether or not the parser ended the sentence there
    clause = an.doc[an.doc[j].sent.start : j]
    speaker = colon_clause_speaker(an, clause, q.discourse)
    return Decision(speaker, "colon_before", _words(clause.text) + ":") if speaker else None


def bare_name_after(q: QuoteAt) -> Decision | None:
    """`"...," Governor Halvorsen.`: a short verbless fragment after a full quote that is
    only a name."""
    if q.partial:
        return None
    an = q.an
    tokens = an.quote_tokens(q.qi)
    if tokens is None or not len(tokens):
        return None
    window: list[Token] = []
    i = tokens[-1].i + 1
    while i < len(an.doc) and len(window) < 6:
        tok = an.doc[i]
        i += 1
        if an.token_quote[tok.i] == q.qi:
            continue
        if "\n" in tok.text or an.in_quote(tok) or tok.text in {".", "!", "?", ":"}:
            break
        window.append(tok)
    if not window or any(t.pos_ in {"VERB", "AUX"} for t in window):
        return None
    if i - 1 < len(an.doc) and an.doc[i - 1].text == ":":
        return None  # `"...," Hale: "..."`: a label for the quote after it
    idx = an.cast.person_in(window)
    if idx is None:
        return None
    return Decision(person_party(an, idx, "named"), "bare_name_after", _words(window))


def stranded_attribution(q: QuoteAt) -> Decision | None:
    """`"We will win." Okonjo said.`: a bare attribution sentence right after a quote that
    closed its own sentence (`digests.quotes.stranded`)."""
    found = stranded_speaker(q.an, q.qi, q.discourse)
    return Decision(found[0], "stranded_attribution", found[1].text) if found else None


def signed_line(q: QuoteAt) -> Decision | None:
    """`"The cuts must stop."` / `-Ana Ruiz, Kelvara.`: a dash line after the paragraph."""
    if q.partial:
        return None
    idx = signature_person(q.an, q.qi)
    if idx is None:
        return None
    return Decision(person_party(q.an, idx, "named"), "signed_line", "the line after")


def owned_label(q: QuoteAt) -> Decision | None:
    """`Okonjo's "no new tolls" pledge`: a fragment between a possessive and a speech noun."""
    if not q.partial:
        return None
    speaker = owned_label_speaker(q.an, q.qi, q.discourse)
    return Decision(speaker, "owned_label", "'s ... " + _next_word(q)) if speaker else None


def clause_subject(q: QuoteAt) -> Decision | None:
    """`Okonjo compared the plan to a sieve, "leaking at every joint."`: no cue, but the
    quote hangs in a clause whose subject is a person or an organisation, who is then
    taken to have said it (news reports a subject's words this way)."""
    an = q.an
    verb = _clause_verb(an, q.qi)
    # `X told reporters that Y was "unfit"`: the reported clause's subject is talked about;
    # whoever reports it speaks (and when that is unclear, nobody is guessed)
    while verb is not None and verb.dep_ == "ccomp" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = None if an.in_quote(verb.head) else verb.head
    if verb is None or verb.lemma_.lower() in TARGET_VERBS:
        return None  # `mocked Quint's "plan"`: the target's words, not the subject's
    speaker = speaker_of_cue(an, verb, q.discourse)
    named = speaker is not None and (speaker.person is not None or speaker.kind == "organization")
    if not named and not _unnamed_person_subject(an, verb, speaker):
        return None
    return Decision(speaker, "clause_subject", verb.text)


def _unnamed_person_subject(an: Analysis, verb: Token, speaker: Party | None) -> bool:
    """`which a spokeswoman played down as "a chat"`: an unnamed person who can speak (a
    spokeswoman, an official, residents) as the clause's own subject."""
    if speaker is None or speaker.kind != "anonymous":
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj"}), None)
    return subj is not None and subj.lemma_.lower() in ANONYMOUS_NOUNS


def _clause_verb(an: Analysis, qi: int) -> Token | None:
    """The nearest verb outside the quote that the quote's words hang from."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    inside = range(tokens.start, tokens.end)
    for tok in tokens:
        if tok.head.i in inside and tok.head != tok:
            continue  # only the quote's own roots lead out of it
        node = tok
        for _ in range(8):
            if node.head == node:
                break
            node = node.head
            if an.in_quote(node):
                break
            if node.pos_ in {"VERB", "AUX"}:
                return node
    return None


def colon_paragraph(q: QuoteAt) -> Decision | None:
    """`The mayor said in a statement:` ending the paragraph before a quote paragraph."""
    speaker = colon_paragraph_speaker(q.an, q.qi, q.discourse)
    return Decision(speaker, "colon_paragraph", "paragraph ending in ':'") if speaker else None


def previous_quote(q: QuoteAt) -> Decision | None:
    """The previous quote's speaker, in this paragraph, or in the paragraph just before for
    a full quote that opens its paragraph (newswire's run-on and continued quotes)."""
    if not q.kept or q.kept[-1][1] is None:
        return None
    last, speaker = q.kept[-1]
    an = q.an
    para = an.paragraph_of(an.quotes[q.qi].open_mark)
    prev_para = an.paragraph_of(an.quotes[last].open_mark)
    same = para == prev_para
    if not same and (q.partial or para != prev_para + 1 or not opens_paragraph(an, q.qi)):
        return None
    cue = '"' + _words(an.quotes[last].text_of(an.text)) + '"'
    return Decision(speaker, "previous_quote", cue)


def continued_quote(q: QuoteAt) -> Decision | None:
    """`"We will win the vote. The port needs it.` / `"And so do the growers," Okonjo
    said.`: a full quote its paragraph ends without closing runs on into the quote that
    opens the next paragraph (newswire's convention for a quotation of several paragraphs),
    and whoever that quote's attribution names said it all."""
    an = q.an
    span = an.quotes[q.qi]
    nxt = q.qi + 1
    if q.partial or span.closed or nxt >= len(an.quotes):
        return None
    para = an.paragraph_of(span.open_mark)
    if an.paragraph_of(an.quotes[nxt].open_mark) != para + 1 or not opens_paragraph(an, nxt):
        return None
    ahead = QuoteAt(an, nxt, False, q.discourse, (*q.kept, (q.qi, None)))
    decision = attribute(ahead, tuple(s for s in SIEVES if s is not previous_quote))
    if decision is None:
        return None
    return Decision(decision.speaker, "continued_quote", decision.cue)


def later_cue(q: QuoteAt) -> Decision | None:
    """`Talks were "productive." Nothing was settled, he said.`: a trailing attribution
    later in the quote's paragraph."""
    found = later_cue_speaker(q.an, q.qi, q.discourse)
    if found is None or found[0] is None:
        return None
    return Decision(found[0], "later_cue", found[1].text)


def sentence_before(q: QuoteAt) -> Decision | None:
    """`Okonjo touted her record. "We built the bridge."`: a quoted sentence after a
    quote-free sentence of its paragraph whose subject is a person or organisation."""
    if q.partial:
        return None
    speaker = sentence_before_speaker(q.an, q.qi, q.discourse)
    return Decision(speaker, "sentence_before", "the sentence before") if speaker else None


def introduced(q: QuoteAt) -> Decision | None:
    """A full quote opening its paragraph after a quote-free paragraph that made one
    person its subject, reported as stating something there."""
    if q.partial:
        return None
    speaker = introduced_speaker(q.an, q.qi, q.discourse)
    return Decision(speaker, "introduced", "the paragraph before") if speaker else None


def named_after(q: QuoteAt) -> Decision | None:
    """`"We will strike." That was the message from Ana Ruiz.`: the owner of the speech
    noun a demonstrative sentence right after the quote points back with."""
    if q.partial:
        return None
    speaker = named_after_speaker(q.an, q.qi, q.discourse)
    return Decision(speaker, "named_after", "the sentence after") if speaker else None


# The order, most precise first: the quote's own sentence, then its paragraph's context.
SIEVES: tuple[Sieve, ...] = (
    transcript_label,
    trailing_attribution,
    governing_cue,
    cue_after,
    cue_before,
    reporting_clause,
    colon_before,
    bare_name_after,
    stranded_attribution,
    signed_line,
    owned_label,
    clause_subject,
    colon_paragraph,
    previous_quote,
    continued_quote,
    later_cue,
    sentence_before,
    introduced,
    named_after,
)


def attribute(q: QuoteAt, sieves: Sequence[Sieve] = SIEVES) -> Decision | None:
    """The first sieve's decision for this quote, or None when every sieve passes."""
    for sieve in sieves:
        decision = sieve(q)
        if decision is not None:
            return decision
    return None


def _words(tokens: Iterable[Token] | str) -> str:
    """The last few words of a cue phrase, for --explain."""
    text = tokens if isinstance(tokens, str) else " ".join(t.text for t in tokens)
    words = text.split()
    return ("... " if len(words) > MAX_CUE_WORDS else "") + " ".join(words[-MAX_CUE_WORDS:])


def _next_word(q: QuoteAt) -> str:
    after = q.an.text[q.an.quotes[q.qi].close_mark + 1 :].split()
    return after[0] if after else ""

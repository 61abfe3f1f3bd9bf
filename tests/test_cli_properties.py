"""The whole path, from news-like text to every output, on text built from a grammar of
sentences: dates, durations, sets, clock times and hostile characters, against random
publication dates. `timeline extract` exits 0 in every format and the output is read by
the program that consumes it; the HTML goes through the Nu HTML Checker in one run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.consumers import CHECKS, OUTPUTS, as_page, nu_errors, vnu_command
from timeline.cli import cli
from timeline.dct import choose_published
from timeline.ingest import read_documents
from timeline.model import Timeline, timeline_from_dict

SUBJECTS = ["The ministry", "Officials", "Prices", "The council", "Police", "Shares",
            "The company", "Rebels", "The court", "Voters"]
VERBS = ["said", "will meet", "rose", "have risen sharply", "did not meet", "may announce",
         "is scheduled to open", "fell", "agreed", "were expected to vote"]
TIMES = [
    # dates
    "on Monday", "last Tuesday", "on May 23", "on June 12, 2019", "in 2002", "in the 1970s",
    "next month", "earlier this month", "yesterday", "in the 5th century", "this weekend",
    "in the first half of 2017", "in Q2 2018", "in the summer of 2016", "20 centuries ago",
    "3000 years ago", "between Wednesday and Friday", "as early as Thursday", "that year",
    "the next day", "on Monday, Oct. 26", "in late 1998", "in mid-March", "now",
    # durations
    "over the past five years", "for three weeks", "in the last 18 months", "for a decade",
    "over the past 3000 years", "over the past 2017 years", "two days later",
    "over the past 200 years", "for 2 1/2 hours", "in the coming weeks",
    # sets
    "every Monday", "each July", "every other week", "twice a year", "every morning",
    "annually",
    # clock times
    "at 3 p.m. Tuesday", "at midnight Wednesday", "at 9:30 tomorrow morning", "at noon",
    "from 8 a.m. to noon", "at 10 a.m. May 28", "Thursday night",
]
HOSTILE = [
    "<script>alert(1)</script>", "{{Delete}}", "[[Category:Spam]]", "~~~~", "''x''",
    "'''y'''", "ISBN 978-3-16-148410-0", "http://x.example/?a=1&b=2", "&amp;", "|", "||",
    "=", "*", "#", ":", ";", "__NOTOC__", "\u202e", "\U0001F5D3", "\u00a0", "\t", "é",
    "—", "{% raw %}", "{{ ctx.title }}", "=HYPERLINK(\"x\")", "+1", "-", "1.", ">", "\\",
    "$", "`code`", "<!-- c -->", "]]>", "&#0;", "\r\n", "\n\n", "----", "{|", "|}",
    "RFC 2616", "-{zh}-", "\"", "'", "<b>", "[x](javascript:alert(1))",
    # characters no text format may hold, which an article can still carry
    "\x0c", "\x1b[1m", "\x7f", "\x85", "\ufdd0", "\ufffe",
]
SENTENCES = st.builds(
    lambda subject, verb, when, noise, tail: f"{subject} {verb} {when}{noise} {tail}".strip(),
    st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(TIMES),
    st.sampled_from(["", *(f" {h}" for h in HOSTILE)]),
    st.sampled_from(["", "the report said.", ".", "!", "?", "…", ",", *HOSTILE]),
)
ARTICLES = st.builds(
    lambda title, sentences, joiner: (title + "\n\n" if title else "")
    + joiner.join(sentences),
    st.sampled_from(["", "Talks resume", "Breaking {{news}} <i>now</i>", "Prices up ~~~~"]),
    st.lists(SENTENCES, min_size=1, max_size=5), st.sampled_from([" ", "\n", "\n\n", ". "]),
)
# News-like dates and far ones; the first and last years of the calendar are left out:
# "next month" there has no date (an overflow in the normalizer, not in rendering).
PUBLISHED = st.one_of(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
                      st.dates(min_value=date(1000, 1, 1), max_value=date(8999, 12, 31)))


def _extract(text: str, published: date, *options: str) -> str:
    result = CliRunner().invoke(cli, ["extract", "-", "--published", published.isoformat(),
                                      *options], input=text.encode("utf-8"))
    assert result.exit_code == 0, (options, result.stderr)
    return result.stdout


def _timeline(text: str, published: date) -> Timeline:
    """The extracted timeline with the document as `extract` read it (the JSON omits its text)."""
    read = read_documents("-", text.encode("utf-8"))[0]
    document = choose_published(read, published.isoformat()).stamp(read)
    data = timeline_from_dict(json.loads(_extract(text, published, "-f", "json")))
    return Timeline((document,), data.events, data.timexes)


@pytest.mark.browser
def test_cli_extract_any_news_text_in_every_format(tmp_path: Path) -> None:
    pages: list[Path] = []

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(ARTICLES, PUBLISHED)
    def every_format(text: str, published: date) -> None:
        timeline = _timeline(text, published)
        for name, fmt, options in OUTPUTS:
            flags = ["-f", fmt] + (["--fragment"] if options.get("fragment") else [])
            out = _extract(text, published, *flags)
            CHECKS[name](out, timeline)
            if fmt == "html":
                pages.append(tmp_path / f"{len(pages)}-{name}.html")
                pages[-1].write_text(as_page(name, out), encoding="utf-8")

    every_format()
    command = vnu_command()
    if command is None:
        pytest.skip("every output was read back; the Nu HTML Checker is not installed (java "
                    "and .tools/node_modules/vnu-jar; .ci/run installs them)")
    errors = nu_errors(command, pages)
    assert errors == [], errors[:5]

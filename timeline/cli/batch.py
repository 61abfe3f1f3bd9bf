"""The progress line of the `batch` command."""

from __future__ import annotations

import click

from timeline.batch import BatchSummary


class _ProgressLine:
    """A one-line progress display on stderr: done/total, documents per second, ETA."""

    INTERVAL = 0.25

    def __init__(self) -> None:
        self.shown = 0.0

    def __call__(self, summary: BatchSummary) -> None:
        now = summary.seconds
        if now - self.shown < self.INTERVAL and summary.seen < summary.total:
            return
        self.shown = now
        processed = summary.written + summary.failed
        rate = processed / now if now > 0 else 0.0
        left = max(summary.total - summary.seen, 0)
        eta = f"{int(left / rate) // 60}:{int(left / rate) % 60:02d}" if rate else "--:--"
        click.echo(f"\r{summary.seen}/{summary.total} documents  {rate:.1f} docs/s  "
                   f"ETA {eta}  ({summary.failed} failed)  ", nl=False, err=True)

    def close(self) -> None:
        """End the progress line."""
        if self.shown:
            click.echo("", err=True)

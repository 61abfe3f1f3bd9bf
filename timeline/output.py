"""Write results to paths without harming what the path names.

A regular file (or a path with nothing there yet) is replaced atomically: the text goes
to a temporary file beside it, which is then renamed over it, so a failed run never
leaves half a file. Anything else is written *through*, never replaced: a symbolic link
stays a link and its target gets the text; a character device (`/dev/null`, a terminal)
and a named pipe (FIFO) receive the text as a reader would expect. A directory, a block
device or a socket is refused with an error naming it.

Writing in several steps (`stage_text`, then `Staged.commit` or `Staged.discard`) lets a
caller prepare a whole set of files and replace them only once every one is ready.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from timeline.errors import InputError

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
# What `-` reads, as a path (Linux and the BSDs): the file standard input is redirected from.
STDIN_PATH = "/dev/stdin"


@dataclass(frozen=True, slots=True)
class Staged:
    """A write made ready: a temporary file to rename over `path`, or the text to write
    through to it (a device or a pipe) when `temp` is None."""

    path: str
    temp: str | None
    text: str

    def commit(self) -> None:
        """Put the text in place.

        Raises: InputError when it cannot be written.
        """
        try:
            if self.temp is None:
                with open(self.path, "w", encoding="utf-8", newline="") as handle:
                    handle.write(self.text)
            else:
                os.replace(self.temp, self.path)
        except OSError as err:
            self.discard()
            raise InputError(f"cannot write output ({err.strerror or err})",
                             source=self.path) from None

    def discard(self) -> None:
        """Remove the temporary file, leaving the path as it was."""
        if self.temp is not None:
            Path(self.temp).unlink(missing_ok=True)


def check_apart(outputs: Iterable[str | Path], inputs: Iterable[str | Path]) -> None:
    """Refuse to write where an input is read from (`-o article.txt` given `article.txt`):
    the output would replace the user's file. The same file under another name (a
    relative path, a symbolic or hard link) counts too, and so does `-` (standard input)
    when it is redirected from a file (`< article.txt`).

    Raises: InputError naming the output and the input it would replace.
    """
    read: dict[tuple[int, int], str] = {}
    for name in inputs:
        key = _file_key(STDIN_PATH if str(name) == "-" else name)
        if key is not None:
            read.setdefault(key, str(name))
    for path in outputs:
        key = _file_key(path)
        if key is not None and key in read:
            raise InputError(f"cannot write output over the input {read[key]}",
                             source=str(path), remedy="write it to another path")


def _file_key(path: str | Path) -> tuple[int, int] | None:
    """The device and inode of the regular file at `path` (through symbolic links), else None."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):  # missing, unreadable, or a name with a NUL
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISREG(found.st_mode) else None


def write_text(path: str | Path, text: str, *, prefix: str = TEMP_PREFIX) -> None:
    """Write `text` (UTF-8) to `path`: atomically over a regular file, through a symlink
    to its target, straight into a character device or FIFO.

    prefix: the start of the temporary file's name (a batch cleans up its own).
    Raises: InputError naming the path and the problem.
    """
    write_all([(path, text)], prefix=prefix)


def write_all(files: Iterable[tuple[str | Path, str]], *, prefix: str = TEMP_PREFIX) -> None:
    """Write every (path, text) of `files`, or, when any one cannot be prepared, none.

    Raises: InputError naming the first path that could not be written.
    """
    staged: list[Staged] = []
    try:
        for path, text in files:
            staged.append(stage_text(path, text, prefix=prefix))
        for item in staged:
            item.commit()
    except BaseException:  # an error or an interrupt mid-way: no temporary file stays
        # (discarding one already committed is a no-op: its temporary file was renamed)
        for item in staged:
            item.discard()
        raise


def stage_text(path: str | Path, text: str, *, prefix: str = TEMP_PREFIX) -> Staged:
    """Get ready to write `text` to `path`: for a regular or new file, a temporary file
    beside the real target, already written; nothing yet for a device or a FIFO.

    Raises: InputError for a missing folder, a directory, a block device or a socket,
        or a temporary file that cannot be written.
    """
    name = str(path)
    target = Path(os.path.realpath(name))  # through any symbolic links: the link stays
    mode: int | None
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        # "-o /dev/stdout" into a pipe: its real path ("/proc/N/fd/pipe:[...]") names no
        # file, but the name itself still reaches the pipe
        mode = _device_mode(name)
    except OSError as err:
        raise InputError(f"cannot write output ({err.strerror or err})", source=name) from None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        return Staged(name, None, text)
    if mode is not None and not stat.S_ISREG(mode):
        kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file, device or pipe"
        raise InputError(f"cannot write output: it is {kind}", source=name)
    if not target.parent.is_dir():
        folder = os.path.dirname(name) or "."
        raise InputError(f"cannot write output: the folder {folder} does not exist",
                         source=name)
    return Staged(str(target), _write_temp(target, text, prefix, mode), text)


def _device_mode(name: str) -> int | None:
    """The mode of the device or pipe `name` reaches, or None (a new file)."""
    try:
        mode = os.stat(name).st_mode
    except OSError:
        return None
    return mode if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) else None


def _write_temp(target: Path, text: str, prefix: str, mode: int | None) -> str:
    """A temporary file beside `target` holding `text`, with the permissions the target
    has (or a new file would get: mkstemp's are owner-only)."""
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f"{prefix}{target.name}.",
                                    suffix=TEMP_SUFFIX)
    except OSError as err:
        raise InputError(f"cannot write output ({err.strerror or err})",
                         source=str(target)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(temp, stat.S_IMODE(mode) if mode is not None else _new_file_mode())
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise InputError(f"cannot write output ({err.strerror or err})",
                         source=str(target)) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask

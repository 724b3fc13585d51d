"""Write an answer to the file named with -o: a regular file, whole or not at all.

Only a regular file is ever written. A symlink, a device, a FIFO or a folder at the path is
refused, --force or not: replacing it would either do nothing the user meant (a symlink replaced
by a file) or destroy something (/dev/null turned into a file). The new file gets the permissions
open() would give it (0666 less the umask), or keeps those of the file it replaces. A temporary
file next to the target is renamed over it at the end; whatever stops the write (Ctrl-C, a full
disk) removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from snitflade.errors import OutputError, OutputTargetError
from snitflade.messages import msg

# -o with these writes to standard output, as if there were no -o.
STDOUT_NAMES = frozenset({"-", "/dev/stdout"})


def is_stdout(name: str | None) -> bool:
    """Whether -o `name` means standard output (no -o, `-o -` or `-o /dev/stdout`)."""
    return name is None or name in STDOUT_NAMES


def write_file(name: str, text: str, force: bool, example: str = "tjekliste.md") -> Path:
    """Write `text` (UTF-8) to the file `name`; return its path. Raise OutputError if not.

    OutputTargetError (a usage error) if `name` is not a file one can write; OutputError if the
    file exists and `force` is not set, or the write fails.
    """
    if not name.strip():
        raise OutputTargetError(msg("output_empty", example=example))
    path = Path(name)
    if name.endswith(("/", os.sep)):  # "-o notes/": a folder, whether it exists or not
        raise OutputTargetError(msg("is_folder", path=name, example=path / example))
    mode = _check_target(path, force, example)
    _replace(path, text, mode)
    return path


def _check_target(path: Path, force: bool, example: str) -> int:
    """Check what is at `path`; return the permission bits the written file is to have."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise OutputError(msg("output_no_folder", path=path, folder=path.parent)) from None
        return 0o666 & ~_umask()
    except OSError as error:
        raise OutputError(msg("cannot_write", path=path, reason=error.strerror)) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputTargetError(msg("output_link", path=path))
    if stat.S_ISDIR(info.st_mode):
        raise OutputTargetError(msg("is_folder", path=path, example=path / example))
    if not stat.S_ISREG(info.st_mode):
        raise OutputTargetError(msg("output_special", path=path))
    if not force:
        raise OutputError(msg("file_exists", path=path))
    if info.st_nlink > 1:
        # Renaming over one name would leave the other names with the old text.
        raise OutputTargetError(msg("output_hard_link", path=path))
    return stat.S_IMODE(info.st_mode)


def _umask() -> int:
    mask = os.umask(0o077)  # read it the only way there is, then put it back at once
    os.umask(mask)
    return mask


def _replace(path: Path, text: str, mode: int) -> None:
    """Write a temporary file beside `path`, then rename it over `path`."""
    import tempfile  # here, not above: writing to stdout needs none of it

    temporary: str | None = None
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        # errors="replace": a --workplace given in bytes that are not UTF-8 is written as "?".
        with open(fd, "w", encoding="utf-8", errors="replace") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(text)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise OutputError(msg("cannot_write", path=path, reason=error.strerror)) from None
    finally:
        if temporary is not None:  # stopped on the way: Ctrl-C, a full disk, a failed rename
            with contextlib.suppress(OSError):
                os.unlink(temporary)


__all__ = ["STDOUT_NAMES", "is_stdout", "write_file"]

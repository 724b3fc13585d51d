"""The command's entry point: a command run before, on the same data, answers from the cache.

A lookup tool is used in short bursts, and most of a run is spent importing Typer, Rich and
Pydantic, not answering. So the first run of a command line records what it wrote, and a later
run of the same command line on the same data, code and terminal writes it again without
importing any of them. The key covers everything the output can depend on: the command line,
the working folder, the bytes of every data and layer file, the program's own files, the
libraries that draw the output, the language and terminal settings in the environment, whether
output goes to a terminal and how wide it is, and today's date. Only runs that end with exit code
0 are recorded, and commands that write files are never replayed.

Standard library only, imported before anything else: keep it that way.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from typing import Any, TextIO, cast

NO_REPLAY_ENV = "SNITFLADE_NO_REPLAY"
KEEP = 256  # recorded outputs kept; the oldest are removed beyond that
_ENVIRONMENT = (
    "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "COLUMNS", "LINES", "NO_COLOR",
    "FORCE_COLOR", "TERM", "COLORTERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "HOME",
    "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "_TYPER_COMPLETE_ARGS", "_TYPER_COMPLETE_WORD_TO_COMPLETE",
    "COMP_WORDS", "COMP_CWORD", "TYPER_STANDARD_TRACEBACK", "PYTHONIOENCODING",
)  # fmt: skip
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def _cache_folder(environ: Any) -> str:
    override = environ.get("SNITFLADE_CACHE_DIR")
    if override:
        return os.path.join(override, "replay")
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "snitflade", "replay")


def _files(folder: str, suffixes: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return found
    for entry in entries:
        if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
            found += _files(entry.path, suffixes)
        elif entry.name.endswith(suffixes):
            found.append(entry.path)
    return found


def _data_folders(argv: list[str], environ: Any) -> list[str]:
    """The built-in data folder and every folder a layer can come from (see layers.find_layers)."""
    data = environ.get("SNITFLADE_DATA_DIR") or os.path.join(_PACKAGE, "data")
    if not os.path.isdir(data):
        data = os.path.join(os.path.dirname(os.path.dirname(_PACKAGE)), "data")
    folders = [data]
    folders += [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--data-dir"]
    folders += [arg.partition("=")[2] for arg in argv if arg.startswith("--data-dir=")]
    folders += environ.get("SNITFLADE_DATA_PATH", "").split(os.pathsep)
    config = environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    folders.append(os.path.join(config, "snitflade"))
    return [os.path.expanduser(f) for f in folders if f]


def _library_stamp(name: str) -> str:
    """Where a drawing library is installed, and when it last changed."""
    for entry in sys.path:
        candidate = os.path.join(entry or ".", name, "__init__.py")
        try:
            stat = os.stat(candidate)
        except OSError:
            continue
        return f"{candidate}:{stat.st_mtime_ns}"
    return name


def key(argv: list[str], environ: Any) -> str | None:
    """The digest of everything the command's output can depend on, or None: do not replay."""
    if environ.get(NO_REPLAY_ENV) or not (argv or environ.get("_SNITFLADE_COMPLETE")):
        return None
    if {"init", "validate", "-o", "--output"} & set(argv):
        return None  # writes files, or is asked to check the files afresh
    if any(a.startswith("--output=") for a in argv):
        return None
    digest = hashlib.blake2b(digest_size=20)

    def add(*parts: object) -> None:
        digest.update("\0".join(str(p) for p in parts).encode("utf-8", "surrogateescape"))
        digest.update(b"\1")

    add(sys.version, os.getcwd(), *argv)
    add(*(f"{name}={environ.get(name, '')}" for name in _ENVIRONMENT))
    own = sorted((k, v) for k, v in environ.items() if k.startswith(("SNITFLADE_", "_SNITFLADE")))
    add(*(f"{name}={value}" for name, value in own))
    terminal: list[object] = [os.isatty(1), os.isatty(2)]
    if terminal[0]:
        try:
            terminal.append(os.get_terminal_size(1))
        except OSError:
            pass
    add(*terminal)
    import time

    add(time.strftime("%Y-%m-%d"))
    for path in _files(_PACKAGE, (".py",)):
        stat = os.stat(path)
        add(path, stat.st_mtime_ns, stat.st_size)
    add(_library_stamp("rich"), _library_stamp("typer"))
    for folder in _data_folders(argv, environ):
        add("folder", folder, os.path.isdir(folder), os.path.isfile(folder))
        files = [folder] if os.path.isfile(folder) else _files(folder, (".yaml", ".yml"))
        for path in files:
            add(path)
            try:
                with open(path, "rb") as handle:
                    digest.update(handle.read())
            except OSError:
                add("unreadable")
    return digest.hexdigest()


def replay(recorded: str, environ: Any) -> bool:
    """Write what the command wrote last time, if it was recorded; return whether it was."""
    try:
        with open(os.path.join(_cache_folder(environ), recorded), "rb") as handle:
            out, err = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return False
    sys.stderr.write(err)
    sys.stdout.write(out)
    sys.stdout.flush()
    return True


def record(recorded: str, out: str, err: str, environ: Any) -> None:
    """Keep what a successful run wrote. A cache that cannot be written only costs speed."""
    folder = _cache_folder(environ)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)  # only the user reads back what is kept
        temporary = os.path.join(folder, f".{recorded}.{os.getpid()}")
        with open(temporary, "wb") as handle:
            marshal.dump((out, err), handle)
        os.replace(temporary, os.path.join(folder, recorded))
        entries = sorted(os.scandir(folder), key=lambda e: e.stat().st_mtime)
        for stale in entries[:-KEEP]:
            os.unlink(stale.path)
    except OSError:
        pass


class _Tee:
    """Write through to a stream and keep a copy; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        self.parts.append(text)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main() -> None:
    """Entry point of the `snitflade` command."""
    argv = sys.argv[1:]
    try:
        recorded = key(argv, os.environ)
        if recorded is not None and replay(recorded, os.environ):
            return
    except KeyboardInterrupt:
        raise SystemExit(130) from None  # Ctrl-C, as the full path answers it
    except BrokenPipeError:
        # The reader left (`| head`): stop quietly, as the full path does, with exit code 1.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None
    from snitflade.cli import main as run

    if recorded is None:
        run()
        return
    out, err = _Tee(sys.stdout), _Tee(sys.stderr)
    sys.stdout, sys.stderr = cast(TextIO, out), cast(TextIO, err)
    code: object = 0
    try:
        run()
    except SystemExit as stop:
        code = stop.code
    finally:
        sys.stdout, sys.stderr = out._stream, err._stream
    if code in (0, None):
        record(recorded, "".join(out.parts), "".join(err.parts), os.environ)
    raise SystemExit(code)

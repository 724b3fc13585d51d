"""The `snitflade` command's entry point: stop a Ctrl-C quietly, even while the program loads.

A plain question, or a TAB completion, is answered by snitflade.shortcut without loading the
command line; anything else goes to snitflade.cli.

Importing the command line (Typer, Click) takes a moment; a Ctrl-C in it would end in a traceback
from the middle of some import. Until the import is done, Ctrl-C ends the run at once with a short
message and exit code 130: nothing has been written yet, so there is nothing to clean up. The
shortcut runs wholly under this guard too: it only ever writes to standard output. After the
import, Ctrl-C is an ordinary KeyboardInterrupt again, which cli.main turns into the same message
and exit code once every temporary file is removed. Standard library only, and small: this runs
first.
"""

from __future__ import annotations

import _thread
import os
import signal
import sys

TYPE_CHECKING = False  # not from typing, which is slow to import (see snitflade/__init__.py)
if TYPE_CHECKING:
    from types import FrameType

_INTERRUPTED = {"da": "Afbrudt.", "en": "Interrupted."}  # as messages.MESSAGES["interrupted"]


def _stop_at_once(signum: int, frame: FrameType | None) -> None:
    # No import here: the one being interrupted may hold its lock. Danish until language is read.
    language = sys.modules.get("snitflade.language")
    lang = language.run_language(sys.argv[1:], os.environ) if language else "da"
    os.write(2, f"{_INTERRUPTED.get(lang, _INTERRUPTED['da'])}\n".encode())
    os._exit(130)  # ExitCode.INTERRUPTED


def _load_inspect_when_used() -> None:
    """Put off loading `inspect` until something reads from it (Python 3.11).

    The data's classes are dataclasses, and `dataclasses` imports inspect (with ast, dis and
    tokenize: about 10 ms, a tenth of a question) for one thing only: a docstring for a class that
    has none, which snitflade.records never leaves it. Until then `inspect` is an empty module with
    its real spec, whose first missing name (PEP 562's module __getattr__) runs the real code in
    it, so it is then the real module. From Python 3.12 on, dataclasses reads every class's
    annotations through inspect, so it would load at once: left as it is there.
    (importlib.util.LazyLoader does not help: `import inspect` reads __spec__, which loads it.)
    Only the command does this, never `import snitflade`. Until the first use, dir(inspect) and
    vars(inspect) show the empty module.
    """
    if sys.version_info >= (3, 12) or "inspect" in sys.modules:
        return
    from importlib.machinery import PathFinder
    from importlib.util import module_from_spec

    spec = PathFinder.find_spec("inspect")
    if spec is None or spec.loader is None:  # pragma: no cover - a Python without inspect
        return
    module = module_from_spec(spec)
    lock = _thread.RLock()  # a second thread waits for the first to finish loading

    def load(name: str) -> object:
        with lock:
            if module.__dict__.get("__getattr__") is load:  # not yet loaded
                try:
                    spec.loader.exec_module(module)  # type: ignore[union-attr]
                except BaseException:
                    del sys.modules["inspect"]  # as a failed import: the next import retries
                    raise
                finally:
                    module.__dict__.pop("__getattr__", None)
        return getattr(module, name)

    module.__getattr__ = load  # type: ignore[method-assign]
    sys.modules["inspect"] = module


def main() -> None:
    """Run the command line, with Ctrl-C handled from the first moment."""
    # Not if the caller ignores SIGINT (a job started with `&`): that stays as it is.
    guard = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if guard:
        signal.signal(signal.SIGINT, _stop_at_once)
    _load_inspect_when_used()
    # language first (small): from then on the message above follows --lang and the locale.
    from snitflade import language, run, shortcut

    run.prepare_streams()
    code = shortcut.answer(sys.argv[1:], os.environ)
    if code is not None:  # answered without the command-line library; nothing to clean up
        sys.exit(run.finish(code, language.run_language(sys.argv[1:], os.environ)))
    from snitflade import cli

    if guard:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    cli.main()


__all__ = ["main"]

"""PySide6's import hook, made to read less.

Once PySide6 is imported, every later import runs a hook of PySide6's (``shibokensupport``'s
``feature_imported``) that decides whether the module may use ``from __feature__ import …``. It
does so by searching the module's source for the word "PySide6", read with
``inspect.getsource``, which keeps every file's lines in ``linecache`` for the life of the
process: ~11 MiB of text and ~15 ms of start-up for the modules the app imports
(docs/performance.md). ``read_sources_plainly`` gives the hook the same answer from the file's
bytes, keeping nothing. The app never uses ``__feature__``; the answer stays what PySide6's own
code would say (tests/gui/test_pyside_hook.py compares the two on every module loaded).

The hook is PySide6's internal code: if it is not there or has another shape, nothing is
changed and PySide6 works as it always does.
"""

import sys
from collections.abc import Callable
from types import ModuleType

__all__ = ["read_sources_plainly", "uses_pyside"]

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file says "PySide6"; ``fallback`` for a module that has no
    ``.py`` file (built in, compiled, in an archive)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # what inspect.getsource's OSError gives in PySide6's own check


def read_sources_plainly() -> bool:
    """Give PySide6's import hook the plain check (once PySide6 is imported); whether it was
    given. Safe to call more than once."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_plainly", False):
        return True

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.reads_plainly = True  # type: ignore[attr-defined]
    check.original = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, check)
    return True

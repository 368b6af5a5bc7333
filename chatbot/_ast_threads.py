"""Make `ast.parse` safe to call from two threads at once on CPython 3.11, where it is not.

CPython 3.11 keeps the AST constructor's recursion counter in state shared by every thread (Python-ast.c's
`state->recursion_depth`). When two threads build a tree at once, one handing the interpreter lock over in the middle
(a garbage-collector callback runs Python code), one of them fails with `SystemError: AST constructor recursion depth
mismatch` (the error CPython gh-106905 and pytest-dev/pytest#10763 report). We parse more than it seems: numpy reads
every .npy header with `ast.literal_eval`, Streamlit parses the app script, `traceback` parses a line to underline
it. The warm-up thread loading arrays beside a page run hit it: 2 of 2,073 tests failed on CI with it, and a served
page could too. Measured with tests/test_ast_threads.py's load (3 threads, gc callbacks): 1-3 failures per 600
parses on 3.11.7, none on 3.12.1 or 3.13.0, none on 3.11.7 with this lock. A parse of a .npy header takes
microseconds, so serialising them costs nothing a person could notice.
"""

from __future__ import annotations

import ast
import sys
import threading
from typing import Any

_LOCK = threading.RLock()  # re-entrant: a parse may run a collector callback that parses again
_parse = ast.parse


def _serialised_parse(*args: Any, **kwargs: Any) -> ast.AST:
    with _LOCK:
        return _parse(*args, **kwargs)


def install() -> None:
    """Serialise `ast.parse` (and so `ast.literal_eval`, which calls it) on the Pythons with the shared counter.
    Patching the module attribute reaches every caller: they all look `ast.parse` up when they call it."""
    if sys.version_info < (3, 12) and ast.parse is _parse:
        ast.parse = _serialised_parse  # type: ignore[assignment]

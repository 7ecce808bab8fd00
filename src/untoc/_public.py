"""Marking the public face: every name ``untoc`` exports reports ``__module__ == "untoc"``.

The names and their home modules are written once, in ``untoc._EXPORTS`` (``untoc/__init__.py``,
where ``__all__`` and the lazy attribute access read them); each module that defines public
names ends with ``publish(globals())``, which makes them report
``__module__ == "untoc"`` (as httpx does for its names), so that reprs, tracebacks and pickles
name ``untoc.Session`` however the object was first reached. Types are resolved before that, at
class creation, so nothing needs the defining module's name afterwards.
"""

from __future__ import annotations

import sys
from typing import Any


def publish(namespace: dict[str, Any]) -> None:
    """Mark the public names a module defines as ``untoc``'s (call at the end of the module).

    The package is always imported before any of its modules, so its list is at hand.
    """
    home = namespace["__name__"].removeprefix("untoc.")
    exports: dict[str, str] = sys.modules["untoc"]._EXPORTS
    for name, module in exports.items():
        if module == home:
            namespace[name].__module__ = "untoc"

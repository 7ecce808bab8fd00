"""The one lock of the package, and fork safety.

Everything untoc does lazily (importing a module on first use, reading and indexing a table)
happens while holding `LOCK`. A fork waits for the lock, as CPython's ``logging`` does, so a
child never inherits a half-done load or an import another thread was in the middle of (which
would leave Python's import lock held by a thread the child does not have).
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, MutableMapping
from types import ModuleType
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")
_MISSING: Any = object()

LOCK = threading.RLock()
"""Held while anything is loaded or imported lazily; a fork waits for it."""


def _before_fork() -> None:
    LOCK.acquire()


def _after_fork() -> None:
    LOCK.release()


if hasattr(os, "register_at_fork"):  # pragma: no branch - POSIX
    os.register_at_fork(
        before=_before_fork, after_in_parent=_after_fork, after_in_child=_after_fork
    )


def module(name: str) -> ModuleType:
    """``importlib.import_module(name)`` under the lock (a lazy import a fork cannot split)."""
    with LOCK:
        return importlib.import_module(name)


def once(cache: MutableMapping[K, V], key: K, build: Callable[[], V]) -> V:
    """``cache[key]``, made by ``build()`` the first time, under the lock (checked twice).

    The one way untoc computes something lazily: a loaded table, an index, the manifest. Once
    made, the value is read without taking the lock.
    """
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        with LOCK:
            value = cache.get(key, _MISSING)
            if value is _MISSING:
                value = cache[key] = build()
    return value  # type: ignore[no-any-return]

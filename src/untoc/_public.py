"""Marks the objects of the public face, so that they report ``__module__ == "untoc"``.

Every name of ``untoc.__all__`` is decorated with :func:`public` where it is defined, so that
tracebacks, reprs and pickles name ``untoc.NotFoundError`` and ``untoc.Session`` whichever way the
object was first reached; a test checks the marks and ``untoc.__all__`` agree.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def public(obj: T) -> T:
    """Report ``obj`` as defined in ``untoc`` (its home module stays importable)."""
    obj.__module__ = "untoc"
    return obj

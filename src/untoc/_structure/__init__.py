"""Strict structuring of the bundled JSON into records, without building a converter.

``_base.py``, ``_texts.py``, ... are generated from the model by ``tools/gen_structure.py`` (one
module per model module, so a query loads only the families it needs); ``_runtime.py`` holds
the checks they call.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ._runtime import Invalid

__all__ = ["Invalid", "structurer"]


def structurer(record: str) -> Callable[[object], Any]:
    """The structuring function of a record class named ``"untoc.model.<module>:<Class>"``."""
    module, _, name = record.partition(":")
    family = module.rsplit(".", 1)[-1]
    function: Callable[[object], Any] = getattr(
        importlib.import_module(f"{__name__}.{family}"), f"structure_{name}"
    )
    return function

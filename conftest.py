"""Shared pytest set-up: doctests in README.md and docstrings see ``untoc`` already imported."""

from __future__ import annotations

import datetime

import pytest

import untoc


@pytest.fixture(autouse=True)
def _add_untoc(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace["untoc"] = untoc
    doctest_namespace["datetime"] = datetime

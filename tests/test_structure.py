"""The generated structuring functions are current and accept exactly what the strict cattrs
converter accepts: on every bundled record, and on records broken field by field."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from untoc import _tables
from untoc._structure import structurer
from untoc.exports import converter

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "untoc" / "data"
WRONG_VALUES: list[Any] = [
    None,
    1,
    1.5,
    True,
    "x",
    "2018-02-30",
    "20181015",
    [],
    ["x"],
    {},
    {"en": ""},
]


def test_the_generated_modules_are_current() -> None:
    pytest.importorskip("ruff")  # the generator formats its output with ruff
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_structure.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def outcome(function: Any, row: object) -> tuple[str, object]:
    try:
        return ("ok", function(row))
    except Exception:  # any exception is a rejection; which one differs between the two
        return ("rejected", None)


def both(table: _tables.Table, row: object) -> tuple[tuple[str, object], tuple[str, object]]:
    generated = structurer(table.record)
    conv = converter()
    cls = table.record_class
    return outcome(generated, row), outcome(lambda r: conv.structure(r, cls), row)


@pytest.mark.parametrize("table", _tables.TABLES, ids=lambda t: t.name)
def test_every_bundled_record_is_read_alike(table: _tables.Table) -> None:
    rows = json.loads((DATA / table.file).read_text("utf-8"))
    for row in rows:
        generated, cattrs_ = both(table, row)
        assert generated[0] == cattrs_[0] == "ok"
        assert generated[1] == cattrs_[1]


def variants(row: dict[str, Any]) -> list[dict[str, Any]]:
    out = [{**row, "unexpected": 1}]
    for key, value in row.items():
        out.append({k: v for k, v in row.items() if k != key})
        for wrong in WRONG_VALUES:
            if wrong != value:
                out.append({**row, key: wrong})
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for inner in variants(value[0])[:12]:
                out.append({**row, key: [inner, *value[1:]]})
    return out


@pytest.mark.parametrize("table", _tables.TABLES, ids=lambda t: t.name)
def test_broken_records_are_rejected_alike(table: _tables.Table) -> None:
    rows = json.loads((DATA / table.file).read_text("utf-8"))
    checked = 0
    for row in rows[:3]:
        for variant in variants(row):
            generated, cattrs_ = both(table, variant)
            assert generated[0] == cattrs_[0], (table.name, variant)
            if generated[0] == "ok":
                assert generated[1] == cattrs_[1]
            checked += 1
    assert checked > 30

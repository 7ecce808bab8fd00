"""Generate ``src/untoc/_structure/_*.py``: one strict structuring function per record class.

The store structures the bundled JSON with these plain functions instead of building a cattrs
converter at run time (which compiles code for every class on the first query). They are
written from the model's attrs fields and types, mirror the strict cattrs converter of
``untoc.exports`` rule for rule, and ``tests/test_structure.py`` checks both that this output
is current and that the two agree on every bundled record and on broken ones.

Run: ``python tools/gen_structure.py`` (part of ``make generate``); ``--check`` exits 1 if a
generated file is out of date.
"""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "untoc" / "_structure"

sys.path.insert(0, str(ROOT / "src"))

import untoc.model  # noqa: E402
from untoc._tables import TABLES  # noqa: E402
from untoc.model._base import Titles  # noqa: E402

HEADER = '''"""Structuring functions for ``untoc.model.{module}``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations
'''


def namespace() -> dict[str, Any]:
    return untoc.model.type_namespace()


def classes() -> list[type]:
    """Every record class reachable from the tables, through fields that data files hold."""
    seen: list[type] = []
    todo = [t.record_class for t in TABLES]
    while todo:
        cls = todo.pop(0)
        if cls in seen:
            continue
        seen.append(cls)
        hints = untoc.model.type_hints(cls)
        for field in stored_fields(cls):
            todo += [t for t in flatten(hints[field.name]) if attrs.has(t)]
    return seen


def stored_fields(cls: type) -> list[Any]:
    return [f for f in attrs.fields(cls) if not f.metadata.get("composed")]


def flatten(tp: Any) -> list[Any]:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType, tuple):
        return [x for a in args if a is not Ellipsis for x in flatten(a)]
    return [tp]


class Module:
    """One generated module: its imports, constants and functions."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.models: set[str] = set()
        self.runtime: set[str] = {"missing", "obj"}
        self.siblings: dict[str, set[str]] = {}
        self.constants: list[str] = []
        self.functions: list[str] = []

    def structurer(self, cls: type) -> str:
        home = untoc.model._HOMES[cls.__name__]
        name = f"structure_{cls.__name__}"
        if home != self.name:
            self.siblings.setdefault(home, set()).add(name)
        return name

    def check(self, tp: Any, value: str, field: str, owner: str) -> str:
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        simple = {str: "s", int: "i", bool: "b", dt.date: "d", Titles: "titles"}
        if tp in simple:
            self.runtime.add(simple[tp])
            return f"{simple[tp]}({value}, {field!r})"
        if origin is typing.Literal:
            constant = f"_{owner.upper()}_{field.upper()}"
            self.constants.append(f"{constant} = frozenset({sorted(args)!r})")
            self.runtime.add("lit")
            return f"lit({value}, {constant}, {field!r})"
        if origin in (typing.Union, types.UnionType) and type(None) in args:
            (inner,) = [a for a in args if a is not type(None)]
            return f"(None if {value} is None else {self.check(inner, value, field, owner)})"
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            if args[0] is str:
                self.runtime.add("strs")
                return f"strs({value}, {field!r})"
            if attrs.has(args[0]):
                self.runtime.add("recs")
                return f"recs({value}, {self.structurer(args[0])}, {field!r})"
        if attrs.has(tp):
            self.runtime.add("rec")
            return f"rec({value}, {self.structurer(tp)}, {field!r})"
        raise TypeError(f"{owner}.{field}: no structuring rule for {tp!r}")

    def add(self, cls: type) -> None:
        hints = untoc.model.type_hints(cls)
        self.models.add(cls.__name__)
        fields = stored_fields(cls)
        keys = f"_{cls.__name__.upper()}_KEYS"
        self.constants.append(f"{keys} = frozenset({sorted(f.name for f in fields)!r})")
        lines = [
            f"def structure_{cls.__name__}(value: object) -> {cls.__name__}:",
            f'    """A :class:`~untoc.model.{cls.__name__}` from its JSON object."""',
            f"    o = obj(value, {keys})",
            "    try:",
            f"        return {cls.__name__}(",
        ]
        for field in fields:
            value = f'o["{field.name}"]'
            expression = self.check(hints[field.name], value, field.name, cls.__name__)
            if field.default is not attrs.NOTHING:
                expression = f'{expression} if "{field.name}" in o else {default(field)}'
            lines.append(f"            {field.name}={expression},")
        lines += [
            "        )",
            "    except KeyError as error:",
            "        raise missing(error) from None",
        ]
        self.functions.append("\n".join(lines))

    def source(self) -> str:
        parts = [HEADER.format(module=self.name)]
        parts.append(f"from ..model.{self.name} import {', '.join(sorted(self.models))}")
        for sibling, names in sorted(self.siblings.items()):
            parts.append(f"from .{sibling} import {', '.join(sorted(names))}")
        runtime = sorted(self.runtime, key=lambda n: (not n.isupper(), n))
        parts.append(f"from ._runtime import {', '.join(runtime)}")
        parts.append("")
        parts += self.constants
        parts.append("")
        for function in self.functions:
            parts += ["", function, ""]
        return "\n".join(parts)


def default(field: Any) -> str:
    value = field.default
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        if value.factory is Titles:
            return "EMPTY_TITLES"
        raise TypeError(f"{field.name}: no generated default for factory {value.factory!r}")
    return repr(value)


def render() -> dict[Path, str]:
    modules: dict[str, Module] = {}
    for cls in classes():
        home = untoc.model._HOMES[cls.__name__]
        modules.setdefault(home, Module(home)).add(cls)
    for module in modules.values():
        if "EMPTY_TITLES" in "".join(module.functions):
            module.runtime.add("EMPTY_TITLES")
    texts = {OUT / f"{name}.py": module.source() for name, module in sorted(modules.items())}
    return {path: formatted(text) for path, text in texts.items()}


def formatted(text: str) -> str:
    """The text as ``ruff format`` leaves it, so the check does not depend on formatting."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", "gen.py", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def main(argv: list[str]) -> int:
    importlib.invalidate_caches()
    files = render()
    if "--check" in argv:
        stale = [p.name for p, text in files.items() if not p.exists() or p.read_text() != text]
        if stale:
            print(f"out of date: {', '.join(stale)}; run python tools/gen_structure.py")
            return 1
        return 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} modules to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

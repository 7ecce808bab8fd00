"""The public face: about 45 names, written once, each resolving to what the package exposes."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

import untoc
import untoc.model

SRC = Path(untoc.__file__).parent


def static_names(path: Path) -> set[str]:
    """Names a module re-exports for type checkers (its ``if TYPE_CHECKING:`` imports)."""
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in ast.walk(node):
                if isinstance(statement, ast.ImportFrom):
                    names |= {alias.asname or alias.name for alias in statement.names}
                elif isinstance(statement, ast.AnnAssign) and isinstance(
                    statement.target, ast.Name
                ):
                    names.add(statement.target.id)
    return names


def test_all_is_what_the_package_exposes() -> None:
    assert sorted(dir(untoc)) == sorted(untoc.__all__)
    assert set(untoc.__all__) == static_names(SRC / "__init__.py")
    assert len(untoc.__all__) == len(set(untoc.__all__))


def test_the_model_names_are_written_once_too() -> None:
    assert set(untoc.model.__all__) == static_names(SRC / "model" / "__init__.py")


@pytest.mark.parametrize("name", untoc.__all__)
def test_every_public_name_resolves(name: str) -> None:
    value = getattr(untoc, name)
    assert not inspect.ismodule(value), f"untoc.{name} is a module"
    if name != "__version__":
        assert value.__module__ == "untoc", name


def test_exported_objects_say_untoc_however_they_were_first_reached() -> None:
    # A fresh process that imports the defining modules directly, never untoc's attributes.
    code = (
        "import importlib, untoc\n"
        "wrong = [n for n, home in untoc._EXPORTS.items()\n"
        "         if getattr(importlib.import_module('untoc.' + home), n).__module__ != 'untoc']\n"
        "print(wrong)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_unknown_attributes() -> None:
    with pytest.raises(AttributeError, match="no attribute 'party'"):
        _ = untoc.party


def test_names_resolve_in_any_order() -> None:
    # Importing a module first must not shadow a public function of the same family.
    code = (
        "import untoc.membership, untoc.fulltext, untoc.report, untoc.exports\n"
        "import untoc\n"
        "assert callable(untoc.parties) and callable(untoc.search) and callable(untoc.coverage)\n"
        "print(untoc.party_count('convention', as_of='2005-03-04'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "100"


def test_the_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    assert untoc.__version__ == version("untoc")
    text = (SRC.parent.parent / "pyproject.toml").read_text("utf-8")
    assert f'version = "{untoc.__version__}"' in text


def test_help_starts_with_a_guide() -> None:
    text = untoc.__doc__ or ""
    assert text.splitlines()[0].startswith("untoc: the UN Convention")
    assert "session(12)" in text and "party_count" in text and "to_sqlite" in text


def test_no_module_imports_another_modules_private_names() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = (path.parent / "/".join([".."] * (node.level - 1))).resolve()
                for alias in node.names:
                    is_module = any((base / f"{alias.name}{ext}").exists() for ext in (".py", ""))
                    if (
                        alias.name.startswith("_")
                        and not alias.name.startswith("__")
                        and not is_module
                    ):
                        offenders.append(f"{path.relative_to(SRC)}: {alias.name}")
    assert offenders == []


@pytest.mark.parametrize(
    ("call", "old", "new"),
    [
        (lambda: untoc.party_count(instrument_key="convention"), "instrument_key", "instrument"),  # type: ignore[call-arg]
        (lambda: untoc.parties(instrument_key="convention"), "instrument_key", "instrument"),  # type: ignore[call-arg]
        (lambda: untoc.participants(instrument_key="convention"), "instrument_key", "instrument"),  # type: ignore[call-arg]
        (
            lambda: untoc.stated_party_counts(instrument_key="convention"),  # type: ignore[call-arg]
            "instrument_key",
            "instrument",
        ),
        (lambda: untoc.participation_summary(session_key=12), "session_key", "session"),  # type: ignore[call-arg]
    ],
)
def test_a_renamed_parameter_still_works_and_says_what_to_write(
    call: Any, old: str, new: str
) -> None:
    warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
    with pytest.warns(
        DeprecationWarning, match=rf"\({old}=\.\.\.\) is deprecated .*\({new}=\.\.\.\)"
    ):
        answer = call()
    assert answer


def test_a_parameter_and_its_old_name_together_are_refused() -> None:
    with pytest.raises(untoc.InvalidTypeError, match="takes instrument=, not both"):
        untoc.party_count("convention", instrument_key="convention")  # type: ignore[call-arg]
    with pytest.raises(untoc.InvalidTypeError, match=r"session\(\) takes key=, not both"):
        untoc.session(12, number=12)  # type: ignore[call-arg]
    with pytest.raises(untoc.InvalidTypeError, match="takes instrument=, not both"):
        untoc.party_count(instrument="convention", instrument_key="convention")  # type: ignore[call-arg]


# The line a deprecation warning names: this file's; under `make mutation`, mutmut's trampoline,
# which wraps every function in one more frame.
CALLER = ([Path(__file__).name], ["trampoline.py"])


def test_an_old_name_answers_as_the_new_and_warns_the_line_that_used_it() -> None:
    with pytest.warns(DeprecationWarning, match="instrument_key=") as caught:
        old = untoc.party_count(instrument_key="firearms-protocol", as_of="2008-09-26")  # type: ignore[call-arg]
    assert old == untoc.party_count("firearms-protocol", as_of="2008-09-26")
    assert [Path(w.filename).name for w in caught] in CALLER
    with pytest.warns(DeprecationWarning, match="number=") as caught:
        assert untoc.session(number="COP12") is untoc.session(12)  # type: ignore[call-arg]
    assert [Path(w.filename).name for w in caught] in CALLER
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new names, by keyword, warn of nothing
        assert untoc.session(key=12) is untoc.session(12)
        assert untoc.parties(instrument="convention", as_of="2003-09-29")
    with pytest.raises(TypeError, match="key"):
        untoc.session()  # type: ignore[call-arg]


def test_one_name_per_concept() -> None:
    for function in (
        untoc.party_count,
        untoc.parties,
        untoc.participants,
        untoc.stated_party_counts,
    ):
        assert next(iter(inspect.signature(function).parameters)) == "instrument"
    assert list(inspect.signature(untoc.participation_summary).parameters) == ["session"]
    assert "session" in inspect.signature(untoc.resolutions).parameters
    assert "instrument" in inspect.signature(untoc.resolutions).parameters


# The parameters of every public function of untoc 0.6.0 (read from the release commit
# 59dc868), which code written against 0.6.0 may pass by name.
PARAMETERS_0_6_0: dict[str, tuple[str, ...]] = {
    "bodies": (),
    "body": ("key",),
    "cite": ("record",),
    "conference": (),
    "coverage": (),
    "data_info": (),
    "events": ("session",),
    "instrument": ("key",),
    "instruments": (),
    "load_json": ("text", "table"),
    "meetings": ("body", "year", "kind"),
    "observances": (),
    "participant": ("key",),
    "participants": ("instrument_key",),
    "participation_summary": ("session_key",),
    "parties": ("instrument_key", "as_of"),
    "party_count": ("instrument_key", "as_of"),
    "resolution": ("symbol",),
    "resolutions": ("session", "topic", "kind", "instrument"),
    "resolutions_by_topic": ("key",),
    "search": ("query", "limit"),
    "session": ("number",),
    "sessions": (),
    "source": ("source_id",),
    "sources": (),
    "stated_party_counts": ("instrument_key",),
    "statements": ("session",),
    "to_csv": ("what",),
    "to_json": ("table",),
    "to_pandas": ("what",),
    "to_sqlite": ("path",),
    "topic": ("key",),
    "topics": (),
}


@pytest.mark.parametrize("name", sorted(PARAMETERS_0_6_0))
def test_every_parameter_of_0_6_0_is_still_accepted(name: str) -> None:
    function = getattr(untoc, name)
    now = set(inspect.signature(function).parameters)
    renamed = getattr(function, "__renamed__", {})
    for parameter in PARAMETERS_0_6_0[name]:
        assert parameter in now or renamed.get(parameter) in now, (name, parameter)


@pytest.mark.parametrize(
    ("call", "old", "new"),
    [
        (lambda: untoc.session(number=12), "number", "key"),  # type: ignore[call-arg]
        (lambda: untoc.resolution(symbol="12/4"), "symbol", "key"),  # type: ignore[call-arg]
        (
            lambda: untoc.source(source_id="unodc-2024-10-18-cop12-four-resolutions"),  # type: ignore[call-arg]
            "source_id",
            "key",
        ),
        (lambda: untoc.cite(record=untoc.session(12)), "record", "answer"),  # type: ignore[call-arg]
    ],
)
def test_a_lookup_called_by_its_0_6_parameter_name_still_answers(
    call: Any, old: str, new: str
) -> None:
    with pytest.warns(
        DeprecationWarning, match=rf"\({old}=\.\.\.\) is deprecated .*\({new}=\.\.\.\)"
    ):
        assert call()


def test_the_index_0_6_participants_carried_still_reads_instrument_names() -> None:
    italy = untoc.participant("Italy")
    with pytest.warns(DeprecationWarning, match=r"instrument_keys is deprecated since untoc 0\.7"):
        names = italy.instrument_keys
    assert names.resolve("Firearms Protocol") == "firearms-protocol"
    with pytest.raises(untoc.NotFoundError):
        names.resolve("Kyoto Protocol")

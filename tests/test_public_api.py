"""The public face: every name in __all__ resolves, is documented, and import stays cheap."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import untoc


@pytest.mark.parametrize("name", untoc.__all__)
def test_every_public_name_resolves_and_has_a_docstring(name: str) -> None:
    value = getattr(untoc, name)
    if name in {"__version__", "DATA_VERSION", "MEASURES"}:
        return
    assert inspect.getdoc(value), f"{name} has no docstring"
    assert not inspect.ismodule(value), f"untoc.{name} is shadowed by a submodule"


def test_public_methods_are_documented() -> None:
    for name in untoc.__all__:
        value = getattr(untoc, name)
        if not inspect.isclass(value):
            continue
        for attr, member in vars(value).items():
            if attr.startswith("_") or (not callable(member) and not isinstance(member, property)):
                continue
            assert inspect.getdoc(member), f"{name}.{attr} has no docstring"


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = untoc.nope  # type: ignore[attr-defined]
    assert "session" in dir(untoc)


def test_import_is_lazy() -> None:
    code = (
        "import sys, untoc\n"
        "heavy = [m for m in ('attrs', 'cattrs', 'json', 'untoc.model', 'untoc._store',"
        " 'pandas', 'importlib.metadata') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_names_resolve_in_any_order() -> None:
    # A submodule imported first must not shadow a function of the same family.
    code = (
        "import untoc\n"
        "untoc.IncompleteDataWarning\n"
        "import untoc.membership, untoc.exports\n"
        "assert callable(untoc.parties) and callable(untoc.export)\n"
        "print(untoc.party_count('convention', as_of=__import__('datetime').date(2005, 3, 4)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "100"


def test_versions() -> None:
    assert untoc.__version__.count(".") == 2
    assert untoc.data_info().version == untoc.DATA_VERSION

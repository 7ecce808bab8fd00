"""Test set-up: the network is blocked (untoc never uses it), and broken data copies on demand."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import untoc
from untoc import _store

DATA = Path(untoc.__file__).parent / "data"
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if self.family == socket.AF_UNIX or (
        isinstance(address, tuple) and str(address[0]) in {"127.0.0.1", "::1", "localhost"}
    ):
        _real_connect(self, address)
        return
    raise OSError(f"network access attempted during tests: {address!r}")


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign,assignment]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


UNDER_MUTATION = "mutants" in Path(untoc.__file__).parts
"""Whether mutmut runs the suite on its mutated copy (make mutation)."""


@pytest.fixture(autouse=True, scope="module")
def _fresh_store() -> None:
    """Each test module starts from unloaded data, so that no answer is served from a cache
    filled before it ran."""
    _store.reset()
    return


@pytest.fixture(autouse=True)
def _fresh_store_under_mutation() -> None:
    """Under mutation testing every test starts from unloaded data: mutmut runs only the tests
    that reached a mutated function, and a cached answer would hide the mutant from them."""
    if UNDER_MUTATION:
        _store.reset()
    return


class DataCopy:
    """A copy of the bundled data that the store reads instead; edit it to break it.

    An edit re-signs the manifest (its digest for the file), as a build would, so that what is
    tested is the loader's reading of the new content; ``signed=False`` leaves the manifest
    alone, as a silent edit of an installed file would.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def rows(self, name: str) -> Any:
        return json.loads((self.root / name).read_text("utf-8"))

    def edit(self, name: str, change: Callable[[Any], object], *, signed: bool = True) -> None:
        """Change the parsed file in place (the callable's return value is ignored)."""
        rows = self.rows(name)
        change(rows)
        self.write(name, json.dumps(rows), signed=signed)

    def write(self, name: str, text: str | bytes, *, signed: bool = True) -> None:
        path = self.root / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
        if signed and name != "manifest.json":
            self.sign(name)
        _store.reset()  # the next query reads the changed files

    def sign(self, name: str) -> None:
        """Write the file's current digest into the manifest."""
        manifest_path = self.root / "manifest.json"
        manifest = json.loads(manifest_path.read_text("utf-8"))
        manifest["files"][name] = _store.digest((self.root / name).read_bytes())
        manifest_path.write_text(json.dumps(manifest), "utf-8")


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DataCopy]:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    monkeypatch.setattr(_store, "data_root", lambda: root)
    _store.reset()
    yield DataCopy(root)
    monkeypatch.undo()
    _store.reset()

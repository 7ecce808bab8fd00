"""Test set-up: the suite runs with the network blocked, to prove untoc never uses it."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> None:
    if self.family == socket.AF_UNIX or (
        isinstance(address, tuple) and str(address[0]) in {"127.0.0.1", "::1", "localhost"}
    ):
        _real_connect(self, address)  # type: ignore[arg-type]
        return
    raise OSError(f"network access attempted during tests: {address!r}")


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]

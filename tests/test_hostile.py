"""Every public function and method, given arbitrary arguments, answers or raises one of untoc's
documented errors, never a bare Python error, and never takes more than a second (issue #19)."""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import untoc

KEYS = [
    "convention",
    "Firearms Protocol",
    "XVIII-12-c",
    "12",
    "COP12",
    "twelfth",
    "12/4",
    "Resolution 12/4",
    "6/1",
    "firearms",
    "environment",
    "Italy",
    "ITA",
    "Türkiye",
    "WG TIP",
    "resolution",
    "decision",
    "participants",
    "states",
    "sessions",
    "participants",
    "2015-01-01",
    "2024-10-14",
    "unodc-2024-10-18-cop12-four-resolutions",
    "resolution-12-4",
    "",
    " ",
    "x" * 300,
]
"""Real keys in the forms people write them, mixed with near misses."""

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(KEYS),
    st.dates(),
    st.datetimes(),
    st.binary(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from([object(), int, Path("x"), 1j, frozenset({1})]),
)

FUNCTIONS = {
    name: value
    for name in untoc.__all__
    if callable(value := getattr(untoc, name)) and not isinstance(value, type)
}
WRITES_FILES = {"to_sqlite", "to_datapackage"}

SLOW = 1.0
"""Seconds any single call may take once the data is loaded."""


def _warm_up() -> None:
    from untoc import _store

    _store.get().load_all()
    untoc.search("firearms")
    untoc.coverage()
    untoc.participation_summary()
    untoc.to_json()
    untoc.to_pandas("sessions")


def _call(function: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> None:
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
        with contextlib.suppress(untoc.UntocError):  # documented errors are answers too
            function(*args, **kwargs)
    took = time.perf_counter() - start
    assert took < SLOW, f"{function.__name__}{tuple(args)} took {took:.2f} s"


def _arguments(
    function: Callable[..., Any], data: st.DataObject
) -> tuple[list[Any], dict[str, Any]]:
    """Arguments that fit the signature (so that only the values are hostile)."""
    parameters = list(inspect.signature(function).parameters.values())
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        optional = parameter.default is not parameter.empty
        if optional and data.draw(st.booleans()):
            continue
        value = data.draw(ANYTHING, label=parameter.name)
        if parameter.kind is parameter.KEYWORD_ONLY or (optional and kwargs):
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


@pytest.fixture(scope="module", autouse=True)
def _loaded() -> None:
    _warm_up()


@pytest.mark.parametrize("name", sorted(set(FUNCTIONS) - WRITES_FILES))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_public_function_answers_or_raises_a_documented_error(
    name: str, data: st.DataObject
) -> None:
    function = FUNCTIONS[name]
    args, kwargs = _arguments(function, data)
    _call(function, args, kwargs)


@settings(max_examples=40, deadline=None)
@given(name=st.one_of(st.text(max_size=20), st.sampled_from(["x.sqlite", "", " ", "a/b", "\0"])))
def test_to_sqlite_with_any_name_inside_a_folder(name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _call(untoc.to_sqlite, [str(Path(folder) / name) if name else name], {})


@settings(max_examples=15, deadline=None)
@given(name=st.one_of(st.text(max_size=20), st.sampled_from(["p", "", " ", "a/b", "\0"])))
def test_to_datapackage_with_any_name_inside_a_folder(name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _call(untoc.to_datapackage, [str(Path(folder) / name) if name else name], {})


def _methods() -> dict[str, Callable[..., Any]]:
    cop12 = untoc.session(12)
    return {
        "Participation.get": cop12.participation.get,
        "Participation.all": cop12.participation.all,
        "Session.stated_count": cop12.stated_count,
        "Session.held_count": cop12.held_count,
        "Participant.action": untoc.participant("ITA").action,
        "Participant.is_party": untoc.participant("ITA").is_party,
        "Observance.date_in": untoc.observances()[0].date_in,
        "Observance.theme_in": untoc.observances()[0].theme_in,
        "Observance.is_observed_in": untoc.observances()[0].is_observed_in,
        "ParticipationSummary.row": untoc.participation_summary().row,
        "ParticipationSummary.high": untoc.participation_summary().high,
        "Coverage.session": untoc.coverage().session,
        "Action.is_party_on": untoc.participant("ITA").actions[0].is_party_on,
        "Action.may_be_party_on": untoc.participant("ITA").actions[0].may_be_party_on,
        "Records.__getitem__": untoc.sessions().__getitem__,
        "SearchResults.__getitem__": untoc.search("firearms").__getitem__,
    }


@pytest.mark.parametrize("name", sorted(_methods()))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_public_method_answers_or_raises_a_documented_error(
    name: str, data: st.DataObject
) -> None:
    method = _methods()[name]
    if name.endswith("__getitem__"):
        index = data.draw(st.one_of(ANYTHING, st.slices(20)))
        with contextlib.suppress(IndexError, TypeError):  # a sequence's own contract
            method(index)
        return
    args, kwargs = _arguments(method, data)
    _call(method, args, kwargs)


def test_a_bool_is_not_a_flag_s_lookalike() -> None:
    participation = untoc.session(12).participation
    for wrong in ("no", 0, 1, None, "yes"):
        with pytest.raises(untoc.InvalidTypeError, match="include_expected must be a bool"):
            participation.get("participants", include_expected=wrong)  # type: ignore[arg-type]
    assert participation.get("participants", include_expected=True) is not None


def test_exporters_refuse_a_mixed_collection_naming_both_kinds() -> None:
    mixed = untoc.sessions()[:2] + untoc.resolutions()[:2]
    for export in (untoc.to_csv, untoc.to_pandas):
        with pytest.raises(untoc.InvalidArgumentError, match="mixes Resolution and Session"):
            export(mixed)


def test_a_date_is_a_date_not_a_datetime() -> None:
    with pytest.raises(untoc.InvalidTypeError, match=r"not a datetime\.datetime"):
        untoc.party_count("convention", as_of=dt.datetime(2015, 1, 1))

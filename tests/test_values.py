"""Every public object travels like a value: pickles, copies and deep-copies to an equal object,
and hashes when frozen (issue #10)."""

from __future__ import annotations

import copy
import datetime
import pickle
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pytest

import untoc
from untoc.fulltext import SearchHit
from untoc.membership import party_table
from untoc.model import FrozenMap, Titles
from untoc.summary import ParticipationSummary


def objects() -> list[tuple[str, Any]]:
    cop12 = untoc.session(12)
    return [
        ("session", cop12),
        ("sessions", untoc.sessions()),
        ("participation", cop12.participation),
        ("figure", cop12.participation.participants),
        ("adopted count", cop12.texts_adopted[0]),
        ("person", cop12.president),
        ("resolution", untoc.resolution("12/4")),
        ("titles", untoc.resolution("12/4").titles),
        ("discrepancy", untoc.session(1).discrepancies[0]),
        ("topic", untoc.topic("firearms")),
        ("instrument", untoc.instrument("convention")),
        ("participant", untoc.participant("ITA")),
        ("action", untoc.participant("ITA").actions[0]),
        ("stated count", untoc.stated_party_counts()[0]),
        ("exact count", untoc.party_count("convention", as_of="2005-03-04")),
        ("lower bound", untoc.party_count("convention")),
        ("party table", party_table("convention")),
        ("event", untoc.events()[0]),
        ("attendee", next(e for e in untoc.events() if e.attendees).attendees[0]),
        ("observance", untoc.observances()[0]),
        ("theme", untoc.observances()[0].themes[0]),
        ("statement", untoc.statements()[0]),
        ("conference", untoc.conference()),
        ("source", untoc.sources()[0]),
        ("data info", untoc.data_info()),
        ("search results", untoc.search("firearms")),
        ("no search results", untoc.search("firarms")),
        ("search hit", untoc.search("firearms")[0]),
        ("summary", untoc.participation_summary()),
        ("coverage", untoc.coverage()),
        ("error", untoc.NotFoundError("topic", "x", ("y",), "z")),
    ]


@pytest.mark.parametrize(("name", "value"), objects(), ids=[n for n, _ in objects()])
def test_pickle_copy_deepcopy(name: str, value: Any) -> None:
    for clone in (
        pickle.loads(pickle.dumps(value)),
        copy.copy(value),
        copy.deepcopy(value),
    ):
        if isinstance(value, Exception):
            assert str(clone) == str(value)
            continue
        assert clone == value
        assert type(clone) is type(value)


@pytest.mark.parametrize(("name", "value"), objects(), ids=[n for n, _ in objects()])
def test_hash(name: str, value: Any) -> None:
    if isinstance(value, Exception):
        return
    assert hash(pickle.loads(pickle.dumps(value))) == hash(value)


def test_unpickled_search_results_keep_their_suggestions() -> None:
    none = untoc.search("firarms")
    assert (
        pickle.loads(pickle.dumps(none)).suggestions == none.suggestions == ("firearms", "firearm")
    )


def test_a_participant_from_another_process_still_takes_forgiving_keys() -> None:
    turkey = pickle.loads(pickle.dumps(untoc.participant("TUR")))
    assert turkey.action("Firearms Protocol") == untoc.participant("TUR").action(
        "firearms-protocol"
    )


def test_helper_results_are_values_too() -> None:
    assert isinstance(untoc.participation_summary(), ParticipationSummary)
    assert isinstance(untoc.search("firearms")[0], SearchHit)


# Nothing reachable from an answer can be changed (issue #17) ---------------------------------

IMMUTABLE_LEAVES = (str, int, float, bool, type(None), datetime.date)


def reachable(value: object, seen: set[int] | None = None) -> Iterator[object]:
    """Every object an answer reaches through its fields, items and values."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, IMMUTABLE_LEAVES):
        return
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from reachable(getattr(value, field.name), seen)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from reachable(key, seen)
            yield from reachable(item, seen)
    elif isinstance(value, (tuple, frozenset)):
        for item in value:
            yield from reachable(item, seen)


def test_nothing_reachable_from_an_answer_can_be_mutated() -> None:
    checked = 0
    for name, answer in objects():
        if isinstance(answer, Exception):
            continue
        for part in reachable(answer):
            checked += 1
            assert not isinstance(part, (list, dict, set, bytearray)), (name, type(part))
            assert not hasattr(part, "__dict__") or isinstance(part, type), (name, type(part))
            if attrs.has(type(part)):
                field = attrs.fields(type(part))[0].name  # type: ignore[arg-type]
                with pytest.raises(AttributeError):
                    setattr(part, field, None)
            elif isinstance(part, Mapping):
                assert isinstance(part, FrozenMap), (name, type(part))
    assert checked > 2000  # the walk reaches every kind of part, not a handful


def test_a_record_built_by_hand_keeps_tuples_and_refuses_other_collections() -> None:
    session = untoc.session(12)
    changed = attrs.evolve(session, sources=["a", "b"])  # type: ignore[arg-type]
    assert changed.sources == ("a", "b")
    assert hash(changed) != hash(session)
    for wrong in ("ab", {"a"}, {"a": 1}, None, 3):
        with pytest.raises(untoc.InvalidTypeError, match="expected a list or a tuple"):
            attrs.evolve(session, sources=wrong)  # type: ignore[arg-type]
    text = untoc.resolution("12/4")
    titles = attrs.evolve(text, titles={"fr": "Titre"}).titles
    assert isinstance(titles, Titles) and titles["fr"] == "Titre"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"number": 0}, "Session.number must be at least 1, not 0"),
        ({"number": True}, "Session.number must be an int, not bool"),
        ({"end": datetime.date(2024, 10, 1)}, "Session.end (2024-10-01) is before start"),
        ({"format": "online"}, "Session.format must be one of 'hybrid', 'in person'"),
        ({"city": " "}, "Session.city must be a non-empty string"),
    ],
)
def test_a_record_built_by_hand_obeys_the_model(change: dict[str, Any], problem: str) -> None:
    with pytest.raises((untoc.InvalidArgumentError, untoc.InvalidTypeError)) as info:
        attrs.evolve(untoc.session(12), **change)
    assert str(info.value).startswith(problem)


def test_types_stay_as_the_class_was_created() -> None:
    number = attrs.fields(untoc.Session).number
    assert number.type is int
    untoc.to_json("sessions")
    untoc.load_json(untoc.to_json("sessions"), table="sessions")
    assert attrs.fields(untoc.Session).number is number and number.type is int
    resolved = attrs.resolve_types(untoc.Session)  # attrs' own defaults suffice
    assert resolved is untoc.Session
    assert attrs.fields(untoc.Session).resolutions.type == tuple[untoc.Resolution, ...]

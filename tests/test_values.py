"""Every public object travels like a value: pickles, copies and deep-copies to an equal object,
and hashes when frozen (issue #10)."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

import untoc
from untoc.fulltext import SearchHit
from untoc.membership import party_table
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

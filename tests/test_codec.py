"""The decoder of shipped files and the strict converter: what each refuses, in exact words,
and what the decoder keeps once (issue #17)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import untoc
from untoc import _codec, _store
from untoc._codec import Invalid, decoder
from untoc.model import Participant, Session

DataCopy = Any


def session_row() -> dict[str, Any]:
    rows: list[dict[str, Any]] = json.loads(untoc.to_json("sessions"))
    return rows[-1]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda r: r.update(start="20241014"),
            "start: expected a date 'YYYY-MM-DD', got '20241014'",
        ),
        (
            lambda r: r.update(start="2024-02-30"),
            "start: expected a date 'YYYY-MM-DD', got '2024-02-30'",
        ),
        (lambda r: r.update(start=20241014), "start: expected a date 'YYYY-MM-DD', got 20241014"),
        (lambda r: r.update(end=None), "end: expected a date 'YYYY-MM-DD', got None"),
        (lambda r: r.update(texts_adopted=5), "texts_adopted: expected an array"),
        (lambda r: r.update(texts_adopted=None), "texts_adopted: expected an array"),
        (lambda r: r.update(sources=["x", 5]), "sources: expected an array of strings"),
        (lambda r: r.update(texts_adopted=[5]), "texts_adopted[0]: expected an object, got int"),
        (
            lambda r: r["texts_adopted"][0].update(kind="law"),
            "texts_adopted[0]: AdoptedCount.kind must be one of 'decision', 'resolution', "
            "'text', not 'law'",
        ),
        (lambda r: r.update(president=[]), "president: expected an object, got list"),
        (lambda r: r.update(colour=1, shade=2), "unknown field(s) 'colour', 'shade'"),
        (lambda r: r.pop("city"), "city: is required but missing"),
        (lambda r: (r.pop("city"), r.pop("start")), "start, city: is required but missing"),
    ],
)
def test_the_decoder_says_where_and_what(change: Any, message: str) -> None:
    row = session_row()
    change(row)
    with pytest.raises(Invalid) as info:
        decoder(Session)(row)
    assert str(info.value) == message


def test_the_decoder_reads_a_row_as_the_converter_does() -> None:
    row = session_row()
    assert decoder(Session)(row) == _codec.structure(row, Session)
    assert decoder(Session)(row).start == dt.date(2024, 10, 14)
    participant = json.loads(untoc.to_json("participants"))[0]
    assert decoder(Participant)(participant) == _codec.structure(participant, Participant)
    with pytest.raises(Invalid) as info:
        decoder(Session)([row])
    assert str(info.value) == "expected an object, got list"


def test_a_nested_date_is_named_by_its_path() -> None:
    row = json.loads(untoc.to_json("participants"))[0]
    row["actions"][1]["signature"] = "2000-13-01"
    with pytest.raises(Invalid) as info:
        decoder(Participant)(row)
    assert str(info.value) == "actions[1].signature: expected a date 'YYYY-MM-DD', got '2000-13-01'"


def test_keys_and_choices_are_kept_once_in_memory() -> None:
    _store.reset()
    italy, france = untoc.participant("ITA"), untoc.participant("FRA")
    assert italy.actions[0].instrument is france.actions[0].instrument
    assert italy.actions[0].sources[0] is france.actions[0].sources[0]
    assert italy.actions[0].consent_kind is france.actions[1].consent_kind
    texts = untoc.resolutions()
    firearms = [t for t in texts if "firearms" in t.topics]
    first, second = (t.topics[t.topics.index("firearms")] for t in firearms[:2])
    assert first is second


def test_dates_are_parsed_once() -> None:
    _store.reset()
    cop11, cop12 = untoc.session(11), untoc.session(12)
    same = [p.start for p in untoc.participants() for p in ()]
    assert cop11.start != cop12.start and same == []
    actions = [
        a for p in untoc.participants() for a in p.actions if a.consent == dt.date(2003, 9, 29)
    ]
    assert len(actions) > 1 and all(a.consent is actions[0].consent for a in actions)


def test_the_converter_names_what_it_refuses() -> None:
    row = session_row()
    row["report_symbol"] = 7
    with pytest.raises(Invalid) as info:
        _codec.structure(row, Session)
    assert str(info.value) == "report_symbol: expected str, got int"
    row = session_row()
    row.pop("city")
    with pytest.raises(Invalid) as info:
        _codec.structure(row, Session)
    assert str(info.value) == "city: is required but missing"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"a": 1}', "expected a JSON array of records"),
        ('[{"city": "Vienna"}]', "malformed record"),
    ],
)
def test_a_file_read_for_its_keys_says_what_is_wrong(
    data_copy: DataCopy, text: str, problem: str
) -> None:
    data_copy.write("sessions.json", text)
    data_copy.edit("manifest.json", lambda m: m["counts"].update(sessions=1))
    with pytest.raises(untoc.DataError) as info:
        _store.get().keys_of("sessions")
    where = "sessions.json" if problem.startswith("expected") else "sessions.json, record #0"
    assert str(info.value) == f"invalid untoc data in {where}: {problem}"


def test_a_nested_record_a_field_requires_is_never_skipped() -> None:
    # No record of the bundled model has one yet; the decoder is generic over attrs classes.
    import attrs

    @attrs.frozen
    class Inner:
        name: str

    @attrs.frozen
    class Outer:
        inner: Inner
        maybe: Inner | None = None

    attrs.resolve_types(Outer, localns={"Inner": Inner})  # this module postpones annotations
    assert decoder(Outer)({"inner": {"name": "a"}}) == Outer(Inner("a"))
    assert decoder(Outer)({"inner": {"name": "a"}, "maybe": None}) == Outer(Inner("a"))
    with pytest.raises(Invalid) as info:
        decoder(Outer)({"inner": None})
    assert str(info.value) == "inner: expected an object, got NoneType"


def test_an_annotation_that_cannot_be_hashed_still_decodes() -> None:
    # typing.Annotated with a dict cannot be a key of the decoder's cache of field kinds.
    from typing import Annotated

    import attrs

    @attrs.frozen
    class Noted:
        name: Annotated[str, {"doc": "a name"}]

    attrs.resolve_types(Noted, localns={"Annotated": Annotated}, include_extras=True)
    assert decoder(Noted)({"name": "a"}) == Noted("a")
    with pytest.raises(Invalid, match="unknown field"):
        decoder(Noted)({"name": "a", "other": 1})

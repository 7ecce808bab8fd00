"""The model: figures keep their qualifiers, records are frozen, titles are read-only."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import untoc
from untoc import model
from untoc.model import Figure, StatedFigure, Titles


@pytest.mark.parametrize(
    ("figure", "text", "precision", "bounds"),
    [
        (Figure(1400), "1,400", "exact", (1400, 1400)),
        (Figure(1500, "more than"), "more than 1,500", "lower-bound", (1500, None)),
        (Figure(20, "over"), "over 20", "lower-bound", (20, None)),
        (Figure(50, "some"), "some 50", "approximate", (None, None)),
        (Figure(60, "almost"), "almost 60", "upper-bound", (None, 60)),
    ],
)
def test_figure_reads_as_stated(figure: Figure, text: str, precision: str, bounds: tuple) -> None:
    assert str(figure) == text
    assert figure.precision == precision
    assert figure.bounds == bounds
    assert figure.is_exact is (precision == "exact")


def test_stated_figure_says_record_and_expectation() -> None:
    record = StatedFigure(
        1400, "", session=12, measure="participants", stated_as_record=True, sources=("s",)
    )
    expected = StatedFigure(
        2000, "more than", session=13, measure="participants", status="expected", sources=("s",)
    )
    assert str(record) == "a record 1,400"
    assert str(expected) == "more than 2,000 (expected)"


def test_titles_is_an_immutable_hashable_mapping() -> None:
    titles = Titles({"es": "Armas de fuego", "en": "Firearms"})
    assert dict(titles) == {"en": "Firearms", "es": "Armas de fuego"}
    assert titles.default == "Firearms"
    assert Titles({"es": "x"}).default is None
    assert titles == {"en": "Firearms", "es": "Armas de fuego"}
    assert hash(titles) == hash(Titles([("en", "Firearms"), ("es", "Armas de fuego")]))
    with pytest.raises(AttributeError):
        titles._items = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        titles["fr"] = "Armes"  # type: ignore[index]


PUBLIC_CLASSES = [
    getattr(model, name) for name in model.__all__ if attrs.has(getattr(model, name, None))
]


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda c: c.__name__)
def test_every_public_class_is_frozen_and_slotted(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    params = cls.__attrs_attrs__  # type: ignore[attr-defined]
    assert params is not None
    assert attrs.has(cls)
    assert cls.__setattr__ is not object.__setattr__


def test_records_cannot_be_mutated() -> None:
    session = untoc.session(12)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        session.city = "Palermo"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        session.extra = 1  # type: ignore[attr-defined]
    assert isinstance(session.resolutions, tuple)
    assert isinstance(session.sources, tuple)
    resolution = session.resolutions[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        resolution.topics = ()  # type: ignore[misc]


def test_session_helpers() -> None:
    session = untoc.session(12)
    assert session.name == "COP12"
    assert session.ordinal == "twelfth"
    assert session.year == 2024
    assert session.days == 5
    assert str(session) == "COP12 (twelfth session), Vienna, 2024-10-14 to 2024-10-18"


def test_observance_dates() -> None:
    day = untoc.observances()[0]
    assert day.date_in(2030) == dt.date(2030, 11, 15)
    assert not day.is_observed_in(2023)
    assert day.is_observed_in(2024)

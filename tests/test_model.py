"""The model: figures keep their qualifiers, records are frozen, titles are read-only."""

from __future__ import annotations

import attrs
import pytest

import untoc
import untoc.model as model
from untoc.model import Figure, ParticipationFigure, Titles


@pytest.mark.parametrize(
    ("figure", "text", "precision", "bounds"),
    [
        (Figure(1400), "1,400", "exact", (1400, 1400)),
        (Figure(1500, "more than"), "more than 1,500", "lower-bound", (1500, None)),
        (Figure(20, "over"), "over 20", "lower-bound", (20, None)),
        (Figure(3, "at least"), "at least 3", "lower-bound", (3, None)),
        (Figure(50, "some"), "some 50", "approximate", (None, None)),
        (Figure(800, "around"), "around 800", "approximate", (None, None)),
        (Figure(60, "almost"), "almost 60", "upper-bound", (None, 60)),
        (Figure(50, "up to"), "up to 50", "upper-bound", (None, 50)),
    ],
)
def test_figures_read_as_stated(
    figure: Figure, text: str, precision: str, bounds: tuple[int | None, int | None]
) -> None:
    assert str(figure) == text
    assert figure.precision == precision
    assert figure.bounds == bounds
    assert figure.is_exact is (precision == "exact")


def test_a_figure_says_record_and_expectation() -> None:
    record = ParticipationFigure(
        1400,
        id="x",
        session=12,
        measure="participants",
        stated_as_record=True,
        record_sense="in-person",
        sources=("s",),
    )
    expected = ParticipationFigure(
        2000,
        "more than",
        id="y",
        session=13,
        measure="participants",
        status="expected",
        sources=("s",),
    )
    assert str(record) == "1,400 (a record, in-person)"
    assert str(expected) == "more than 2,000 (expected)"


def test_titles_are_an_immutable_hashable_mapping() -> None:
    titles = Titles({"es": "Armas de fuego", "en": "Firearms"})
    assert dict(titles) == {"en": "Firearms", "es": "Armas de fuego"}
    assert titles.default == "Firearms"
    assert Titles({"es": "x"}).default is None
    assert titles == {"en": "Firearms", "es": "Armas de fuego"}
    assert hash(titles) == hash(Titles([("en", "Firearms"), ("es", "Armas de fuego")]))
    with pytest.raises(AttributeError):
        titles._items = ()
    with pytest.raises(TypeError):
        titles["fr"] = "Armes"  # type: ignore[index]


RECORD_CLASSES = [getattr(model, name) for name in model.__all__ if attrs.has(getattr(model, name))]


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
def test_every_record_class_is_frozen_and_slotted(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    assert cls.__setattr__ is not object.__setattr__  # type: ignore[comparison-overlap]


def test_a_measure_that_does_not_exist_is_an_error_not_none() -> None:
    participation = untoc.session(12).participation
    with pytest.raises(untoc.NotFoundError) as info:
        participation.get("participant")
    assert info.value.suggestions == ("participants",)


def test_a_pickle_made_before_person_moved_still_loads() -> None:
    # 0.7 kept Person in untoc.model._base; a pickle of a session made then names it there.
    import pickle

    president = untoc.session(1).president
    assert president is not None
    old = pickle.dumps(president, protocol=0).replace(b"untoc.model._stated", b"untoc.model._base")
    assert b"untoc.model._base\nPerson" in old
    assert pickle.loads(old) == president
    import untoc.model._base as base

    with pytest.raises(AttributeError, match="has no attribute 'Nobody'"):
        base.Nobody  # noqa: B018

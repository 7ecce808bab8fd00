"""The Conference's subsidiary bodies and their meetings, fact by fact as the sources state them.

The sources: the Secretariat's note CTOC/COP/2016/CRP.2 (Spanish copy: resolutions 5/4, 6/2 and
7/1 on the Working Group on Firearms), the background paper CTOC/COP/WG.6/2018/3 ("Working
Group on Firearms, Vienna, 2 and 3 May 2018"; resolution 8/3), the report CTOC/COP/WG.4/2010/6
(the Working Group on Trafficking in Persons, Vienna, 27-29 January 2010), UNODC's pages on the
Review Mechanism (resolution 9/1; a first group of 62 States in 2020, a second of 63 in 2021).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import untoc
from untoc.subsidiary import timeline

D = dt.date


def test_every_body_of_the_issue_is_in_the_record() -> None:
    assert {b.slug for b in untoc.bodies()} == {
        "trafficking-in-persons-working-group",
        "smuggling-of-migrants-working-group",
        "firearms-working-group",
        "international-cooperation-working-group",
        "technical-assistance-working-group",
        "review-mechanism",
        "environment-expert-group",
    }
    kinds = {b.slug: b.kind for b in untoc.bodies()}
    assert kinds["review-mechanism"] == "review mechanism"
    assert kinds["environment-expert-group"] == "expert group"


@pytest.mark.parametrize(
    "key",
    [
        "firearms-working-group",
        "Working Group on Firearms",
        "Firearms Working Group",
        "WG on Firearms",
        "firearms",
        "CTOC/COP/WG.6",
    ],
)
def test_a_body_by_the_names_people_use(key: str) -> None:
    assert untoc.body(key).slug == "firearms-working-group"


@pytest.mark.parametrize(
    ("key", "slug"),
    [
        # "Working Group of Government Experts on Technical Assistance" (bodies.json)
        ("Technical Assistance Working Group", "technical-assistance-working-group"),
        ("WG on Technical Assistance", "technical-assistance-working-group"),
        ("WG TA", "technical-assistance-working-group"),
        ("technical assistance", "technical-assistance-working-group"),
        # "Working Group on the Smuggling of Migrants": the article goes, the initials stay
        ("Smuggling of Migrants Working Group", "smuggling-of-migrants-working-group"),
        ("WG Smuggling of Migrants", "smuggling-of-migrants-working-group"),
        ("WG IC", "international-cooperation-working-group"),
        ("CTOC/COP/WG.4", "trafficking-in-persons-working-group"),
        ("UNTOC Review Mechanism", "review-mechanism"),
    ],
)
def test_the_forms_of_a_working_group_s_name(key: str, slug: str) -> None:
    assert untoc.body(key).slug == slug


def test_a_one_word_subject_gets_no_initials() -> None:
    with pytest.raises(untoc.NotFoundError):
        untoc.body("WG F")  # "Firearms" alone: no abbreviation of one letter


def test_abbreviations_unodc_uses() -> None:
    assert untoc.body("WG TIP").slug == "trafficking-in-persons-working-group"
    assert untoc.body("WG SOM").slug == "smuggling-of-migrants-working-group"
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.body("Working Group on Firarms")
    assert "firearms-working-group" in info.value.suggestions


def test_the_texts_behind_the_firearms_working_group() -> None:
    firearms = untoc.body("firearms")
    assert [(t.relation, t.text) for t in firearms.texts] == [
        ("established", "Resolution 5/4"),
        ("mandated", "Resolution 6/2"),
        ("mandated", "Resolution 7/1"),
        ("mandated", "Resolution 8/3"),
    ]
    assert [t.resolution for t in firearms.established_by] == ["resolution-5-4"]
    assert "decidió establecer un grupo de trabajo" in (firearms.established_by[0].quote or "")


def test_texts_link_back_to_the_bodies_they_set_up() -> None:
    assert untoc.resolution("Resolution 5/4").bodies == ("firearms-working-group",)
    assert "review-mechanism" in untoc.resolution("Resolution 9/1").bodies
    assert "firearms-working-group" in untoc.resolution("Resolution 7/1").bodies
    assert untoc.resolution("Resolution 5/7").bodies == ()


def test_the_review_mechanism_was_established_by_resolution_9_1() -> None:
    mechanism = untoc.body("review-mechanism")
    assert [t.text for t in mechanism.established_by] == ["Resolution 9/1"]
    assert [t.text for t in mechanism.mandated_by] == ["Resolution 10/1"]
    groups = mechanism.structure.groups  # type: ignore[union-attr]
    assert [(g.year_started, g.states, g.reviews) for g in groups[:2]] == [
        (2020, 62, 62),
        (2021, 63, 63),
    ]
    assert mechanism.structure.clusters_total == 4  # type: ignore[union-attr]


def test_meetings_as_dated_by_their_documents() -> None:
    (may_2018,) = untoc.meetings("firearms", year=2018)
    assert (may_2018.start, may_2018.end, may_2018.city) == (D(2018, 5, 2), D(2018, 5, 3), "Vienna")
    (january_2010,) = [m for m in untoc.meetings("WG TIP", year=2010) if m.start == D(2010, 1, 27)]
    assert january_2010.end == D(2010, 1, 29)
    assert january_2010.report_symbol == "CTOC/COP/WG.4/2010/6"


def test_meetings_known_but_undated_are_kept_and_reported() -> None:
    undated = [m for m in untoc.meetings() if not m.dated]
    assert undated and all(m.start is None for m in undated)
    report = {row.body: row for row in untoc.coverage().bodies}
    assert set(report) == {b.slug for b in untoc.bodies()}
    assert sum(len(r.undated) for r in report.values()) == len(undated)
    for row in report.values():
        assert row.meetings == len(untoc.meetings(row.body))
        assert row.dated + len(row.undated) == row.meetings


def test_meeting_filters() -> None:
    dialogues = untoc.meetings(kind="constructive dialogue")
    assert dialogues and {m.body for m in dialogues} == {"review-mechanism"}
    assert {m.year for m in untoc.meetings(year=2023)} == {2023}
    with pytest.raises(untoc.NotFoundError):
        untoc.meetings(kind="conference")
    with pytest.raises(untoc.InvalidTypeError):
        untoc.meetings(year="2023")  # type: ignore[arg-type]


def test_a_timeline_puts_meetings_and_sessions_in_order() -> None:
    steps = timeline("firearms")
    dated = [e.day for e in steps if e.day is not None]
    assert dated == sorted(dated)
    sessions = [e.record.number for e in steps if e.kind == "session"]
    assert sessions == [5, 6, 7, 8]  # resolutions 5/4, 6/2, 7/1 and 8/3
    assert steps[0].why == "established by Resolution 5/4"
    assert all(e.day is not None for e in steps[: len(dated)])


def test_every_meeting_belongs_to_a_body_and_is_sourced() -> None:
    slugs = {b.slug for b in untoc.bodies()}
    for meeting in untoc.meetings():
        assert meeting.body in slugs
        assert meeting.sources
        if meeting.start and meeting.end:
            assert meeting.start <= meeting.end
        assert set(meeting.topics) <= {t.slug for t in untoc.topics()}


def test_dates_known_only_from_an_announcement_say_so() -> None:
    # againsttocday blog (June 2025): "The first meeting of this group will take place in Vienna
    # from 30 June to 2 July 2025"; UNODC indico overview: the thirteenth sessions of the
    # international cooperation and technical assistance groups "will be held from 23 to 27 May
    # 2022".
    announced = {m.id for m in untoc.meetings() if m.status == "announced"}
    assert announced == {
        "environment-expert-group-2025-06",
        "environment-expert-group-2026-02",
        "international-cooperation-working-group-2022-05",
        "technical-assistance-working-group-2022-05",
    }
    (first,) = untoc.meetings("environment-expert-group", year=2025)
    assert first.start == D(2025, 6, 30) and first.reported_to_session is None
    assert str(first).endswith("2025-06-30 to 2025-07-02 (announced)")
    # Crime Alliance: the first dialogue on trafficking "was convened on Friday 1 July 2022".
    assert untoc.meetings("review-mechanism", year=2022)[0].status == "reported"


# Stated forms, as the pages the meetings cite print them: the Smuggling working group's fifth
# meeting, the "cinquième session", in "Vienne"; the Trafficking group's of 2011 in "Viena"; the
# Smuggling group's first in "Вене".
@pytest.mark.parametrize(
    ("meeting_id", "stated", "name"),
    [
        (
            "smuggling-of-migrants-working-group-2018-07",
            "Vienne",
            "Working Group on the Smuggling of Migrants, fifth meeting",
        ),
        (
            "trafficking-in-persons-working-group-2011-10",
            "Viena",
            "Working Group on Trafficking in Persons",
        ),
        (
            "smuggling-of-migrants-working-group-meeting-01",
            "Вене",
            "Working Group on the Smuggling of Migrants, first meeting",
        ),
    ],
)
def test_a_meeting_reads_in_english_and_keeps_what_was_printed(
    meeting_id: str, stated: str, name: str
) -> None:
    (meeting,) = [m for m in untoc.meetings() if m.id == meeting_id]
    assert (meeting.city, meeting.city_as_stated, meeting.name) == ("Vienna", stated, name)
    assert str(meeting).startswith(name + ", ")


def test_no_meeting_shows_a_city_or_a_name_in_another_language() -> None:
    meetings = untoc.meetings()
    assert not {m.city for m in meetings} & set(untoc.model._bodies.CITY_NAMES)
    spanish = sorted((m for m in meetings if m.title_language == "es"), key=lambda m: m.id)
    assert [m.id for m in spanish] == [
        "international-cooperation-working-group-2018-10",
        "review-mechanism-ig-wg5-2012-01",
    ]
    assert spanish[0].title is not None and spanish[0].title.startswith("Grupo de")
    assert all(m.name is not None and "Grupo" not in m.name for m in meetings)
    (ic,) = [m for m in spanish if m.body == "international-cooperation-working-group"]
    assert ic.name == "Working Group on International Cooperation, tenth meeting"
    field = attrs.fields_dict(untoc.Meeting)["name"]
    assert untoc.model._base.is_derived(field)


def test_a_stated_city_must_be_known_and_agree_with_the_city() -> None:
    meeting = untoc.meetings()[0]
    with pytest.raises(untoc.InvalidArgumentError, match=r"city_as_stated 'Viena' must be one"):
        attrs.evolve(meeting, city="Madrid", city_as_stated="Viena")
    with pytest.raises(untoc.InvalidArgumentError, match="'Wien'"):
        attrs.evolve(meeting, city="Vienna", city_as_stated="Wien")


def test_meetings_dated_as_far_as_their_pages_date_them() -> None:
    # UNODC, 25 July 2024: "the recent Constructive Dialogues on Trafficking in Persons and
    # Smuggling of Migrants which took place in Vienna respectively on 10 and 15 July".
    (tip,) = [m for m in untoc.meetings() if m.id == "review-mechanism-cd-tip-2024"]
    assert (tip.start, tip.end, tip.status) == (dt.date(2024, 7, 10),) * 2 + ("reported",)
    assert "unodc-2024-07-25-constructive-dialogues-tip-som" in tip.sources
    # The French mission: "Du 2 au 5 juillet, à Vienne, ... la cinquième session du groupe de
    # travail sur le trafic des migrants": the month, not the days.
    (som,) = [m for m in untoc.meetings() if m.id == "smuggling-of-migrants-working-group-2018-07"]
    assert (som.start, som.when_as_stated, som.year) == (None, "2018-07", 2018)

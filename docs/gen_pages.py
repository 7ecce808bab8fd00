"""Generate the site's reference of the record at docs-build time (mkdocs-gen-files).

A page per session, topic and instrument, one for the States, coverage and sources; every fact
with a numbered citation, charts drawn from the current data. Nothing is written into tracked
files: mkdocs-gen-files keeps the pages in the build only.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Iterable
from typing import Any

import mkdocs_gen_files

import untoc
from untoc.cli import _officers
from untoc.membership import party_table, ratification_timeline
from untoc.model import MEASURES, Session

ROOT = "record"


class Notes:
    """One page's numbered citations (`untoc.Citations`), as Markdown footnotes."""

    def __init__(self) -> None:
        self.citations = untoc.Citations()

    def cite(self, record: Any) -> str:
        return self.cite_ids(getattr(record, "sources", ()) or ())

    def cite_ids(self, ids: Any) -> str:
        return self.citations.mark(list(ids), "markdown")

    def render(self) -> list[str]:
        if not self.citations:
            return []
        return ["", "## Sources", "", *self.citations.render("markdown").splitlines()]


def md(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else "–"


def write(path: str, lines: Iterable[str]) -> None:
    with mkdocs_gen_files.open(f"{ROOT}/{path}", "w") as handle:
        handle.write("\n".join(lines) + "\n")


def session_path(number: int) -> str:
    return f"sessions/cop{number:02d}.md"


def text_path(text_id: str) -> str:
    return f"texts/{text_id}.md"


def text_link(r: Any, prefix: str = "../") -> str:
    return f"[{md(r.label)}]({prefix}{text_path(r.id)})"


def topic_link(slug: str, prefix: str = "../") -> str:
    return f"[{slug}]({prefix}topics/{slug}.md)"


# Charts ---------------------------------------------------------------------------------------


def chart(path: str, draw: Any) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 3.6), dpi=100)
    draw(axes)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    with mkdocs_gen_files.open(f"{ROOT}/images/{path}", "wb") as handle:
        handle.write(buffer.getvalue())


def participation_chart(axes: Any) -> None:
    rows = untoc.participation_summary().rows
    for measure, colour in (("participants", "tab:blue"), ("delegates", "tab:orange")):
        points = [(r.session, f) for r in rows if (f := r.get(measure)) is not None]
        if not points:
            continue
        xs = [s for s, _ in points]
        ys = [f.value for _, f in points]
        axes.plot(xs, ys, "o-", color=colour, label=measure)
        for x, (_, f) in zip(xs, points, strict=True):
            axes.annotate(
                str(f),
                (x, f.value),
                textcoords="offset points",
                xytext=(0, 6),
                ha="center",
                fontsize=7,
            )
    axes.set_xlabel("session of the Conference")
    axes.set_ylabel("as stated")
    axes.set_xticks(range(1, len(untoc.sessions()) + 1))
    axes.legend(loc="upper left", fontsize=8)
    axes.set_title("Participation as stated (labels keep the sources' qualifiers)", fontsize=9)


def topics_chart(axes: Any) -> None:
    topics = [t for t in untoc.topics() if untoc.resolutions_by_topic(t.slug)]
    sessions = [s.number for s in untoc.sessions()]
    grid = [
        [sum(1 for r in untoc.resolutions_by_topic(t.slug) if r.session == n) for n in sessions]
        for t in topics
    ]
    axes.imshow(grid, aspect="auto", cmap="Blues")
    axes.set_yticks(range(len(topics)), [t.slug for t in topics], fontsize=7)
    axes.set_xticks(range(len(sessions)), [f"COP{n}" for n in sessions], fontsize=7)
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value:
                axes.text(j, i, str(value), ha="center", va="center", fontsize=7)
    axes.set_title(
        "Texts held per topic and session (every topic with at least one text)", fontsize=9
    )


def parties_chart(slug: str) -> Any:
    def draw(axes: Any) -> None:
        table = party_table(slug)
        steps = ratification_timeline(slug)
        inside = [(d, n) for d, n in steps if d <= table.complete_through]
        after = [(d, n) for d, n in steps if d > table.complete_through]
        axes.step(
            [d for d, _ in inside],
            [n for _, n in inside],
            where="post",
            label="computed from the depositary table (exact)",
        )
        if inside:
            tail = [inside[-1], *after, (untoc.data_info().as_of, (after or inside)[-1][1])]
            axes.step(
                [d for d, _ in tail],
                [n for _, n in tail],
                where="post",
                linestyle="--",
                label="table plus later deposits found (a lower bound)",
            )
        axes.axvline(
            table.complete_through,
            color="grey",
            linestyle=":",
            label=f"table complete through {table.complete_through.isoformat()}",
        )
        stated = [
            c
            for c in untoc.stated_party_counts(slug)
            if c.as_of is not None and c.measure == "parties"
        ]
        axes.plot(
            [c.as_of for c in stated],
            [c.value for c in stated],
            "o",
            color="tab:red",
            markersize=4,
            label="counts sources stated",
        )
        axes.set_ylabel("parties")
        axes.legend(loc="lower right", fontsize=7)
        axes.set_title(untoc.instrument(slug).short_name, fontsize=9)

    return draw


# Pages ----------------------------------------------------------------------------------------


def index_page() -> None:
    info = untoc.data_info()
    lines = [
        "# The record",
        "",
        f"Generated from the data (version {info.version}, as of {info.as_of.isoformat()}) when",
        "this site was built: every value below is what `import untoc` returns, each with its",
        "numbered citation.",
        "",
        "- **Sessions** of the Conference: one page each, with participation, texts, events.",
        "- **Topics**: the texts on each subject over time.",
        "- **Instruments**: the Convention and its Protocols, with their parties over time.",
        "- **[States](states.md)**: who signed and joined what, and when.",
        "- **Bodies**: the working groups, the Review Mechanism and the expert group, with their "
        "meetings and the texts behind them.",
        "- **[Coverage](coverage.md)**: what the record holds against what sources state.",
        "",
        "![Participation as stated](images/participation.png)",
        "",
        "| session | dates | city | participants | texts held |",
        "|---|---|---|---|---|",
    ]
    for s in untoc.sessions():
        participants = s.participation.participants
        lines.append(
            f"| [{s.name}]({session_path(s.number)}) | {day(s.start)} to {day(s.end)} | {s.city} "
            f"| {md(participants) if participants else '–'} | {len(s.resolutions)} |"
        )
    notes = Notes()
    for a in untoc.announced_sessions():
        lines += [
            "",
            f"**{a.name}** is only announced, for {a.when_as_stated}{notes.cite(a)}: no stored "
            "source reports it as held, so it has no page, dates or outcomes here.",
        ]
    lines += notes.render()
    write("index.md", lines)


def session_page(s: Any) -> None:
    notes = Notes()
    lines = [f"# {s.name}: the {s.ordinal} session", ""]
    facts = [
        ("Dates", f"{day(s.start)} to {day(s.end)}"),
        ("City", s.city),
        ("Venue", s.venue),
        ("Format", s.format),
        ("President", s.president),
        ("Bureau besides the President", _officers(s.bureau) if s.bureau else None),
        ("Report", s.report_symbol),
    ]
    cite = notes.cite(s)
    lines += ["| fact | as stated |", "|---|---|"]
    lines += [f"| {k} | {md(v)} {cite} |" for k, v in facts if v is not None]
    lines += ["", "## Participation", ""]
    order = {m: i for i, m in enumerate(MEASURES)}
    figures = sorted(s.participation.figures, key=lambda f: order[f.measure])
    if figures:
        lines += ["| measure | as stated | status |", "|---|---|---|"]
        for f in figures:
            lines.append(
                f"| {f.measure.replace('_', ' ')} | {md(f)} {notes.cite(f)} | {f.status} |"
            )
        lines += [
            "",
            "The first figure of a measure is the one untoc prefers (see "
            "[Sources](../../sources.md)); the others are kept beside it.",
        ]
    else:
        lines.append("No stored source states participation figures for this session.")
    lines += ["", "## Texts adopted", ""]
    if s.texts_adopted:
        stated = "; ".join(f"{md(c)} {notes.cite(c)}" for c in s.texts_adopted)
        lines.append(f"Stated: {stated}. Held: {len(s.resolutions)}.")
    else:
        lines.append(f"No source states how many texts were adopted. Held: {len(s.resolutions)}.")
    if s.resolutions:
        lines += ["", "| text | title or subject | topics |", "|---|---|---|"]
        for r in s.resolutions:
            topics = ", ".join(topic_link(t, "../") for t in r.topics) or "–"
            lines.append(f"| {text_link(r)} {notes.cite(r)} | {md(r.heading)} | {topics} |")
    if s.stated_party_counts:
        lines += ["", "## Parties stated at the session", ""]
        lines += [f"- {md(c)} {notes.cite(c)}" for c in s.stated_party_counts]
    events = untoc.events(s.number)
    if events:
        lines += ["", "## Events", ""]
        lines += [f"- {md(e)} {notes.cite(e)}" for e in events]
    statements = untoc.statements(s.number)
    if statements:
        lines += ["", "## Statements", ""]
        for statement in statements:
            lines.append(f"- {md(statement)} {notes.cite(statement)}")
            for quote in statement.quotes:  # a blank line, then an indented quote, per quote
                lines += ["", f"    > {md(quote)}"]
            lines.append("")
    if s.discrepancies:
        lines += ["", "## Where sources disagree", ""]
        for d in s.discrepancies:
            lines.append(f"- {md(d)} {notes.cite_ids(d.other_sources)}. {md(d.reason)}")
    if s.notes:
        lines += ["", '??? note "Notes"', f"    {md(s.notes)}"]
    write(session_path(s.number), [*lines, *notes.render()])


def text_page(r: Any) -> None:
    """A text: its titles by language, what it is about, the texts it names and that name it."""
    notes = Notes()
    lines = [f"# {r.label}", "", f"**{md(r.heading)}** {notes.cite(r)}", ""]
    facts = [
        ("Session", f"[COP{r.session}](../{session_path(r.session)})"),
        ("Adopted", day(r.adopted)),
        ("Subject", md(r.subject)),
        ("Topics", ", ".join(topic_link(t) for t in r.topics) or "–"),
        ("Instruments", ", ".join(f"[{i}](../instruments/{i}.md)" for i in r.instruments) or "–"),
        ("Bodies", ", ".join(f"[{b}](../bodies/{b}.md)" for b in r.bodies) or "–"),
    ]
    lines += [f"- {label}: {value}" for label, value in facts]
    if r.titles:
        lines += ["", "## Titles as printed", ""]
        lines += [f"- `{language}`: {md(title)}" for language, title in r.titles.items()]
    lines += ["", "## Texts it names", ""]
    if r.recalls:
        for recall in r.recalls:
            named = untoc.resolution(recall.text)
            when = f" of {day(recall.date)}" if recall.date else ""
            lines.append(
                f"- {md(recall.verb)} {text_link(named)}{when} {notes.cite(recall)}: "
                f"“{md(recall.quote or '')}”"
            )
    else:
        lines.append("None held (only as far as a stored copy of its text reaches).")
    lines += ["", "## Later texts that name it", ""]
    later = [untoc.resolution(i) for i in r.recalled_by]
    lines += [f"- {text_link(t)}: {md(t.heading)}" for t in later] or ["None held."]
    if r.notes:
        lines += ["", "## Notes", "", md(r.notes)]
    write(text_path(r.id), [*lines, *notes.render()])


def topic_page(topic: Any) -> None:
    notes = Notes()
    texts = untoc.resolutions_by_topic(topic.slug)
    lines = [f"# {topic.label}", "", topic.description, ""]
    if topic.aliases:
        lines += [f"Also found as: {', '.join(topic.aliases)}.", ""]
    lines += [f"{len(texts)} text(s) held.", ""]
    if texts:
        lines += ["| session | text | title or subject | adopted |", "|---|---|---|---|"]
        for r in texts:
            lines.append(
                f"| [COP{r.session}](../{session_path(r.session)}) | {text_link(r)} "
                f"{notes.cite(r)} | {md(r.heading)} | {day(r.adopted)} |"
            )
    write(f"topics/{topic.slug}.md", [*lines, *notes.render()])


def instrument_page(instrument: Any) -> None:
    notes = Notes()
    slug = instrument.slug
    table = party_table(slug)
    lines = [f"# {instrument.name}", "", f"{md(instrument.description or '')}", ""]
    facts = [
        ("Short name", instrument.short_name),
        ("Also known as", ", ".join(instrument.aliases) or None),
        ("UN Treaty Collection", instrument.treaty_number),
        ("Adopted", instrument.adopted),
        ("Opened for signature", instrument.opened_for_signature),
        ("In force", instrument.entry_into_force),
    ]
    cite = notes.cite(instrument)
    lines += ["| fact | as stated |", "|---|---|"]
    lines += [f"| {k} | {md(v)} {cite} |" for k, v in facts if v is not None]
    lines += [
        "",
        "## Parties over time",
        "",
        f"![Parties to the {instrument.short_name}](../images/parties-{slug}.png)",
        "",
        f"The depositary's participant table is complete through "
        f"**{table.complete_through.isoformat()}** {notes.cite_ids(table.sources[:1])}; later "
        "counts add the "
        "deposits found in other sources and are lower bounds, shown beside the latest count a "
        "source stated, and beside the participants whose consent a source reports without a "
        "date that settles whether they were parties by then.",
        "",
        "| on 1 January | parties | latest count stated by then | reported without a date |",
        "|---|---|---|---|",
    ]
    first = (instrument.adopted or dt.date(2001, 1, 1)).year + 1
    for year in range(first, untoc.data_info().as_of.year + 1):
        count = untoc.party_count(slug, as_of=dt.date(year, 1, 1))
        stated = count.stated
        said = f"{stated.value} ({day(stated.as_of)}) {notes.cite(stated)}" if stated else "–"
        shown = count.value if count.precision == "exact" else f"at least {count.value}"
        undated = ", ".join(f"[{c}](../states.md#{c})" for c in count.undated) or "–"
        lines.append(f"| {year} | {shown} | {said} | {undated} |")
    signed = untoc.signatory_count(slug)
    rule = instrument.signature_rule
    lines += ["", "## Signatories", ""]
    lines += [
        f"**{signed.value}** {'exactly' if signed.precision == 'exact' else 'at least'} "
        f"{notes.cite_ids(signed.sources)}"
        + (
            f": signature closed on {rule.closes.isoformat()} (article {rule.article}: "
            f"“{md(rule.quote or '')}”), before the table's last day, so the table holds "
            "every signature."
            if rule is not None and signed.rule
            else "."
        )
    ]
    lines += ["", "## Counts sources stated", "", "| as of | count | note |", "|---|---|---|"]
    for c in untoc.stated_party_counts(slug):
        lines.append(
            f"| {day(c.as_of)} | {c.value} {c.measure} {notes.cite(c)} "
            f"| {md(c.reconciliation or '')} |"
        )
    lines += ["", "## Deposits taken from other sources", ""]
    lines += [
        f"Added to the depositary's table ({len(table.added)}), each with its sources on the "
        "[States page](../states.md):",
        "",
        *(f"- {md(item)}" for item in table.added),
        "",
    ]
    if table.not_added:
        lines += ["Reports not added (the same date as held, superseded, or doubtful):", ""]
        lines += [f"- {md(item)}" for item in table.not_added]
    texts = untoc.resolutions(instrument=slug)
    lines += ["", f"## Texts of the Conference on it ({len(texts)})", ""]
    lines += [f"- {text_link(r)}: {md(r.heading)}" for r in texts]
    write(f"instruments/{slug}.md", [*lines, *notes.render()])


def body_page(body: Any) -> None:
    from untoc.subsidiary import timeline

    notes = Notes()
    article = "An" if body.kind[0] in "aeiou" else "A"
    intro = f"{article} {body.kind} of the Conference. {notes.cite(body)}"
    lines = [f"# {body.name}", "", intro, ""]
    if body.description:
        lines += [md(body.description), ""]
    if body.aliases:
        lines += [f"Also found as: {', '.join(body.aliases)}.", ""]
    if body.symbol_prefix:
        lines += [f"Its documents' symbols begin `{body.symbol_prefix}`.", ""]
    if body.texts:
        lines += ["## Texts that set it up and instructed it", ""]
        for link in body.texts:
            target = link.text
            if link.resolution:
                session = untoc.resolution(link.resolution).session
                target = f"[{link.text}](../{session_path(session)})"
            lines.append(f"- {link.relation.capitalize()} by {target} {notes.cite(link)}")
        lines.append("")
    lines += ["## Timeline", "", "| when | what | why |", "|---|---|---|"]
    for entry in timeline(body.slug):
        record = entry.record
        shown = md(record)
        if isinstance(record, Session):
            shown = f"[{record.name}](../{session_path(record.number)})"
        when = day(entry.day) if entry.day else md(getattr(record, "when_as_stated", None) or "–")
        lines.append(f"| {when} | {shown} {notes.cite(record)} | {md(entry.why)} |")
    held = untoc.meetings(body.slug)
    if held:
        lines += ["", "## Meetings", ""]
        lines += [
            "| meeting | number | dates | city | format | chairs | report |",
            "|---|---|---|---|---|---|---|",
        ]
        for m in held:
            chairs = "; ".join(str(c) for c in m.chairs) or "–"
            when = (
                f"{day(m.start)} to {day(m.end)}" if m.start else (m.when_as_stated or "not dated")
            ) + (" (announced)" if m.status == "announced" else "")
            number = m.number or "–"
            city = m.city or "–"
            if m.city_as_stated:
                city += f" (printed “{m.city_as_stated}”)"
            lines.append(
                f"| {md(m.name or m.kind)} {notes.cite(m)} | {md(number)} "
                f"| {when} | {md(city)} | {m.format or '–'} | {md(chairs)} "
                f"| {m.report_symbol or '–'} |"
            )
    structure = body.structure
    if structure is not None:
        lines += ["", "## How the Mechanism works", ""]
        if structure.clusters_total:
            lines.append(f"- {structure.clusters_total} thematic clusters {notes.cite(structure)}")
        lines += [f"- {md(c)} {notes.cite(c)}" for c in structure.clusters]
        lines += [f"- Phase: {md(p)} {notes.cite(p)}" for p in structure.phases]
        lines += [f"- Step {md(s)} {notes.cite(s)}" for s in structure.steps]
        lines += ["", "### Review groups", ""]
        lines += [f"- {md(g)} {notes.cite(g)}" for g in structure.groups]
        lines += ["", "### Status, as stated", ""]
        lines += [f"- {md(s)} {notes.cite(s)}" for s in structure.status]
    if body.notes:
        lines += ["", '??? note "Notes"', f"    {md(body.notes)}"]
    write(f"bodies/{body.slug}.md", [*lines, *notes.render()])


def states_page() -> None:
    notes = Notes()
    slugs = [i.slug for i in untoc.instruments()]
    lines = [
        "# States and other participants",
        "",
        "Signature (s.) and consent to be bound, by instrument: ratification (r.), acceptance "
        "(A), approval (AA), accession (a), succession (d). Every date with its citation; one "
        "anchor per participant (`#ITA`).",
        "",
        "| participant | " + " | ".join(untoc.instrument(s).short_name for s in slugs) + " |",
        "|---|" + "---|" * len(slugs),
    ]
    marks = {
        "ratification": "r.",
        "acceptance": "A",
        "approval": "AA",
        "accession": "a",
        "succession": "d",
    }
    for p in sorted(untoc.participants(), key=lambda p: p.name):
        cells = []
        for slug in slugs:
            action = p.action(slug)
            if action is None:
                cells.append("")
                continue
            parts = []
            if action.signature:
                parts.append(f"s. {action.signature.isoformat()}")
            if action.consent:
                parts.append(f"{marks.get(action.consent_kind or '', '?')} {action.consent}")
            elif action.consent_undated:
                mark = marks.get(action.consent_kind or "", "?")
                parts.append(f"{mark} {action.consent_undated} (no full date)")
            cells.append(" ".join(parts) + " " + notes.cite(action))
        lines.append(
            f'| <a id="{p.code}"></a>{md(p.name)} ({p.code}) | ' + " | ".join(cells) + " |"
        )
    write("states.md", [*lines, *notes.render()])


def coverage_page() -> None:
    report = untoc.coverage()
    lines = [
        "# Coverage",
        "",
        "What the record holds against what sources state, session by session "
        "(`untoc.coverage()`).",
        "",
        "| session | texts stated | held | unnumbered | English title | other language only "
        "| no title | figures not stated | fields not stated |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in report.sessions:
        stated = "?" if row.stated_total is None else row.stated_total
        lines.append(
            f"| [COP{row.session}]({session_path(row.session)}) | {stated} | {row.held} "
            f"| {row.unnumbered} | {row.titled_in_english} | {row.titled_in_other_language_only} "
            f"| {row.untitled} | {', '.join(row.missing_figures) or '–'} "
            f"| {', '.join(row.missing_fields) or '–'} |"
        )
    lines += ["", md(report.not_held) + "."]
    lines += [
        "",
        "## Subsidiary bodies",
        "",
        "| body | meetings held | dated | known but not dated |",
        "|---|---|---|---|",
    ]
    for body in report.bodies:
        lines.append(
            f"| [{body.body}](bodies/{body.body}.md) | {body.meetings} | {body.dated} "
            f"| {', '.join(body.undated) or '–'} |"
        )
    lines += ["", "## Participant tables", ""]
    for instrument in untoc.instruments():
        table = party_table(instrument.slug)
        lines += [f"### {instrument.short_name}", "", md(table.evidence), ""]
        lines += [
            f"{len(table.added)} deposits added from other sources, {len(table.not_added)} "
            f"reports not added; both listed on the [instrument's page]"
            f"(instruments/{instrument.slug}.md#deposits-taken-from-other-sources).",
            "",
        ]
    write("coverage.md", lines)


def nav_label(body: Any) -> str:
    """A body's name, or its longest sourced alias that fits a menu when the name does not."""
    if len(body.name) <= 60:
        return str(body.name)
    fitting = [a for a in body.aliases if len(a) <= 60 and a.isascii()]
    label = max(fitting, key=len) if fitting else body.name[:57] + "..."
    return str(label[:1].upper() + label[1:])


def summary() -> None:
    nav = ["* [Overview](index.md)", "* Sessions"]
    nav += [f"    * [{s.name} ({s.year})]({session_path(s.number)})" for s in untoc.sessions()]
    nav.append("* Topics")
    nav += [f"    * [{t.label}](topics/{t.slug}.md)" for t in untoc.topics()]
    nav.append("* Instruments")
    nav += [f"    * [{i.short_name}](instruments/{i.slug}.md)" for i in untoc.instruments()]
    nav.append("* Bodies")
    nav += [f"    * [{nav_label(b)}](bodies/{b.slug}.md)" for b in untoc.bodies()]
    nav += ["* [States](states.md)", "* [Coverage](coverage.md)"]
    write("SUMMARY.md", nav)


def main() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
        index_page()
        for s in untoc.sessions():
            session_page(s)
        for t in untoc.topics():
            topic_page(t)
        for r in untoc.resolutions():
            text_page(r)
        for i in untoc.instruments():
            instrument_page(i)
            chart(f"parties-{i.slug}.png", parties_chart(i.slug))
        for b in untoc.bodies():
            body_page(b)
        states_page()
        coverage_page()
        summary()
        chart("participation.png", participation_chart)
        chart("topics.png", topics_chart)


main()

"""Print a readable overview of the twelfth session of the Conference (COP12), with citations.

Run: ``python examples/cop12_overview.py`` (``make demo`` does it in a fresh virtualenv).
Every line ends with bracketed numbers; the list at the bottom says where each fact comes from.
"""

from __future__ import annotations

import textwrap

import untoc


def main() -> None:
    notes = untoc.Citations()  # numbers sources as they are first cited
    cop = untoc.conference()
    cop12 = untoc.session(12)
    out: list[str] = []
    out.append(f"{cop.name} ({cop.short_name})")
    out.append(
        f"Meets every {cop.meets_every_years} years to: "
        + "; ".join(cop.purposes)
        + notes.mark(cop)
    )
    out.append("")
    out.append(
        f"{cop12.name}: the {cop12.ordinal} session, {cop12.city}, "
        f"{cop12.start:%d %B %Y} to {cop12.end:%d %B %Y}{notes.mark(cop12)}"
    )
    if cop12.president:
        out.append(f"President: {cop12.president}")

    out.append("")
    out.append("Participation (figures as stated)")
    for measure in cop12.participation.measures:
        figure = cop12.participation.get(measure)
        assert figure is not None
        out.append(f"  {measure.replace('_', ' '):<34} {figure!s:<22}{notes.mark(figure)}")

    out.append("")
    stated = cop12.stated_count("resolution")
    out.append(
        f"Texts adopted: {stated} stated{notes.mark(stated)}; {cop12.held_count()} held in untoc"
    )
    for resolution in cop12.resolutions:
        title = resolution.title or resolution.subject
        wrapped = textwrap.fill(
            f"{resolution.label}: {title}{notes.mark(resolution)}",
            width=96,
            initial_indent="  - ",
            subsequent_indent="    ",
        )
        out.append(wrapped)
        out.append(f"    topics: {', '.join(resolution.topics)}")

    out.append("")
    out.append("Events")
    for event in untoc.events(session=12):
        when = f"{event.start:%d %B %Y}" if event.start else "date unknown"
        out.append(f"  {when}: {event.title}{notes.mark(event)}")
        for attendee in event.attendees:
            out.append(f"    - {attendee}")
        if event.purpose:
            out.append(
                textwrap.fill(event.purpose, 96, initial_indent="    ", subsequent_indent="    ")
            )

    out.append("")
    out.append("Statements")
    for statement in untoc.statements(session=12):
        out.append(f"  {statement}{notes.mark(statement)}")
        for quote in statement.quotes:
            out.append(
                textwrap.fill(f"“{quote}”", 96, initial_indent="    ", subsequent_indent="     ")
            )

    out.append("")
    for day in untoc.observances():
        out.append(f"{day}{notes.mark(day)}")
        out.append(f"  first observed {day.first_observed}; proclaimed by {day.proclaimed_by}")
        if day.date_reason:
            out.append(
                textwrap.fill(
                    f"Why this date: {day.date_reason}",
                    96,
                    initial_indent="  ",
                    subsequent_indent="  ",
                )
            )
        for theme in day.themes:
            out.append(f"  {theme.year} theme: {theme.theme}{notes.mark(theme)}")

    out.append("")
    out.append("The Convention and its Protocols")
    for instrument in untoc.instruments():
        adopted = f"{instrument.adopted:%d %B %Y}" if instrument.adopted else "?"
        in_force = f"{instrument.entry_into_force:%d %B %Y}" if instrument.entry_into_force else "?"
        cited = notes.mark(instrument)
        out.append(f"  {instrument.short_name}: adopted {adopted}, in force {in_force} {cited}")
    for count in untoc.stated_party_counts("convention"):
        if count.session == 12 and count.as_of:
            when = f"{count.as_of:%d %B %Y}"
            out.append(
                f"  Parties to the Convention on {when}: {count.value} (stated){notes.mark(count)}"
            )
            break

    out.append("")
    out.append("Sources")
    out.append(notes.render())
    print("\n".join(out))


if __name__ == "__main__":
    main()

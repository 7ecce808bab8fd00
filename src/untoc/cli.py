"""The ``untoc`` command: the record from the shell, as text (with citations) or JSON.

Exit status: 0 success (a reader that closed the pipe early, as ``head`` does, ends it quietly
too); 1 nothing matches (close matches on standard error); 2 usage error (an unknown command or
option, a malformed key or date); 3 an input/output or data error (an output file that cannot
be written, a full disk, a broken data file); 130 interrupted (Ctrl-C). Every failure is one
line on standard error, and no traceback reaches the user. Characters the terminal cannot show
are replaced, never fatal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import attrs

from . import _keys
from .errors import DataError, NotFoundError, OutputError, UntocError

if TYPE_CHECKING:
    from .model import Action, Person

OK, NOT_FOUND, USAGE, IO_ERROR, INTERRUPTED = 0, 1, 2, 3, 130

EXAMPLES = """\
examples:
  untoc sessions
  untoc session 12 --cite
  untoc resolutions --topic firearms --session 10
  untoc resolution "Decision 6/1"
  untoc participation
  untoc count firearms-protocol --as-of 2024-10-14
  untoc parties firearms-protocol --as-of 2008-10-15
  untoc participant Italy
  untoc observances
  untoc body firearms
  untoc meetings --body "WG TIP" --year 2023
  untoc search "cultural property"
  untoc export --format sqlite --output untoc.sqlite
  untoc --json session 12

exit status: 0 ok, 1 not found, 2 usage error, 3 input/output or data error, 130 interrupted
"""


class _Usage(Exception):
    """A usage error found by argparse (reported, exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Usage(f"{self.prog}: {message}")


def _date(text: str) -> _dt.date:
    try:
        return _keys.day(text, "date")
    except UntocError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def jsonable(value: Any) -> Any:
    """A record (with the parts composed at load), a collection or plain data, as JSON data."""
    from ._codec import converter

    if (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and (
            isinstance(value, (list, tuple)) or not attrs.has(type(value)) or hasattr(value, "hits")
        )
    ):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if not attrs.has(type(value)):
        return converter().unstructure(value)
    out = converter().unstructure(value)
    for field in attrs.fields(type(value)):
        if field.metadata.get("composed") and field.eq:
            out[field.name] = jsonable(getattr(value, field.name))
    return out


class _Output:
    """Where a command writes: text with citations, or JSON."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.json = bool(getattr(args, "json", False))
        self.cite = bool(getattr(args, "cite", False))
        from .queries import Citations

        self.citations = Citations()

    def mark(self, record: object) -> str:
        return self.citations.mark(record) if self.cite else ""

    def emit(self, data: Any, text: Callable[[], Iterable[str]], cite: bool | None = None) -> None:
        if self.json:
            print(json.dumps(jsonable(data), ensure_ascii=False, indent=1))
            return
        lines = list(text())
        if (cite or (cite is None and self.cite)) and self.citations:
            lines += ["Sources:", *(f"  {line}" for line in self.citations.render().splitlines())]
        print("\n".join(lines) if lines else "(none)")


# Commands -------------------------------------------------------------------------------------


def _sessions(args: argparse.Namespace, out: _Output) -> None:
    from .queries import announced_sessions, sessions

    rows = sessions()

    def text() -> Iterable[str]:
        yield from (f"{s}{out.mark(s)}" for s in rows)
        for a in announced_sessions():
            yield f"{a} (not reported as held){out.mark(a)}"

    out.emit(rows, text)


def _officers(people: Iterable[Person]) -> str:
    """Officers grouped by role: "Algeria, China (member of the bureau)"."""
    by_role: dict[str | None, list[str]] = {}
    for o in people:
        who = f"{o.name} ({o.country})" if o.name and o.country else o.name or o.country
        by_role.setdefault(o.role, []).append(who or "(not stated)")
    return "; ".join(
        ", ".join(names) + (f" ({role})" if role else "") for role, names in by_role.items()
    )


def _session(args: argparse.Namespace, out: _Output) -> None:
    from .queries import session

    s = session(args.number)
    out.cite = True

    def text() -> Iterable[str]:
        yield f"{s}{out.mark(s)}"
        if s.venue:
            yield f"Venue: {s.venue}"
        if s.president:
            yield f"President: {s.president}"
        if s.bureau:
            named = f"{len(s.bureau)} named of 9"
            yield f"Bureau besides the President ({named}): {_officers(s.bureau)}"
        if s.report_symbol:
            yield f"Report: {s.report_symbol}"
        for measure in s.participation.measures:
            figure = s.participation.get(measure)
            yield f"{measure.replace('_', ' ')}: {figure}{out.mark(figure)}"
        stated = ", ".join(f"{c}{out.mark(c)}" for c in s.texts_adopted) or "not stated"
        yield f"Texts adopted (stated): {stated}; held: {s.held_count()}"
        for r in s.resolutions:
            yield f"  {r}{out.mark(r)}"
        for c in s.stated_party_counts:
            yield f"Stated at the session: {c}{out.mark(c)}"

    out.emit(s, text, cite=True)


def _resolutions(args: argparse.Namespace, out: _Output) -> None:
    from .queries import resolutions

    rows = resolutions(
        session=args.session, topic=args.topic, kind=args.kind, instrument=args.instrument
    )
    out.emit(rows, lambda: (f"{r}{out.mark(r)}" for r in rows))


def _resolution(args: argparse.Namespace, out: _Output) -> None:
    from .queries import resolution

    r = resolution(args.symbol)
    out.cite = True

    def text() -> Iterable[str]:
        yield f"{r}{out.mark(r)}"
        yield f"Subject: {r.subject}"
        yield from (f"Title ({lang}): {title}" for lang, title in r.titles.items())
        if r.adopted:
            yield f"Adopted: {r.adopted.isoformat()}"
        yield f"Topics: {', '.join(r.topics) or '-'}"
        if r.instruments:
            yield f"Instruments: {', '.join(r.instruments)}"
        if r.bodies:
            yield f"Bodies: {', '.join(r.bodies)}"
        for recall in r.recalls:
            named = resolution(recall.text)
            when = f" of {recall.date.isoformat()}" if recall.date else ""
            yield f"{recall.verb}: {named.label}{when}{out.mark(recall)}"
        if r.recalled_by:
            later = ", ".join(resolution(i).label for i in r.recalled_by)
            yield f"Named by: {later}"

    out.emit(r, text, cite=True)


def _topics(args: argparse.Namespace, out: _Output) -> None:
    from .queries import topics

    rows = topics()
    out.emit(rows, lambda: (f"{t.slug:<28} {t.label}" for t in rows))


def _instruments(args: argparse.Namespace, out: _Output) -> None:
    from .queries import instruments

    rows = instruments()

    def text() -> Iterable[str]:
        for i in rows:
            force = i.entry_into_force.isoformat() if i.entry_into_force else "-"
            yield f"{i.slug:<22} {i.treaty_number or '-':<12} in force {force}{out.mark(i)}"

    out.emit(rows, text)


def _instrument(args: argparse.Namespace, out: _Output) -> None:
    from .membership import party_count, signatory_count
    from .queries import instrument

    i = instrument(args.key)
    out.cite = True

    def text() -> Iterable[str]:
        yield f"{i.name}{out.mark(i)}"
        yield f"Slug: {i.slug}; short name: {i.short_name}; UNTC: {i.treaty_number or '-'}"
        for label, value in (
            ("Adopted", i.adopted),
            ("Opened for signature", i.opened_for_signature),
            ("In force", i.entry_into_force),
        ):
            if value:
                yield f"{label}: {value.isoformat()}"
        count = party_count(i.slug)
        yield f"Parties: {count}{out.mark(count)}"
        signed = signatory_count(i.slug)
        yield f"Signatories: {signed}{out.mark(signed)}"

    out.emit(i, text, cite=True)


def _participation(args: argparse.Namespace, out: _Output) -> None:
    from .summary import participation_summary

    summary = participation_summary(args.session)

    def text() -> Iterable[str]:
        for row in summary.rows:
            figures = ", ".join(
                f"{m.replace('_', ' ')} {row.participation.get(m)}"
                f"{out.mark(row.participation.get(m))}"
                for m in row.participation.measures
            )
            yield f"COP{row.session} ({row.year}): {figures}"
        if len(summary.rows) > 1:
            yield from (str(high) for high in summary.highs)

    out.emit(summary, text)


def _count(args: argparse.Namespace, out: _Output) -> None:
    from .membership import party_count, signatory_count

    counter = signatory_count if args.signatories else party_count
    count = counter(args.instrument, as_of=args.as_of)
    out.cite = True  # the table, the later deposits counted, the rule and the stated count

    def text() -> Iterable[str]:
        day = count.as_of.isoformat()
        yield f"{count.instrument} {count.measure} ({day}): {count}{out.mark(count)}"
        if count.rule:
            yield f"exact: {count.rule}"

    out.emit(count, text)


def _parties(args: argparse.Namespace, out: _Output) -> None:
    from .errors import IncompleteDataWarning
    from .membership import parties
    from .queries import instrument

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", IncompleteDataWarning)
        rows = parties(args.instrument, as_of=args.as_of)
    for warning in caught:
        print(f"note: {warning.message}", file=sys.stderr)
    slug = instrument(args.instrument).slug

    def text() -> Iterable[str]:
        for p in rows:
            action = p.action(slug)
            assert action is not None
            yield (
                f"{p.code}  {p.name:<45} {action.consent_kind or '?':<13} {_consent(action)}"
                f"{out.mark(action)}"
            )
        yield f"{len(rows)} parties"

    out.emit(rows, text)


def _consent(action: Action) -> str:
    """A consent's date, or how far sources date it ("reported 2014-12"), or "-"."""
    if action.consent is not None:
        return action.consent.isoformat()
    if action.consent_undated is not None:
        return f"reported, {action.consent_undated}"
    return "-"


def _participants(args: argparse.Namespace, out: _Output) -> None:
    from .membership import participants

    rows = participants(args.instrument)
    out.emit(rows, lambda: (f"{p.code}  {p.name}" for p in rows))


def _participant(args: argparse.Namespace, out: _Output) -> None:
    from .membership import participant

    p = participant(args.key)
    out.cite = True

    def text() -> Iterable[str]:
        yield str(p)
        for a in p.actions:
            yield (
                f"  {a.instrument:<22} signature {a.signature or '-'}  "
                f"consent {_consent(a)} ({a.consent_kind or '-'})  "
                f"in force {a.in_force or '-'}{out.mark(a)}"
            )

    out.emit(p, text, cite=True)


def _stated_counts(args: argparse.Namespace, out: _Output) -> None:
    from .membership import stated_party_counts

    rows = stated_party_counts(args.instrument)
    out.emit(rows, lambda: (f"{c}{out.mark(c)}" for c in rows))


def _events(args: argparse.Namespace, out: _Output) -> None:
    from .queries import events

    rows = events(args.session)
    out.emit(rows, lambda: (f"{e}{out.mark(e)}" for e in rows))


def _observances(args: argparse.Namespace, out: _Output) -> None:
    from .queries import observances

    rows = observances()

    def text() -> Iterable[str]:
        for o in rows:
            yield f"{o}{out.mark(o)}"
            if o.proclaimed_by:
                yield f"  proclaimed by {o.proclaimed_by}"
            yield from (f"  theme {t}{out.mark(t)}" for t in o.themes)

    out.emit(rows, text)


def _statements(args: argparse.Namespace, out: _Output) -> None:
    from .queries import statements

    rows = statements(args.session)
    out.emit(rows, lambda: (f"{s}{out.mark(s)}" for s in rows))


def _bodies(args: argparse.Namespace, out: _Output) -> None:
    from .subsidiary import bodies, meetings

    rows = bodies()

    def text() -> Iterable[str]:
        for b in rows:
            held = meetings(b.slug)
            dated = sum(1 for m in held if m.dated)
            yield (
                f"{b.slug:<40} {b.kind:<17} {len(held):>2} meetings ({dated} dated){out.mark(b)}"
            )

    out.emit(rows, text)


def _body(args: argparse.Namespace, out: _Output) -> None:
    from .subsidiary import body, timeline

    b = body(args.key)
    out.cite = True

    def text() -> Iterable[str]:
        yield f"{b.name} ({b.kind}){out.mark(b)}"
        if b.symbol_prefix:
            yield f"Documents: {b.symbol_prefix}/..."
        for link in b.texts:
            yield f"{link.relation.capitalize()} by {link.text}{out.mark(link)}"
        if b.structure is not None:
            yield from (f"Review group: {g}{out.mark(g)}" for g in b.structure.groups)
            yield from (f"Status: {s}{out.mark(s)}" for s in b.structure.status)
        yield "Timeline:"
        for entry in timeline(b.slug):
            yield f"  {entry}{out.mark(entry.record)}"

    out.emit(b, text, cite=True)


def _meetings(args: argparse.Namespace, out: _Output) -> None:
    from .subsidiary import meetings

    rows = meetings(args.body, year=args.year, kind=args.kind)
    out.emit(rows, lambda: (f"{m}{out.mark(m)}" for m in rows))


def _search(args: argparse.Namespace, out: _Output) -> None:
    from .fulltext import search

    hits = search(args.query, limit=args.limit)
    if not hits:
        raise NotFoundError("record", args.query, hits.suggestions)
    out.emit(hits, lambda: (f"{h}{out.mark(h.record)}" for h in hits))


def _sources(args: argparse.Namespace, out: _Output) -> None:
    from .queries import sources

    rows = sources()
    out.emit(rows, lambda: (f"{s.id}\n    {s.cite()}" for s in rows))


def _source(args: argparse.Namespace, out: _Output) -> None:
    from .queries import source

    s = source(args.id)
    out.emit(s, lambda: [s.cite()])


def _coverage(args: argparse.Namespace, out: _Output) -> None:
    from .report import coverage

    report = coverage()

    def text() -> Iterable[str]:
        for row in report.sessions:
            stated = "?" if row.stated_total is None else str(row.stated_total)
            yield (
                f"COP{row.session} ({row.year}): texts stated {stated}, held {row.held}, "
                f"unnumbered {row.unnumbered}, English title {row.titled_in_english}"
            )
        yield report.not_held

    out.emit(report, text)


def _info(args: argparse.Namespace, out: _Output) -> None:
    from .queries import data_info

    info = data_info()
    out.emit(info, lambda: [str(info), *(f"  {k}: {v}" for k, v in info.counts.items())])


def _export(args: argparse.Namespace, out: _Output) -> None:
    from . import exports

    if args.format == "sqlite":
        if not args.output:
            raise _Usage("untoc export: --format sqlite needs --output FILE")
        from .datapackage import datasette_metadata
        from .sqlite import to_sqlite

        to_sqlite(args.output)
        beside = Path(args.output).with_name("metadata.json")  # for datasette ... -m metadata.json
        exports.write_text(beside, json.dumps(datasette_metadata(), ensure_ascii=False, indent=1))
        return
    if args.format == "datapackage":
        if not args.output:
            raise _Usage("untoc export: --format datapackage needs --output FOLDER")
        from .datapackage import to_datapackage

        to_datapackage(args.output)
        return
    text = exports.export(args.table, args.format)
    if args.output:
        exports.write_text(args.output, text)  # a temporary file, then renamed over the target
    else:
        sys.stdout.write(text)


# The parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the documentation and the tests)."""
    options = _Parser(add_help=False)
    options.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
    )
    options.add_argument(
        "--cite", action="store_true", default=argparse.SUPPRESS, help="number and list sources"
    )
    parser = _Parser(
        prog="untoc",
        description="The UN Convention against Transnational Organized Crime and its "
        "Conference of the Parties, with sources.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[options],
    )
    parser.add_argument("--version", action="store_true", help="print the versions and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Callable[..., None], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, parents=[options])
        p.set_defaults(handler=handler)
        return p

    add("sessions", _sessions, "list the sessions of the Conference")
    add("session", _session, "one session in detail, with citations").add_argument("number")
    p = add("resolutions", _resolutions, "list decisions and resolutions")
    p.add_argument("--session")
    p.add_argument("--topic")
    p.add_argument("--kind")
    p.add_argument("--instrument")
    add("resolution", _resolution, "one decision or resolution").add_argument("symbol")
    add("topics", _topics, "the topic vocabulary")
    add("instruments", _instruments, "the Convention and its Protocols")
    add("instrument", _instrument, "one instrument, with its party count").add_argument("key")
    add("participation", _participation, "participation across sessions").add_argument(
        "session", nargs="?"
    )
    p = add("count", _count, "how many parties (or signatories) an instrument had on a date")
    p.add_argument("instrument")
    p.add_argument("--as-of", type=_date, help="ISO date, e.g. 2018-10-15")
    p.add_argument("--signatories", action="store_true", help="count signatories, not parties")
    p = add("parties", _parties, "the parties to an instrument on a date")
    p.add_argument("instrument")
    p.add_argument("--as-of", type=_date, help="ISO date, e.g. 2018-10-15")
    add("participants", _participants, "signatories and parties").add_argument(
        "instrument", nargs="?"
    )
    add("participant", _participant, "one State's (or the EU's) actions").add_argument("key")
    add("stated-counts", _stated_counts, "counts of parties sources stated").add_argument(
        "instrument", nargs="?"
    )
    add("events", _events, "events at or around sessions").add_argument("--session")
    add("observances", _observances, "the International Day and its themes")
    add("statements", _statements, "statements quoted by sources").add_argument("--session")
    add("bodies", _bodies, "the Conference's working groups, expert groups, Review Mechanism")
    add("body", _body, "one body: its texts and timeline, with citations").add_argument("key")
    p = add("meetings", _meetings, "meetings of the subsidiary bodies")
    p.add_argument("--body")
    p.add_argument("--year", type=int)
    p.add_argument("--kind")
    p = add("search", _search, "search titles, subjects, sessions and events")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    add("sources", _sources, "every source cited")
    add("source", _source, "one source").add_argument("id")
    add("coverage", _coverage, "what the record holds against what sources state")
    add("info", _info, "the data's version, as-of date and record counts")
    p = add("export", _export, "export the record as JSON, CSV, SQLite or a data package")
    p.add_argument("--format", choices=["json", "csv", "sqlite", "datapackage"], default="json")
    p.add_argument("--table", help="one table (required for CSV)")
    p.add_argument("--output", "-o", help="write to a file instead of standard output")
    return parser


def _version() -> str:
    from . import __version__
    from .queries import data_info

    return f"untoc {__version__} (data {data_info().version})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _tolerant_streams()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _silence_stdout()
        print("untoc: interrupted", file=sys.stderr)
        return INTERRUPTED


def _tolerant_streams() -> None:
    """Standard output and error replace what their encoding cannot show (ASCII, Latin-1)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed or detached stream
                reconfigure(errors="replace")


GLOBAL_OPTIONS = frozenset({"--json", "--cite", "--version", "-h", "--help"})
"""Options taken before or after the command; every other option follows its command."""


def _misplaced(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """Say so when an option of a command comes before the command (``--limit 2 search x``)."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    position = next((i for i, token in enumerate(argv) if token in commands), len(argv))
    before, after = list(argv[:position]), list(argv[position:])
    moved: list[str] = []
    kept: list[str] = []
    owners: list[str] = []
    tokens = iter(before)
    for token in tokens:
        option = token.split("=", 1)[0]
        if not option.startswith("-") or option in GLOBAL_OPTIONS:
            kept.append(token)
            continue
        takes = [n for n, p in commands.items() if option in p._option_string_actions]
        if not takes:
            return f"untoc: no command takes {option} (see untoc --help)"
        owners = owners or takes
        moved.append(token)
        action = commands[takes[0]]._option_string_actions[option]
        if "=" not in token and action.nargs != 0:
            moved.append(next(tokens, "VALUE"))
    if not moved:
        return None
    command = after or [owners[0], "..."]
    fixed = " ".join(["untoc", *kept, *command, *moved])
    return (
        f"untoc: {moved[0].split('=')[0]} is an option of "
        f"{', '.join(repr(o) for o in owners)}, written after it: {fixed}"
    )


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    misplaced = _misplaced(parser, given)
    if misplaced is not None:
        print(parser.format_usage().rstrip(), file=sys.stderr)
        print(misplaced, file=sys.stderr)
        return USAGE
    try:
        args = parser.parse_args(given)
    except _Usage as error:
        print(parser.format_usage().rstrip(), file=sys.stderr)
        print(error, file=sys.stderr)
        return USAGE
    except SystemExit as exit_:  # --help
        return int(exit_.code or 0)
    try:
        if args.version:
            print(_version())
            return OK
        if not getattr(args, "handler", None):
            print(parser.format_usage().rstrip(), file=sys.stderr)
            print("untoc: a command is required (see untoc --help)", file=sys.stderr)
            return USAGE
        if sys.stdout is None:  # started with its standard output closed: nowhere to answer
            return OK
        args.handler(args, _Output(args))
        sys.stdout.flush()
    except NotFoundError as error:
        print(f"untoc: {error}", file=sys.stderr)
        return NOT_FOUND
    except (DataError, OutputError) as error:
        print(f"untoc: {error}", file=sys.stderr)
        return IO_ERROR
    except (_Usage, UntocError) as error:
        print(f"untoc: {error}", file=sys.stderr)
        return USAGE
    except BrokenPipeError:  # piped into head: stop quietly
        _silence_stdout()
        return OK
    except OSError as error:
        _silence_stdout()
        print(f"untoc: cannot write: {error.strerror or error}", file=sys.stderr)
        return IO_ERROR
    except (ValueError, AttributeError) as error:  # standard output closed under us
        if sys.stdout is not None and not getattr(sys.stdout, "closed", False):
            raise
        del error
        return OK
    return OK


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout replaced or closed
        pass


def run() -> None:
    """The console script: exit with `main`'s status."""
    raise SystemExit(main())


if __name__ == "__main__":  # pragma: no cover
    run()

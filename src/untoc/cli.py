"""The ``untoc`` command: the data from the shell, as text or JSON.

Exit status: 0 on success, 1 when nothing matches (suggestions on stderr), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from . import __version__
from .errors import NotFoundError, UntocError

EXAMPLES = """\
examples:
  untoc sessions
  untoc session 12
  untoc resolutions --topic firearms --session 10
  untoc resolution "Decision 6/1"
  untoc participation
  untoc parties firearms-protocol --as-of 2008-10-15
  untoc party Italy
  untoc search "cultural property"
  untoc sources
  untoc export --format csv --table resolutions > resolutions.csv
  untoc session 12 --json
"""


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _unstructure(value: Any) -> Any:
    from .exports import _converter

    if isinstance(value, (list, tuple)):
        return [_unstructure(item) for item in value]
    if isinstance(value, dict):
        return {key: _unstructure(item) for key, item in value.items()}
    return _converter().unstructure(value)


def _emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if args.json:
        print(json.dumps(_unstructure(data), ensure_ascii=False, indent=1))
    else:
        print(text())


def _cmd_sessions(args: argparse.Namespace) -> None:
    import untoc

    rows = untoc.sessions()
    _emit(args, rows, lambda: "\n".join(str(s) for s in rows))


def _cmd_session(args: argparse.Namespace) -> None:
    import untoc

    s = untoc.session(args.number)

    def text() -> str:
        lines = [str(s)]
        if s.president:
            lines.append(f"President: {s.president}")
        if s.report_symbol:
            lines.append(f"Report: {s.report_symbol}")
        for measure in s.participation.measures:
            lines.append(f"{measure.replace('_', ' ')}: {s.participation.get(measure)}")
        stated = ", ".join(f"{c} {c.kind}s" for c in s.texts_adopted) or "not stated"
        lines.append(f"Texts adopted (stated): {stated}; held: {s.held_count()}")
        lines += [f"  {r}" for r in s.resolutions]
        lines.append("Sources:")
        lines += [f"  {c}" for c in untoc.cite(s)]
        return "\n".join(lines)

    _emit(args, s, text)


def _cmd_resolutions(args: argparse.Namespace) -> None:
    import untoc

    rows = untoc.resolutions(
        session=args.session, topic=args.topic, kind=args.kind, instrument=args.instrument
    )
    _emit(args, rows, lambda: "\n".join(str(r) for r in rows) or "(none)")


def _cmd_resolution(args: argparse.Namespace) -> None:
    import untoc

    r = untoc.resolution(args.symbol)

    def text() -> str:
        lines = [str(r), f"Subject: {r.subject}", f"Topics: {', '.join(r.topics)}"]
        lines += [f"Title ({lang}): {title}" for lang, title in r.titles.items()]
        if r.adopted:
            lines.append(f"Adopted: {r.adopted.isoformat()}")
        lines.append("Sources:")
        lines += [f"  {c}" for c in untoc.cite(r)]
        return "\n".join(lines)

    _emit(args, r, text)


def _cmd_topics(args: argparse.Namespace) -> None:
    import untoc

    rows = untoc.topics()
    _emit(args, rows, lambda: "\n".join(f"{t.slug:<28} {t.label}" for t in rows))


def _cmd_participation(args: argparse.Namespace) -> None:
    import untoc

    summary = untoc.participation_summary(args.session)

    def text() -> str:
        lines = []
        for row in summary.rows:
            figures = ", ".join(
                f"{m.replace('_', ' ')} {row.participation.get(m)}"
                for m in row.participation.measures
            )
            lines.append(f"COP{row.session} ({row.year}): {figures}")
        for high in summary.highs:
            lines.append(
                f"highest {high.measure.replace('_', ' ')}: {high.figure} at COP{high.session}"
                f" ({high.basis})"
            )
        return "\n".join(lines)

    _emit(args, summary, text)


def _cmd_parties(args: argparse.Namespace) -> None:
    import untoc

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", untoc.IncompleteDataWarning)
        rows = untoc.parties(args.instrument, as_of=args.as_of)
    for warning in caught:
        print(f"note: {warning.message}", file=sys.stderr)
    slug = untoc.instrument(args.instrument).slug

    def text() -> str:
        lines = []
        for p in rows:
            action = p.action(slug)
            assert action is not None and action.consent is not None
            lines.append(
                f"{p.code}  {p.name:<45} {action.consent_kind or '?':<13} {action.consent}"
            )
        lines.append(f"{len(rows)} parties")
        return "\n".join(lines)

    _emit(args, rows, text)


def _cmd_party(args: argparse.Namespace) -> None:
    import untoc

    p = untoc.party(args.key)

    def text() -> str:
        lines = [str(p)]
        for a in p.actions:
            lines.append(
                f"  {a.instrument:<22} signature {a.signature or '-'}  "
                f"consent {a.consent or '-'} ({a.consent_kind or '-'})  "
                f"in force {a.in_force or '-'}"
            )
        return "\n".join(lines)

    _emit(args, p, text)


def _cmd_search(args: argparse.Namespace) -> None:
    import untoc

    hits = untoc.search(args.query, limit=args.limit)
    if not hits:
        raise NotFoundError("record", args.query)

    def text() -> str:
        return "\n".join(f"{h.score:>4}  {h.kind:<10} {h.record}" for h in hits)

    data = [{"kind": h.kind, "score": h.score, "field": h.field, "record": h.record} for h in hits]
    _emit(args, data, text)


def _cmd_sources(args: argparse.Namespace) -> None:
    import untoc

    rows = untoc.sources()
    _emit(args, rows, lambda: "\n".join(f"{s.id}\n    {s.cite()}" for s in rows))


def _cmd_source(args: argparse.Namespace) -> None:
    import untoc

    s = untoc.source(args.id)
    _emit(args, s, s.cite)


def _cmd_coverage(args: argparse.Namespace) -> None:
    import untoc

    report = untoc.coverage()
    _emit(args, report, report.to_markdown)


def _cmd_export(args: argparse.Namespace) -> None:
    import untoc

    text = untoc.export(args.table, args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser = argparse.ArgumentParser(
        prog="untoc",
        description="The UN Convention against Transnational Organized Crime and its "
        "Conference of the Parties, with sources.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"untoc {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], None], help: str) -> Any:
        p = sub.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(handler=handler)
        return p

    add("sessions", _cmd_sessions, "list the sessions of the Conference")
    add("session", _cmd_session, "one session in detail").add_argument("number")
    p = add("resolutions", _cmd_resolutions, "list decisions and resolutions")
    p.add_argument("--session")
    p.add_argument("--topic")
    p.add_argument("--kind", choices=["resolution", "decision"])
    p.add_argument("--instrument")
    add("resolution", _cmd_resolution, "one decision or resolution").add_argument("symbol")
    add("topics", _cmd_topics, "the topic vocabulary")
    add("participation", _cmd_participation, "participation across sessions").add_argument(
        "session", nargs="?"
    )
    p = add("parties", _cmd_parties, "parties to an instrument on a date")
    p.add_argument("instrument")
    p.add_argument("--as-of", type=_date, help="ISO date, e.g. 2018-10-15")
    add("party", _cmd_party, "one State's (or the EU's) actions").add_argument("key")
    p = add("search", _cmd_search, "search titles, subjects and events")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    add("sources", _cmd_sources, "every source cited")
    add("source", _cmd_source, "one source").add_argument("id")
    add("coverage", _cmd_coverage, "what the data holds against what sources state")
    p = add("export", _cmd_export, "export the data as JSON or CSV")
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--table", help="one table (required for CSV)")
    p.add_argument("--output", "-o", help="write to a file instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        args.handler(args)
    except NotFoundError as error:
        print(f"untoc: {error}", file=sys.stderr)
        return 1
    except (UntocError, ValueError, TypeError) as error:
        print(f"untoc: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

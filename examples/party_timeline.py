"""Parties to the Convention and its Protocols on 1 January of each year, to CSV and a chart.

Run: ``python examples/party_timeline.py --csv parties.csv --png parties.png`` (the chart needs
matplotlib: ``pip install "untoc[plot]"``). A year the record counts exactly is drawn solid; a
year past the depositary table's window is a lower bound, drawn hollow, with the latest count a
source stated beside it. Only untoc's public API is used.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

import untoc

COLUMNS = ("instrument", "date", "parties", "precision", "stated", "stated_as_of", "sources")


def rows() -> list[dict[str, object]]:
    """One row per instrument and year, from 2004 to the data's as-of year."""
    out: list[dict[str, object]] = []
    for instrument in untoc.instruments():
        for year in range(2004, untoc.data_info().as_of.year + 1):
            count = untoc.party_count(instrument.slug, as_of=dt.date(year, 1, 1))
            stated = count.stated
            out.append(
                {
                    "instrument": instrument.slug,
                    "date": count.as_of.isoformat(),
                    "parties": count.value,
                    "precision": count.precision,
                    "stated": stated.value if stated else "",
                    "stated_as_of": stated.as_of.isoformat() if stated and stated.as_of else "",
                    "sources": " ".join(count.sources),
                }
            )
    return out


def write(table: list[dict[str, object]], handle: TextIO) -> None:
    writer = csv.DictWriter(handle, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(table)


def draw(table: list[dict[str, object]], path: Path) -> None:
    """Exact years as filled markers, lower bounds as hollow ones, one line per instrument."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(8, 4.5))
    for instrument in untoc.instruments():
        mine = [r for r in table if r["instrument"] == instrument.slug]
        years = [int(str(r["date"])[:4]) for r in mine]
        values = [int(str(r["parties"])) for r in mine]
        (line,) = axes.plot(years, values, label=instrument.short_name)
        hollow = [r["precision"] != "exact" for r in mine]
        for year, value, bound in zip(years, values, hollow, strict=True):
            face = "white" if bound else line.get_color()
            axes.plot(year, value, "o", color=line.get_color(), markerfacecolor=face)
    axes.set_title("Parties on 1 January (hollow: at least, past the depositary table)")
    axes.set_ylabel("parties")
    axes.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, help="write the rows here (default: print them)")
    parser.add_argument("--png", type=Path, help="draw the chart here (needs matplotlib)")
    args = parser.parse_args(argv)
    table = rows()
    if args.csv:
        with args.csv.open("w", newline="", encoding="utf-8") as handle:
            write(table, handle)
    else:
        write(table, sys.stdout)
    if args.png:
        draw(table, args.png)
    print(f"{len(table)} rows; data {untoc.data_info().version}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

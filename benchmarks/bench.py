"""untoc against pycountry, side by side, in one run (``make bench``).

Each cold measurement starts a fresh interpreter, both libraries' bytecode compiled beforehand
as an install would; the two libraries alternate run by run so that machine noise hits both
alike; medians are reported with the ratio untoc/pycountry. Run ``python benchmarks/bench.py``
(21 runs), ``--quick`` (3 runs: the tests check the script works, never its numbers),
``--json`` for raw numbers, ``--readme README.md`` to rewrite the README's table between its
``bench:`` markers. Standard library only, plus pycountry as the yardstick.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

PY = sys.executable

COLD = {
    "bare interpreter": "pass",
    "import attrs": "import attrs",
    "import pycountry": "import pycountry",
    "import untoc": "import untoc",
}
FIRST_ANSWER = {
    "pycountry": "import pycountry; pycountry.countries.get(alpha_3='AUT')",
    "untoc": "import untoc; untoc.resolutions_by_topic('firearms')",
}
# Reading, structuring, checking and indexing every table, the modules already imported; and,
# alternating with it, the floor: reading the same files and json.loads of each.
LOAD_ALL = """
import gc, json, time, untoc
from untoc import _store, _tables, model
for name in model.__all__:
    getattr(model, name)
for table in _tables.TABLES:
    table.record_class
_store.get().load_all()
files = [_store.data_root().joinpath(table.file) for table in _tables.TABLES]
best, floor = [], []
for _ in range(7):
    gc.collect()  # each timing starts from a collected heap: no collection owed to the other
    t = time.perf_counter(); [json.loads(f.read_bytes()) for f in files]
    floor.append(time.perf_counter() - t)
    _store.reset()
    gc.collect()
    t = time.perf_counter(); _store.get().load_all(); best.append(time.perf_counter() - t)
print(min(best), min(floor))
"""
WARM = """
import json, sys, timeit, warnings
import untoc, pycountry
warnings.simplefilter("ignore")
number = int(sys.argv[1])
cases = {
    "untoc.session(12)": lambda: untoc.session(12),
    "untoc.resolution('12/4')": lambda: untoc.resolution("12/4"),
    "untoc.participant('ITA')": lambda: untoc.participant("ITA"),
    "untoc.resolutions_by_topic('firearms')": lambda: untoc.resolutions_by_topic("firearms"),
    "pycountry.countries.get(alpha_3='AUT')": lambda: pycountry.countries.get(alpha_3="AUT"),
}
for f in cases.values():
    f()
# Rounds alternate the cases, so that a change in the machine's speed reaches all of them.
best = {k: float("inf") for k in cases}
for _ in range(9):
    for k, f in cases.items():
        best[k] = min(best[k], timeit.timeit(f, number=number) / number)
print(json.dumps(best))
"""
RSS = {
    "pycountry": "import pycountry; pycountry.countries.get(alpha_3='AUT')",
    "untoc": (
        "import untoc; from untoc import _store; _store.get().load_all(); "
        "untoc.search('x'); untoc.coverage(); untoc.participation_summary(); "
        "untoc.participant('ITA'); untoc.party_count('convention')"
    ),
}
RSS_TAIL = "; import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
WARM_KEY = "pycountry.countries.get(alpha_3='AUT')"


def wall(code: str) -> float:
    """Seconds for a fresh interpreter to run ``code``."""
    start = time.perf_counter()
    subprocess.run([PY, "-c", code], check=True)
    return time.perf_counter() - start


def alternate(cases: dict[str, str], runs: int) -> dict[str, list[float]]:
    """Wall times per case, the cases interleaved run by run (one round per run)."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for code in cases.values():  # warm the file cache once
        wall(code)
    for _ in range(runs):
        for name, code in cases.items():
            times[name].append(wall(code))
    return times


def medians(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in times.items()}


def paired(times: dict[str, list[float]], case: str, base: str) -> float:
    """The median of the round-by-round ratios: a machine that speeds up or slows down between
    rounds moves both cases of a round, so the ratio holds where a ratio of medians drifts."""
    return statistics.median(a / b for a, b in zip(times[case], times[base], strict=True))


def output(code: str) -> str:
    """What a fresh interpreter prints for ``code``."""
    return subprocess.run([PY, "-c", code], check=True, capture_output=True, text=True).stdout


def compile_bytecode() -> None:
    """Compile both libraries' bytecode first, as installing a wheel does.

    Otherwise, where ``PYTHONDONTWRITEBYTECODE`` is set or the package is an editable install,
    every fresh process would compile untoc's sources and time that instead of untoc.
    """
    code = "import os, untoc, pycountry; print(os.path.dirname(untoc.__file__)); " + (
        "print(os.path.dirname(pycountry.__file__))"
    )
    for folder in output(code).split("\n"):
        if folder:
            subprocess.run([PY, "-m", "compileall", "-q", folder], check=True)


def measure(runs: int, number: int) -> dict[str, object]:
    compile_bytecode()
    cold_runs = alternate(COLD, runs)
    first_runs = alternate(FIRST_ANSWER, runs)
    cold, first = medians(cold_runs), medians(first_runs)
    loads = [output(LOAD_ALL).split() for _ in range(max(3, runs // 3))]
    load_all = statistics.median(float(whole) for whole, _ in loads)
    json_floor = statistics.median(float(floor) for _, floor in loads)
    load_ratio = statistics.median(float(whole) / float(floor) for whole, floor in loads)
    warm = json.loads(
        subprocess.run(
            [PY, "-c", WARM, str(number)], check=True, capture_output=True, text=True
        ).stdout
    )
    rss_runs = {
        name: [int(output(code + RSS_TAIL)) for _ in range(5)] for name, code in RSS.items()
    }
    return {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}",
        "runs": runs,
        "cold_ms": {k: v * 1e3 for k, v in cold.items()},
        "first_answer_ms": {k: v * 1e3 for k, v in first.items()},
        "import_ratio": paired(cold_runs, "import untoc", "import pycountry"),
        "first_answer_ratio": paired(first_runs, "untoc", "pycountry"),
        "load_all_ms": load_all * 1e3,
        "json_floor_ms": json_floor * 1e3,
        "load_ratio": load_ratio,
        "warm_us": {k: v * 1e6 for k, v in warm.items()},
        "peak_rss_mib": {k: statistics.median(v) / 1024 for k, v in rss_runs.items()},
    }


def table(r: dict[str, object]) -> str:
    cold: dict[str, float] = r["cold_ms"]  # type: ignore[assignment]
    first: dict[str, float] = r["first_answer_ms"]  # type: ignore[assignment]
    warm: dict[str, float] = r["warm_us"]  # type: ignore[assignment]
    rss: dict[str, float] = r["peak_rss_mib"]  # type: ignore[assignment]
    load_all: float = r["load_all_ms"]  # type: ignore[assignment]
    json_floor: float = r["json_floor_ms"]  # type: ignore[assignment]
    load_ratio: float = r["load_ratio"]  # type: ignore[assignment]
    import_ratio: float = r["import_ratio"]  # type: ignore[assignment]
    first_ratio: float = r["first_answer_ratio"]  # type: ignore[assignment]
    rows: list[tuple[str, float, str, float | None, str]] = [
        ("cold: python -c pass", cold["bare interpreter"], "ms", None, ""),
        ("cold: import attrs", cold["import attrs"], "ms", None, ""),
        ("cold: import pycountry", cold["import pycountry"], "ms", None, ""),
        (
            "cold: import untoc",
            cold["import untoc"],
            "ms",
            import_ratio,
            "",
        ),
        ("first answer: pycountry countries.get", first["pycountry"], "ms", None, ""),
        (
            "first answer: untoc resolutions_by_topic",
            first["untoc"],
            "ms",
            first_ratio,
            "<= 1.0x (aim 0.8x)",
        ),
        ("JSON floor: read + json.loads of every file", json_floor, "ms", None, ""),
        (
            "whole record loaded, checked, indexed",
            load_all,
            "ms",
            None,
            f"{load_ratio:.1f}x the JSON floor (aim <= 3.5x)",
        ),
    ]
    pc = warm[WARM_KEY]
    rows += [
        (f"warm: {k}", v, "us", v / pc, "<= 0.5x" if k != WARM_KEY else "") for k, v in warm.items()
    ]
    rows += [
        ("peak RSS: pycountry after its first lookup", rss["pycountry"], "MiB", None, ""),
        (
            "peak RSS: untoc, everything loaded",
            rss["untoc"],
            "MiB",
            rss["untoc"] / rss["pycountry"],
            "<= 1.0x",
        ),
    ]
    lines = [
        f"untoc benchmark - {r['machine']} - medians of {r['runs']} fresh processes "
        "(ratios: median of the paired rounds)",
        "",
        f"{'measure':<46} {'value':>10}  {'untoc/pycountry':>15}  target",
    ]
    for name, value, unit, ratio, target in rows:
        shown = f"{ratio:.2f}x" if ratio is not None else ""
        lines.append(f"{name:<46} {value:>7.2f} {unit:<3} {shown:>15}  {target}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the table (or the JSON, or rewrite the README)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 runs, short timeit loops")
    parser.add_argument("--json", action="store_true", help="print the raw numbers as JSON")
    parser.add_argument("--readme", type=Path, help="rewrite this README's bench section")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 21
    number = 2_000 if args.quick else 200_000
    results = measure(runs, number)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    text = table(results)
    print(text)
    if args.readme:
        readme = args.readme.read_text("utf-8")
        day = time.strftime("%Y-%m-%d")
        block = (
            f"<!-- bench:start -->\nMeasured on {day}:\n\n```text\n{text}\n```\n<!-- bench:end -->"
        )
        readme = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", block, readme, flags=re.S)
        args.readme.write_text(readme, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

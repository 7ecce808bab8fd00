"""Where the first answer's time goes: each stage a fresh interpreter, stages interleaved.

Run: ``python benchmarks/stages.py [rounds]`` (25 by default). Each line adds one step to the
one before, from a bare interpreter to untoc's first answer, and is shown against pycountry's
first answer; docs/architecture.md reads it. Compile bytecode first, as an install does.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

STAGES = {
    "bare interpreter": "pass",
    "+ import attrs": "import attrs",
    "+ the standard modules untoc uses": "import attrs, json, datetime, _blake2",
    "+ untoc's modules for a text query": (
        "import untoc; from untoc import queries, model; model.Resolution"
    ),
    "+ the query (read, verify, structure, index)": (
        "import untoc; untoc.resolutions_by_topic('firearms')"
    ),
    "pycountry's first answer": "import pycountry; pycountry.countries.get(alpha_3='AUT')",
}
BASE = "pycountry's first answer"


def main(rounds: int) -> None:
    times: dict[str, list[float]] = {name: [] for name in STAGES}
    for _ in range(rounds):
        for name, code in STAGES.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times[name].append(time.perf_counter() - start)
    base = statistics.median(times[BASE])
    previous = None
    for name, values in times.items():
        median = statistics.median(values)
        step = "" if previous is None or name == BASE else f"{1e3 * (median - previous):+6.1f}"
        print(f"{name:48s} {1e3 * median:6.1f} ms {step:>8s}   {median / base:.2f}x")
        if name != BASE:
            previous = median


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)

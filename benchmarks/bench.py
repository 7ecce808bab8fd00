"""untoc against pycountry, side by side, in one run (``make bench``).

Each cold measurement starts a fresh interpreter; the two libraries alternate so that machine
noise hits both alike; medians are reported. Run ``python benchmarks/bench.py`` (15 runs each)
or ``--quick`` (3 runs, used by the tests to check the script works). Standard library only,
plus pycountry (in the dev extra) as the yardstick.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time

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
LOAD = """
import time, untoc
from untoc import _store
t = time.perf_counter(); _store.get(); print(time.perf_counter() - t)
"""
# The same, with the libraries untoc builds on already imported: reading, structuring,
# checking and indexing the data only.
LOAD_ONLY = """
import time, attrs, cattrs, cattrs.gen, untoc
from untoc import _store, model, membership, queries
_store._data_root()
t = time.perf_counter(); _store.get(); print(time.perf_counter() - t)
"""
WARM = """
import json, sys, timeit, warnings
import untoc, pycountry
warnings.simplefilter("ignore")
number = int(sys.argv[1])
cases = {
    "untoc.session(12)": lambda: untoc.session(12),
    "untoc.resolution('12/4')": lambda: untoc.resolution("12/4"),
    "untoc.party('ITA')": lambda: untoc.party("ITA"),
    "untoc.resolutions_by_topic('firearms')": lambda: untoc.resolutions_by_topic("firearms"),
    "pycountry.countries.get(alpha_3='AUT')": lambda: pycountry.countries.get(alpha_3="AUT"),
}
for f in cases.values():
    f()
out = {k: min(timeit.repeat(f, number=number, repeat=5)) / number for k, f in cases.items()}
print(json.dumps(out))
"""
RSS = {
    "pycountry": "import pycountry; pycountry.countries.get(alpha_3='AUT')",
    "untoc": (
        "import untoc, warnings; warnings.simplefilter('ignore'); from untoc import _store; "
        "_store.get(); untoc.search('x'); untoc.coverage(); untoc.participation_summary(); "
        "untoc.party('ITA'); untoc.ratification_timeline('convention')"
    ),
}
RSS_TAIL = "; import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


def wall(code: str) -> float:
    """Seconds for a fresh interpreter to run ``code``."""
    start = time.perf_counter()
    subprocess.run([PY, "-c", code], check=True)
    return time.perf_counter() - start


def alternate(cases: dict[str, str], runs: int) -> dict[str, float]:
    """Median wall time per case, the cases interleaved run by run."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for code in cases.values():  # warm the file cache once
        wall(code)
    for _ in range(runs):
        for name, code in cases.items():
            times[name].append(wall(code))
    return {name: statistics.median(values) for name, values in times.items()}


def output(code: str) -> str:
    """What a fresh interpreter prints for ``code``."""
    return subprocess.run([PY, "-c", code], check=True, capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 runs, short timeit loops")
    parser.add_argument("--json", action="store_true", help="print the raw numbers as JSON")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 15
    number = 2_000 if args.quick else 200_000

    cold = alternate(COLD, runs)
    first = alternate(FIRST_ANSWER, runs)
    load = statistics.median(float(output(LOAD)) for _ in range(runs))
    load_only = statistics.median(float(output(LOAD_ONLY)) for _ in range(runs))
    warm = json.loads(
        subprocess.run(
            [PY, "-c", WARM, str(number)], check=True, capture_output=True, text=True
        ).stdout
    )
    rss_runs = {
        name: [int(output(code + RSS_TAIL)) for _ in range(3)] for name, code in RSS.items()
    }
    rss = {name: statistics.median(v) / 1024 for name, v in rss_runs.items()}  # KiB -> MiB

    results = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}",
        "runs": runs,
        "cold_ms": {k: v * 1e3 for k, v in cold.items()},
        "first_answer_ms": {k: v * 1e3 for k, v in first.items()},
        "load_ms": load * 1e3,
        "load_only_ms": load_only * 1e3,
        "warm_us": {k: v * 1e6 for k, v in warm.items()},
        "peak_rss_mib": rss,
    }
    if args.json:
        print(json.dumps(results, indent=1))
        return 0

    pc_get = warm["pycountry.countries.get(alpha_3='AUT')"]
    rows = [
        ("cold: python -c pass", cold["bare interpreter"] * 1e3, "ms", None),
        ("cold: import attrs", cold["import attrs"] * 1e3, "ms", None),
        ("cold: import pycountry", cold["import pycountry"] * 1e3, "ms", None),
        (
            "cold: import untoc",
            cold["import untoc"] * 1e3,
            "ms",
            cold["import untoc"] / cold["import pycountry"],
        ),
        (
            "  untoc minus attrs (target <= 5 ms)",
            (cold["import untoc"] - cold["import attrs"]) * 1e3,
            "ms",
            None,
        ),
        ("first answer: pycountry get(alpha_3)", first["pycountry"] * 1e3, "ms", None),
        (
            "first answer: untoc resolutions_by_topic (target <= 0.9x)",
            first["untoc"] * 1e3,
            "ms",
            first["untoc"] / first["pycountry"],
        ),
        ("first load in-process, imports of attrs/cattrs included", load * 1e3, "ms", None),
        ("load + index whole dataset in-process (target <= 10 ms)", load_only * 1e3, "ms", None),
    ]
    rows += [(f"warm: {k}", v * 1e6, "us", v / pc_get) for k, v in warm.items()]
    rows += [
        ("peak RSS: pycountry after first lookup", rss["pycountry"], "MiB", None),
        (
            "peak RSS: untoc, everything loaded",
            rss["untoc"],
            "MiB",
            rss["untoc"] / rss["pycountry"],
        ),
    ]
    print(f"untoc benchmark - {results['machine']} - median of {runs} fresh processes\n")
    print(f"{'measure':<62} {'value':>10}  {'ratio untoc/pycountry':>22}")
    for name, value, unit, ratio in rows:
        shown = f"{ratio:.2f}x" if ratio is not None else ""
        print(f"{name:<62} {value:>7.2f} {unit:<3} {shown:>21}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

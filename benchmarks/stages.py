"""Where the time goes: the first answer stage by stage, and the whole record's load in parts.

Run: ``python benchmarks/stages.py [rounds]`` (25 by default). The first part starts a fresh
interpreter per stage, stages interleaved: each line adds one step to the one before, from a
bare interpreter to untoc's first answer, shown against pycountry's first answer. The second
part loads the whole record in one process, its parts interleaved round by round (minimum of
the rounds), against the JSON floor the benchmark uses. docs/architecture.md reads both.
Both libraries' bytecode is compiled first, as an install leaves it (``bench.compile_bytecode``).
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

LOAD = """
import gc, json, sys, time, attrs, untoc
from untoc import _store, _tables, model
for name in model.__all__:
    getattr(model, name)
store = _store.get()
store.load_all()
files = [store.root.joinpath(t.file).read_bytes() for t in _tables.TABLES]

def arguments(record, out):
    # every record inside, innermost first, with the arguments it was built with
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)) and not field.metadata.get("composed"):
                arguments(item, out)
    fields = attrs.fields(type(record))
    out.append((type(record), {f.name: getattr(record, f.name) for f in fields}))

built = []
for table in _tables.TABLES:
    for record in store.table(table.name).records:
        arguments(record, built)
parts = {
    "JSON floor: read + json.loads of every file": lambda: [
        json.loads(store.root.joinpath(t.file).read_bytes()) for t in _tables.TABLES
    ],
    "their BLAKE2b digests (checked against the manifest)": lambda: [
        _store.digest(data) for data in files
    ],
    "their strict parse (a key written twice refused)": lambda: [
        _store.loads_strict("x", data) for data in files
    ],
    "every record built from ready arguments (attrs, validators)": lambda: [
        cls(**kwargs) for cls, kwargs in built
    ],
    "the whole record: read, verify, decode, compose, check, index": lambda: (
        _store.reset(), _store.get().load_all()
    ),
}
best = {name: float("inf") for name in parts}
for _ in range(int(sys.argv[1])):
    for name, part in parts.items():
        gc.collect()  # each part starts from a collected heap: no collection owed to another
        start = time.perf_counter()
        part()
        best[name] = min(best[name], time.perf_counter() - start)
print(json.dumps({"records": len(built), **best}))
"""


def first_answer(rounds: int) -> None:
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


def whole_record(rounds: int) -> None:
    import json

    out = subprocess.run(
        [sys.executable, "-c", LOAD, str(rounds)], check=True, capture_output=True, text=True
    ).stdout
    best = json.loads(out)
    records = best.pop("records")
    floor = best["JSON floor: read + json.loads of every file"]
    print(f"\nthe whole record ({records} records, nested ones included), best of {rounds} rounds")
    for name, seconds in best.items():
        print(f"{name:64s} {1e3 * seconds:6.2f} ms   {seconds / floor:.2f}x the floor")


if __name__ == "__main__":
    from bench import compile_bytecode  # type: ignore[import-not-found]  # the script's folder

    compile_bytecode()
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    first_answer(rounds)
    whole_record(rounds)

"""``make mutation``: run mutmut over the modules ``[tool.mutmut]`` lists and report the score.

The score is the share of covered mutants (those some test reaches) that a test kills. It
prints the survivors by function and exits 1 below the target.
"""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.90


def main() -> int:
    mutmut = str(Path(sys.executable).parent / "mutmut")
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    subprocess.run([mutmut, "run", "--max-children", "2"], cwd=ROOT, check=True)
    results = subprocess.run(
        [mutmut, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    status: collections.Counter[str] = collections.Counter()
    survivors: collections.Counter[str] = collections.Counter()
    for line in results.splitlines():
        name, _, state = line.strip().rpartition(": ")
        if not name:
            continue
        status[state] += 1
        if state == "survived":
            survivors[name.rsplit("__mutmut_", 1)[0]] += 1
    covered = sum(n for state, n in status.items() if state not in {"no tests", "skipped"})
    killed = status["killed"] + status["timeout"]
    score = killed / covered if covered else 0.0
    print(dict(status))
    for function, count in survivors.most_common():
        print(f"  {count:>3} survived in {function}")
    print(
        f"mutation score: {killed} of {covered} covered mutants killed ({score:.1%}); "
        f"target {TARGET:.0%}"
    )
    return 0 if score >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Write ``docs/codebook.md``, the codebook generated from the table registry and the model.

Run: ``python tools/gen_codebook.py`` (part of ``make data``); ``--check`` exits 1 if the page
is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from untoc.datapackage import codebook  # noqa: E402

PATH = ROOT / "docs" / "codebook.md"


def main(argv: list[str]) -> int:
    text = codebook()
    if "--check" in argv:
        if PATH.read_text("utf-8") != text:
            print(
                "out of date: docs/codebook.md; run python tools/gen_codebook.py", file=sys.stderr
            )
            return 1
        return 0
    PATH.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Execute examples/untoc_notebook.ipynb (nbclient) in a fresh kernel; it writes no file."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Run every cell in a fresh kernel, from the examples folder."""
    path = ROOT / "examples" / "untoc_notebook.ipynb"
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return 0


if __name__ == "__main__":
    sys.exit(main())

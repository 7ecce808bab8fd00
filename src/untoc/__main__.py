"""``python -m untoc``: the command line."""

from untoc.cli import main

raise SystemExit(main())

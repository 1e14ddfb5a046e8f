"""`python -m logostudio …`: see logostudio/cli.py."""

from logostudio.cli import main

raise SystemExit(main())

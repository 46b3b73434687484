"""Entry point of the frozen application."""

from beziehung.cli import main

raise SystemExit(main())

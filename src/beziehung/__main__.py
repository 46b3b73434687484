from beziehung.cli import main

raise SystemExit(main())

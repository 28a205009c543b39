from palayesh.cli.main import main

raise SystemExit(main())

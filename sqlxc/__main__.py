from sqlxc.cli.main import main

raise SystemExit(main())

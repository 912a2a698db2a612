"""``python -m wizard``: the same as the ``liability-wizard`` command."""

from wizard.cli import main

raise SystemExit(main())

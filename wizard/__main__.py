"""``python -m wizard``: the same as the ``liability-wizard`` command."""

from wizard.start import main

raise SystemExit(main())

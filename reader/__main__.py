"""``python -m reader``: the same as the ``yomu`` command."""

import sys

from reader.cli import main

sys.exit(main())

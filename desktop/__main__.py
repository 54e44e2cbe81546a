"""``python -m desktop`` runs the ``accord`` command line."""

import sys

from desktop.cli import main

sys.exit(main())

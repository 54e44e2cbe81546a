"""``python -m desktop`` runs the ``accord`` command line."""

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the PyInstaller bundle: the same as the installed `pizhu` command."""

from __future__ import annotations

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())

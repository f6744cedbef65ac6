"""`python -m gui` is the same as the `pizhu` command."""

from __future__ import annotations

import sys

from gui.cli import main

sys.exit(main())

"""The bundle's entry point: what ``mbc-desktop`` runs (see mbc-desktop.spec)."""

import sys

from mbc_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

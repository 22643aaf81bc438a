"""File › Prepare summary…: the dialog that previews, prints, saves as PDF and copies the
pre-appointment summary (and the second-opinion packet), in the interface's language or in
English."""

from mbc_desktop.ui.summary.dialog import SummaryDialog

__all__ = ["SummaryDialog"]

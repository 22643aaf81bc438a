"""Words for what the journal holds, in the interface's language: choices and messages
translated, numbers and dates as the locale writes them, and the sentences the screen and the
printed summary share ("Changed palbociclib: 125 mg → 100 mg on Nov 12, 2026"). QtCore only
(translation and locale); no widgets, so the summary and the command line use them too."""

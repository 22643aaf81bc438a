"""The pre-appointment summary: one ``Summary`` model built from the journal, rendered as HTML
for print and PDF (QTextDocument, no widgets) and as plain text; also the second-opinion
packet. The preview dialog lives in ``ui/summary/``; the command line in ``__main__``."""

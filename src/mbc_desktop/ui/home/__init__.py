"""Home: the next appointment at a glance, and the one-key ways to get ready for it."""

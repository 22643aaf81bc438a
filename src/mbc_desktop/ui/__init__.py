"""The Qt user interface. Only this package (and summary/) imports PySide6."""

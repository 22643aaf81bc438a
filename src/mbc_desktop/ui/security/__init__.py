"""Passphrase and lock: the page shown while the journal is locked (``unlock_page``), File ›
Passphrase and lock… (``dialog``: turn encryption on with a recovery key, change the
passphrase, turn it off, the lock's time), the printable recovery sheet (``recovery_sheet``),
and the lock after a time with no use (``idle``). What they need from storage comes in through
the Protocols of ``actions`` (ui/ never imports storage/).

Nothing is imported here: the unlock page is shown at start-up, and must not bring the
dialog's printing (QtPrintSupport) with it. Import the module you need.
"""

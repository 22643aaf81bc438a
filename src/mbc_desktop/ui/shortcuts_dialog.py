"""Help › Keyboard shortcuts: every shortcut of every action in the window, read from the
actions themselves (so the list cannot drift from what the keys do), then the keys that work
inside lists and fields, which are not actions."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, fit_to_screen, plain_label


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Undo" → "Undo")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of(action: QAction) -> str:
    return ", ".join(
        # Key names as printed on the keys (Ctrl, Delete), in every language.
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )


def action_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, what it does, keys) for every action with a shortcut: those in the menus, and
    any others the window or its areas hold."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, f"{path} › {plain(sub.title())}")
            elif keys_of(action) and id(action) not in seen:
                seen.add(id(action))
                rows.append((path, plain(action.text()), keys_of(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            visit(menu, plain(menu.title()))
    for action in window.findChildren(QAction):
        if keys_of(action) and id(action) not in seen and action.isVisible():
            seen.add(id(action))
            rows.append(("", plain(action.text()), keys_of(action)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(self.tr("Keyboard shortcuts"), TextRole.TITLE))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What they do"), self.tr("Menu")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        rows = [(keys, what, menu) for menu, what, keys in action_rows(window)]
        rows += [(keys, what, "") for keys, what in self._keys_in_place()]
        for keys, what, menu in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((keys, what, menu)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Alt and an underlined letter go to that box or button. Tab moves to the "
                    "next one, Shift+Tab to the one before."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=90, lines=30)

    def _keys_in_place(self) -> list[tuple[str, str]]:
        """Keys that work where the keyboard is, not through a menu."""
        return [
            (self.tr("Up, Down, Home, End"), self.tr("Move through a list")),
            (self.tr("Enter"), self.tr("Go into the details of the picked question")),
            (self.tr("Esc"), self.tr("Back to the list (in Search: clear the search first)")),
            (self.tr("Down (in Search)"), self.tr("Go into the results")),
            (self.tr("Space, Up or Down (on a choice)"), self.tr("Open the list of choices")),
            (self.tr("Shift+Enter (in the question)"), self.tr("Start a new line")),
        ]

    def texts(self) -> list[list[str]]:
        """The rows as shown: keys, what they do, menu."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(3)]
            rows.append([cell.text() if cell is not None else "" for cell in cells])
        return rows

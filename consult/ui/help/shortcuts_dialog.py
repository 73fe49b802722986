"""Help → Keyboard shortcuts: every shortcut the window has now, read from its actions and
shortcuts themselves (so the list cannot go stale), each key written as the locale writes it.

A menu's action is named by its menu and its text ("File → Quit"); a shortcut of its own
(QShortcut) by its "What's this" text, which whoever makes one gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class KeyShortcut:
    keys: str  # as the locale writes them: "Ctrl+L", "Strg+L"
    what: str


def _plain(text: str) -> str:
    """A menu text as read: without its mnemonic marks and its trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def _action_name(action: QAction) -> str:
    menus = [
        _plain(owner.title()) for owner in action.associatedObjects() if isinstance(owner, QMenu)
    ]
    text = _plain(action.text())
    return f"{menus[0]} → {text}" if menus else text


def window_shortcuts(window: QWidget) -> list[KeyShortcut]:
    """The shortcuts of `window` and of everything open in it, each key once, in the order
    they were made (the menus first); a key with several uses in different places names them
    all."""
    found: dict[str, list[str]] = {}

    def add(sequence: QKeySequence, what: str) -> None:
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if keys and what and what not in found.setdefault(keys, []):
            found[keys].append(what)

    # The menus' actions in the menus' order, then those of the window's parts.
    in_menus = [
        action
        for bar in window.findChildren(QMenuBar)
        for menu in bar.findChildren(QMenu)
        for action in menu.actions()
    ]
    for action in dict.fromkeys([*in_menus, *window.findChildren(QAction)]):
        if action.isVisible():
            for sequence in action.shortcuts():
                add(sequence, _action_name(action))
    for shortcut in window.findChildren(QShortcut):
        add(shortcut.key(), shortcut.whatsThis())
    return [KeyShortcut(keys, "; ".join(uses)) for keys, uses in found.items()]


class ShortcutsDialog(QDialog):
    """The list of `window_shortcuts(window)`, as it is when the dialog opens."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts = window_shortcuts(window)
        self.table = QTableWidget(len(self.shortcuts), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, shortcut in enumerate(self.shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.keys))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.what))
        note = QLabel(
            self.tr(
                "Alt with a letter underlined in a menu or on a button opens that menu or "
                "presses that button. Some pages add their own shortcuts: open the page, then "
                "this list, to see them."
            )
        )
        note.setWordWrap(True)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        closing.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(closing)
        self.resize(560, 440)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]

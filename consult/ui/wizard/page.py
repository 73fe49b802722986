"""What every page of the consultation wizard offers the wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from consult.ui.wizard.session import ConsultationSession


class WizardPage(QWidget):
    """A step of the consultation. It shows the session and edits it with `session.update`.

    The wizard calls `refresh()` each time the page is shown (after the draft was saved), and
    asks `blocker()` before Next: a page returns why the consultation cannot go on yet, or "".
    """

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Fill the widgets from the session's draft and preview."""

    def blocker(self) -> str:
        return ""

    def fit_width(self, width: int) -> None:
        """The width the wizard shows the page in. A page too wide for it side by side may
        stack its parts instead, so that it scrolls down, never sideways (1366 x 768 at 200 %
        leaves about 500 pixels)."""

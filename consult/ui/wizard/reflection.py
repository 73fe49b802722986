"""The warning that the first session comes too soon after the consent was signed, with the
reason the practitioner gives (saved with the draft, and kept with the consent when the
consultation is finished). The Plan and Finish pages both show it: the dates are set on one,
the consultation kept on the other."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from consult.domain.consent import REASON_MAX
from consult.ui.theme import set_banner, set_tone
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import worded


class ReflectionWarning(QFrame):
    """Hidden unless the editor finds the first session sooner than the time to reflect."""

    # The reason was typed (and taken by the session): the page re-checks what is missing.
    reason_changed = Signal()

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("reflectionWarning")
        set_banner(self, "warning")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(
            self.tr("Why the first session is sooner (the patient asked, after discussion…)")
        )
        self.reason.setAccessibleName(self.tr("Reason for less time to reflect"))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        self.reason.textEdited.connect(self._typed)
        self.hide()

    def _typed(self, text: str) -> None:
        problem = self.session.set_reflection_reason(text)
        self.problem.setText(worded(problem))
        self.problem.setVisible(bool(problem))
        self.reason_changed.emit()

    def refresh(self) -> None:
        warning = self.session.reflection_warning()
        self.setVisible(warning is not None)
        if warning is None:
            return
        self.text.setText(self.tr("Time to reflect: {warning}.").format(warning=worded(warning)))
        if self.reason.text() != self.session.reflection_reason:
            self.reason.setText(self.session.reflection_reason)

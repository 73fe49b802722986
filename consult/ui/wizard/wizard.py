"""The consultation wizard: the steps on the left, one page at a time, Back and Next.

The draft is saved on every page change, so a crash or a forced quit loses at most the page
being typed; the next start offers to resume it. Back never loses input: every page edits
the one `ConsultationSession`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consult.config import settings_file
from consult.domain.consultation import ConsultationRecord
from consult.domain.errors import DocumentError, PlanError
from consult.services.errors import StoreError
from consult.ui.errors import explain
from consult.ui.formats import dates_shown
from consult.ui.read_only import hide_unavailable_actions, show_as_text
from consult.ui.theme import set_tone
from consult.ui.wizard.assessment_step import AssessmentStep
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.patient_step import PatientStep
from consult.ui.wizard.plan.step import PlanStep
from consult.ui.wizard.scores_step import ScoresStep
from consult.ui.wizard.screening_step import ScreeningStep
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import worded

AUTOSAVE_MS = 2000
# The step list's widest, in widths of an M: "3. Assessment" on one line.
STEP_LIST_EMS = 10
PAGES = (
    PatientStep,
    ScreeningStep,
    AssessmentStep,
    ScoresStep,
    PlanStep,
    HandoutStep,
    FinishStep,
)


class _PageView(QScrollArea):
    """A page taller or wider than the screen (1366 x 768 at 200 %) scrolls; the page is told
    the width it has, to lay itself out for it."""

    def __init__(self, page: WizardPage) -> None:
        super().__init__()
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._page = page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._page.fit_width(self.viewport().width())


class ConsultationWizard(QWidget):
    """Walks one consultation; `finished` carries the final record, `closed` a kept draft."""

    finished = Signal(object)  # ConsultationRecord
    closed = Signal()

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("consultationWizard")
        self.pages: list[WizardPage] = [page(session) for page in PAGES]

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Consultation steps"))
        self.stack = QStackedWidget()
        for number, page in enumerate(self.pages, start=1):
            self.steps.addItem(f"{number}. {page.title()}")
            self.stack.addWidget(_PageView(page))
        # As wide as its longest step, up to a few words: a longer name ("6. Document
        # d'information") wraps rather than take width from the pages or be cut.
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = self.fontMetrics().horizontalAdvance("M") * STEP_LIST_EMS
        self.steps.setFixedWidth(
            min(self.steps.sizeHintForColumn(0), widest) + 2 * self.steps.frameWidth() + 4
        )
        self.heading = QLabel()
        self.heading.setObjectName("wizardHeading")
        self.message = QLabel()
        self.message.setObjectName("wizardMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()

        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(False)
        self.close_button = QPushButton(self.tr("Save and &close"))
        self.close_button.setToolTip(
            self.tr("Keep this consultation as a draft and go back to the patient")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        page_column = QVBoxLayout()
        page_column.addWidget(self.heading)
        page_column.addWidget(self.message)
        page_column.addWidget(self.stack, 1)
        page_column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(page_column, 1)

        self.steps.currentRowChanged.connect(self._step_chosen)
        self.back_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.close_button.clicked.connect(self.save_and_close)
        self.setTabOrder(self.back_button, self.next_button)
        self.page(FinishStep).finish_requested.connect(self.finish)
        # Besides every page change, the draft is saved a moment after typing stops, so a
        # crash loses at most the last seconds of a long page (the assessment).
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._save)
        session.changed.connect(self.autosave.start)
        self._holding: WizardPage | None = None  # the page whose reason the message shows
        session.changed.connect(self._recheck)
        if session.read_only:
            self.close_button.setText(self.tr("&Close"))
        # A draft opens again on the page it was left on (after a crash too); going there
        # asks each page on the way, as Next does. Window state: a page number, no data.
        self._settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        self._page_key = f"wizard/last_page/{session.consultation_id}"
        left_on = 0 if session.read_only else self._settings.value(self._page_key, 0, int)
        self._show(0)
        if 0 < left_on < len(self.pages):
            self.go_to(left_on)

    @property
    def current(self) -> int:
        return self.stack.currentIndex()

    def page(self, kind: type[WizardPage]) -> WizardPage:
        return next(page for page in self.pages if isinstance(page, kind))

    def go_to(self, index: int) -> bool:
        """Save the draft and show page `index`. Going forward past a page that says it is
        not ready yet is refused with its reason; going back always works."""
        if not 0 <= index < len(self.pages) or index == self.current:
            return False
        if index > self.current and not self.session.read_only:
            for page in self.pages[self.current : index]:
                problem = page.blocker()
                if problem:
                    self._say(problem)
                    self._holding = page
                    self._mark_step()
                    return False
        if not self._save():
            self._mark_step()
            return False
        self._show(index)
        return True

    def save_and_close(self) -> None:
        if self._save():
            self.closed.emit()

    def finish(self) -> ConsultationRecord | None:
        """Keep the consultation as final; a refusal is shown and nothing is lost."""
        try:
            record = self.session.finalise()
        except PlanError as error:
            self._say(worded(error.message))
            return None
        except DocumentError as error:  # a draft's field: its path is the program's own
            self._say(f"{error.path}: {worded(error.message)}")
            return None
        except StoreError as error:
            self._say(explain(error))
            return None
        self._settings.remove(self._page_key)
        self.finished.emit(record)
        return record

    def _save(self) -> bool:
        self.autosave.stop()
        try:
            self.session.save()
        except StoreError as error:
            self._say(explain(error))
            return False
        return True

    def _say(self, text: str) -> None:
        self._holding = None
        self.message.setText(dates_shown(text))
        self.message.setVisible(bool(text))

    def _recheck(self) -> None:
        """A page's reason for holding Next back follows the edits: gone once dealt with."""
        if self._holding is not None:
            page = self._holding
            self._say(page.blocker())
            if self.message.isVisible():
                self._holding = page

    def _mark_step(self) -> None:
        """Highlight the page shown; later, as this may run inside the list's own signal."""
        QTimer.singleShot(0, self, self._highlight_current)

    def _highlight_current(self) -> None:
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(self.current)
        self.steps.blockSignals(False)

    def _step_chosen(self, row: int) -> None:
        if row != self.current and row >= 0:
            self.go_to(row)

    def _show(self, index: int) -> None:
        self._say("")
        page = self.pages[index]
        page.refresh()
        if self.session.read_only:  # a final consultation is a record: values as text
            show_as_text(page)
            hide_unavailable_actions(page)
        self.stack.setCurrentIndex(index)
        self._highlight_current()
        self.heading.setText(self.tr("<h2>{title}</h2>").format(title=page.title()))
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < len(self.pages) - 1)
        if not self.session.read_only:
            self._settings.setValue(self._page_key, index)
        page.setFocus(Qt.FocusReason.OtherFocusReason)

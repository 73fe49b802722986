"""What a session and a test patch share: the date, the practitioner, the pre-session check,
Save draft, Finalise (signed by the practitioner, then locked) and, once signed, addenda.

A subclass lays out and reads its own fields (`build_body`, `fill`, `details`) and says which
label shows a refusal of each field (`targets`); the service decides what is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.records import PatientRecord
from consult.domain.treatment import SessionDraft, SessionRecord, SigningRefused
from consult.services.errors import StoreError
from consult.ui.course.addenda import AddendaTableModel, AddendumDialog
from consult.ui.course.addenda import Column as AddendumColumn
from consult.ui.course.checklist import CheckList
from consult.ui.course.widgets import error_label, refusal, show_text
from consult.ui.date_field import DateField
from consult.ui.formats import show_time
from consult.ui.read_only import show_as_text
from consult.ui.record_table import show_records
from consult.ui.screens import fit_on_screen, scrolling
from consult.ui.theme import set_tone
from consult.ui.wording import worded

if TYPE_CHECKING:
    from consult.services.context import AppContext


def add_row(form: QFormLayout, caption: str, field: QWidget, *under: QWidget) -> None:
    """A captioned field (Alt+letter goes to it) with what is said under it: a hint, a
    refusal."""
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    for widget in under:
        column.addWidget(widget)
    label = QLabel(caption)
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(caption.replace("&", ""))
    form.addRow(label, column)


class CourseRecordDialog(QDialog):
    """A new record (`session_id` None) or a saved one; a finalised one is read-only."""

    saved = Signal(int)  # the record's id, after each save or finalisation
    KIND = ""  # the record kind a subclass edits
    SIZE = (980, 820)  # wished for; never beyond the screen

    def __init__(
        self,
        context: AppContext,
        patient: PatientRecord,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.patient = patient
        course = context.course
        self.record: SessionRecord | None = course.get_session(session_id) if session_id else None
        draft = self.record.draft if self.record else self.new_draft()
        self.initial_draft = draft  # what the form opens with
        self._consultation_id = draft.consultation_id
        self._names = {p.id: p.name for p in context.practitioners.list()}

        self.status = QLabel()
        self.status.setObjectName("recordStatus")
        self.status.setWordWrap(True)
        self.date = DateField(self.tr("Date"), self.tr("It cannot be after today ({date})."))
        self.date_error = error_label()
        self.practitioner = QComboBox()
        self.practitioner.setAccessibleName(self.tr("Practitioner"))
        self.practitioner.addItem(self.tr("Not chosen yet"), None)
        for practitioner in context.practitioners.offered(draft.practitioner_id):
            self.practitioner.addItem(practitioner.name, practitioner.id)
        self.practitioner_error = error_label()
        self.checklist = CheckList()
        self.check_error = error_label()
        self.problem = error_label()
        self.problem.setObjectName("recordProblem")

        self.form = QWidget()  # what a signature locks
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        header = QFormLayout()
        add_row(header, self.tr("&Date"), self.date, self.date.note, self.date_error)
        add_row(header, self.tr("&Practitioner"), self.practitioner, self.practitioner_error)
        form.addLayout(header)
        form.addWidget(self.checklist)
        form.addWidget(self.check_error)
        self.build_body(form)

        self.addenda = AddendaTableModel(self._names, self)
        self.addenda_table = QTableView()
        show_records(self.addenda_table, self.addenda, self.tr("Addenda"))
        header_view = self.addenda_table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(AddendumColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        self.addenda_table.setMinimumHeight(110)
        self.addenda_box = QGroupBox(self.tr("Addenda"))
        QVBoxLayout(self.addenda_box).addWidget(self.addenda_table)

        content = QVBoxLayout()
        content.addWidget(self.form)
        content.addWidget(self.addenda_box)
        self.save_button = QPushButton(self.tr("Save &draft"))
        self.finalise_button = QPushButton(self.tr("&Finalise and sign…"))
        self.addendum_button = QPushButton(self.tr("Add &addendum…"))
        self.close_button = QPushButton(self.tr("Close"))
        # Offered when the patient's consent was withdrawn or voided: no session without one.
        self.sign_consent_button = QPushButton(self.tr("Sign a new &consent…"))
        self.sign_consent_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.addendum_button)
        for widget in self.actions():
            buttons.addWidget(widget)
        buttons.addWidget(self.sign_consent_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.finalise_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.close_button.clicked.connect(self.accept)
        self.sign_consent_button.clicked.connect(self.sign_consent)
        questions = (
            course.questions_for(self.record.id)
            if self.record
            else course.check_questions(patient.id)
        )
        self.checklist.set_questions(questions)
        self._fill_common(draft)
        self.fill(draft)
        self._show_state()
        fit_on_screen(self, *self.SIZE)

    # What a kind of record adds ---------------------------------------------------------------

    def new_draft(self) -> SessionDraft:
        raise NotImplementedError

    def build_body(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def fill(self, draft: SessionDraft) -> None:
        raise NotImplementedError

    def details(self, draft: SessionDraft) -> SessionDraft:
        """`draft` (the shared fields) with this kind's fields as entered."""
        raise NotImplementedError

    def start(self, draft: SessionDraft) -> SessionRecord:
        raise NotImplementedError

    def targets(self) -> dict[str, QLabel]:
        """The label showing a refusal, by the field path it begins with."""
        return {}

    def actions(self) -> list[QWidget]:
        """What this kind adds beside the addendum button: usable whether or not the record is
        signed (a signature locks only the form)."""
        return []

    def title(self) -> str:
        raise NotImplementedError

    # Shared ---------------------------------------------------------------------------------

    def _fill_common(self, draft: SessionDraft) -> None:
        self.date.set_date(draft.date)
        self.practitioner.setCurrentIndex(max(0, self.practitioner.findData(draft.practitioner_id)))
        self.checklist.set_answers(draft.check, draft.check_reasons)

    def show_saved_dates(self, draft: SessionDraft) -> None:
        """The dates as saved, written in the window's style (a date typed as 2026-08-15
        would otherwise stay so in a signed record)."""
        self.date.set_date(draft.date)

    def _show_state(self) -> None:
        record = self.record
        final = record is not None and record.is_final
        name = self.patient.details.full_name
        self.setWindowTitle(f"{self.title()} · {name}")
        if record is None:
            self.status.setText(self.tr("New: not saved yet."))
        elif final:
            assert record.finalised_at is not None
            self.status.setText(
                self.tr(
                    "Finalised and signed by {who} on {when}. It cannot be changed: "
                    "a correction is added as an addendum, below."
                ).format(
                    who=self._names.get(record.draft.practitioner_id or 0, "?"),
                    when=show_time(record.finalised_at),
                )
            )
        else:
            self.status.setText(self.tr("Draft: not signed yet."))
        set_tone(self.status, None if final else "muted")
        self.form.setEnabled(not final)
        if final:  # a signed record: its values as text (a hint never reads as a value)
            show_as_text(self.form)
        self.checklist.set_read_only(final)
        self.save_button.setVisible(not final)
        self.finalise_button.setVisible(not final)
        self.addendum_button.setVisible(final)
        self.addenda_box.setVisible(final)
        if record is not None:
            self.addenda.set_records(record.addenda)

    def draft(self) -> SessionDraft | None:
        """The record as entered, or None (with the reason shown) when the date is unreadable."""
        day = self.date.date()
        if day is None:
            reason = self._no_date()
            # Said once beside the field: the date's own note may already say it.
            if not (self.date.note.isVisibleTo(self) and self.date.note.text() == reason):
                show_text(self.date_error, reason)
            return None
        shared = SessionDraft(
            date=day,
            kind=self.KIND,
            consultation_id=self._consultation_id,
            practitioner_id=self.practitioner.currentData(),
            check=self.checklist.answers(),
            check_reasons=self.checklist.reasons(),
        )
        return self.details(shared)

    def _no_date(self) -> str:
        """Why the date field gives no date: what is wrong with what was typed, or that it is
        blank."""
        return self.date.problem() or self.tr("Enter the date it was done.")

    def _clear_problems(self) -> None:
        for label in (
            self.problem,
            self.date_error,
            self.practitioner_error,
            self.check_error,
            *self.targets().values(),
        ):
            show_text(label, "")
        self.checklist.clear_refusals()

    def _beside(self, error: DocumentError) -> None:
        """Show the reason beside the field it concerns (a question's beside that question)."""
        head, _, question = error.path.partition(".")
        if head in ("check", "check_reasons") and self.checklist.show_refusal(
            question, refusal(error)
        ):
            return
        targets = {
            "date": self.date_error,
            "practitioner": self.practitioner_error,
            "check": self.check_error,
            **self.targets(),
        }
        fits = [key for key in targets if error.path == key or error.path.startswith(key + ".")]
        if fits:
            show_text(targets[max(fits, key=len)], refusal(error))

    def _refused(self, error: DocumentError) -> None:
        """Show the reason beside the field it concerns and under the form."""
        if isinstance(error, SigningRefused):
            self._not_signed(error.problems)
            return
        self._beside(error)
        show_text(self.problem, self.tr("Not saved: {reason}").format(reason=refusal(error)))
        if error.path == "consent":
            self.sign_consent_button.show()
            self.sign_consent_button.setFocus()

    def sign_consent(self) -> None:
        """The patient signs a new treatment consent for the plan the course follows."""
        from consult.ui.consent_dialogs import treatment_consent_dialog

        try:
            dialog = treatment_consent_dialog(self._context, self.patient, self)
        except (DocumentError, StoreError) as error:
            show_text(self.problem, worded(getattr(error, "message", str(error))))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.sign_consent_button.hide()
            show_text(self.problem, self.tr("A new consent was signed: save the session again."))

    def _not_signed(self, problems: tuple[DocumentError, ...]) -> None:
        """Every item still missing beside its field, and all of them in one line below."""
        for error in problems:
            self._beside(error)
        if not self._names:
            show_text(self.practitioner_error, self.tr("Add the practitioner in Settings first."))
        # Each problem is "needed to sign: <item>"; the line below lists the items.
        items = [worded(error.message.params.get("item", error.message)) for error in problems]
        show_text(
            self.problem,
            self.tr("Not signed: still needed: {items}.").format(items="; ".join(items)),
        )

    def save(self) -> SessionRecord | None:
        """Save the draft; None when refused, with the reason shown."""
        self._clear_problems()
        draft = self.draft()
        if draft is None:
            show_text(self.problem, self.tr("Not saved: {reason}").format(reason=self._no_date()))
            return None
        try:
            if self.record is None:
                record = self.start(draft)
            else:
                record = self._context.course.save_session(self.record.id, draft)
        except DocumentError as error:
            self._refused(error)
            return None
        except StoreError as error:
            show_text(self.problem, str(error))
            return None
        self.record = record
        self.show_saved_dates(record.draft)
        self._show_state()
        self.status.setText(
            self.tr("Draft saved: not signed yet.") if not record.is_final else self.status.text()
        )
        self.saved.emit(record.id)
        return record

    def finalise(self) -> None:
        """Save, then sign as the practitioner chosen, after asking: it locks the record."""
        self._clear_problems()
        draft = self.draft()
        if draft is None:
            show_text(self.problem, self.tr("Not signed: {reason}").format(reason=self._no_date()))
            return
        saved = self.record.id if self.record else None
        missing = self._context.course.signing_problems(self.patient.id, draft, saved)
        if missing:
            self._not_signed(missing)
            return
        practitioner = self.practitioner.currentData()
        answer = QMessageBox.question(
            self,
            self.tr("Finalise and sign"),
            self.tr(
                "Sign this record as {who}? It is then locked: a later correction is an addendum."
            ).format(who=self.practitioner.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.save() is None:
            return
        assert self.record is not None
        try:
            self.record = self._context.course.finalise_session(self.record.id, practitioner)
        except DocumentError as error:
            self._refused(error)
            return
        except StoreError as error:
            show_text(self.problem, str(error))
            return
        self._show_state()
        self.saved.emit(self.record.id)

    def add_addendum(self) -> None:
        assert self.record is not None and self.record.is_final
        dialog = AddendumDialog(
            self._context, self.record.id, self.record.draft.practitioner_id, self
        )
        if dialog.exec() and dialog.added is not None:
            self.record = self._context.course.get_session(self.record.id)
            self._show_state()
            self.addenda_table.scrollToBottom()

"""The main window: find a patient (or a lot), the patient's page with the course, the
consultation wizard, and the record views the course opens (a consultation's summary, a
follow-up).

The window only switches between them; each view calls the services itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consult import __version__
from consult.config import settings_file
from consult.domain.access import Permission
from consult.services.errors import StoreError
from consult.services.languages import handout_languages
from consult.ui.background import BackgroundTask
from consult.ui.errors import explain, plain_sentence
from consult.ui.formats import show_date, show_time
from consult.ui.patients.listing import PatientListView
from consult.ui.screens import fit_on_screen
from consult.ui.theme import set_banner

# What needs the store (SQLAlchemy, slow to import) is imported once the window shows.
if TYPE_CHECKING:
    from consult.domain.consultation import ConsultationRecord
    from consult.domain.records import PatientRecord
    from consult.services.access import SignedIn
    from consult.services.context import AppContext
    from consult.ui.access.lock import IdleWatcher, LockController
    from consult.ui.admin.tools import WindowTools
    from consult.ui.daily_backup import DailyBackup
    from consult.ui.help.guide_dialog import GuideDialog
    from consult.ui.help.shortcuts_dialog import ShortcutsDialog
    from consult.ui.patients.page import PatientView
    from consult.ui.photos.report import ProgressReport
    from consult.ui.wizard.wizard import ConsultationWizard


# What was just done ("Backup made: …", "Patient 7 exported to …") stays long enough to read
# a path in it, then goes, and goes at once when the page changes: an old message on another
# page reads as news about that page.
SAID_MS = 15_000


class MainWindow(QMainWindow):
    # A restore opened the restored records: the start-up closes this context at the end.
    context_replaced = Signal(object)

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """The window; without `context` it shows at once and `attach` gives it the
        database when open (the search field takes typing meanwhile). `clock` times the
        idle lock (tests move it on)."""
        super().__init__(parent)
        self._clock = clock
        self._context: AppContext
        self._settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("consult {version}").format(version=__version__))
        # Usable on a 1366 x 768 screen, also at 200 % scaling (683 x 384 logical pixels).
        self.setMinimumSize(640, 380)
        fit_on_screen(self, 1280, 760)
        self.wizard: ConsultationWizard | None = None
        # A record the course opened (a consultation's summary, a follow-up), shown instead
        # of the patient's page until the practitioner goes back.
        self.record_view: QWidget | None = None
        self._progress_report: ProgressReport | None = None  # made when first asked for
        self._attached = False
        self._questions_waiting = False  # the first questions, put off (see first_questions)
        self._waiting_patient: int | None = None  # opened before the records were
        self.demo = False  # a database of invented patients (`consult demo`)
        self._backup: DailyBackup | None = None
        # The idle lock, made once someone is signed in (a database from before accounts
        # has nobody to unlock it).
        self.lock: LockController | None = None
        self.idle: IdleWatcher | None = None
        self._tools: WindowTools | None = None  # made when first needed

        self.patient_list = PatientListView(None)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.patient_list)
        self._patient_view: PatientView | None = None  # made when first needed
        # Above every page of a demo database: nobody takes its patients for real ones.
        self.demo_banner = QLabel(self.tr("Demo data — invented patients"))
        self.demo_banner.setObjectName("demoBanner")
        set_banner(self.demo_banner, "warning")
        self.demo_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.stack.currentChanged.connect(self.statusBar().clearMessage)
        # What must stay until dealt with (today's backup not made, damaged records, what the
        # start undid): a normal status bar widget, hidden while a message is shown and back
        # after it, where a message would be replaced by the next one.
        self.status_notice = QLabel()
        self.statusBar().addWidget(self.status_notice, 1)
        self._make_menus()
        # Busy while the daily backup runs (its length is not known in advance).
        self.backup_progress = QProgressBar()
        self.backup_progress.setRange(0, 0)
        self.backup_progress.setMaximumWidth(120)
        self.backup_progress.setAccessibleName(self.tr("Backup in progress"))
        self.backup_progress.hide()
        self.statusBar().addPermanentWidget(self.backup_progress)
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInUser")
        self.user_label.hide()
        self.statusBar().addPermanentWidget(self.user_label)

        self.patient_list.opened.connect(self.open_patient)
        self.patient_list.new_patient_requested.connect(self.new_patient)

        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_on_screen(self, self.width(), self.height())  # the screen may be smaller now
        self.stack.setCurrentWidget(self.patient_list)
        self.patient_list.search.setFocus()
        self.menuBar().setEnabled(False)  # until the records are open
        if context is not None:
            self.attach(context)

    @property
    def tools(self) -> WindowTools:
        """Backup, restore, export and the data folder, made when first asked for."""
        if self._tools is None:
            from consult.ui.admin.tools import WindowTools

            self._tools = WindowTools(lambda: self._context, self, self._ask_who_signs_in)
            self._tools.said.connect(self.say)
            self._tools.restored.connect(self.replace_context)
        return self._tools

    @property
    def patient_view(self) -> PatientView:
        """The patient's page, made when first needed: its code (the course's table, the
        photos) is not needed to find a patient, and the window shows sooner without it."""
        if self._patient_view is None:
            self._patient_view = self._make_patient_view()
        return self._patient_view

    def _make_patient_view(self) -> PatientView:
        from consult.ui.patients.page import PatientView

        view = PatientView(self._context if self._attached else None)
        self.stack.addWidget(view)
        view.back_requested.connect(self.show_patients)
        view.edit_requested.connect(self.edit_patient)
        view.new_consultation_requested.connect(self.start_consultation)
        view.consultation_opened.connect(self.open_consultation)
        view.course_record_requested.connect(self.open_course_record)
        view.summary_opened.connect(self.open_consultation_summary)
        view.follow_up_requested.connect(self.start_follow_up)
        view.follow_up_opened.connect(self.open_follow_up)
        view.session_opened.connect(self.open_session)
        view.adverse_event_opened.connect(self.open_adverse_event)
        view.revision_opened.connect(self.open_revision)
        view.erase_requested.connect(self.erase_patient)
        view.discard_requested.connect(self.discard_draft)
        view.compare_requested.connect(self.compare_photos)
        view.progress_report_requested.connect(self.save_progress_report)
        return view

    def _shown_patient(self) -> PatientRecord | None:
        """The patient whose page was last shown (None before any)."""
        return None if self._patient_view is None else self._patient_view.patient

    def attach(self, context: AppContext) -> None:
        """The database is open: the window starts working on it."""
        self._context = context
        self._languages = handout_languages()
        self._attached = True
        if self._patient_view is not None:
            self._patient_view.attach(context)
        self.menuBar().setEnabled(True)
        self._start_lock()
        self.apply_role()
        try:
            self.demo = context.clinic.is_demo()
        except StoreError:  # unreadable now: the next start asks again
            self.demo = False
        self.demo_banner.setVisible(self.demo)
        if context.notice is not None:
            self._notice(plain_sentence(context.notice))
        if self._waiting_patient is not None:
            self.statusBar().clearMessage()
            self.open_patient(self._waiting_patient)

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_patient_action = QAction(self.tr("&New patient…"), self)
        self.new_patient_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_patient_action.triggered.connect(self.new_patient)
        self.find_action = QAction(self.tr("&Find patient"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.show_patients)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore a backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.export_action = QAction(self.tr("&Export patient…"), self)
        self.export_action.triggered.connect(self.export_patient)
        self.folder_action = QAction(self.tr("Open &data folder"), self)
        self.folder_action.triggered.connect(lambda: self.tools.open_data_folder())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setStatusTip(self.tr("Lock the window for anyone to sign in"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.sign_out_action.setVisible(False)  # until someone is signed in
        file_menu.addActions([self.new_patient_action, self.find_action])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.backup_action, self.restore_action, self.export_action, self.folder_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(settings_action)
        # The Lock action (the lock controller's own) goes here once someone is signed in.
        self._lock_place = file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.outcome_audit_action = QAction(self.tr("&Outcome audit…"), self)
        self.outcome_audit_action.triggered.connect(self.open_outcome_audit)
        self.reports_menu.addAction(self.outcome_audit_action)
        self.admin_menu = self.menuBar().addMenu(self.tr("&Admin"))
        self.users_action = QAction(self.tr("&Users…"), self)
        self.users_action.triggered.connect(self.open_users)
        self.audit_log_action = QAction(self.tr("&Audit log…"), self)
        self.audit_log_action.triggered.connect(self.open_audit_log)
        self.admin_menu.addActions([self.users_action, self.audit_log_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About consult"), self)
        about.triggered.connect(self._about)
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(about)
        self.guide: GuideDialog | None = None  # made when first asked for, kept at its page

    # -- who is at the keyboard -------------------------------------------------------------

    def _start_lock(self) -> None:
        """The idle lock and Ctrl+L for the user signed in; nothing for a database from
        before accounts (nobody could unlock it)."""
        signed_in = self._context.current.signed_in
        if signed_in is None:
            return
        if self.lock is None:
            from consult.ui.access.lock import IdleWatcher, LockController

            # The context is read at each attempt: a restore replaces it under the lock.
            self.lock = LockController(
                self,
                lambda username, secret: self._context.accounts.unlock(username, secret),
                signed_in.account,
            )
            self.lock.user_switched.connect(self._user_switched)
            self.file_menu.insertAction(self._lock_place, self.lock.lock_action())
            # On the window too: Ctrl+L works while the menu bar is not shown.
            self.addAction(self.lock.lock_action())
            self.idle = IdleWatcher(self._idle_minutes(), self, now=self._clock)
            self.idle.idle.connect(self.lock.lock)
            self.idle.start()
        else:
            self.lock.account = signed_in.account
            self.set_idle_minutes(self._idle_minutes())

    def _idle_minutes(self) -> int:
        try:
            return self._context.clinic.idle_lock_minutes()
        except StoreError:
            # Unreadable now: the default, which the next start reads again.
            from consult.domain.access import IDLE_LOCK_DEFAULT_MINUTES

            return IDLE_LOCK_DEFAULT_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        """The idle lock waits `minutes` from now on (Settings changed it)."""
        if self.idle is not None:
            self.idle.set_minutes(minutes)

    def sign_out(self) -> None:
        """Lock, offering the sign-in to anyone; the user who signed out may come back
        to their work as from the lock."""
        if self.lock is not None:
            self.lock.lock()
            self.lock.page.sign_in_as_someone_else(True)

    def _user_switched(self, signed_in: SignedIn) -> None:
        """Someone else signed in on the lock page: the first user's open consultation is
        saved as their draft (it stays theirs) and closed, their other windows closed, and
        the window goes on for the new user from the patient list. Runs before anything is
        painted again (see LockController)."""
        assert self.lock is not None
        unsaved = False
        if self.wizard is not None:
            if not self.wizard.session.record.is_final:
                try:
                    # Saved while the first user is still the one the services act for.
                    self.wizard.session.save()
                except StoreError:
                    unsaved = True
            self._drop_wizard()
        self._drop_record_view()
        for window in self.lock.parked_windows:
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()
        self.lock.parked_windows = []
        self._context.accounts.switch(signed_in)
        if self._patient_view is not None:
            self._patient_view.patient = None
        self.apply_role()
        self.show_patients()
        if unsaved:
            self._notice(self.tr("The previous user's consultation could not be saved."))
        QTimer.singleShot(0, self, self.offer_resume)

    def _ask_who_signs_in(self, where: str) -> SignedIn | None:
        """Who signs in to restored records (the archive was opened by the recovery key or
        another user's password): asked, never taken from the secret."""
        from consult.services.access import SignedIn, sign_in
        from consult.ui.access.sign_in_dialog import SignInDialog

        dialog = SignInDialog(lambda username, secret: sign_in(where, username, secret), self)
        dialog.setWindowTitle(self.tr("Sign in to the restored records"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        signed_in = dialog.signed_in
        return signed_in if isinstance(signed_in, SignedIn) else None

    def _may_clinical(self) -> bool:
        return self._context.current.may(Permission.CLINICAL)

    def apply_role(self) -> None:
        """What the signed-in user's role allows, and only that, in the menus; their name
        in the status bar."""
        current = self._context.current
        signed_in = current.signed_in

        def may(permission: Permission) -> bool:
            # Users and the audit log are of a database with accounts.
            if permission in (Permission.USERS, Permission.AUDIT) and signed_in is None:
                return False
            return current.may(permission)

        # Lot numbers are looked up in the sessions: a clinical record.
        course = self._context.course if may(Permission.CLINICAL) else None
        self.patient_list.show_clinical(may(Permission.CLINICAL))
        self.patient_list.set_service(self._context.patients, course)
        for action, permission in (
            (self.new_patient_action, Permission.CONTACTS),
            (self.backup_action, Permission.BACKUP),
            (self.restore_action, Permission.RESTORE),
            (self.export_action, Permission.CLINICAL),
            (self.outcome_audit_action, Permission.CLINICAL),
            (self.users_action, Permission.USERS),
            (self.audit_log_action, Permission.AUDIT),
        ):
            # Hidden and disabled: a hidden action's shortcut must not act either.
            action.setVisible(may(permission))
            action.setEnabled(may(permission))
        self.reports_menu.menuAction().setVisible(may(Permission.CLINICAL))
        self.admin_menu.menuAction().setVisible(may(Permission.USERS) or may(Permission.AUDIT))
        self.sign_out_action.setVisible(signed_in is not None)
        if signed_in is None:
            self.user_label.hide()
            return
        from consult.ui.access.users_dialog import role_name

        account = signed_in.account
        self.user_label.setText(
            self.tr("Signed in: {name} ({role})").format(
                name=account.display_name, role=role_name(account.role)
            )
        )
        self.user_label.show()

    def open_users(self) -> None:
        from consult.ui.access.users_dialog import UsersDialog

        signed_in = self._context.current.signed_in
        if signed_in is None or not self._context.current.may(Permission.USERS):
            return
        UsersDialog(self._context.accounts, signed_in.account, self).exec()

    def open_audit_log(self) -> None:
        from consult.services.audit_log import AuditLogService
        from consult.ui.access.audit_log import AuditLogDialog

        if not self._context.current.may(Permission.AUDIT):
            return
        AuditLogDialog(AuditLogService(self._context.database), self).exec()

    # -- navigation ------------------------------------------------------------------------

    def show_patients(self) -> None:
        if not self._leave_wizard():
            return
        self.patient_list.refresh()
        self.stack.setCurrentWidget(self.patient_list)
        self._drop_record_view()
        self.patient_list.search.setFocus()
        self.patient_list.search.selectAll()
        if self._questions_waiting:  # a pause in the work: asked now
            QTimer.singleShot(0, self, self._ask_first_questions)

    def open_patient(self, patient_id: int) -> None:
        if not self._attached:  # listed before the records opened: opened once they are
            self._waiting_patient = patient_id
            self.statusBar().showMessage(self.tr("Opening the records…"))
            return
        self._waiting_patient = None
        if not self._leave_wizard():
            return
        try:
            self.patient_view.show_patient(patient_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        self.stack.setCurrentWidget(self.patient_view)
        self._drop_record_view()
        self.patient_view.new_button.setFocus()

    def new_patient(self) -> None:
        from consult.ui.patients.dialog import PatientDialog

        dialog = PatientDialog(
            self._context.patients, None, self._languages, self, self._may_clinical()
        )
        if dialog.exec() and dialog.saved is not None:
            self.open_patient(dialog.saved.id)

    def edit_patient(self, patient_id: int) -> None:
        try:
            record = self._context.patients.get(patient_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        from consult.ui.patients.dialog import PatientDialog

        dialog = PatientDialog(
            self._context.patients, record, self._languages, self, self._may_clinical()
        )
        if dialog.exec():
            self.open_patient(patient_id)

    def start_consultation(self, patient_id: int) -> None:
        """A new consultation; an unfinished one of this patient is offered first, so no
        second draft is started by mistake."""
        try:
            waiting = [r for r in self._context.consultations.history(patient_id) if not r.is_final]
            if waiting:
                answer = QMessageBox.question(
                    self,
                    self.tr("Unfinished consultation"),
                    self.tr(
                        "This patient has an unfinished consultation from {date}. "
                        "Resume it instead of starting a new one?"
                    ).format(date=show_date(waiting[0].draft.date)),
                    QMessageBox.StandardButton.Yes
                    | QMessageBox.StandardButton.No
                    | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Yes,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self._show_wizard(waiting[0])
                    return
                if answer != QMessageBox.StandardButton.No:
                    return
            chosen, practitioner = self._choose_practitioner()
            if not chosen:
                return
            record = self._context.consultations.start(patient_id, practitioner_id=practitioner)
        except StoreError as error:
            self._problem(explain(error))
            return
        self._show_wizard(record)

    def _choose_practitioner(self) -> tuple[bool, int | None]:
        """Who sees the patient (printed on the handout; changed on the Patient page): the
        practitioner signed in, else the one last chosen on this computer; asked only when
        the clinic has several and none is known. (False, None) when the question was
        cancelled."""
        practitioners = self._context.practitioners.offered()
        ids = [p.id for p in practitioners]
        signed_in = self._context.current.signed_in
        linked = None if signed_in is None else signed_in.account.practitioner_id
        if linked in ids:
            return True, linked  # the practitioner signed in sees the patient
        if len(practitioners) <= 1:
            return True, ids[0] if ids else None
        last = self._settings.value("consultation/practitioner_id", None, int)
        if last in ids:
            return True, last
        chosen = self._ask_practitioner([p.name for p in practitioners])
        if chosen is None:
            return False, None
        self._settings.setValue("consultation/practitioner_id", ids[chosen])
        return True, ids[chosen]

    def _ask_practitioner(self, names: list[str]) -> int | None:
        """The index of the name chosen, None when cancelled. A short title (a long one is
        cut by the title bar of a dialog this narrow); the question is in the body."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Practitioner"))
        dialog.setLabelText(self.tr("Who is seeing the patient?"))
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(False)
        # On the list: the dialog's own minimum width is overridden by its layout.
        dialog.findChild(QComboBox).setMinimumWidth(
            dialog.fontMetrics().horizontalAdvance("M" * 28)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return names.index(dialog.textValue())

    def open_consultation(self, consultation_id: int) -> None:
        """The consultation's pages in the wizard: to go on with a draft (or, from a final
        one's summary, every page read-only)."""
        try:
            record = self._context.consultations.get(consultation_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        self._show_wizard(record)

    def open_course_record(self, kind: str, record_id: int) -> None:
        """A session, a test patch (`record_id` 0: a new one; a draft waiting is offered
        first) or the adverse events of the patient shown; the page is read again after."""
        from consult.ui.course.adverse_event import AdverseEventsDialog
        from consult.ui.course.session_view import SessionDialog
        from consult.ui.course.test_patch import TestPatchDialog

        patient = self.patient_view.patient
        if patient is None:
            return
        try:
            if kind == "adverse_events":
                dialog: QDialog = AdverseEventsDialog(self._context, patient, self)
            else:
                if not record_id:
                    record_id = self._waiting_draft(patient.id, kind)
                    if record_id < 0:
                        return
                make = SessionDialog if kind == "session" else TestPatchDialog
                dialog = make(self._context, patient, record_id or None, self)
            follow_from: list[int] = []
            if isinstance(dialog, SessionDialog):
                dialog.follow_up_requested.connect(follow_from.append)
            dialog.exec()
            self.patient_view.show_patient(patient.id)
        except StoreError as error:
            self._problem(explain(error))
            return
        if follow_from:
            self._follow_up(patient.id, None, follow_from[-1])

    def _waiting_draft(self, patient_id: int, kind: str) -> int:
        """A draft of this kind to resume instead of a new record: its id, 0 for a new one,
        -1 when the question was cancelled."""
        waiting = [
            s
            for s in self._context.course.sessions(patient_id)
            if s.draft.kind == kind and not s.is_final
        ]
        if not waiting:
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("Unfinished record"),
            self.tr(
                "This patient has an unsigned record from {date}. Open it instead of starting "
                "a new one?"
            ).format(date=show_date(waiting[-1].draft.date)),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return waiting[-1].id
        return 0 if answer == QMessageBox.StandardButton.No else -1

    def open_consultation_summary(self, consultation_id: int) -> None:
        """A final consultation as a record: findings, scores, plan, the handout again."""
        from consult.ui.patients.consultation import ConsultationView

        try:
            record = self._context.consultations.get(consultation_id)
            patient = self._context.patients.get(record.patient_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        view = ConsultationView(self._context, patient, record)
        view.back_requested.connect(self.open_patient)
        view.pages_requested.connect(self.open_consultation)
        self._show_record_view(view)

    def start_follow_up(self, patient_id: int) -> None:
        """A follow-up assessment of the consultation the course follows."""
        self._follow_up(patient_id, None)

    def open_follow_up(self, follow_up_id: int) -> None:
        """A saved follow-up, on its comparison with the consultation."""
        if self.patient_view.patient is not None:
            self._follow_up(self.patient_view.patient.id, follow_up_id)

    def _follow_up(
        self, patient_id: int, follow_up_id: int | None, session_id: int | None = None
    ) -> None:
        """A saved follow-up, or a new one (from the session `session_id`, if given)."""
        from consult.ui.followup.walk import FollowUpWalk

        try:
            patient = self._context.patients.get(patient_id)
            session = self._context.course.get_session(session_id) if session_id else None
            result = None
            if follow_up_id is not None:
                result = self._context.course.follow_up_result(patient_id, follow_up_id)
                consultation_id = result.record.details.consultation_id
            else:
                consultation_id = self._context.course.course_summary(patient_id).consultation_id
            if consultation_id is None:
                self._problem(self.tr("A follow-up needs a finished consultation to compare with."))
                return
            baseline = self._context.consultations.get(consultation_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        walk = FollowUpWalk(self._context, patient, baseline, result, session=session)
        walk.back_requested.connect(self.open_patient)
        self._show_record_view(walk)

    def open_session(self, session_id: int) -> None:
        """A session or test patch from the course timeline, in its own record view."""
        try:
            kind = self._context.course.get_session(session_id).draft.kind
        except StoreError as error:
            self._problem(explain(error))
            return
        self.open_course_record(kind, session_id)

    def open_adverse_event(self, _event_id: int) -> None:
        """An adverse event from the course page: the patient's events, to follow or resolve."""
        self.open_course_record("adverse_events", 0)

    def open_revision(self, revision_id: int) -> None:
        """A plan revision from the course page, read-only beside the plan as decided."""
        from consult.ui.followup.revision_view import RevisionRecordDialog

        patient = self.patient_view.patient
        if patient is None:
            return
        try:
            view = self._context.course.revision_view(patient.id, revision_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        RevisionRecordDialog(view, self._context.rules, patient.details.full_name, self).exec()

    def compare_photos(self, patient_id: int) -> None:
        """The compare view of the patient's photos, with the scores of each visit."""
        from consult.ui.photos.compare import CompareDialog

        try:
            photos = self._context.photos.for_patient(patient_id)
            history = self._context.outcomes.score_history(patient_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        CompareDialog(photos, history, self._context.photos.content, self).exec()

    def save_progress_report(self, patient_id: int) -> None:
        """The progress report built off the GUI thread, then saved where the user chooses;
        the status bar says how it went."""
        from consult.ui.photos.report import ProgressReport

        if self._progress_report is None:
            self._progress_report = ProgressReport(self._context, self)
            self._progress_report.said.connect(self._report_said)
        self._progress_report.request(patient_id)

    def _report_said(self, text: str, problem: bool) -> None:
        if problem:
            self._problem(text)
        elif text:
            self.say(text)
        else:
            self.statusBar().clearMessage()

    def _show_record_view(self, view: QWidget) -> None:
        if not self._leave_wizard():
            return
        self._drop_record_view()
        self.record_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.setFocus()

    def _drop_record_view(self) -> None:
        if self.record_view is not None:
            self.stack.removeWidget(self.record_view)
            self.record_view.setParent(None)
            self.record_view.deleteLater()
            self.record_view = None

    def _show_wizard(self, record: ConsultationRecord) -> None:
        if not self._leave_wizard():
            return
        from consult.ui.wizard.session import ConsultationSession
        from consult.ui.wizard.wizard import ConsultationWizard

        patient = self._context.patients.get(record.patient_id)
        session = ConsultationSession(self._context, patient, record)
        self.wizard = ConsultationWizard(session)
        self.wizard.finished.connect(lambda final: self._wizard_done(final.patient_id))
        self.wizard.closed.connect(lambda: self._wizard_done(record.patient_id))
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self._drop_record_view()

    def _wizard_done(self, patient_id: int) -> None:
        self._drop_wizard()
        self.open_patient(patient_id)

    def _leave_wizard(self) -> bool:
        """Save the open consultation's draft before showing something else."""
        if self.wizard is None:
            return True
        if not self.wizard.session.record.is_final:
            try:
                self.wizard.session.save()
            except StoreError as error:
                self._problem(explain(error))
                return False
        self._drop_wizard()
        return True

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.setParent(None)
            self.wizard = None

    # -- the records as a whole ------------------------------------------------------------

    def back_up_now(self) -> None:
        """A backup now, off the GUI thread, with its progress and a Cancel."""
        self.tools.back_up_now()

    def restore_backup(self) -> None:
        """The open consultation is saved first: a restore replaces the records under it."""
        if self._leave_wizard():
            self.tools.restore()

    def replace_context(self, context: AppContext) -> None:
        """The restored records are open: the window works on them from the patient list."""
        self._drop_record_view()
        self.attach(context)
        self.context_replaced.emit(context)
        self.show_patients()

    def export_patient(self) -> None:
        """The patient shown, else the one whose number is asked."""
        patient = self._shown_patient()
        if patient is not None and self.stack.currentWidget() is self.patient_view:
            self.tools.export_patient(patient.id)
            return
        number, ok = QInputDialog.getInt(
            self, self.tr("Export patient"), self.tr("Patient number:"), 1, 1, 2**31 - 1
        )
        if not ok:
            return
        try:
            self._context.patients.get(number)
        except StoreError as error:
            self._problem(explain(error))
            return
        self.tools.export_patient(number)

    def erase_patient(self, patient_id: int) -> None:
        """The erasure dialog (reason, second reason, the number typed); the patient list
        after, the patient being gone."""
        from consult.ui.admin.erase_dialog import EraseDialog

        try:
            facts = self._context.erasure.facts(patient_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        dialog = EraseDialog(self._context.erasure, facts, self)
        if dialog.exec() and dialog.erased is not None:
            self.patient_view.patient = None
            self.show_patients()
            self.say(self.tr("Patient {number} was erased.").format(number=patient_id))

    def discard_draft(self, consultation_id: int) -> None:
        """Throw away an unfinished consultation, once confirmed; its photos stay with the
        patient."""
        patient = self.patient_view.patient
        if patient is None:
            return
        try:
            record = self._context.consultations.get(consultation_id)
        except StoreError as error:
            self._problem(explain(error))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr(
                "Discard the unfinished consultation of {date}? What was entered in it is "
                "lost; photos taken during it stay with the patient."
            ).format(date=show_date(record.draft.date)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            self._context.consultations.discard(consultation_id)
        except StoreError as error:
            self._problem(explain(error))
        self.open_patient(patient.id)

    # -- start and end ---------------------------------------------------------------------

    def first_questions(self) -> None:
        """Once the records are open: the clinic's details on a first start, then any
        consultation left unfinished. A practitioner already at work (a search typed or a
        patient opened while the records opened) is not interrupted: the questions wait
        until the patient list is shown again."""
        self._questions_waiting = self.stack.currentWidget() is not self.patient_list or bool(
            self.patient_list.search.text().strip()
        )
        if not self._questions_waiting:
            self._ask_first_questions()

    def _ask_first_questions(self) -> None:
        from consult.ui.settings_dialog import ask_clinic_once

        self._questions_waiting = False
        if not self.demo:  # invented patients of no clinic: nothing to tell about one
            try:
                ask_clinic_once(self._context, self)
            except StoreError as error:
                self._problem(explain(error))
        self.offer_resume()

    def open_settings(self) -> None:
        from consult.ui.access.security_box import LanguagesBox, SecurityBox
        from consult.ui.settings_dialog import SettingsDialog

        panels = [SecurityBox(self._context), LanguagesBox()]
        SettingsDialog(self._context, self, panels=panels).exec()
        self.set_idle_minutes(self._idle_minutes())

    def open_outcome_audit(self) -> None:
        from consult.ui.outcome_audit import OutcomeAuditDialog

        OutcomeAuditDialog(self._context, self).exec()

    def offer_resume(self) -> None:
        """After a crash or a forced quit, or signing in again, offer the user's own
        unfinished consultation kept last."""
        if not self._context.current.may(Permission.CLINICAL):
            return  # reception has no consultations to resume
        if self.demo:
            return  # its drafts are invented, left unfinished on purpose
        try:
            drafts = self._context.consultations.drafts()
        except StoreError as error:
            self._problem(explain(error))
            return
        if not drafts:
            return
        newest = drafts[0]
        patient = self._context.patients.get(newest.patient_id)
        others = len(drafts) - 1
        text = self.tr(
            "The consultation of {name} on {date} was not finished (last saved {saved}). "
            "Resume it now?"
        ).format(
            name=patient.details.full_name,
            date=show_date(newest.draft.date),
            saved=show_time(newest.updated_at),
        )
        if others:
            text += " " + self.tr(
                "%n other unfinished consultations wait on their patients' pages.", "", others
            )
        answer = QMessageBox.question(
            self,
            self.tr("Resume consultation"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._show_wizard(newest)

    def start_daily_backup(self) -> None:
        """Make today's automatic backup in a process of its own; the status bar says how it
        went."""
        from consult.ui.daily_backup import DailyBackup

        self._backup = DailyBackup(self._context.locations, self, self._context.key)
        if not self._backup.needed or not self._holds_patients():
            # A server database is backed up there; a new one holds nothing to back up yet.
            self._check_records_if_needed()
            return
        self._notice(self.tr("Making today's backup…"))
        self.backup_progress.show()
        self._backup.made.connect(self._daily_backup_done)
        self._backup.failed.connect(self._daily_backup_failed)
        self._backup.start()

    def _holds_patients(self) -> bool:
        try:
            return self._context.clinic.holds_patients()
        except StoreError:  # unreadable now: the backup says what is wrong
            return True

    def stop_daily_backup(self) -> None:
        """Abandon an unfinished backup without waiting for it (made again at the next
        start): its process is stopped and its working files removed."""
        if self._backup is not None:
            self._backup.stop()

    def _daily_backup_done(self, archive: Path | None) -> None:
        self.backup_progress.hide()
        self._notice("")
        if archive is not None:  # None: made earlier today, or a server database
            self.say(self.tr("Backup made: {name}").format(name=archive.name))
        self._check_records_if_needed()

    def _check_records_if_needed(self) -> None:
        # A large file's start read only its schema and first pages; every page is read now,
        # after the backup, so that the two do not compete for the disk.
        if not self._context.database.fully_checked:
            self.start_records_check()

    def start_records_check(self) -> None:
        """SQLite's check of every page, off the GUI thread; the status bar says if it found
        damage (and how to restore the newest backup)."""
        from consult.services.backup import check_whole_database

        locations, key = self._context.locations, self._context.key
        task = BackgroundTask(lambda: check_whole_database(locations, key), self)
        task.succeeded.connect(self._records_checked)
        task.failed.connect(self._records_check_failed)
        task.start()

    def _records_checked(self, problem: str | None) -> None:
        if problem is not None:
            self._notice(plain_sentence(problem))

    def _records_check_failed(self, error: Exception) -> None:
        if isinstance(error, StoreError):  # busy: said, and checked again at the next start
            problem = str(error)
        else:
            problem = self.tr("an unexpected error ({kind})").format(kind=type(error).__name__)
        self._notice(self.tr("The records could not be checked: {problem}").format(problem=problem))

    def _daily_backup_failed(self, problem: str) -> None:
        self.backup_progress.hide()
        self._notice(self.tr("Today's backup could not be made: {problem}").format(problem=problem))
        self._check_records_if_needed()

    # -- the status bar --------------------------------------------------------------------

    def say(self, text: str) -> None:
        """What was just done, in the status bar for a while (see SAID_MS)."""
        self.statusBar().showMessage(text, SAID_MS)

    def _notice(self, text: str) -> None:
        """What stays in the status bar until replaced ("" removes it), shown at once."""
        self.status_notice.setText(text)
        self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_wizard():
            event.ignore()
            return
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.sync()
        self.stop_daily_backup()
        if self.idle is not None:
            self.idle.stop()  # a closed window is not locked later
        super().closeEvent(event)

    def _problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("consult"), text)

    def open_guide(self) -> GuideDialog:
        from consult.ui.help.guide_dialog import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.activateWindow()
        return self.guide

    def show_shortcuts(self) -> ShortcutsDialog:
        """The shortcuts as they are now (a consultation open adds its own): made anew."""
        from consult.ui.help.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About consult"),
            self.tr(
                "<b>consult {version}</b><p>Consultation aid for microneedling of acne scars. "
                "Every plan is a suggestion with its reasons and sources; the practitioner "
                "decides.</p><p>Clinical rules version {rules}.</p>"
            ).format(version=__version__, rules=self._context.rules.version),
        )

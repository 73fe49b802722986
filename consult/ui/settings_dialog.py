"""Settings: the clinic as printed on documents (details, logo, paper size, working days) and
the clinic's practitioners. The same dialog asks once on a first start.

The main window calls `ask_clinic_once(context, window)` when it first shows, and opens
`SettingsDialog(context, window).exec()` from its Settings action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consult.domain.access import Permission
from consult.domain.clinic import DAY_NAMES, PAPER_SIZES, ClinicDetails
from consult.domain.erasure import RETENTION_YEARS_MAX
from consult.domain.errors import DocumentError
from consult.domain.practitioner import PractitionerRecord
from consult.services.context import AppContext
from consult.services.errors import StoreError
from consult.services.practitioners import PractitionerService
from consult.ui.errors import explain, plain_sentence
from consult.ui.folders import PICTURES, start_folder
from consult.ui.formats import show_date
from consult.ui.i18n import (
    UNREVIEWED_LANGUAGES,
    choose_language,
    chosen_language,
    language_choices,
    shipped_language,
)
from consult.ui.screens import fit_on_screen, scrolling
from consult.ui.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    SYSTEM,
    apply_theme,
    choose_theme,
    chosen_theme,
    current_choice_theme,
    set_tone,
)
from consult.ui.touch import AUTOMATIC, OFF, ON, apply_touch_choice, choose_touch, touch_choice
from consult.ui.wording import worded

LOGO_PREVIEW = QSize(200, 80)


def _message_label() -> QLabel:
    """A problem shown beside a field; hidden (taking no room) while there is none."""
    label = QLabel()
    label.setWordWrap(True)
    set_tone(label, "error")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _with_message(field: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class LogoPicker(QWidget):
    """The logo file: a preview, Choose… and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        self.preview = QLabel()
        self.preview.setFixedSize(LOGO_PREVIEW + QSize(8, 8))
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.file_name = QLabel()
        self.file_name.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(lambda: self.set_path(""))
        self.message = _message_label()

        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.file_name)
        layout.addWidget(self.message)
        self.set_path("")

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the clinic's logo"),
            str(Path(self.path).parent) if self.path else str(start_folder(PICTURES)),
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
        )
        if not chosen:
            return
        if self._load(chosen) is None:
            # The logo kept is the previous one; the refusal says why.
            _show_message(
                self.message,
                self.tr("{name} is not a picture consult can read: choose another file.").format(
                    name=Path(chosen).name
                ),
            )
            return
        self.set_path(chosen)

    def set_path(self, path: str) -> None:
        self.path = path
        self.remove_button.setEnabled(bool(path))
        _show_message(self.message, "")
        pixmap = self._load(path) if path else None
        if pixmap is not None:
            self.preview.setPixmap(pixmap)
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No logo") if not path else "")
        self.file_name.setText(Path(path).name if path else "")
        self.file_name.setToolTip(path)
        if path and pixmap is None:
            _show_message(
                self.message,
                self.tr("The logo file cannot be read (moved or deleted?): choose it again."),
            )

    def _load(self, path: str) -> QPixmap | None:
        """The picture scaled to the preview (sharp at any screen scaling), or None."""
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        ratio = self.devicePixelRatioF()
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(
                size.scaled(LOGO_PREVIEW * ratio, Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if image.isNull():
            return None
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap


# Whether the practitioner of a list item still works at the clinic.
_ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class PractitionersPanel(QWidget):
    """The practitioners, listed by name; added, renamed, deactivated (one who left: kept on
    their records, not offered for new ones) and reactivated at once (each its own save)."""

    def __init__(self, service: PractitionerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Practitioners"))
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.active_button = QPushButton(self.tr("Deac&tivate"))
        self.active_button.setToolTip(
            self.tr(
                "One who left stays named on the records they made, but is no longer offered "
                "for new ones"
            )
        )
        self.active_button.clicked.connect(self.toggle_selected)
        self.message = _message_label()
        note = QLabel(self.tr("Changes to practitioners are saved at once."))
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn in the quieter disabled colour

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        for practitioner in self._service.list():
            shown = practitioner.name
            if not practitioner.active:
                shown = self.tr("{name} (left)").format(name=practitioner.name)
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, practitioner.id)
            item.setData(_ACTIVE_ROLE, practitioner.active)
            self.list.addItem(item)
            if practitioner.id == select:
                self.list.setCurrentItem(item)
        self._enable()

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def add(self) -> None:
        self._edit(self.tr("Add a practitioner"), "", self._service.add)

    def rename_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        practitioner_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._edit(
            self.tr("Rename the practitioner"),
            next(p.name for p in self._service.list() if p.id == practitioner_id),
            lambda name: self._service.rename(practitioner_id, name),
        )

    def toggle_selected(self) -> None:
        """Deactivate the chosen practitioner, or reactivate one who had left."""
        item = self.list.currentItem()
        if item is None:
            return
        practitioner_id = int(item.data(Qt.ItemDataRole.UserRole))
        _show_message(self.message, "")
        try:
            self._service.set_active(practitioner_id, not item.data(_ACTIVE_ROLE))
        except StoreError as error:
            _show_message(self.message, explain(error))
            return
        self.refresh(select=practitioner_id)

    def _edit(self, title: str, text: str, save: Callable[[str], PractitionerRecord]) -> None:
        """Ask for a name until it can be saved or the user cancels; a refused name is
        offered again with the reason, never lost."""
        problem = ""
        _show_message(self.message, "")
        while True:
            prompt = self.tr("Name as printed on consultations and handouts:")
            if problem:
                prompt = f"{problem}\n\n{prompt}"
            text, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Normal, text)
            if not ok:
                return
            try:
                record = save(text)
            except DocumentError as error:
                problem = plain_sentence(worded(error.message))
                continue
            except StoreError as error:
                _show_message(self.message, explain(error))
                return
            self.refresh(select=record.id)
            return

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.rename_button.setEnabled(item is not None)
        self.active_button.setEnabled(item is not None)
        left = item is not None and not item.data(_ACTIVE_ROLE)
        self.active_button.setText(self.tr("Reac&tivate") if left else self.tr("Deac&tivate"))


class SettingsPanel(Protocol):
    """A part of Settings the main window adds (who is signed in, security, languages):
    `store` saves what was changed in it, showing any refusal itself."""

    def store(self) -> bool: ...


class SettingsDialog(QDialog):
    """The clinic's details, logo, paper size, working days and practitioners.

    With `first_start`, it asks once: "Skip for now" (or closing it) saves the defaults, so
    the question does not come back; everything stays editable later in Settings.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        first_start: bool = False,
        panels: Sequence[QWidget] = (),
    ) -> None:
        """`panels` (each a `SettingsPanel`) are shown under the clinic's details and saved
        with them."""
        super().__init__(parent)
        self._context = context
        self._panels = panels
        self._first_start = first_start
        self._skip_failed = False
        self.setWindowTitle(self.tr("Welcome to consult") if first_start else self.tr("Settings"))
        intro = QLabel(
            self.tr("Tell consult about your clinic (you can change this later in Settings).")
            if first_start
            else self.tr("These details are printed on handouts, calendars and consent forms.")
        )
        intro.setWordWrap(True)
        if first_start:
            font = intro.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            intro.setFont(font)

        self.messages: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        left = QVBoxLayout()
        clinic_box = self._clinic_box()
        left.addWidget(clinic_box, 1)
        for panel in panels:
            left.addWidget(panel)
        columns.addLayout(left, 3)
        right = QVBoxLayout()
        clinic_parts: list[QWidget] = [
            clinic_box,
            self._documents_box(),
            self._records_box(),
            self._practitioners_box(),
            self._certificate_box(),
        ]
        for part in clinic_parts[1:]:
            right.addWidget(part, 1 if part is clinic_parts[3] else 0)
        # This computer's window language, whoever uses it: not one of the clinic's settings.
        right.addWidget(self._language_box())
        columns.addLayout(right, 2)
        # Only an admin changes the clinic's settings; the others see them, and their own
        # PIN and password.
        self.may_change = context.current.may(Permission.SETTINGS)

        self.general_message = _message_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button: QPushButton | None = None
        if first_start:
            self.skip_button = self.buttons.addButton(
                self.tr("S&kip for now"), QDialogButtonBox.ButtonRole.RejectRole
            )
        elif self.may_change:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.save_button.hide()
            for part in clinic_parts:
                part.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        body = scrolling(columns)
        layout.addWidget(body, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)
        # Enter saves; set once the button is inside the dialog, else Qt picks another.
        self.save_button.setDefault(True)
        self.show_details(context.clinic.get() or ClinicDetails())
        wanted = body.widget().sizeHint() + QSize(40, intro.sizeHint().height() + 110)
        wanted = wanted.expandedTo(QSize(860, 0))
        fit_on_screen(self, wanted.width(), wanted.height())
        self.name_edit.setFocus()  # typing starts with the clinic's name

    def _field(self, name: str, field: QWidget) -> QWidget:
        self.messages[name] = _message_label()
        return _with_message(field, self.messages[name])

    def _clinic_box(self) -> QGroupBox:
        self.name_edit = QLineEdit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.address_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@example.org")
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText("www.example.org")
        self.logo = LogoPicker()
        self.messages["logo_path"] = self.logo.message
        for name, edit in (
            ("name", self.name_edit),
            ("phone", self.phone_edit),
            ("email", self.email_edit),
            ("website", self.website_edit),
        ):
            edit.textEdited.connect(lambda _text, n=name: self._clear_message(n))
        self.address_edit.textChanged.connect(lambda: self._clear_message("address"))

        box = QGroupBox(self.tr("Clinic"))
        form = QFormLayout()
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not between them
        form.addRow(self.tr("&Name:"), self._field("name", self.name_edit))
        form.addRow(self.tr("&Address:"), self._field("address", self.address_edit))
        form.addRow(self.tr("&Phone:"), self._field("phone", self.phone_edit))
        form.addRow(self.tr("&Email:"), self._field("email", self.email_edit))
        form.addRow(self.tr("&Website:"), self._field("website", self.website_edit))
        form.addRow(self.tr("&Logo:"), self.logo)
        form.labelForField(self.logo).setBuddy(self.logo.choose_button)
        return box

    def _documents_box(self) -> QGroupBox:
        self.paper_combo = QComboBox()
        labels = {"A4": self.tr("A4 (210 × 297 mm)"), "Letter": self.tr("Letter (8.5 × 11 in)")}
        for size in PAPER_SIZES:
            self.paper_combo.addItem(labels.get(size, size), size)
        self.paper_combo.currentIndexChanged.connect(lambda _i: self._clear_message("paper_size"))

        locale = QLocale()
        self.day_boxes: list[QCheckBox] = []
        days = QGridLayout()
        days.setContentsMargins(0, 0, 0, 0)
        for index in range(len(DAY_NAMES)):  # 0 = Monday; Qt counts Monday as 1
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(index + 1, QLocale.FormatType.LongFormat))
            box.toggled.connect(lambda _on: self._clear_message("working_days"))
            self.day_boxes.append(box)
            days.addWidget(box, index // 4, index % 4)
        day_widget = QWidget()
        day_widget.setLayout(days)

        box = QGroupBox(self.tr("Documents and calendar"))
        form = QFormLayout(box)
        form.addRow(self.tr("Paper si&ze:"), self._field("paper_size", self.paper_combo))
        form.addRow(self.tr("Working days:"), self._field("working_days", day_widget))
        return box

    def _records_box(self) -> QGroupBox:
        """How long records are kept: an erasure earlier needs a second reason."""
        records = self._context.rules.records
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(1, RETENTION_YEARS_MAX)
        self.retention_spin.setSuffix(self.tr(" years after the last treatment"))
        self.retention_spin.setValue(self._context.erasure.retention_years())
        source = self._context.rules.sources[records.source]
        self.retention_spin.setToolTip(
            self.tr("Default {years}: {citation}").format(
                years=records.retention_years, citation=source.citation
            )
        )
        note = QLabel(self.tr("Erasing a patient's record earlier needs a second reason."))
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn in the quieter disabled colour
        box = QGroupBox(self.tr("Records"))
        form = QFormLayout(box)
        form.addRow(self.tr("Kept f&or:"), self.retention_spin)
        form.addRow(note)
        return box

    def _practitioners_box(self) -> QGroupBox:
        self.practitioners = PractitionersPanel(self._context.practitioners)
        box = QGroupBox(self.tr("Practitioners"))
        QVBoxLayout(box).addWidget(self.practitioners)
        return box

    def _certificate_box(self) -> QGroupBox:
        self.certificate_label = QLabel()
        self.certificate_label.setWordWrap(True)
        self.certificate_button = QPushButton(self.tr("Create or &import…"))
        self.certificate_button.clicked.connect(self.edit_certificate)
        box = QGroupBox(self.tr("Clinic certificate (signed consents)"))
        rows = QVBoxLayout(box)
        rows.addWidget(self.certificate_label)
        rows.addWidget(self.certificate_button)
        self._show_certificate()
        return box

    def _language_box(self) -> QGroupBox:
        """The window's language on this computer (the system's unless chosen), applied at
        the next start, as every widget takes its words when it is built."""
        self.language_combo = QComboBox()
        system = QLocale.system()
        self.language_combo.addItem(
            self.tr("The system's ({language})").format(language=system.nativeLanguageName()), ""
        )
        for code, name in language_choices():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen_language())))
        note = QLabel(self.tr("Applied at the next start."))
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn in the quieter disabled colour
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.review_note.setEnabled(False)
        self.language_combo.currentIndexChanged.connect(self._show_review_status)
        self._show_review_status()
        box = QGroupBox(self.tr("Window"))
        form = QFormLayout(box)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        form.addRow(note)
        form.addRow(self.review_note)
        # Shown at once on Save, unlike the language. No Alt letter: each of its letters is
        # taken in one of the window's languages.
        self.theme_combo = QComboBox()
        for code, name in (
            (SYSTEM, self.tr("The system's")),
            (LIGHT, self.tr("Light")),
            (DARK, self.tr("Dark")),
            (HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme_combo.addItem(name, code)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(chosen_theme())))
        form.addRow(self.tr("Colours:"), self.theme_combo)
        # Applied on Save, without a restart: a style layer over every widget.
        self.touch_combo = QComboBox()
        self.touch_combo.addItem(self.tr("Automatic (on with a touch screen)"), AUTOMATIC)
        self.touch_combo.addItem(self.tr("On: larger buttons and rows"), ON)
        self.touch_combo.addItem(self.tr("Off"), OFF)
        self.touch_combo.setCurrentIndex(max(0, self.touch_combo.findData(touch_choice())))
        form.addRow(self.tr("Touch mode:"), self.touch_combo)
        return box

    def _show_review_status(self) -> None:
        code = self.language_combo.currentData() or shipped_language(QLocale.system())
        self.review_note.setText(
            self.tr("This translation is not yet reviewed by a native-speaking clinician.")
            if code in UNREVIEWED_LANGUAGES
            else ""
        )
        self.review_note.setVisible(bool(self.review_note.text()))

    def _show_certificate(self) -> None:
        info = self._context.consents.certificate()
        self.certificate_label.setText(
            self.tr("None yet: signed consents need one.")
            if info is None
            else self.tr("{subject}, valid until {date}").format(
                subject=info.subject, date=show_date(info.not_after.date())
            )
        )

    def edit_certificate(self) -> None:
        """Create the clinic certificate (or import the clinic's): replaces the one there is
        (after asking); every certificate used before stays trusted for its consents."""
        from consult.ui.consent_dialogs import CertificateDialog

        dialog = CertificateDialog(self._context.consents, self.name_edit.text(), self)
        made = dialog.exec() == QDialog.DialogCode.Accepted
        self._show_certificate()
        if made:  # not waiting for Save: say so, as Cancel below will not undo it
            self.certificate_label.setText(
                self.tr("{shown}. Made now; kept even if you cancel Settings.").format(
                    shown=self.certificate_label.text()
                )
            )

    def show_details(self, details: ClinicDetails) -> None:
        self.name_edit.setText(details.name)
        self.address_edit.setPlainText(details.address)
        self.phone_edit.setText(details.phone)
        self.email_edit.setText(details.email)
        self.website_edit.setText(details.website)
        self.logo.set_path(details.logo_path)
        found = self.paper_combo.findData(details.paper_size)
        self.paper_combo.setCurrentIndex(max(found, 0))
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in details.working_days)

    def details(self) -> ClinicDetails:
        """The details as typed (not checked)."""
        return ClinicDetails(
            name=self.name_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            website=self.website_edit.text().strip(),
            logo_path=self.logo.path,
            paper_size=str(self.paper_combo.currentData()),
            working_days=tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
        )

    def save(self) -> None:
        """Save and close; a problem is shown beside its field and the dialog stays open."""
        if not self.may_change or (
            self._store(self.details())
            and self._store_retention()
            and all(panel.store() for panel in self._panels)  # type: ignore[attr-defined]
        ):
            choose_language(self.language_combo.currentData())
            choose_theme(self.theme_combo.currentData())
            apply_theme(QApplication.instance(), current_choice_theme())
            choose_touch(self.touch_combo.currentData())
            apply_touch_choice()
            self.accept()

    def _store_retention(self) -> bool:
        """The retention period, kept as the clinic's own only when it differs from the
        rules' default (a later change of the default then reaches this clinic)."""
        wanted = self.retention_spin.value()
        erasure = self._context.erasure
        try:
            if wanted != erasure.retention_years():
                default = self._context.rules.records.retention_years
                erasure.set_retention_years(None if wanted == default else wanted)
        except StoreError as error:
            _show_message(self.general_message, explain(error))
            return False
        return True

    def reject(self) -> None:
        """Cancel; on a first start, skip: the defaults are saved so it asks only once (if
        even they cannot be saved, the reason is shown and a second try closes the dialog)."""
        if self._first_start and not self._skip_failed:
            self._skip_failed = not self._store(ClinicDetails())
            if self._skip_failed:
                return
        super().reject()

    def _store(self, details: ClinicDetails) -> bool:
        for label in [*self.messages.values(), self.general_message]:
            _show_message(label, "")
        try:
            self._context.clinic.save(details)
        except DocumentError as error:
            label = self.messages.get(error.path, self.general_message)
            _show_message(label, plain_sentence(worded(error.message)))
            self._focus_field(error.path)
            return False
        except StoreError as error:
            _show_message(self.general_message, explain(error))
            return False
        return True

    def _focus_field(self, name: str) -> None:
        fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "website": self.website_edit,
            "logo_path": self.logo.choose_button,
            "paper_size": self.paper_combo,
            "working_days": self.day_boxes[0],
        }
        if name in fields:
            fields[name].setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_message(self, name: str) -> None:
        if name in self.messages:
            _show_message(self.messages[name], "")


def ask_clinic_once(context: AppContext, parent: QWidget | None = None) -> None:
    """On a first start (no clinic details saved yet), ask an admin for them once."""
    if context.clinic.get() is None and context.current.may(Permission.SETTINGS):
        SettingsDialog(context, parent, first_start=True).exec()

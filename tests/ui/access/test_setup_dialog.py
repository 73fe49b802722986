"""The first start's dialog: the admin account, the encryption choice, the recovery key."""

from __future__ import annotations

import os
import stat

import pytest
from access_fakes import ADMIN, NotAllowed, SignedIn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from consult.ui.access.setup_dialog import SetupDialog

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


class FakeSetUp:
    def __init__(self, refuse: str | None = None) -> None:
        self.calls: list[tuple] = []
        self.refuse = refuse

    def __call__(self, username, display_name, password, encrypt):
        self.calls.append((username, display_name, password, encrypt))
        if self.refuse:
            raise NotAllowed(self.refuse)
        return SignedIn(ADMIN), KEY if encrypt else None


def _fill(dialog, password="correct horse", again="correct horse", user="asilva"):
    dialog.username.setText(user)
    dialog.display_name.setText("Dr Ana Silva")
    dialog.password.setText(password)
    dialog.repeated.setText(again)


@pytest.fixture
def dialog(qtbot):
    set_up = FakeSetUp()
    printed = []
    made = SetupDialog(set_up, print_key=lambda parent, doc: printed.append(doc) or True)
    qtbot.addWidget(made)
    made.set_up_calls = set_up.calls
    made.printed = printed
    made.show()
    return made


def test_problems_show_beside_the_fields_and_nothing_is_created(dialog):
    _fill(dialog, password="short", again="other", user="Ana Silva")
    dialog.create_button.click()
    assert dialog.set_up_calls == []
    assert "lower-case" in dialog.username_problem.text()
    assert dialog.password_problem.text() == "A password has at least 8 characters."
    assert dialog.repeated_problem.text() == "The two passwords differ."
    assert dialog.username_problem.isVisible() and not dialog.display_problem.isVisible()


def test_the_recovery_key_is_shown_once_and_finish_waits_for_the_checkbox(dialog, tmp_path):
    dialog.grab().save("/tmp/lockui-setup.png")
    _fill(dialog)
    dialog.create_button.click()
    assert dialog.set_up_calls == [("asilva", "Dr Ana Silva", "correct horse", True)]
    assert dialog.pages.currentIndex() == 1
    assert dialog.key.text() == KEY
    assert dialog.password.text() == ""  # not kept in the widget once used
    assert not dialog.finish_button.isEnabled()
    dialog.reject()  # Escape: the key must be taken first
    assert dialog.isVisible()
    dialog.print_button.click()
    assert KEY in dialog.printed[0].toPlainText()
    dialog.grab().save("/tmp/lockui-setup-key.png")
    dialog.written_down.setChecked(True)
    dialog.finish_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.encrypted and dialog.signed_in.account == ADMIN


@pytest.mark.parametrize("kind", ["pdf", "txt"])
def test_the_key_saved_as_a_private_file(dialog, tmp_path, monkeypatch, kind):
    _fill(dialog)
    dialog.create_button.click()
    target = tmp_path / "key"
    monkeypatch.setattr(
        "consult.ui.access.setup_dialog.QFileDialog.getSaveFileName",
        lambda *args: (str(target), ""),
    )
    (dialog.pdf_button if kind == "pdf" else dialog.text_button).click()
    saved = tmp_path / f"key.{kind}"
    data = saved.read_bytes()
    if kind == "pdf":
        assert data.startswith(b"%PDF")
    else:
        assert KEY in data.decode("utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert str(saved) in dialog.saved.text()


def test_unencrypted_only_when_confirmed(dialog, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        "consult.ui.access.setup_dialog.QMessageBox.warning", lambda *args: answers.pop(0)
    )
    dialog.encrypt.click()
    assert dialog.encrypt.isChecked() and not dialog.risk.isVisible()
    dialog.encrypt.click()
    assert not dialog.encrypt.isChecked() and dialog.risk.isVisible()
    _fill(dialog)
    dialog.create_button.click()
    assert dialog.set_up_calls[-1][-1] is False
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.encrypted


def test_a_refusal_is_one_line_and_the_form_stays(qtbot):
    dialog = SetupDialog(FakeSetUp(refuse="an administrator exists already"))
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    dialog.create_button.click()
    assert dialog.problem.text() == "An administrator exists already."
    assert dialog.pages.currentIndex() == 0


def test_enter_creates_the_account(dialog, qtbot):
    _fill(dialog)
    qtbot.keyClick(dialog.repeated, Qt.Key.Key_Return)
    assert len(dialog.set_up_calls) == 1 and dialog.pages.currentIndex() == 1


def test_problem_lines_are_whole_at_1024_by_768(dialog, qtbot):
    """Each problem gets the height its wrapped text needs: none is cut at the right."""
    assert dialog.minimumWidth() >= 480
    _fill(dialog, password="short", again="other", user="Ana Silva")
    dialog.display_name.clear()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.username_problem.isVisible())
    assert dialog.width() <= 1024 and dialog.height() <= 768
    for label in (
        dialog.username_problem,
        dialog.display_problem,
        dialog.password_problem,
        dialog.repeated_problem,
    ):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
        assert label.wordWrap()
    dialog.grab().save("/tmp/guifix-setup-problems.png")


def test_the_first_sign_in_offers_the_admins_name(dialog):
    from consult.ui.access.fields import LAST_USER_KEY, window_settings

    _fill(dialog, user="asilva")
    dialog.create_button.click()
    assert window_settings().value(LAST_USER_KEY) == "asilva"

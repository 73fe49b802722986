"""Saving a built PDF where the user chooses, through the handout's own checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from consult.services.errors import StoreError
from consult.ui.folders import DOCUMENTS, remember_folder, start_folder


def save_pdf(parent: QWidget, title: str, pdf: bytes) -> tuple[Path | None, str]:
    """Ask where, then write `pdf` there (a device or a pipe is written to, never replaced).

    Returns (path, "") once saved, (None, "") when the user cancelled, and (None, why) when
    nothing was saved."""
    from consult.services.handout import check_outputs, write_outputs  # reportlab: late

    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_folder(DOCUMENTS)),
        QCoreApplication.translate("save_pdf", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None, ""
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        check_outputs([path])
        write_outputs([(path, pdf)])
    except StoreError as error:
        return None, QCoreApplication.translate("save_pdf", "Nothing was saved: {reason}").format(
            reason=error
        )
    except OSError as error:
        return None, QCoreApplication.translate(
            "save_pdf", "Nothing was saved: {path} could not be written ({reason})."
        ).format(path=path, reason=error.strerror or type(error).__name__)
    remember_folder(DOCUMENTS, path)
    return path, ""

"""Today's automatic backup, made by a process of its own at low priority.

Compressing a large database takes seconds of processor time: in a thread of the window it
held Python's lock often enough to slow typing threefold. `consult backup --daily` runs
beside the window instead, and is stopped when the window closes (its working files go with
it, or are swept by the next backup); the next start makes the backup again.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from consult.config import Locations
from consult.services.backup import daily_backup_command

# A stopped backup removes its working files first: a large one needs a moment for that.
_STOP_SECONDS = 5


class DailyBackup(QObject):
    """Emits `made(path or None)` (None: made earlier today) or `failed(sentence)`."""

    made = Signal(object)
    failed = Signal(str)

    def __init__(self, locations: Locations, parent: QObject, key: bytes | None = None) -> None:
        super().__init__(parent)
        self._key = key  # an encrypted database's: told on the process's standard input
        self._command = daily_backup_command(locations, keyed=key is not None)
        self._process = QProcess(self)
        self._process.finished.connect(self._finished)
        self._process.errorOccurred.connect(self._error)

    @property
    def needed(self) -> bool:
        """False for a server database, which is backed up there."""
        return self._command is not None

    def start(self) -> None:
        if self._command is not None:
            program, *arguments = self._command
            self._process.start(program, arguments)
            if self._key is not None:
                self._process.write(f"{self._key.hex()}\n".encode("ascii"))
                self._process.closeWriteChannel()

    def running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def stop(self) -> None:
        """Stop an unfinished backup; nothing is reported."""
        if not self.running():
            return
        self._process.finished.disconnect(self._finished)
        self._process.errorOccurred.disconnect(self._error)
        if os.name == "nt":  # a console process ignores terminate() there
            self._process.kill()  # its working files are swept by a later backup
        else:
            self._process.terminate()  # it removes its working files and ends
            if not self._process.waitForFinished(_STOP_SECONDS * 1000):
                self._process.kill()
        self._process.waitForFinished(_STOP_SECONDS * 1000)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        said = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        errors = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self.made.emit(Path(said.strip()) if said.strip() else None)
            return
        # Its last line is the sentence (`consult: …`); it names files, never a patient.
        lines = [line for line in errors.splitlines() if line.strip()]
        sentence = lines[-1].removeprefix("consult: ") if lines else ""
        self.failed.emit(sentence or f"the backup process ended with code {code}")

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit("the backup program could not be started")

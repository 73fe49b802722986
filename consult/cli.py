"""The `consult` command: no arguments opens the window; sub-commands work headless.

Bad input gives exit code 2 and one readable line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from consult import __version__
from consult.domain.errors import PATH_MAX, DocumentError, RulesError
from consult.domain.messages import ENGLISH, Message, plain, word
from consult.domain.text import QUOTE_MAX, escaped, quoted
from consult.services.errors import (
    DemoRefused,
    NotAllowed,
    NotFound,
    SignInRefused,
    StoreError,
    UnusablePath,
)

if TYPE_CHECKING:
    from consult.domain.consent import KnownCertificate
    from consult.services.access import Admission, SignedIn
    from consult.services.context import AppContext

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments that argparse accepts one by one but not together (exit 2, one line)."""


# The name of the handler below, so that calling `main` again does not add a second one.
_WARNINGS_HANDLER = "consult-cli-warnings"
# Commands whose code logs nothing: they are spared loading logging (5-8 ms of `assess`,
# whose whole run takes about 0.1 s).
_SILENT_COMMANDS = frozenset({"assess"})


def _report_warnings() -> None:
    """Warnings from the services (a name the fonts cannot print, say) as one line on stderr.
    They never hold patient data. The stream is looked up per message, not kept."""
    import logging

    class StderrWarnings(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            print(f"consult: warning: {record.getMessage()}", file=sys.stderr)

    logger = logging.getLogger("consult")
    if not any(handler.get_name() == _WARNINGS_HANDLER for handler in logger.handlers):
        handler = StderrWarnings(logging.WARNING)
        handler.set_name(_WARNINGS_HANDLER)
        logger.addHandler(handler)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line, with exit code 2."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes the arguments it refuses, whole and some unescaped: clip the line.
        shown = escaped(message, 2 * QUOTE_MAX)
        self.exit(EXIT_USAGE, f"{self.prog}: {shown} (see {self.prog} --help)\n")


def _database_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the database: an SQLite file or a postgresql:// URL "
        "(default: CONSULT_DB, else consult.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        default=default,
        help="read the password from the first line of FILE (default: CONSULT_PASSWORD_FILE, "
        "else it is asked for in a terminal); a new database makes its admin with it",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="the user signing in (default: CONSULT_USER, else whoever the password is of)",
    )


def _parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The whole command line; only the sub-command `argv` names gets its arguments when it
    names exactly one and asks for no overall help. Each sub-command's parser looks up
    argparse's texts in gettext's catalogues, a few file checks each: building all of them
    took 4-5 ms of every `consult assess` (about 75 ms in all)."""
    parser = _Parser(prog="consult", description="Acne-scar microneedling consultation aid.")
    parser.add_argument("--version", action="version", version=f"consult {__version__}")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="a benchmarking aid: open the window as usual, type 'a' into the patient search, "
        "and exit 0 as soon as the window is shown with its results (no backup, no questions)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a screen, in a temporary folder: database, "
        "assessment of the bundled example, handout, PDF view and window; exit 0 if all pass",
    )
    _database_option(parser, None)
    # `--db` is also accepted after the command; there it must not reset the global one.
    with_db = argparse.ArgumentParser(add_help=False)
    _database_option(with_db, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    named = [argument for argument in argv if argument in _COMMANDS]
    asks_help = any(argument in ("-h", "--help") for argument in argv)
    only = named[0] if len(set(named)) == 1 and not asks_help else None
    for name, add in _COMMANDS.items():
        if only in (None, name):
            add(commands, with_db)
    return parser


_Commands = argparse._SubParsersAction


def _add_start(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "start",
        parents=[with_db],
        help="open the window (the default without a command)",
        description="Open the consultation window on the chosen database.",
    )


def _add_assess(commands: _Commands, _with_db: argparse.ArgumentParser) -> None:
    assess = commands.add_parser(
        "assess",
        help="score an assessment document, screen it and suggest a plan",
        description="Read a consult.assessment/1 JSON document (FILE, or - for stdin).",
    )
    assess.add_argument("file", metavar="FILE", help="the assessment document, or - for stdin")
    assess.add_argument("--json", action="store_true", help="print the result as JSON")


def _add_handout(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    handout = commands.add_parser(
        "handout",
        parents=[with_db],
        help="print the patient handout (PDF) of an assessment document",
        description="Write the patient handout PDF for a consult.assessment/1 document (FILE, "
        "or - for stdin), with the clinic's name, logo and paper size from the database when "
        "there is one, and neutral defaults otherwise.",
    )
    handout.add_argument("file", metavar="FILE", help="the assessment document, or - for stdin")
    handout.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the handout PDF to write"
    )
    handout.add_argument(
        "--ics", metavar="OUT.ics", help="also write the session dates as a calendar file"
    )
    handout.add_argument("--consent", metavar="OUT.pdf", help="also write the consent form")
    handout.add_argument(
        "--practitioner",
        metavar="NAME",
        default="",
        type=_practitioner,
        help="the practitioner's name to print",
    )


def _add_export(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[with_db],
        help="write a patient's whole record as JSON or HL7 FHIR, or the whole practice",
        description="Write the patient's record (facts, consultations with their assessment "
        "documents, scores and plans, sessions, photos, signed consents, the practitioners "
        "named) as JSON, or as an HL7 FHIR Bundle (--format fhir-r5 or fhir-r4b). With --all, "
        "write every patient's JSON export, their signed consents' PDFs, their photo files, "
        "the practitioners and a manifest "
        "(checksums, counts, versions) into the folder -o names.",
    )
    export.add_argument("patient_id", metavar="PATIENT_ID", type=_patient_id, nargs="?")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (private to you) instead of stdout; with --all, the new or empty "
        "folder to write into",
    )
    export.add_argument(
        "--format",
        choices=("json", "fhir-r5", "fhir-r4b"),
        default="json",
        help="consult's own JSON (the default) or an HL7 FHIR Bundle of type collection",
    )
    export.add_argument(
        "--all", action="store_true", help="every patient, as JSON, into the folder -o names"
    )


def _add_audit_outcomes(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    audit = commands.add_parser(
        "audit-outcomes",
        parents=[with_db],
        help="the practice's outcomes by baseline grade (no patient names)",
        description="Patients treated (a session performed in the window), sessions per "
        "course, change in Goodman & Baron quantitative and ECCA from the consultation to the "
        "last follow-up by baseline grade (median and quartiles), adverse events by type per "
        "session, and per practitioner where several. Printed as a table, or written as CSV "
        "(one row per baseline grade) or PDF.",
    )
    audit.add_argument("--from", dest="start", metavar="DATE", type=_date, help="YYYY-MM-DD")
    audit.add_argument("--to", dest="end", metavar="DATE", type=_date, help="YYYY-MM-DD")
    audit.add_argument(
        "-o", "--output", metavar="OUT.pdf|OUT.csv", help="write a PDF or CSV file instead"
    )


def _add_progress(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    progress = commands.add_parser(
        "progress",
        parents=[with_db],
        help="print a patient's progress report (PDF)",
        description="Write the progress report of a patient as PDF: the sessions done and "
        "planned, the scar scores at each assessment as a chart, and before/after photos of "
        "the same view (only photos the patient may be given), with the clinic's branding.",
    )
    progress.add_argument("patient_id", metavar="PATIENT_ID", type=_patient_id)
    progress.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the report PDF to write"
    )


def _add_consent(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    consent = commands.add_parser(
        "consent",
        parents=[with_db],
        help="write a patient's latest signed consent, or check a signed consent PDF",
        description="Write the patient's latest signed treatment consent (the PDF kept in the "
        "record), or check a signed consent: its clinic signature intact and, when the "
        "database is there, the file the one stored. Exit 0 valid, 2 with what differs.",
    )
    consent.add_argument("patient_id", metavar="PATIENT_ID", type=_patient_id, nargs="?")
    consent.add_argument("-o", "--output", metavar="OUT.pdf", help="where to write the PDF")
    consent.add_argument("--verify", metavar="FILE.pdf", help="check this signed consent")


def _add_lots(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    lots = commands.add_parser(
        "lots",
        parents=[with_db],
        help="list the sessions that used a consumable lot (for a recall)",
        description="List every session and test patch that used the lot numbered LOT (a "
        "cartridge, anaesthetic, serum or other consumable): date, patient id, practitioner, "
        "which consumable. Patient ids only: open the patient in the window or export it.",
    )
    lots.add_argument("lot", metavar="LOT", type=_lot_number, help="the lot number as printed")
    lots.add_argument("--json", action="store_true", help="print the sessions as JSON")


def _add_backup(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[with_db],
        help="write a backup archive of the database and photos",
        description="Write one archive (database, photos, checksums) into DIR and print its "
        "path. Default DIR: the backups folder beside the database.",
    )
    backup.add_argument("dir", metavar="DIR", nargs="?", help="the folder to write it to")
    backup.add_argument(
        "--daily",
        action="store_true",
        help="as the window does at start, at low priority: today's automatic backup into the "
        "backups folder unless one was made today, keeping the 14 newest; prints its path, "
        "or nothing when there was one",
    )
    # The window's own: the data key of an encrypted database, read from standard input.
    backup.add_argument("--data-key-stdin", action="store_true", help=argparse.SUPPRESS)


def _add_restore(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    restore = commands.add_parser(
        "restore",
        parents=[with_db],
        help="check a backup archive, then put its database and photos in place",
        description="Check ARCHIVE completely, then replace the database and photos with its "
        "contents. The replaced ones are kept beside them.",
    )
    restore.add_argument("archive", metavar="ARCHIVE", help="a consult-backup-….zip file")


def _add_erase(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    erase = commands.add_parser(
        "erase",
        parents=[with_db],
        help="erase a patient's whole record (GDPR Art. 17), photos included",
        description="Erase every record of the patient: details, search words, consultations, "
        "course, photos and their files. The audit log keeps the erasure (the patient number, "
        "when, the reason) and the erasure list keeps the number, so restoring an older "
        "backup erases the patient again. The reason must not name the patient. Before the "
        "retention period has run, --early-reason is needed too.",
    )
    erase.add_argument("patient_id", metavar="PATIENT_ID", type=_patient_id)
    erase.add_argument(
        "--reason", metavar="TEXT", default="", help="why the record is erased (required)"
    )
    erase.add_argument(
        "--early-reason",
        metavar="TEXT",
        default="",
        help="why it need not be kept for the retention period, when erased before it ends",
    )
    erase.add_argument(
        "--yes",
        action="store_true",
        help="do not ask to type the patient number (for scripts)",
    )


def _add_demo(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo",
        parents=[with_db],
        help="fill an empty database with invented patients (for tours and benchmarks)",
        description="Fill an empty database with realistic invented patients and "
        "consultations. A database that holds patients is refused.",
    )
    demo.add_argument(
        "--patients", metavar="N", type=_patient_count, required=True, help="1 to 1,000,000"
    )
    demo.add_argument(
        "--seed", metavar="S", type=int, default=1, help="the same seed, the same data"
    )


def _add_users(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    users = commands.add_parser(
        "users",
        parents=[with_db],
        help="list the users, or add one (admin only)",
        description="Without arguments, list the accounts: user name, role, name, whether "
        "active. 'add NAME --role ROLE' adds one; 'passwd NAME' gives one a new password (an "
        "admin, or the user for themselves; after signing in with the recovery key, the way "
        "back in when a password is lost). The new password is read from "
        "--new-password-file or asked for in a terminal.",
    )
    users.add_argument(
        "action",
        nargs="?",
        choices=["add", "passwd"],
        help="add a user, or give one a new password",
    )
    users.add_argument("name", metavar="NAME", nargs="?", help="the user's user name")
    users.add_argument(
        "--role", choices=["admin", "practitioner", "reception"], help="the new user's role"
    )
    users.add_argument("--display-name", metavar="TEXT", default="", help="their full name")
    users.add_argument(
        "--new-password-file", metavar="FILE", help="the new password (first line of FILE)"
    )


def _add_encrypt(commands: _Commands, with_db: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "encrypt",
        parents=[with_db],
        help="encrypt a plain SQLite database and its photos (admin only)",
        description="Encrypt the database and its photos with a new data key that the "
        "admin's password opens, and print its recovery key once (on stderr: write it down). "
        "A database from before accounts gets its admin from the password first. The other "
        "users sign in again once an admin gives each a new password (consult users passwd "
        "NAME). Plain copies left beside it (older backups, say) are named, not deleted.",
    )


# In the order `consult --help` lists them.
_COMMANDS: dict[str, Callable[[_Commands, argparse.ArgumentParser], None]] = {
    "start": _add_start,
    "assess": _add_assess,
    "handout": _add_handout,
    "export": _add_export,
    "progress": _add_progress,
    "lots": _add_lots,
    "audit-outcomes": _add_audit_outcomes,
    "consent": _add_consent,
    "backup": _add_backup,
    "restore": _add_restore,
    "erase": _add_erase,
    "demo": _add_demo,
    "users": _add_users,
    "encrypt": _add_encrypt,
}


def _patient_count(text: str) -> int:
    from consult.services.demo import MAX_PATIENTS

    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_PATIENTS:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_PATIENTS:,}")
    return count


def _practitioner(text: str) -> str:
    """The name as the practitioners' list would keep it (same checks as Settings)."""
    # argparse also passes the default, "", through here: no checks to load for it.
    if not text.strip():
        return ""
    from consult.domain.practitioner import PractitionerRecord

    try:
        PractitionerRecord(0, text).check()
    except DocumentError as error:
        raise argparse.ArgumentTypeError(word(error.message, ENGLISH, plain)) from None
    return text.strip()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a date (YYYY-MM-DD)") from None


def _lot_number(text: str) -> str:
    from consult.domain.text import unstorable

    if not text.strip() or unstorable(text) or len(text) > 100:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a lot number")
    return text.strip()


def _worded(error: DocumentError) -> str:
    """The CLI's one place for wording the domain's messages: English, dates as 2026-12-08,
    the field path and the problem escaped to one printable line."""
    problem = word(error.message, ENGLISH, plain)
    return f"{escaped(error.path, PATH_MAX)}: {escaped(problem, None)}"


def _patient_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"{quoted(text)} is not a patient id (a whole number from 1)"
        )
    return int(text)


def _existing_records(db: str | None) -> None:
    """A command that only reads records refuses a database file that is not there, rather
    than create an empty one and answer "nothing found" (a mistyped --db in a recall)."""
    from consult.config import database_url, sqlite_file

    path = sqlite_file(database_url(db))
    if path is not None and not path.is_file():
        raise UnusablePath(path, "no database is there (check --db or CONSULT_DB)")
    _some_database(db)


def _some_database(db: str | None) -> None:
    """Refuse a file that is there but no database at all: one named by mistake (--db
    /etc/passwd) is bad input, not a damaged database."""
    from consult.config import database_url, sqlite_file
    from consult.store.keyslots import key_file

    path = sqlite_file(database_url(db))
    if path is None or not path.is_file() or key_file(path).exists():
        return  # an encrypted database has no plain header: its key file marks it
    if not _sqlite_header(path):
        raise UnusablePath(path, "not a consult database (check --db or CONSULT_DB)")


_SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlite_header(path: Path) -> bool:
    """Whether the file starts as every SQLite database does (an empty one is taken as new)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(_SQLITE_HEADER))
    except OSError:
        return True  # unreadable: the store says why when it opens it
    return start in (b"", _SQLITE_HEADER)


def _command_export(args: argparse.Namespace) -> int:
    from consult.services.files import write_private
    from consult.services.handout import check_outputs

    if args.all:
        return _export_practice(args)
    if args.patient_id is None:
        raise UsageError("export: give a PATIENT_ID, or --all with -o DIR")
    if args.output:
        check_outputs([Path(args.output)])  # a folder, say: refused before any reading
    _existing_records(args.db)
    context = _open(args)
    try:
        if args.format == "json":
            from consult.services.export import export_patient

            data = export_patient(
                context.database, context.rules, args.patient_id, current=context.current
            )
        else:
            from consult.services.fhir import fhir_bundle
            from consult.services.handout import not_for_printing

            with not_for_printing():  # the handouts are attached, not printed
                data = fhir_bundle(
                    context.database,
                    context.rules,
                    args.patient_id,
                    args.format,
                    current=context.current,
                )
    finally:
        context.close()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        write_private(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _export_practice(args: argparse.Namespace) -> int:
    from consult.services.practice_export import check_folder, export_practice

    if args.patient_id is not None:
        raise UsageError("export: --all exports every patient; give no PATIENT_ID with it")
    if not args.output:
        raise UsageError("export: --all needs -o DIR, the folder to write into")
    if args.format != "json":
        raise UsageError("export: --all writes consult's JSON; FHIR is exported per patient")
    folder = Path(args.output).expanduser()
    check_folder(folder)  # refused before any reading
    _existing_records(args.db)
    context = _open(args)
    try:
        # Photos leave opened (the clinic asked for its pictures; the folder is private).
        manifest = export_practice(
            context.database,
            context.rules,
            context.locations,
            folder,
            key=context.key,
            current=context.current,
        )
    finally:
        context.close()
    counts = manifest["counts"]
    missing = len(manifest["missing_photo_files"])
    print(
        f"Wrote {counts['patients']:,} patients, {len(manifest['photo_files']):,} photo "
        f"files and {len(manifest['consent_files']):,} signed consents into "
        f"{escaped(str(folder), None)}"
    )
    if missing:
        print(
            f"consult: warning: {missing:,} photo files were not in the photo folder (listed "
            "in manifest.json as missing_photo_files)",
            file=sys.stderr,
        )
    return EXIT_OK


def _command_audit_outcomes(args: argparse.Namespace) -> int:
    from consult.services.files import write_private
    from consult.services.handout import check_outputs
    from consult.services.outcome_audit import audit_csv, audit_lines, audit_outcomes, audit_pdf

    output = Path(args.output) if args.output else None
    if output is not None:
        if output.suffix.lower() not in (".pdf", ".csv"):
            raise UsageError(f"audit-outcomes: {escaped(args.output)}: name a .pdf or .csv file")
        check_outputs([output])
    if args.start and args.end and args.start > args.end:
        raise UsageError("audit-outcomes: --from is after --to")
    _existing_records(args.db)
    context = _open(args)
    try:
        report = audit_outcomes(
            context.database, context.rules, args.start, args.end, current=context.current
        )
    finally:
        context.close()
    if output is None:
        print("\n".join(audit_lines(report)))
        return EXIT_OK
    data = audit_pdf(report) if output.suffix.lower() == ".pdf" else audit_csv(report).encode()
    write_private(output, data)
    print(f"Wrote {escaped(str(output), None)}")
    return EXIT_OK


def _command_progress(args: argparse.Namespace) -> int:
    from consult.services.handout import HandoutMaker, check_outputs, write_outputs
    from consult.services.progress import build_progress, progress_input

    output = Path(args.output)
    check_outputs([output])  # a folder, say: refused before any reading
    _existing_records(args.db)
    context = _open(args)
    try:
        given, language = progress_input(context, args.patient_id)
        files = build_progress(HandoutMaker(context.rules), given, language)
    finally:
        context.close()
    write_outputs([(output, files.pdf)])
    print(f"Wrote {escaped(str(output), None)}")
    return EXIT_OK


def _command_consent(args: argparse.Namespace) -> int:
    wrong = (
        "--verify takes the file alone"
        if args.verify and (args.patient_id is not None or args.output)
        else "give PATIENT_ID and -o OUT.pdf, or --verify FILE.pdf"
        if not args.verify and (args.patient_id is None or not args.output)
        else ""
    )
    if wrong:
        print(f"consult consent: {wrong} (see consult consent --help)", file=sys.stderr)
        return EXIT_USAGE
    if args.verify:
        return _verify_consent(Path(args.verify), args)
    from consult.services.files import write_private
    from consult.services.handout import check_outputs

    check_outputs([Path(args.output)])
    _existing_records(args.db)
    context = _open(args)
    try:
        pdf = context.consents.latest_pdf(args.patient_id)
    finally:
        context.close()
    write_private(Path(args.output), pdf)
    print(f"Wrote {escaped(args.output, None)}")
    return EXIT_OK


def _verify_consent(path: Path, args: argparse.Namespace) -> int:
    """The signature checked against the clinic certificate (public: no password), and the
    file's hash against the stored consents when the database is there (read with the key
    of whoever signs in, when it has accounts)."""
    from consult.config import database_url, locations, sqlite_file
    from consult.services import access, clinic_certificate

    db = args.db

    try:
        data = path.expanduser().read_bytes()
    except OSError as error:
        raise UnusablePath(path, f"cannot be read ({error.strerror})") from None
    file = sqlite_file(database_url(db))
    stored = file is None or file.is_file()
    if stored:
        from consult.services.consent import verify_in
        from consult.services.errors import SchemaMismatch

        _some_database(db)
        # Signing in never makes an admin here: a database without accounts is read as is.
        signed_in = None if access.needs_setup(db) else _sign_in(args)
        try:
            found = verify_in(db, data, key=signed_in.key if signed_in else None)
        except SchemaMismatch as error:
            print(f"consult: {error}", file=sys.stderr)
            return EXIT_USAGE
    else:
        in_folder = clinic_certificate.folder_certificate(locations(db).folder)
        found = clinic_certificate.verify_pdf(data, [in_folder] if in_folder else [])
    shown = escaped(str(path), PATH_MAX)
    if found.problem is not None:
        print(f"consult: {shown}: {word(found.problem, ENGLISH, plain)}", file=sys.stderr)
        return EXIT_USAGE
    compared = "the consent stored" if stored else "no database here to compare it with"
    print(f"{shown}: valid, {_signed_by(found.signer)} ({compared}; sha256 {found.sha256})")
    return EXIT_OK


def _signed_by(signer: KnownCertificate | None) -> str:
    """Which of the clinic's certificates sealed a consent, and whether it is still in use."""
    if signer is None:
        return "signed by the clinic certificate"
    name = escaped(signer.subject, PATH_MAX)
    if signer.current:
        return f"signed by the clinic certificate in use ({name})"
    since = f" on {signer.replaced_at:%Y-%m-%d}" if signer.replaced_at else ""
    return f"signed by an earlier clinic certificate ({name}, replaced{since})"


# How `consult lots` names the record that used a lot.
_RECORDS = {"session": "session", "test_patch": "test patch"}


def _command_lots(args: argparse.Namespace) -> int:

    _existing_records(args.db)
    context = _open(args)
    try:
        uses = context.course.lot_uses(args.lot)
    finally:
        context.close()
    if args.json:
        rows = [
            {
                "session_id": use.session_id,
                "record": use.record,
                "date": use.date.isoformat(),
                "patient_id": use.patient_id,
                "practitioner": use.practitioner,
                "consumable": use.kind,
                "lot": use.lot,
                "expiry": use.expiry.isoformat() if use.expiry else None,
                "product": use.product,
            }
            for use in uses
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not uses:
        print(f"consult: no session used lot {quoted(args.lot)}", file=sys.stderr)
        return EXIT_OK
    for use in uses:
        who = escaped(use.practitioner, None) or "-"
        record = _RECORDS.get(use.record, use.record)
        print(f"{use.date.isoformat()}\t{record}\tpatient {use.patient_id}\t{who}\t{use.kind}")
    return EXIT_OK


def _read_input(name: str) -> str:
    try:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8-sig")
        with open(name, encoding="utf-8-sig") as handle:
            return handle.read()
    except FileNotFoundError:
        raise DocumentError(name, Message("file.missing")) from None
    except IsADirectoryError:
        raise DocumentError(name, Message("file.folder")) from None
    except UnicodeDecodeError:
        raise DocumentError(name, Message("file.not_utf8")) from None
    except OSError as error:
        raise DocumentError(name, Message("file.unreadable", reason=error.strerror)) from None


def _command_assess(args: argparse.Namespace) -> int:
    from consult.services.assessment import assess_text, report_json
    from consult.services.rules import load_default_rules

    rules = load_default_rules()
    report = assess_text(_read_input(args.file), rules)
    data = report_json(report, rules)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_summary(data))
    return EXIT_OK


def _command_handout(args: argparse.Namespace) -> int:
    from consult.services.handout import check_outputs, document_handout, write_outputs

    wanted = [Path(args.output)] + [Path(p) for p in (args.ics, args.consent) if p]
    check_outputs(wanted)
    from consult.services.access import asks_password

    # The clinic's letterhead comes from the database when there is one: it is opened by
    # whoever signs in, and never created here.
    signed_in = _sign_in(args) if asks_password(args.db) else None
    files = document_handout(
        _read_input(args.file),
        args.db,
        args.practitioner,
        signed_in=signed_in,
        calendar=bool(args.ics),
        consent=bool(args.consent),
    )
    outputs = [(Path(args.output), files.pdf)]
    if args.ics and files.ics is not None:
        outputs.append((Path(args.ics), files.ics))
    elif args.ics:
        print(
            f"consult: warning: no sessions are planned, so {escaped(args.ics)} was not written",
            file=sys.stderr,
        )
    if args.consent and files.consent is not None:
        outputs.append((Path(args.consent), files.consent))
    write_outputs(outputs)
    for path, _ in outputs:
        print(f"Wrote {escaped(str(path), None)}")
    return EXIT_OK


def _command_backup(args: argparse.Namespace) -> int:
    from consult.config import locations
    from consult.services.backup import ensure_daily_backup, make_backup, run_in_background

    if args.daily and args.dir:
        raise UnusablePath(Path(args.dir), "--daily writes into the backups folder only")
    if args.daily and args.data_key_stdin:
        # The window's own daily backup: it hands over the data key of the user signed in
        # there, which opens everything a password would.
        run_in_background()
        made = ensure_daily_backup(locations(args.db), key=_data_key_from_stdin(args))
        if made is not None:
            print(made)
        return EXIT_OK
    from consult.config import database_url, sqlite_file

    # Only an SQLite file is backed up here (the backup refuses a server in its own words).
    signed_in = _sign_in(args) if sqlite_file(database_url(args.db)) is not None else None
    _require(signed_in, "backup")
    key = None if signed_in is None else signed_in.key
    if args.daily:
        run_in_background()
        made = ensure_daily_backup(locations(args.db), key=key)
        if made is not None:
            print(made)
        return EXIT_OK
    print(make_backup(locations(args.db), Path(args.dir) if args.dir else None, key=key))
    return EXIT_OK


def _data_key_from_stdin(args: argparse.Namespace) -> bytes | None:
    """The window's raw data key for its daily backup process (never on the command line,
    which other users may list), or None when not asked for."""
    if not args.data_key_stdin:
        return None
    try:
        key = bytes.fromhex(sys.stdin.readline().strip())
    except ValueError:
        key = b""
    if len(key) != 32:
        raise UnusablePath(Path("-"), "the data key on standard input is not 64 hex digits")
    return key


def _command_restore(args: argparse.Namespace) -> int:
    from consult.config import database_url, locations, sqlite_file
    from consult.services.backup import archive_is_encrypted, restore_backup

    key = None
    path = sqlite_file(database_url(args.db))
    if path is None or path.exists():
        from contextlib import suppress

        from consult.store.errors import DamagedDatabase

        # Replacing the records is the admin's; restoring into an empty place is anyone's
        # who has the backup's password (the archive asks for it when encrypted), and so
        # is restoring over a damaged file, whose accounts cannot be read: that is what the
        # message naming the damage tells the user to do.
        with suppress(DamagedDatabase):
            signed_in = _sign_in(args)
            _require(signed_in, "restore")
            key = None if signed_in is None else signed_in.key
    archive = Path(args.archive)
    # An encrypted archive opens with a password (or the recovery key) of its own records:
    # the one given, the same as the database's when the archive was made from it.
    secret = _password(args, "Password of the backup: ") if archive_is_encrypted(archive) else None
    if secret is None and archive_is_encrypted(archive):
        raise UsageError(f"this backup is encrypted and needs its password: {_HOW_TO_GIVE}")
    restored = restore_backup(locations(args.db), archive, key=key, secret=secret)
    print(f"Restored {escaped(args.archive, None)} into {escaped(str(restored.database), None)}.")
    if restored.replaced_database is not None:
        print(f"The previous database is kept as {restored.replaced_database}.")
    else:
        print("There was no database before.")
    if restored.replaced_photos is not None:
        print(f"The previous photos are kept in {restored.replaced_photos}.")
    if restored.replaced_certificate:
        kept = " and ".join(str(path) for path in restored.replaced_certificate)
        print(f"The previous clinic certificate is kept as {kept}.")
    if restored.erased_again:
        print(
            f"Patients erased since the backup was made, erased again: {restored.erased_again:,}."
        )
    if restored.erasures_unread:
        print(
            "consult: warning: the replaced database was damaged, so its erasure list could "
            "not be read: patients erased after this backup was made may be back. The audit "
            "log of the kept copy lists them (patient.erase); erase them again.",
            file=sys.stderr,
        )
    return EXIT_OK


def _command_erase(args: argparse.Namespace) -> int:

    if not args.reason.strip():  # refused before the database is opened
        raise DocumentError("--reason", Message("erase.reason_missing"))
    _existing_records(args.db)
    context = _open(args)
    try:
        # Everything but the typed number is checked first: nobody types the number only to
        # hear then that a reason is missing (NotFound, DocumentError: exit 2).
        facts = context.erasure.check(args.patient_id, args.reason, args.early_reason)
        typed = str(args.patient_id)
        if not args.yes:
            until = facts.retention.until
            kept = f", kept until {until.isoformat()}" if until else ""
            # The number only: a name on a terminal may be read over a shoulder or logged.
            print(
                f"Erase patient {args.patient_id} (their record{kept}) with every record and "
                "photo of theirs? This cannot be undone.",
                file=sys.stderr,
            )
            print("Type the patient number to confirm: ", end="", file=sys.stderr, flush=True)
            typed = sys.stdin.readline().strip()
            if not sys.stdin.isatty():  # a terminal echoed the Enter; a pipe did not
                print(file=sys.stderr)
        erased = context.erasure.erase(args.patient_id, typed, args.reason, args.early_reason)
    finally:
        context.close()
    early = " before the end of its retention period" if erased.early else ""
    print(f"consult: patient {erased.patient_id} erased{early} ({erased.rows:,} records)")
    return EXIT_OK


def _command_demo(args: argparse.Namespace) -> int:
    import time

    from consult.services.demo import DemoService
    from consult.services.demo_consents import sign_demo_consents

    started = time.perf_counter()
    _some_database(args.db)  # a demo fills a new database; any other file is a mistake
    context = _open(args)
    try:
        demo = DemoService(context.database, context.rules, photos=context.photos)
        summary = demo.fill(args.patients, args.seed)
        where = context.database.where
        clinic = context.clinic.get()
        signed = sign_demo_consents(
            context.consents,
            context.consultations,
            context.patients,
            clinic.name if clinic else "Demo clinic",
            args.seed,
        )
    finally:
        context.close()
    print(
        f"consult: {where}: {summary.patients:,} demo patients and {summary.consultations:,} "
        f"consultations written, with {summary.sessions:,} sessions, {summary.photos:,} photos "
        f"and {signed} signed consents, in {time.perf_counter() - started:.1f} s"
    )
    return EXIT_OK


PASSWORD_FILE_VARIABLE = "CONSULT_PASSWORD_FILE"
USER_VARIABLE = "CONSULT_USER"
_HOW_TO_GIVE = (
    f"give it with --password-file FILE or {PASSWORD_FILE_VARIABLE}, or run consult in a "
    "terminal to be asked for it"
)


def _first_line(name: str) -> str:
    """The first line of the file `name`, without its line ending."""
    try:
        with open(name, encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise UnusablePath(Path(name), f"the password file cannot be read ({reason})") from None
    return line.rstrip("\r\n")


def _password(args: argparse.Namespace, prompt: str = "Password: ") -> str | None:
    """The password from --password-file, CONSULT_PASSWORD_FILE or a terminal (asked once per
    command); None when there is none to be had."""
    if getattr(args, "given_password", None) is not None:
        return args.given_password
    name = getattr(args, "password_file", None) or os.environ.get(PASSWORD_FILE_VARIABLE, "")
    password = None
    if name.strip():
        password = _first_line(name)
    elif sys.stdin.isatty():
        import getpass

        password = getpass.getpass(prompt)
    args.given_password = password
    return password


def _user(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get(USER_VARIABLE, "").strip() or None


def _sign_in(args: argparse.Namespace) -> SignedIn | None:
    """Who runs this command: the account the password opens; on a new database, its admin
    made from that password (an SQLite file is created encrypted); None for a database
    from before accounts, which works as it always did."""
    from consult.services import access

    if access.needs_setup(args.db):
        if not access.is_new(args.db):
            return None
        password = _password(args, "Password for the new database's admin: ")
        if password is None:
            raise UsageError(f"a new database needs a password for its admin: {_HOW_TO_GIVE}")
        try:
            signed_in, recovery = access.set_up(
                args.db, _user(args) or "admin", "Administrator", password
            )
        except access.AccountProblem as error:
            raise UsageError(str(error)) from None
        if recovery is not None:
            # Shown once, on the terminal (never stdout, which scripts read): without it and
            # the password, the encrypted records cannot be opened again.
            print(
                f"consult: the recovery key of this new database (write it down, it is not "
                f"shown again): {recovery}",
                file=sys.stderr,
            )
        return signed_in
    password = _password(args)
    if password is None:
        raise UsageError(f"this database needs a password: {_HOW_TO_GIVE}")
    try:
        return access.sign_in(args.db, _user(args), password)
    except access.TooSoon as error:
        raise UsageError(str(error)) from None
    except access.SignInRefused:
        raise UsageError("the password is not right") from None


def _open(args: argparse.Namespace) -> AppContext:
    """The context of a command that opens the database, for whoever signs in."""
    from consult.services.context import open_context

    return open_context(args.db, _sign_in(args))


def _require(signed_in: SignedIn | None, permission: str) -> None:
    """Refuse a command the signed-in user's role does not allow (exit 2)."""
    from consult.domain.access import Permission
    from consult.services.access import CurrentUser

    CurrentUser(signed_in, accounts=signed_in is not None).require(Permission(permission))


def _command_users(args: argparse.Namespace) -> int:
    from consult.domain.access import Role

    if args.action is None and (args.name or args.role or args.new_password_file):
        raise UsageError("to add a user: consult users add NAME --role ROLE")
    if args.action == "add" and (not args.name or not args.role):
        raise UsageError("consult users add needs NAME and --role ROLE")
    if args.action == "passwd" and (not args.name or args.role):
        raise UsageError("consult users passwd needs NAME (and no --role)")
    context = _open(args)
    try:
        if not context.current.accounts:
            raise UsageError(
                "this database has no accounts yet: open it in the window to make its admin"
            )
        if args.action is None:
            for account in context.accounts.list():
                state = "" if account.active else "  (inactive)"
                print(f"{account.username}\t{account.role.value}\t{account.display_name}{state}")
            return EXIT_OK
        from consult.domain.access import Permission

        if args.action == "add":
            context.current.require(Permission.USERS)
        new_password = _new_password(args)
        from consult.services.access import AccountProblem

        try:
            if args.action == "passwd":
                # One's own password, or anyone's by an admin (the service checks which).
                context.accounts.set_password(args.name, new_password)
                done = f"consult: the password of {args.name} is changed"
            else:
                added = context.accounts.add(
                    args.name, args.display_name, Role(args.role), new_password
                )
                done = f"consult: user {added.username} added ({added.role.value})"
        except AccountProblem as error:
            raise UsageError(str(error)) from None
    finally:
        context.close()
    print(done)
    return EXIT_OK


def _new_password(args: argparse.Namespace) -> str:
    """The password `consult users` gives: --new-password-file, else asked in a terminal."""
    if args.new_password_file:
        return _first_line(args.new_password_file)
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"New password for {args.name}: ")
    raise UsageError(f"give the password of {args.name} with --new-password-file FILE")


def _command_encrypt(args: argparse.Namespace) -> int:
    from consult.config import database_url, locations, sqlite_file
    from consult.domain.access import Role
    from consult.services import access
    from consult.services.encryption import encrypt_with_new_key

    path = sqlite_file(database_url(args.db))
    if path is None:
        raise UsageError(
            "encrypt: a PostgreSQL database is encrypted at rest by its server, not by consult"
        )
    _existing_records(args.db)
    if access.key_path(database_url(args.db)) is not None:
        raise UsageError(f"encrypt: {escaped(str(path), None)} is encrypted already")
    if access.is_new(args.db):
        raise UsageError(
            f"encrypt: {escaped(str(path), None)} is empty; a new database is made encrypted "
            "by the first command on it (consult demo, say) or the window"
        )
    signed_in = _sign_in(args)
    password = _password(args)
    if signed_in is None:
        # A database from before accounts: its admin is made from the password given.
        if password is None:
            raise UsageError(f"encrypt needs the password of the admin to make: {_HOW_TO_GIVE}")
        try:
            signed_in, _ = access.set_up(
                args.db, _user(args) or "admin", "Administrator", password, encrypt=False
            )
        except access.AccountProblem as error:
            raise UsageError(str(error)) from None
    if signed_in.account.role != Role.ADMIN:
        raise NotAllowed("only an admin may encrypt the database")
    assert password is not None  # whoever signed in gave one
    from consult.services.context import open_context

    context = open_context(args.db, signed_in)  # migrated first: the copy is of today's schema
    try:
        others = [
            account.username
            for account in context.accounts.list()
            if account.active and account.username != signed_in.account.username
        ]
    finally:
        context.close()
    done, recovery = encrypt_with_new_key(locations(args.db), signed_in.account.username, password)
    print(
        f"consult: the recovery key of this database (write it down, it is not shown again): "
        f"{recovery}",
        file=sys.stderr,
    )
    print(
        f"Encrypted {escaped(str(done.database), None)} and {done.photos_sealed:,} photo files; "
        f"{signed_in.account.username} signs in with the same password."
    )
    for left in done.plain_left:
        print(
            f"consult: still plain, with patient data: {escaped(str(left), None)}; delete it "
            "once you have checked the encrypted database and made a new backup",
            file=sys.stderr,
        )
    if others:
        print(
            f"consult: {', '.join(others)} sign in again once an admin gives each a new "
            "password: consult users passwd NAME --new-password-file FILE",
            file=sys.stderr,
        )
    return EXIT_OK


def _mm(value: float) -> str:
    return f"{value:g}"


def format_summary(data: dict) -> str:
    """A readable summary of `consult assess --json` output (no patient name)."""
    scores, screening, plan = data["scores"], data["screening"], data["plan"]
    suggested = scores["qualitative_suggested"]
    used = scores["qualitative_used"]
    lines = [
        f"Assessment of {data['date']}: age {data['patient']['age_years']}, "
        f"Fitzpatrick {data['patient']['fitzpatrick_roman']}",
        "",
        "Scores",
        f"  Goodman & Baron quantitative  {scores['goodman_baron_quantitative']} of "
        f"{scores['goodman_baron_quantitative_max']}",
        f"  ECCA                          {scores['ecca']} of {scores['ecca_max']}",
        f"  Goodman & Baron grade         {used if used is not None else '-'}"
        f" (suggested {suggested if suggested is not None else '-'})",
        "",
        f"Screening: {screening['status']}",
    ]
    for item in screening["items"]:
        mark = "STOP" if item["level"] == "block" else "note"
        lines.append(f"  [{mark}] {item['text']} [{item['source']}]")
    if screening["unanswered"]:
        lines.append(f"  Not answered: {', '.join(screening['unanswered'])}")
    lines += ["", f"Plan ({plan['status']}, rules {plan['rules_version']})"]
    if plan["status"] == "suggested":
        sessions = plan["sessions"]
        lines.append(
            f"  Sessions: {sessions['suggested']} (range {sessions['min']} to {sessions['max']}),"
            f" every {plan['interval_weeks']} weeks"
        )
        if plan.get("test_patch"):
            patch = plan["test_patch"]
            lines.append(
                f"  Test patch: {patch['date']}; full sessions from {patch['first_session_from']}"
            )
        if plan["dates"]:
            lines.append(f"  Dates: {', '.join(plan['dates'])}")
        for zone, (low, high, suggested_mm) in plan["needle_depth_mm"].items():
            lines.append(
                f"  Needle depth {zone}: {_mm(suggested_mm)} mm (range {_mm(low)}-{_mm(high)})"
            )
        for warning in plan["warnings"]:
            lines.append(f"  Warning: {warning}")
    lines.append("  Why:")
    lines += [f"   - {reason['text']} [{reason['source']}]" for reason in plan["reasons"]]
    return "\n".join(lines)


def _command_self_test() -> int:
    """One line per step passed on stdout; the step that failed in one line on stderr."""
    import os

    from consult.services.selftest import SERVICE_STEPS, run_self_test

    # Offscreen unless a platform is chosen (QT_QPA_PLATFORM=xcb checks the X11 plugin).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from consult.ui.display import display_problem

    problem = display_problem()
    if problem:
        print(f"self-test: window failed ({problem})", file=sys.stderr)
        return EXIT_FAILURE
    from consult.ui.selftest import window_steps

    failure = run_self_test([*SERVICE_STEPS, *window_steps()], lambda line: print(line, flush=True))
    if failure is not None:
        print(failure, file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _start_gui(args: argparse.Namespace) -> int:
    """The window; with a password given (--password-file, CONSULT_PASSWORD_FILE: automation
    and benchmarks) it signs in from it without a dialog, as every command does, and a
    benchmark run (--quit-when-ready) needs one."""
    from consult.ui.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_FAILURE
    given = getattr(args, "password_file", None) or os.environ.get(PASSWORD_FILE_VARIABLE, "")
    admission = _admission(args) if given.strip() or args.quit_when_ready else None
    from consult.ui.app import run

    return run([], args.db, args.quit_when_ready, admission)


def _admission(args: argparse.Namespace) -> Admission:
    """Who the window opens the records for, from the password given. An encrypted file's
    key is unwrapped with Argon2 alone, on a thread while the window is built (a wrong
    password ends the start before it shows); its account is checked as the records open,
    off the window's thread. Any other database signs in as every command does."""
    from consult.services import access

    access.finish_interrupted_encryption(args.db)
    if access.encrypted_file(args.db) is None:
        return access.Admission(signed_in=_sign_in(args))
    password = _password(args)
    if password is None:
        raise UsageError(f"this database needs a password: {_HOW_TO_GIVE}")
    return access.Admission(unlocking=access.Unlocking(args.db, _user(args), password))


def main(argv: list[str] | None = None) -> int:
    """Entry point of `consult` and `python -m consult`."""
    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _parser(argv).parse_args(argv)
    commands = {
        "assess": _command_assess,
        "handout": _command_handout,
        "export": _command_export,
        "progress": _command_progress,
        "lots": _command_lots,
        "audit-outcomes": _command_audit_outcomes,
        "consent": _command_consent,
        "backup": _command_backup,
        "restore": _command_restore,
        "erase": _command_erase,
        "demo": _command_demo,
        "users": _command_users,
        "encrypt": _command_encrypt,
    }
    try:
        if args.self_test:
            return _command_self_test()
        if args.command in commands:
            if args.command not in _SILENT_COMMANDS:
                _report_warnings()
            code = commands[args.command](args)
            sys.stdout.flush()  # a reader gone away is told here, not at exit
            return code
        return _start_gui(args)
    except DocumentError as error:
        print(f"consult: {_worded(error)}", file=sys.stderr)
        return EXIT_USAGE
    except (DemoRefused, NotFound, UnusablePath, UsageError, SignInRefused, NotAllowed) as error:
        print(f"consult: {error}", file=sys.stderr)
        return EXIT_USAGE
    except RulesError as error:
        print(f"consult: clinical rules are broken: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except StoreError as error:
        print(f"consult: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`consult assess … | head`): nothing more to say to it, and
        # Python's own flush at exit must not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE


def gui_main() -> int:
    """Entry point of the `consult-gui` launcher (no console on Windows): the window, with
    the same handling of a database that cannot be opened."""
    return main([])

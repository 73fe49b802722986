"""Messages the domain gives (refusals, warnings): a code and its parameters, worded later.

A `Message` is also its English wording (a `str`), so records, logs and exports that keep the
readable text keep exactly the words they always had; the window and the CLI read `code` and
`params` and word it themselves, each in one place (`consult.ui.wording`, `consult.cli`), so
a translation needs only another set of templates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

# Templates keyed by code, in English: the source language a translation starts from (as
# Qt's source strings are). Parameters are filled by `word`; a `{depth}` is a number of mm.
ENGLISH: Mapping[str, str] = {
    # A problem worded elsewhere (a text check's own words): shown as it is.
    "text": "{text}",
    # Documents and drafts
    "document.between": "must be between {earliest} and {latest}",
    "document.unknown_screening_item": "unknown screening item {item}",
    "document.grade_1_to_4": "must be a whole number 1 to 4",
    "document.skin_type_1_to_6": "must be a skin type 1 to 6",
    "document.before_consultation": "must not be before the consultation date",
    "document.characters_at_most": "must be at most {limit} characters",
    "document.yes_no_unanswered": "must be yes, no or unanswered",
    "document.whole_number": "must be a whole number",
    "document.sessions_0_to_52": "must be 0 to 52",
    "document.depth_above_0": "must be a depth in mm above 0",
    "document.reason_text": "must be text of {limit} or fewer",
    "document.skin_type_needed": "the skin type is needed to plan (I to VI)",
    "document.json_too_deep": "not valid JSON (nested too deeply)",
    "document.json_syntax": "not valid JSON ({problem} at line {line}, column {column})",
    "document.json_constant": "not valid JSON ({name} is not allowed)",
    "document.json_key_twice": "not valid JSON (the field {key} appears twice in one object)",
    "document.json_invalid": "not valid JSON ({problem})",
    "document.object": "must be an object",
    "document.list": "must be a list",
    "document.unknown_field": "unknown field (allowed: {allowed})",
    "document.missing": "missing",
    "document.future": "must not be in the future",
    "document.date_format": "must be a date written YYYY-MM-DD",
    "document.non_empty_text": "must be non-empty text",
    "document.text": "must be text",
    "document.whole_at_least": "must be a whole number ≥ {minimum}",
    "document.whole_from_to": "must be a whole number {low} to {high}",
    "document.at_most": "must be at most {maximum}",
    "document.from_to": "must be {low} to {high}",
    "document.skin_type_or_numeral": "must be a skin type 1 to 6 (or I to VI)",
    "document.after_consultation": "must not be after the consultation date",
    "document.answer_list": "must be a list of answers",
    "document.answer_count": "must give {count} answers, not {given}",
    "document.fitzpatrick_missing": "missing (give it, or fitzpatrick_answers)",
    "document.language_code": "must be a language code such as en",
    "document.language_code_region": "must be a language code such as en or pt-BR",
    "document.language_right_to_left": (
        "cannot be a handout language yet: right-to-left scripts (Arabic, Hebrew, Persian, "
        "Urdu) do not print correctly (see the README); choose another language"
    ),
    "document.unknown_item": "unknown screening item",
    "document.after_consultation_or_current": (
        'must not be after the consultation date (or "{current}")'
    ),
    "document.date_current_or_never": (
        'must be a date written YYYY-MM-DD, "{current}", or null for never'
    ),
    "document.true_false": "must be true or false",
    "document.true_false_null": "must be true, false or null",
    "document.area_missing": "missing: {scar_type} is recorded by area in cm²",
    "document.area_above_0": "must be a number of cm² above 0",
    "document.duplicate_finding": "duplicate of findings[{first}] ({zone}, {scar_type})",
    "document.schema_missing": 'missing: expected "{schema}"',
    "document.schema_wrong": 'must be "{schema}", not {given}',
    "document.uuid": "must be a UUID written as 8-4-4-4-12 hex digits",
    "document.name_required": "a name is required",
    "document.email": "must look like name@example.org",
    "document.age_over": "gives an age over {limit} years: check the year",
    "document.one_of": "must be one of {choices}",
    "document.working_days": "choose at least one day of the week",
    "document.not_answered_for_handout": (
        "not answered: the handout needs every question that could stop the plan answered"
    ),
    "document.grade_for_handout": "missing: the handout needs the practitioner's grade (1 to 4)",
    # Text a database cannot keep, and ids the rules do not know (`consult.domain.text`)
    "text.nul": "must not contain a NUL character (\\x00)",
    "text.broken_character": "must not contain a broken character ({character})",
    "unknown.id": "unknown {kind} {value}",
    "unknown.close": "unknown {kind} {value} (did you mean {close}?)",
    "unknown.known": "unknown {kind} {value} (known: {known})",
    "kind.zone": "zone",
    "kind.scar_type": "scar type",
    # Files given to read, and photos
    "file.missing": "no such file",
    "file.folder": "is a folder, not a file",
    "file.not_utf8": "is not UTF-8 text",
    "file.unreadable": "cannot be read ({reason})",
    "photo.not_a_photo": "{name} is not a photo ({suffixes})",
    "photo.too_large": "{name} is larger than 50 MB",
    "photo.unreadable": "{name} cannot be read ({reason})",
    "photo.unusable": "{name} {problem}",
    "photo.unknown_zone": "unknown zone {zone}",
    "photo.heif_unavailable": (
        "{name} is a HEIC/HEIF photo, which needs Pillow's HEIF plugin (pip install "
        "pillow-heif); or save it from the phone as JPEG"
    ),
    "photo.no_date": "{name} carries no date taken: enter the date it was taken",
    "photo.taken_in_future": (
        "{name} was taken on {date}, which is in the future: check the date taken (or the "
        "camera's clock) and enter the right one"
    ),
    "photo.closeup_zone": "a close-up needs the zone it shows",
    "photo.zone_not_closeup": "only a close-up shows one zone ({view} was given with a zone)",
    "photo.clinical_record_kept": (
        "the clinical record always keeps its photos: that use cannot be withdrawn"
    ),
    "photo.reason_required": "give the reason the photo is deleted",
    "photo.who_required": "say who records the change",
    "photo.practitioner_required": "a photo is deleted by a practitioner ({by} is not one)",
    "photo.unknown_visit": "the visit chosen is not this patient's",
    "picture.kind": "is a {kind} picture; use JPEG, PNG, TIFF or WebP",
    "picture.unreadable": "could not be read as a picture",
    "picture.damaged": "could not be read as a picture (damaged?)",
    # Erasing a patient (GDPR Art. 17)
    "erase.wrong_number": "type the patient number {number} to confirm the erasure",
    "erase.reason_missing": "give the reason for the erasure",
    "erase.reason_names_patient": (
        "the reason stays in the audit log after the erasure, so it must not name the patient "
        "(their name, date of birth, phone or e-mail): word it without them"
    ),
    "erase.second_reason_missing": (
        "the record is kept until {until} ({years} years after the last treatment): erasing "
        "it earlier needs a second reason (why it need not be kept)"
    ),
    # Plan edits the rules refuse
    "plan.date_count": "{given} dates were given for {count} sessions",
    "plan.first_before": "the first session cannot be before {first}",
    "plan.gap_below_floor": (
        "session {number} on {day} is {days} days after session {previous}: sessions must be "
        "at least {floor} weeks apart so the skin can recover"
    ),
    "plan.zone_not_needled": "{zone} has no scars to needle, so it has no needle depth",
    "plan.interval_below_floor": "sessions must be at least {floor} weeks apart",
    "plan.negative_sessions": "the number of sessions cannot be negative",
    "plan.final_kept": "a final consultation is kept as it was decided",
    # A field's problem, where the field is named in the same line
    "document.field": "{field}: {problem}",
    # Finishing refused (`consult.services.consultations.refusal`): the parts joined by `and`
    "finish.screening": (
        "answer each screening question that could stop the plan before finishing: {items}"
    ),
    "finish.precautions": "acknowledge each precaution before finishing: {items}",
    "finish.warnings": "check each warning of the plan before finishing: {items}",
    "finish.reasons": "give a short reason for each change to the suggestion: {items}",
    "finish.reflection": (
        "give the reason the first session is sooner than the time to reflect after signing"
    ),
    "finish.and": "{first}; and {then}",
    # The treatment course (`consult.domain.treatment`, `consult.services.course`)
    "course.future": "cannot be recorded before it happens",
    "course.unknown": "unknown {what} {value!r}",
    "course.unanswered": "not answered: every pre-session question needs a yes or a no",
    "course.blocked": "the session cannot go ahead: {text}",
    "course.expired": (
        "lot {lot} expired on {expiry}, before the session on {date}: use another lot"
    ),
    "course.depth": "must be a depth in mm above 0",
    "course.depth_refused": "{message}",
    "course.depth_reason": "{message} Give a reason for this depth.",
    "course.whole": "must be a whole number {low} to {high}",
    "course.text_long": "must be at most {limit} characters",
    "course.patch_only": "only a test patch has a read-on date and result",
    "course.patch_read_before": "the patch cannot be read before it was applied",
    "course.number_for_patch": "a test patch fulfils no planned session",
    "course.number_used": "session {number} of the plan is already recorded",
    "course.before_earlier": (
        "cannot be before session {number} of the plan, signed on {date}: number it later"
    ),
    "course.after_later": (
        "cannot be after session {number} of the plan, signed on {date}: number it earlier"
    ),
    "course.no_zones": "name the zones it was given to",
    "course.resolved_before": "cannot be before the onset",
    "course.reason": "a plan revision needs its reason",
    "course.dates_order": (
        "session {number} on {after} is {days} days after the one before: sessions "
        "must be at least {floor} weeks apart"
    ),
    "course.dates_count": "{given} dates were given for {count} remaining sessions",
    "course.count": "must be a whole number from 0",
    "course.duplicate": "{zone} and {scar} are given twice",
    "course.addendum_empty": "an addendum needs its text",
    "course.kind": "use {method} for a {kind}",
    "course.no_plan": "the patient has no final consultation to follow",
    "course.not_patch": "only a test patch is read",
    "course.other_patient": "consultation {id} is not this patient's",
    "course.other_session": "session {id} is not this patient's",
    "course.no_follow_up": "follow-up {id} is not this patient's",
    "course.no_revision": "plan revision {id} is not this patient's",
    # Needle depths (`check_depth`)
    "depth.not_above_0": "{zone}: a depth must be above 0 mm.",
    "depth.refused": (
        "{zone}: {depth} mm is deeper than the {accepted} mm accepted at most "
        "(usual range {low} to {high} mm)."
    ),
    "depth.deeper_than_usual": (
        "{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); "
        "accepted up to {accepted} mm with a reason."
    ),
    "depth.outside_usual": "{zone}: {depth} mm is outside the usual {low} to {high} mm.",
    # Plan reasons the engine words itself (`consult.domain.plan`); a `{text}` is a rules text
    "reason.grade_confirmed": "Grade {grade} confirmed by the practitioner.",
    "reason.grade_confirmed_over": (
        "Grade {grade} confirmed by the practitioner (the suggestion is {suggested})."
    ),
    "reason.grade_by_questions": (
        "Grade {grade} suggested by the three qualitative questions. Confirm or change it."
    ),
    "reason.grade_by_types": (
        "Grade {grade} suggested: the highest grade usually seen with the scar types recorded "
        "(raised scars and bridges are left out). Confirm or change it."
    ),
    "reason.grade_cross_check": (
        "{reason} The scar types alone suggest grade {by_types} (a cross-check only)."
    ),
    "reason.not_answered": (
        "Not answered yet: {item} ({id}). Ask it before planning: the answer could stop the plan."
    ),
    "reason.pih_skin_type": "Fitzpatrick {skin_type}. {text}",
    "reason.pih_history": "History of PIH. {text}",
    "reason.pih_skin_type_and_history": "Fitzpatrick {skin_type} and a history of PIH. {text}",
    # The patient's course, entry by entry (`consult.domain.treatment.course_summary`)
    "timeline.consultation": "Consultation",
    "timeline.consultation_unfinished": "Consultation (unfinished)",
    "timeline.test_patch": "Test patch",
    "timeline.test_patch_read": "Test patch: {result}",
    "timeline.extra_session": "Extra session",
    "timeline.session": "Session {number} of {planned}",
    "timeline.follow_up": "Follow-up",
    "timeline.adverse_event": "{event}",
    "timeline.revision": "Plan revised",
    "timeline.review": "Review",
    # Plan warnings
    "warning.interval_short": (
        "{weeks} weeks between sessions is shorter than the usual {low} to {high}: "
        "allow the skin to recover."
    ),
    "warning.interval_long": (
        "{weeks} weeks between sessions is longer than the usual {low} to {high}."
    ),
    "warning.sessions_outside": (
        "{count} sessions is outside the suggested {low} to {high} for grade {grade}."
    ),
    "warning.first_session_past": (
        "Session 1 falls on {day}, before today: choose a new start date."
    ),
    # A session's consumables, as a refusal names them
    "consumable.cartridge": "cartridge",
    "consumable.anaesthetic": "anaesthetic",
    "consumable.serum": "serum or glide",
    "consumable.other": "other consumable",
    "session.lot_number_needed": (
        "lot number needed for the {consumable}, with its expiry (or clear the row)"
    ),
    "session.lot_expiry_needed": "expiry date needed for the {consumable}'s lot {lot}",
    "session.speed_pen_only": "a speed is set on a motorised pen only, not on a {device}",
    # Consent signed on screen
    "consent.tick_every": "every statement must be ticked before signing",
    "consent.unknown_use": "unknown photo use {use}",
    "consent.guardian_needed": (
        "the patient is under {age} on the signing date: a parent or guardian signs too"
    ),
    "consent.signature_needed": (
        "the {who}'s signature is missing: sign on the pad, or type the name instead"
    ),
    "consent.reason_needed": "give the reason",
    "consent.not_signed": "consent {id} is not signed (it is {status})",
    "consent.withdrawn": (
        "the patient's consent was {status} on {day} ({reason}): sign a new consent before "
        "recording a session"
    ),
    "consent.none": "the patient has no signed consent",
    "consent.form_version": "form version {given} is not the current form ({current})",
    "consent.no_certificate": "no clinic certificate yet: create or import one in Settings",
    "consent.password": "the clinic certificate password is wrong",
    "consent.password_needed": "give a password to protect the clinic certificate's key",
    "consent.password_short": (
        "the password must be at least {minimum} characters: it protects the key that seals "
        "every signed consent"
    ),
    "consent.name_needed": "give the {who}'s name",
    "consent.relationship_needed": "give the parent or guardian's relationship to the patient",
    "consent.typed_name_needed": "type the {who}'s name in place of a signature",
    "consent.withdraw_reason": "give the reason the patient withdraws this consent",
    "consent.void_reason": "give the reason this consent is voided",
    "consent.who.patient": "patient",
    "consent.who.guardian": "parent or guardian",
    "consent.who.practitioner": "practitioner",
    # Checking a signed consent (`consult consent --verify`)
    "verify.unreadable": "not a readable PDF ({problem})",
    "verify.unsigned": "not signed: the PDF carries no signature",
    "verify.no_certificate": (
        "no clinic certificate here to check the signature against: run it where the clinic's "
        "data folder is, or put a copy of the clinic's {file} beside the database given"
    ),
    "verify.damaged": "the signature itself is damaged or altered",
    "verify.modified": "signature broken: the PDF was modified after signing",
    "verify.added": "modified after signing: content was added after the signature",
    "verify.other_signer": "signed, but not by any certificate this clinic has used",
    "verify.not_stored": "hash not in the database: this file is not a consent stored here",
    "consent.certificate_file": "not a PKCS#12 file with a key and certificate ({problem})",
    "consent.no_plan": "the patient has no final consultation to consent to",
    "warning.reflection_short": (
        "the first session ({day}) is fewer than {days} days after the consent was signed "
        "({signed}): give the reason"
    ),
    # The pre-session check
    "check.open_event": "Adverse event recorded on {onset}: {event}. Is it still there?",
    "check.reason_needed": (
        "still there: record why the session goes ahead (or resolve the adverse event first)"
    ),
    # Signing a session or test patch: each thing still missing, said beside its field
    "sign.needed": "needed to sign: {item}",
    "sign.practitioner": "the practitioner who signs it",
    "sign.device": "the device used",
    "sign.depth": "the depth used in at least one zone",
    "sign.check": "an answer to every pre-session question ({count} not answered)",
    "sign.endpoint": "the endpoint the skin was taken to",
    "sign.patch_read_on": "the day the patch was read",
    "sign.patch_result": "what the patch showed",
    "sign.lot": "the lot of the {consumable}, so it can be recalled",
}


def plain(value: Any) -> str:
    """A parameter as the English record writes it: dates as 2026-12-08, numbers shortest."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def word(message: Message, templates: Mapping[str, str], render: Callable[[Any], str]) -> str:
    """`message` in the words of `templates`, each parameter written by `render` (a parameter
    that is itself a message, such as the kind of id a refusal names, worded the same way); a
    code the templates lack falls back to English (a translation may lag behind)."""
    template = templates.get(message.code) or ENGLISH[message.code]
    return template.format_map(
        {
            key: word(value, templates, render) if isinstance(value, Message) else render(value)
            for key, value in message.params.items()
        }
    )


class RulesText(str):
    """A text of the rules inside a message (a screening item's label, a plan reason): its
    English words, which the window shows in its own language as it does every rules text."""

    __slots__ = ()


class Message(str):
    """A code and its parameters; as a `str`, its English wording."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        text = ENGLISH[code].format_map({key: plain(value) for key, value in params.items()})
        made = super().__new__(cls, text)
        made.code = code
        made.params = MappingProxyType(params)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its code and parameters, not from its text (as str would be).
        return (_rebuild, (self.code, dict(self.params)))


def identity(message: Message) -> str:
    """What makes a message the same one, as a short text that can be kept: its code and its
    parameters (`warning.interval_short:weeks=3,low=4,high=6`). It does not change with the
    wording (a translation, a clearer English text); it does when a parameter does."""
    params = ",".join(f"{key}={plain(value)}" for key, value in message.params.items())
    return f"{message.code}:{params}"


def _rebuild(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def as_message(problem: str) -> Message:
    """A problem as a message: itself, or text worded elsewhere under the code `text`."""
    return problem if isinstance(problem, Message) else Message("text", text=problem)

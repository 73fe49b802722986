"""What the patient handout and the consent form say, for one consultation.

Only the texts of `resources/handout/<lang>/` and the rules decide the wording; this module
picks the ones that concern this patient and this plan, and fills in names, dates and numbers.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from consult.domain.clinic import ClinicDetails
from consult.domain.consent import PHOTO_USES, ConsentAnswers, Party
from consult.domain.handout_texts import Texts
from consult.domain.model import Assessment
from consult.domain.plan import Plan, review_date
from consult.domain.plan_status import PlanStatus
from consult.domain.printed import (
    Block,
    Bullets,
    Cell,
    Definitions,
    FaceDiagram,
    Figure,
    Paragraph,
    PrintedDocument,
    Section,
    Signatures,
    SignedMark,
    Table,
)
from consult.domain.rules import SCAR_KINDS, Rules, ScreeningLevel
from consult.domain.screening import ScreeningResult


@dataclass(frozen=True)
class HandoutInput:
    """One consultation as the patient leaves with it: the confirmed plan, not the suggestion."""

    assessment: Assessment
    screening: ScreeningResult
    plan: Plan
    clinic: ClinicDetails
    practitioner: str = ""


@dataclass(frozen=True)
class AftercareInput:
    """A session's aftercare printed again: for whom, in which language, after which session."""

    patient: str
    language: str
    session_date: dt.date
    clinic: ClinicDetails
    practitioner: str = ""


def printable(text: str) -> str:
    """Names in composed form (NFC), so a decomposed `ễ` prints as one glyph, not two, and
    without control characters, which have no glyph in any font."""
    composed = unicodedata.normalize("NFC", text)
    return " ".join("".join(c for c in composed if unicodedata.category(c) != "Cc").split())


def format_date(day: dt.date, texts: Texts) -> str:
    """The date as the patient's language writes it in full, the one style of every printed
    document (a second, ISO form beside it only doubled the reading)."""
    return texts.formats.date(day)


def _facts(given: HandoutInput, texts: Texts) -> tuple[tuple[str, str], ...]:
    header = texts.handout["header"]
    return (
        (header["patient"], printable(given.assessment.patient.name)),
        (header["date"], format_date(given.assessment.date, texts)),
        (header["practitioner"], printable(given.practitioner) or header["practitioner_blank"]),
    )


def _contact_labels(texts: Texts) -> dict[str, str]:
    header = texts.handout["header"]
    return {key: header[key] for key in ("phone", "website", "email")}


def _footer(clinic: ClinicDetails, texts: Texts) -> str:
    phone = clinic.phone.strip()
    return texts.handout["footer"]["questions"].format(phone=phone) if phone else ""


def _skin_today(given: HandoutInput, rules: Rules, texts: Texts) -> Section:
    words = texts.handout["skin_today"]
    present = [f for f in given.assessment.findings if f.present]
    if not present:
        return Section(words["heading"], (Paragraph(words["none"]),))
    zone_names = texts.handout["zone"]
    # Scar types in the order of the rules, each with the zones it was found in.
    where: dict[str, list[str]] = {}
    for finding in present:
        zones = where.setdefault(finding.scar_type, [])
        if finding.zone not in zones:
            zones.append(finding.zone)
    found = [scar for scar in rules.scar_types if scar in where]
    rows, notes, aside = [], [], []
    for scar in found:
        entry = texts.handout["scar_type"][scar]
        rows.append((entry["name"], entry["text"]))
        # The clinical name too, so both can talk about it (abbreviations spelt out).
        aside.append(entry["clinical"])
        ordered = [zone for zone in rules.zones if zone in where[scar]]
        places = ", ".join(zone_names[zone] for zone in ordered)
        notes.append(words["where"].format(places=places[:1].upper() + places[1:]))

    kinds_by_zone: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    areas: dict[str, float] = {}
    for finding in present:
        kinds_by_zone.setdefault(finding.zone, set()).add(rules.scar_types[finding.scar_type].kind)
        if rules.scar_types[finding.scar_type].by_area:
            areas[finding.zone] = areas.get(finding.zone, 0.0) + finding.area_cm2
        else:
            counts[finding.zone] = counts.get(finding.zone, 0) + finding.count
    # Kinds in the order of SCAR_KINDS: dents, then raised, then colour, the order in which
    # they shape the plan; the renderer shades by the first and marks the second.
    shading = {
        zone: tuple(kind for kind in SCAR_KINDS if kind in kinds)
        for zone, kinds in kinds_by_zone.items()
    }
    labels = {}
    for zone in kinds_by_zone:
        parts = [str(counts[zone])] if counts.get(zone) else []
        if areas.get(zone):
            parts.append(words["area"].format(area=texts.formats.number(round(areas[zone], 1))))
        labels[zone] = " + ".join(parts)
    shown = [kind for kind in SCAR_KINDS if any(kind in kinds for kinds in shading.values())]
    diagram = FaceDiagram(
        shading=shading,
        labels=labels,
        legend=tuple((kind, words["kinds"][kind]) for kind in shown),
        caption=words["diagram_caption"],
        left=words["diagram_left"],
        right=words["diagram_right"],
    )
    return Section(
        words["heading"],
        (
            Paragraph(words["intro"]),
            Figure(diagram, (Definitions(tuple(rows), tuple(notes), tuple(aside)),)),
        ),
    )


def _sourced(items: Any) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(item.text) for item in items)


def _adjunct_blocks(given: HandoutInput, texts: Texts, intro: str) -> list[Any]:
    adjuncts = [texts.handout["adjunct"][a.id].text for a in given.plan.adjuncts]
    return [Paragraph(intro, "lead"), Bullets(tuple(adjuncts))] if adjuncts else []


def _expect(given: HandoutInput, texts: Texts) -> Section:
    words = texts.handout["expect"]
    blocks: list[Any] = list(_sourced(words["paragraphs"]))
    blocks += _adjunct_blocks(given, texts, words["adjuncts_intro"])
    return Section(words["heading"], tuple(blocks))


def _skin_care(given: HandoutInput, texts: Texts) -> Section:
    """For colour marks only: colour-directed care and sun protection, no needling."""
    words = texts.handout["skin_care"]
    blocks: list[Any] = list(_sourced(words["paragraphs"]))
    blocks += _adjunct_blocks(given, texts, words["adjuncts_intro"])
    blocks.append(Paragraph(words["call"].text))
    return Section(words["heading"], tuple(blocks))


def _plan(given: HandoutInput, rules: Rules, texts: Texts) -> Section:
    words = texts.handout["plan"]
    plan = given.plan
    if plan.status == PlanStatus.BLOCKED:
        blocked = [hit.id for hit in given.screening.items if hit.level == ScreeningLevel.BLOCK]
        return Section(
            words["deferred_heading"],
            (
                Paragraph(words["deferred"], "lead"),
                Bullets(tuple(texts.handout["block"][item] for item in blocked)),
                Paragraph(words["deferred_after"]),
            ),
        )
    if not plan.dates:
        reason = {
            PlanStatus.NOTHING_TO_NEEDLE: words["nothing_to_needle"],
            PlanStatus.NOTHING_TO_TREAT: words["nothing_to_treat"],
        }.get(plan.status, words["flat_marks" if plan.flat_marks_only else "none_planned"])
        return Section(words["heading"], (Paragraph(reason.text),))
    summary = _sessions_line(plan, texts)
    rows = []
    if plan.test_patch is not None:
        patch = plan.test_patch
        rows.append(
            (
                Cell(words["row_test_patch"]),
                Cell(format_date(patch.date, texts)),
                Cell(
                    words["row_test_patch_what"].format(
                        date=format_date(patch.first_session_from, texts)
                    )
                ),
            )
        )
    rows += [
        (
            Cell(words["row_session"].format(number=number)),
            Cell(format_date(day, texts)),
            Cell(words["row_first"] if number == 1 else words["row_next"]),
        )
        for number, day in enumerate(plan.dates, start=1)
    ]
    review = review_date(plan, rules)
    if review is not None:
        rows.append(
            (
                Cell(words["row_review"]),
                Cell(words["row_review_date"].format(date=format_date(review, texts))),
                Cell(words["row_review_what"]),
            )
        )
    blocks: list[Any] = [Paragraph(summary, "lead")]
    if len(plan.dates) > 1:
        blocks.append(Paragraph(words["interval"].format(interval=plan.interval_weeks)))
    blocks.append(
        Table(
            header=(words["column_session"], words["column_date"], words["column_what"]),
            rows=tuple(rows),
            widths=(0.13, 0.47, 0.40),
            last_row_apart=review is not None,
        )
    )
    blocks.append(Paragraph(words["check"].text, "note"))
    return Section(words["heading"], tuple(blocks))


def _sessions_line(plan: Plan, texts: Texts) -> str:
    words = texts.handout["plan"]
    if len(plan.dates) == 1:
        return words["one_session"]
    return words["sessions"].format(sessions=len(plan.dates), interval=plan.interval_weeks)


def _planned_treatment(given: HandoutInput, texts: Texts) -> Section:
    """For the consent form: what the patient agrees to, or that nothing is planned yet."""
    words = texts.consent["treatment"]
    plan = given.plan
    if plan.status == PlanStatus.BLOCKED:
        return Section(words["heading"], (Paragraph(words["on_hold"], "lead"),))
    if not plan.dates:
        return Section(words["heading"], (Paragraph(words["none"]),))
    zones = texts.handout["zone"]
    areas = ", ".join(zones[depth.zone] for depth in plan.needle_depth)
    blocks = [Paragraph(_sessions_line(plan, texts), "lead")]
    if plan.test_patch is not None:
        blocks.append(
            Paragraph(
                words["test_patch"].format(
                    date=format_date(plan.test_patch.date, texts),
                    first_session=format_date(plan.test_patch.first_session_from, texts),
                )
            )
        )
    if areas:
        blocks.append(Paragraph(words["areas"].format(areas=areas)))
    return Section(words["heading"], tuple(blocks))


def patient_precautions(given: HandoutInput, rules: Rules, texts: Texts) -> tuple[str, ...]:
    """What the screening and the skin type mean for this patient, in the patient's words."""
    care = texts.handout["care"]
    pih_items = set(rules.plan.pih_risk.screening_items) if given.plan.pih_risk else set()
    lines = [
        texts.handout["precaution_current" if hit.current else "precaution"][hit.id]
        for hit in given.screening.items
        if hit.level == ScreeningLevel.PRECAUTION and hit.patient_facing and hit.id not in pih_items
    ]
    if given.plan.pih_risk:
        lines.append(care["pih_risk"].text)
    return tuple(lines)


def _after_session(texts: Texts) -> list[Any]:
    """The handout's day-by-day aftercare and when to call, as the care section prints them."""
    care = texts.handout["care"]
    return [
        Paragraph(care["after_heading"], "lead"),
        Definitions(tuple((step.when, step.text) for step in care["after"])),
        Paragraph(care["call_heading"], "lead"),
        Bullets(tuple(item.text for item in care["call"])),
    ]


def _care(given: HandoutInput, rules: Rules, texts: Texts) -> Section:
    care = texts.handout["care"]
    blocks: list[Any] = []
    mine = patient_precautions(given, rules, texts)
    if mine:
        blocks += [Paragraph(care["for_you"], "lead"), Bullets(mine)]
    # Session advice only where sessions are planned, or will be once the plan is unblocked.
    if given.plan.dates or given.plan.status == PlanStatus.BLOCKED:
        blocks += [
            Paragraph(care["before_heading"], "lead"),
            Bullets(tuple(item.text for item in care["before"])),
            *_after_session(texts),
        ]
    else:
        blocks += [
            Paragraph(care["call_heading"], "lead"),
            Bullets(tuple(item.text for item in care["call"])),
        ]
    return Section(care["heading"], tuple(blocks))


def _document(
    given: HandoutInput,
    texts: Texts,
    header: Mapping[str, str],
    sections: tuple[Section, ...],
) -> PrintedDocument:
    return PrintedDocument(
        language=texts.language,
        title=header["title"],
        subtitle=header["subtitle"],
        clinic=given.clinic,
        facts=_facts(given, texts),
        sections=sections,
        page_label=texts.handout["footer"]["page"],
        footer=_footer(given.clinic, texts),
        contact_labels=_contact_labels(texts),
        patient=printable(given.assessment.patient.name),
    )


def handout_document(given: HandoutInput, rules: Rules, texts: Texts) -> PrintedDocument:
    """The patient handout: skin today, how it helps, what to expect, the plan, care. For
    colour marks only it is "your skin plan": colour care and sun protection, nothing of
    needling (nor of its precautions and aftercare)."""
    header = texts.handout["header"]
    if given.plan.flat_marks_only:
        sections: tuple[Section, ...] = (
            _skin_today(given, rules, texts),
            _skin_care(given, texts),
            _plan(given, rules, texts),
        )
        header = {**header, "title": header["title_skin"], "subtitle": header["subtitle_skin"]}
        return _document(given, texts, header, sections)
    how = texts.handout["how_it_helps"]
    sections = (
        _skin_today(given, rules, texts),
        Section(how["heading"], _sourced(how["paragraphs"])),
        _expect(given, texts),
        _plan(given, rules, texts),
        _care(given, rules, texts),
    )
    return _document(given, texts, header, sections)


def consent_document(given: HandoutInput, rules: Rules, texts: Texts) -> PrintedDocument:
    """The consent form: procedure, benefits, risks, alternatives, precautions, signatures."""
    words = texts.consent
    risks = words["risks"]
    agreement = words["agreement"]
    precautions = patient_precautions(given, rules, texts)
    under_18 = given.screening.has("under_18")
    parties = [(agreement["patient"], printable(given.assessment.patient.name))]
    if under_18:
        parties.append((agreement["guardian"], ""))
    parties.append((agreement["practitioner"], printable(given.practitioner)))
    sections = (
        _planned_treatment(given, texts),
        Section(words["procedure"]["heading"], _sourced(words["procedure"]["paragraphs"])),
        Section(words["benefits"]["heading"], _sourced(words["benefits"]["paragraphs"])),
        Section(
            risks["heading"],
            (
                Paragraph(risks["common_heading"], "lead"),
                Bullets(tuple(item.text for item in risks["common"])),
                Paragraph(risks["rare_heading"], "lead"),
                Bullets(tuple(item.text for item in risks["rare"])),
            ),
        ),
        Section(words["alternatives"]["heading"], _sourced(words["alternatives"]["paragraphs"])),
        Section(
            words["precautions"]["heading"],
            (Bullets(precautions),) if precautions else (Paragraph(words["precautions"]["none"]),),
        ),
        Section(
            agreement["heading"],
            (
                Bullets(agreement["statements"], "check"),
                Signatures(
                    tuple(parties),
                    (agreement["name"], agreement["signature"], agreement["date"]),
                ),
            ),
        ),
    )
    return _document(given, texts, words["header"], sections)


def aftercare_document(given: AftercareInput, texts: Texts) -> PrintedDocument:
    """The handout's aftercare alone, printed again after a session: the same words as the
    handout's "After each session" and "Call us if…", under the session's date."""
    header = texts.handout["header"]
    patient = printable(given.patient)
    return PrintedDocument(
        language=texts.language,
        title=header["title_aftercare"],
        subtitle=header["subtitle_aftercare"],
        clinic=given.clinic,
        facts=(
            (header["patient"], patient),
            (header["session_date"], format_date(given.session_date, texts)),
            (
                header["practitioner"],
                printable(given.practitioner) or header["practitioner_blank"],
            ),
        ),
        sections=(Section(texts.handout["care"]["heading"], tuple(_after_session(texts))),),
        page_label=texts.handout["footer"]["page"],
        footer=_footer(given.clinic, texts),
        contact_labels=_contact_labels(texts),
        patient=patient,
    )


def _mark(party: Party, day: str, texts: Texts, detail: str = "") -> SignedMark:
    words = texts.consent["signed"]
    signature = party.signature
    return SignedMark(
        strokes=tuple(tuple(tuple(point) for point in stroke) for stroke in signature.strokes),
        typed=printable(signature.typed_name) if signature.typed else "",
        date=day,
        note=words["typed" if signature.typed else "drawn"],
        detail=detail,
    )


def _signed_agreement(
    answers: ConsentAnswers, texts: Texts, statements: tuple[Block, ...]
) -> Section:
    """The agreement as signed on screen: each statement ticked, each party's name, how they
    signed (drawn or typed) and the date, then the form version and the signing date."""
    agreement = texts.consent["agreement"]
    words = texts.consent["signed"]
    day = format_date(answers.signed_on, texts)
    parties = [(agreement["patient"], printable(answers.patient.name))]
    marks = [_mark(answers.patient, day, texts)]
    if answers.guardian is not None:
        parties.append((agreement["guardian"], printable(answers.guardian.name)))
        relation = words["relationship"].format(relation=printable(answers.guardian.relationship))
        marks.append(_mark(answers.guardian, day, texts, relation))
    parties.append((agreement["practitioner"], printable(answers.practitioner.name)))
    marks.append(_mark(answers.practitioner, day, texts))
    record = words["record"].format(
        date=format_date(answers.signed_on, texts), version=answers.form_version
    )
    return Section(
        agreement["heading"],
        (
            *statements,
            Signatures(
                tuple(parties),
                (agreement["name"], agreement["signature"], agreement["date"]),
                tuple(marks),
            ),
            Paragraph(record, "note"),
        ),
    )


def signed_consent_document(
    given: HandoutInput, rules: Rules, texts: Texts, answers: ConsentAnswers
) -> PrintedDocument:
    """The consent form as signed: the form of `given` with the statements the patient ticked
    (the exact texts of `answers`, the version they were shown) and the signatures drawn.
    A consultation with no practitioner chosen names in the header the one who countersigned,
    not a blank line to write on: nobody writes on a form signed on screen."""
    if not given.practitioner.strip():
        given = replace(given, practitioner=answers.practitioner.name)
    form = consent_document(given, rules, texts)
    ticked = Bullets(answers.statements, "ticked")
    return form._replace(
        sections=(*form.sections[:-1], _signed_agreement(answers, texts, (ticked,)))
    )


def photo_use_statements(texts: Texts) -> tuple[str, ...]:
    """The statements a photo-use consent asks to be ticked (the uses are answered apart)."""
    return tuple(texts.consent["photo_use"]["statements"])


def photo_use_document(
    answers: ConsentAnswers, clinic: ClinicDetails, texts: Texts
) -> PrintedDocument:
    """The signed photo-use consent: each use with the patient's yes or no, the statements
    ticked, the signatures."""
    words = texts.consent["photo_use"]
    header = texts.handout["header"]
    uses = Definitions(
        tuple(
            (words["granted"] if use in answers.photo_uses else words["refused"], words[use])
            for use in PHOTO_USES
        )
    )
    patient = printable(answers.patient.name)
    blocks: tuple[Block, ...] = (Paragraph(words["intro"]), uses)
    return PrintedDocument(
        language=texts.language,
        title=words["title"],
        subtitle=words["subtitle"],
        clinic=clinic,
        facts=(
            (header["patient"], patient),
            (header["date"], format_date(answers.signed_on, texts)),
            (header["practitioner"], printable(answers.practitioner.name)),
        ),
        sections=(
            Section(words["heading"], blocks),
            _signed_agreement(answers, texts, (Bullets(answers.statements, "ticked"),)),
        ),
        page_label=texts.handout["footer"]["page"],
        footer=_footer(clinic, texts),
        contact_labels=_contact_labels(texts),
        patient=patient,
    )

"""The window's words for a photo's view, lighting, uses and visit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consult.domain.photo import Lighting, PhotoRecord, PhotoUse, PhotoView, Visit, VisitKind
from consult.ui.formats import show_date


def view_label(view: PhotoView) -> str:
    return {
        PhotoView.FRONT: QCoreApplication.translate("photos", "Front"),
        PhotoView.OBLIQUE_LEFT: QCoreApplication.translate("photos", "Left oblique (45°)"),
        PhotoView.OBLIQUE_RIGHT: QCoreApplication.translate("photos", "Right oblique (45°)"),
        PhotoView.PROFILE_LEFT: QCoreApplication.translate("photos", "Left profile (90°)"),
        PhotoView.PROFILE_RIGHT: QCoreApplication.translate("photos", "Right profile (90°)"),
        PhotoView.CLOSEUP: QCoreApplication.translate("photos", "Close-up"),
    }[view]


def lighting_label(lighting: Lighting) -> str:
    return {
        Lighting.FLASH: QCoreApplication.translate("photos", "Flash"),
        Lighting.SIDE_LIGHT: QCoreApplication.translate("photos", "Side light"),
        Lighting.CROSS_POLARISED: QCoreApplication.translate("photos", "Cross-polarised"),
        Lighting.UNKNOWN: QCoreApplication.translate("photos", "Unknown"),
    }[lighting]


def use_label(use: PhotoUse) -> str:
    return {
        PhotoUse.CLINICAL_RECORD: QCoreApplication.translate("photos", "Clinical record"),
        PhotoUse.TEACHING: QCoreApplication.translate("photos", "Teaching"),
        PhotoUse.PUBLICATION: QCoreApplication.translate("photos", "Publication"),
        PhotoUse.MARKETING: QCoreApplication.translate("photos", "Marketing"),
    }[use]


def _visit_kind(kind: VisitKind) -> str:
    return {
        VisitKind.CONSULTATION: QCoreApplication.translate("photos", "Consultation"),
        VisitKind.SESSION: QCoreApplication.translate("photos", "Session"),
        VisitKind.FOLLOW_UP: QCoreApplication.translate("photos", "Follow-up"),
    }[kind]


def visit_label(visit: Visit | None) -> str:
    if visit is None:
        return QCoreApplication.translate("photos", "No visit")
    return QCoreApplication.translate("photos", "{kind} of {date}").format(
        kind=_visit_kind(visit.kind), date=show_date(visit.date)
    )


def photo_caption(photo: PhotoRecord, zones: dict[str, str]) -> str:
    """The view (the zone of a close-up) and the visit ("Consultation 14 May 2026"), on two
    lines; a third says a photo is retired."""
    view = zones.get(photo.zone, photo.zone) if photo.view is PhotoView.CLOSEUP else None
    visit = (
        QCoreApplication.translate("photos", "{kind} {date}").format(
            kind=_visit_kind(photo.visit.kind), date=show_date(photo.visit.date)
        )
        if photo.visit is not None
        else QCoreApplication.translate("photos", "No visit")
    )
    caption = QCoreApplication.translate("photos", "{view}\n{visit}").format(
        view=view or view_label(photo.view), visit=visit
    )
    return (
        caption + "\n" + QCoreApplication.translate("photos", "Retired")
        if photo.retired
        else caption
    )


def photo_tooltip(photo: PhotoRecord) -> str:
    """When it was taken, under what light, the uses allowed (and the retirement)."""
    uses = ", ".join(use_label(use) for use in PhotoUse if use in photo.uses)
    text = QCoreApplication.translate(
        "photos", "Taken {date}, {time} · {lighting} light · uses: {uses}"
    ).format(
        date=show_date(photo.taken_at.date()),
        time=photo.taken_at.strftime("%H:%M"),
        lighting=lighting_label(photo.lighting),
        uses=uses,
    )
    if photo.retired_at is not None:
        text += " · " + QCoreApplication.translate("photos", "retired on {date}").format(
            date=show_date(photo.retired_at.date())
        )
    return text

"""The window's words for a photo's view, lighting, uses and visit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consult.domain.photo import Lighting, PhotoRecord, PhotoUse, PhotoView, Visit, VisitKind
from consult.ui.formats import show_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("photos", text)


def view_label(view: PhotoView) -> str:
    return {
        PhotoView.FRONT: _tr("Front"),
        PhotoView.OBLIQUE_LEFT: _tr("Left oblique (45°)"),
        PhotoView.OBLIQUE_RIGHT: _tr("Right oblique (45°)"),
        PhotoView.PROFILE_LEFT: _tr("Left profile (90°)"),
        PhotoView.PROFILE_RIGHT: _tr("Right profile (90°)"),
        PhotoView.CLOSEUP: _tr("Close-up"),
    }[view]


def lighting_label(lighting: Lighting) -> str:
    return {
        Lighting.FLASH: _tr("Flash"),
        Lighting.SIDE_LIGHT: _tr("Side light"),
        Lighting.CROSS_POLARISED: _tr("Cross-polarised"),
        Lighting.UNKNOWN: _tr("Unknown"),
    }[lighting]


def use_label(use: PhotoUse) -> str:
    return {
        PhotoUse.CLINICAL_RECORD: _tr("Clinical record"),
        PhotoUse.TEACHING: _tr("Teaching"),
        PhotoUse.PUBLICATION: _tr("Publication"),
        PhotoUse.MARKETING: _tr("Marketing"),
    }[use]


def visit_label(visit: Visit | None) -> str:
    if visit is None:
        return _tr("No visit")
    kind = {
        VisitKind.CONSULTATION: _tr("Consultation"),
        VisitKind.SESSION: _tr("Session"),
        VisitKind.FOLLOW_UP: _tr("Follow-up"),
    }[visit.kind]
    return _tr("{kind} of {date}").format(kind=kind, date=show_date(visit.date))


def photo_caption(photo: PhotoRecord, zones: dict[str, str]) -> str:
    """The view (the zone of a close-up) and the day taken, on two lines."""
    view = zones.get(photo.zone, photo.zone) if photo.view is PhotoView.CLOSEUP else None
    return _tr("{view}\n{date}").format(
        view=view or view_label(photo.view), date=show_date(photo.taken_at.date())
    )

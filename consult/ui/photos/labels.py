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


def _visit_kind(kind: VisitKind) -> str:
    return {
        VisitKind.CONSULTATION: _tr("Consultation"),
        VisitKind.SESSION: _tr("Session"),
        VisitKind.FOLLOW_UP: _tr("Follow-up"),
    }[kind]


def visit_label(visit: Visit | None) -> str:
    if visit is None:
        return _tr("No visit")
    return _tr("{kind} of {date}").format(kind=_visit_kind(visit.kind), date=show_date(visit.date))


def photo_caption(photo: PhotoRecord, zones: dict[str, str]) -> str:
    """The view (the zone of a close-up) and the visit ("Consultation 14 May 2026"), on two
    lines; a third says a photo is retired."""
    view = zones.get(photo.zone, photo.zone) if photo.view is PhotoView.CLOSEUP else None
    visit = (
        _tr("{kind} {date}").format(
            kind=_visit_kind(photo.visit.kind), date=show_date(photo.visit.date)
        )
        if photo.visit is not None
        else _tr("No visit")
    )
    caption = _tr("{view}\n{visit}").format(view=view or view_label(photo.view), visit=visit)
    return caption + "\n" + _tr("Retired") if photo.retired else caption


def photo_tooltip(photo: PhotoRecord) -> str:
    """When it was taken, under what light, the uses allowed (and the retirement)."""
    uses = ", ".join(use_label(use) for use in PhotoUse if use in photo.uses)
    text = _tr("Taken {date}, {time} · {lighting} light · uses: {uses}").format(
        date=show_date(photo.taken_at.date()),
        time=photo.taken_at.strftime("%H:%M"),
        lighting=lighting_label(photo.lighting),
        uses=uses,
    )
    if photo.retired_at is not None:
        text += " · " + _tr("retired on {date}").format(date=show_date(photo.retired_at.date()))
    return text

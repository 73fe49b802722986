"""The in-app guide's pictures (resources/guide/images/), made from the window's screenshots.

Usage: python packaging/guide_images.py [SCREENSHOTS]

SCREENSHOTS is a folder made by packaging/screenshots.py (default: packaging/screenshots/).
Run it again whenever the screenshots are made again, so the guide shows the window as it is.
Each picture is scaled to WIDTH pixels and kept with a 256-colour palette: flat window
colours lose nothing visible, and the guide stays small in the wheel and the bundle. Nothing
is written unless every screenshot the guide needs is there; each missing one is one line on
stderr.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image

TOP = Path(__file__).resolve().parents[1]
TARGET = TOP / "resources" / "guide" / "images"
WIDTH = 900
# Each guide picture and the screenshot it is made from (packaging/screenshots.py's names).
IMAGES = {
    "wizard-steps.png": "03-wizard-1-patient.png",
    "patient-list.png": "01-patient-list.png",
    "screening.png": "04-wizard-2-screening.png",
    "assessment.png": "05-wizard-3-assessment.png",
    "scores.png": "06-wizard-4-scores.png",
    "plan.png": "07-wizard-5-plan.png",
    "handout.png": "08-wizard-6-handout.png",
    "finish.png": "09-wizard-7-finish.png",
    "patient-page.png": "02-patient-page.png",
    "session.png": "11-session-new.png",
    "follow-up.png": "17-follow-up-1-face-map.png",
}


def reduced(source: Path) -> Image.Image:
    """`source` at WIDTH pixels wide (never enlarged), in a 256-colour palette."""
    with Image.open(source) as image:
        picture = image.convert("RGB")
    if picture.width > WIDTH:
        height = round(picture.height * WIDTH / picture.width)
        picture = picture.resize((WIDTH, height), Image.Resampling.LANCZOS)
    return picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def main(argv: list[str]) -> int:
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print("usage: python packaging/guide_images.py [SCREENSHOTS]", file=sys.stderr)
        return 2
    screenshots = Path(argv[0]) if argv else TOP / "packaging" / "screenshots"
    missing = [name for name in IMAGES.values() if not (screenshots / name).is_file()]
    for name in missing:
        print(f"guide-images: {screenshots / name} is missing", file=sys.stderr)
    if missing:
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    # Made beside the target first, so a failure leaves the old pictures whole.
    with tempfile.TemporaryDirectory(dir=TARGET.parent) as made:
        for target, source in IMAGES.items():
            reduced(screenshots / source).save(Path(made) / target, optimize=True)
        for stale in TARGET.glob("*.png"):
            if stale.name not in IMAGES:
                stale.unlink()
        for target in IMAGES:
            (Path(made) / target).replace(TARGET / target)
    total = sum((TARGET / name).stat().st_size for name in IMAGES)
    print(f"guide-images: {len(IMAGES)} pictures, {total / 1024:.0f} KiB, in {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

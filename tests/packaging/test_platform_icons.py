"""The Windows and macOS icons written by packaging/render_icons.py: every size a system asks
for is there, drawn from the SVG at that size (not shrunk from a large one), and shows the
icon, not an empty square."""

import importlib.util
from pathlib import Path

import pytest
from PIL import Image, ImageChops

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "render_icons.py"
TEAL = (0x1F, 0x6F, 0x78)  # the icon's background square in resources/icons/consult.svg


@pytest.fixture(scope="module")
def render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def drawn(render_icons, size: int) -> Image.Image:
    return render_icons._pillow_image(render_icons.render(size))


def assert_shows_icon(frame: Image.Image) -> None:
    """Transparent in the rounded corner, the teal square at the left of the face."""
    size = frame.width
    assert frame.getpixel((0, 0))[3] == 0
    red, green, blue, alpha = frame.getpixel((size * 15 // 100, size // 2))
    assert alpha == 255
    assert all(abs(a - b) <= 8 for a, b in zip((red, green, blue), TEAL, strict=True))


def test_windows_icon_holds_every_size_drawn_from_the_svg(qapp, tmp_path, render_icons):
    target = render_icons.write_ico(tmp_path / "consult.ico")

    with Image.open(target) as icon:
        assert icon.format == "ICO"
        assert sorted(icon.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
        for size in (16, 24, 32, 48, 64, 128, 256):
            icon.size = (size, size)
            frame = icon.copy().convert("RGBA")
            assert frame.size == (size, size)
            assert ImageChops.difference(frame, drawn(render_icons, size)).getbbox() is None
            assert_shows_icon(frame)


def test_macos_icon_holds_1x_and_2x_images_drawn_from_the_svg(qapp, tmp_path, render_icons):
    target = render_icons.write_icns(tmp_path / "consult.icns")

    with Image.open(target) as icon:
        assert icon.format == "ICNS"
        sizes = icon.info["sizes"]
    # 16 and 32 px at 2x; 128, 256 and 512 px at 1x and 2x (macOS draws 16 and 32 at 1x from them)
    assert sorted(sizes) == [
        (16, 16, 2),
        (32, 32, 2),
        (128, 128, 1),
        (128, 128, 2),
        (256, 256, 1),
        (256, 256, 2),
        (512, 512, 1),
        (512, 512, 2),
    ]
    for width, height, scale in sizes:
        with Image.open(target) as one:
            one.size = (width, height)
            one.load(scale=scale)
            pixels = width * scale
            assert one.size == (pixels, pixels)
            frame = one.convert("RGBA")
        assert ImageChops.difference(frame, drawn(render_icons, pixels)).getbbox() is None
        assert_shows_icon(frame)


def test_the_command_writes_both_icons_where_asked(qapp, tmp_path, render_icons, capsys):
    ico, icns = tmp_path / "win" / "consult.ico", tmp_path / "mac" / "consult.icns"

    assert render_icons.main(["--ico", str(ico), "--icns", str(icns)]) == 0

    assert capsys.readouterr().out.split() == [str(ico), str(icns)]
    with Image.open(ico) as windows, Image.open(icns) as macos:
        assert (windows.format, macos.format) == ("ICO", "ICNS")

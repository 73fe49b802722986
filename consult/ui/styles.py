"""The window's few colours, in one place: problems in red, quiet text in grey, banners."""

MUTED = "#5b6573"
ERROR = "#b00020"
ERROR_STYLE = f"color: {ERROR};"
# Banner colours by kind: background, border, text.
BANNER_COLOURS = {
    "error": ("#fdecea", "#e3a4aa", "#5f0010"),
    "warning": ("#fff4e0", "#e8b25a", "#5c3b00"),
    "info": ("#eef3fa", "#a9bfdc", "#1f3350"),
}


def banner_style(kind: str) -> str:
    background, border, text = BANNER_COLOURS[kind]
    return f"background: {background}; color: {text}; border: 1px solid {border}; padding: 8px;"

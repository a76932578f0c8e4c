"""Characters nobody means to type: C0 and C1 control characters (tab, line
feed and carriage return excepted), DEL, and lone UTF-16 surrogates. They
arrive by pasting from other programs or from crafted requests; a reader
never sees them, PostgreSQL refuses NUL in text, and a lone surrogate cannot
be stored as UTF-8; bidi overrides (below) disguise text. Forms and services take them out of what people type
before anything is measured or saved, silently: asking someone to find and
delete a character they cannot see would help no one."""

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Bidi embeddings, overrides and isolates can make a title or a message read
# differently from what it says (a file name ending "txt.exe" shown backwards);
# the marks a right-to-left writer needs (U+200E, U+200F) stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_control_chars(text: str) -> str:
    return _BIDI_CONTROLS.sub("", _CONTROLS.sub("", text))

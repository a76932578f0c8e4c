"""Form fields for what people type."""

from django import forms

from safety.control_chars import without_control_chars


class TypedTextField(forms.CharField):
    """A CharField that drops invisible control characters (see
    safety.control_chars) and writes every line break as one newline before
    its length and other checks run: browsers send a textarea's line breaks
    as two characters but count them as one against its maxlength, so a post
    the browser let through must not be refused here for its line breaks."""

    def to_python(self, value):
        if isinstance(value, str):
            value = without_control_chars(value.replace("\r\n", "\n").replace("\r", "\n"))
        return super().to_python(value)


def too_long_message(what: str, limit: int, advice: str) -> str:
    """Django fills in %(show_value)s, the length that was sent."""
    return f"{what} can be up to {limit:,} characters; this one has %(show_value)s. {advice}"

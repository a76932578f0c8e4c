"""Read a form off a page as a browser would send it: its action and the
fields it holds (hidden inputs, text inputs, text areas)."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.action, self.fields, self._in_form, self._area = None, [], False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and self.action is None and attrs.get("method", "").lower() == "post":
            self.action, self._in_form = attrs.get("action", ""), True
        elif self._in_form and tag == "input" and attrs.get("name"):
            self.fields.append((attrs["name"], attrs.get("value", "")))
        elif self._in_form and tag == "textarea" and attrs.get("name"):
            self._area = [attrs["name"], ""]

    def handle_data(self, data):
        if self._area is not None:
            self._area[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._area is not None:
            self.fields.append(tuple(self._area))
            self._area = None
        elif tag == "form":
            self._in_form = False


def first_post_form(html: str) -> tuple[str | None, list[tuple[str, str]]]:
    """The action and fields of the page's first POST form; (None, []) when it has none."""
    reader = _FormReader()
    reader.feed(html)
    return reader.action, reader.fields

"""Watching a browser page for hostile content that got through: dialogs, script
calls, CSP reports, requests to outside hosts, JavaScript errors, and hostile
elements or attributes in the parsed page."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings

from tests.second_factor import TwoStepClient

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
_SCRIPTS = Path(__file__).parent / "data"
# The recorder wraps eval, through which Playwright runs page.evaluate; this mark
# tells the test's own expressions apart from anything a payload evaluates.
OWN = "/* hostile-content test */ "
RECORDER = (_SCRIPTS / "hostile_recorder.js").read_text(encoding="utf-8")
_AUDIT_FUNCTION = (_SCRIPTS / "hostile_audit.js").read_text(encoding="utf-8")
AUDIT = OWN + _AUDIT_FUNCTION
# Many pages of one kind, each fetched by the page and parsed (scripts do not run
# in a parsed document, so this checks structure; visit() checks behaviour).
FETCH_AND_AUDIT = OWN + """async (urls) => {
  const audit = %s;
  const found = [];
  for (const url of urls) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (response.status !== 200) { found.push(`${url} answered ${response.status}`); continue; }
    const parsed = new DOMParser().parseFromString(await response.text(), "text/html");
    for (const finding of audit(parsed)) found.push(`${url}: ${finding}`);
  }
  return found;
}""" % _AUDIT_FUNCTION


class Watch:
    """Everything a page did that only a successful injection would do."""

    def __init__(self):
        self.dialogs, self.outside, self.errors = [], [], []

    def attach(self, context) -> None:
        context.add_init_script(RECORDER)
        context.route("**/*", self._route)
        context.on("page", self._page)

    def _page(self, page) -> None:
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _route(self, route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
            return
        self.outside.append(route.request.url)
        route.abort()

    def problems(self, page) -> list[str]:
        recorded = page.evaluate(OWN + "window.__hostileSeen ? Array.from(window.__hostileSeen) : ['recorder missing']")
        return ([f"dialog {d}" for d in self.dialogs] + [f"outside request {u}" for u in self.outside]
                + [f"page error {e}" for e in self.errors] + list(recorded))


def signed_in(browser, base_url: str, user, watch: Watch):
    """A browser context signed in as `user`; moderators and staff through both
    sign-in steps (tests/second_factor.py), as a real sign-in would leave them."""
    client = TwoStepClient()
    client.force_login(user)
    return _context(browser, base_url, watch, client.cookies[settings.SESSION_COOKIE_NAME].value)


def anonymous(browser, base_url: str, watch: Watch):
    return _context(browser, base_url, watch, None)


def _context(browser, base_url, watch, session_key):
    context = browser.new_context(base_url=base_url)
    if session_key:
        host = urlsplit(base_url).hostname
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_key, "domain": host, "path": "/"}])
    watch.attach(context)
    return context


def audit(page) -> list[str]:
    """Hostile elements and attributes found in the parsed page (see hostile_audit.js)."""
    return page.evaluate(AUDIT)


def audit_many(page, urls) -> None:
    """Fetch each of `urls` from the open page and audit its parsed markup."""
    found = page.evaluate(FETCH_AND_AUDIT, list(urls))
    assert not found, "hostile markup got through:\n" + "\n".join(found[:40])


def visit(page, watch: Watch, url: str, *, reveal: bool = False) -> int:
    """Open `url`, optionally click every reveal, then fail on anything hostile.
    Returns how many reveals were clicked open."""
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url} answered {response and response.status}"
    assert unquote(urlsplit(page.url).path) == unquote(urlsplit(url).path), f"{url} led to {page.url}"
    revealed = reveal_all(page) if reveal else 0
    # Failed loads and autofocus have fired by "load"; a reveal's toggle and
    # focus events, and CSP reports, come a moment later.
    page.wait_for_timeout(200 if reveal else 50)
    found = watch.problems(page) + audit(page)
    assert not found, f"hostile content got through on {url}:\n" + "\n".join(found[:40])
    return revealed


def reveal_all(page) -> int:
    """Click every "Show ..." reveal, as a reader would; returns how many opened."""
    count = page.evaluate(OWN + """() => {
        const closed = Array.from(document.querySelectorAll('details.reveal:not([open]) > summary'));
        closed.forEach(summary => summary.click());
        return closed.length;
    }""")
    still_closed = page.locator("details.reveal:not([open])").count()
    assert still_closed == 0, f"{still_closed} reveals stayed closed after a click"
    return count


"""One person's browser without the browser: a cookie jar, the form's CSRF
token, and how long each answer took. Talks to a real server over HTTP."""

import re
import time
import urllib.error
import urllib.parse
import urllib.request

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Member:
    def __init__(self, host: str, session: str | None = None):
        self.host = host
        self.cookies = {"sessionid": session} if session else {}
        self.token = ""
        self.timings: list[float] = []
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)

    def on(self, host: str) -> "Member":
        """The same person in a second tab, served by another process."""
        twin = Member(host)
        twin.cookies, twin.token = dict(self.cookies), self.token
        return twin

    def get(self, path: str) -> tuple[int, str]:
        status, page, _ = self._open(path)
        found = TOKEN.search(page)
        if found:
            self.token = found.group(1)
        return status, page

    def post(self, path: str, fields: dict) -> tuple[int, str, str]:
        """Submit fields with the CSRF token of the last page seen: (status, body, Location)."""
        return self.submit(path, [("csrfmiddlewaretoken", self.token), *fields.items()])

    def submit(self, path: str, pairs: list[tuple[str, str]]) -> tuple[int, str, str]:
        """Send exactly these fields, as a browser sends a form it was given."""
        started = time.perf_counter()
        answer = self._open(path, urllib.parse.urlencode(pairs).encode())
        self.timings.append(time.perf_counter() - started)
        return answer

    def log_in(self, username: str, password: str) -> int:
        self.get("/accounts/login/")
        status, _page, _where = self.post("/accounts/login/", {"login": username, "password": password})
        return status

    def _open(self, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                   "Origin": f"http://{self.host}", "Referer": f"http://{self.host}{path}"}
        request = urllib.request.Request(f"http://{self.host}{path}", data=body, headers=headers)
        try:
            response = self._opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error  # 3xx, 4xx and 5xx answers are read like any other
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]
        return response.status, response.read().decode(), response.headers.get("Location", "")

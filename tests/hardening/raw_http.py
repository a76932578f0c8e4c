"""Requests a hostile client sends to a test server: bodies built byte by
byte, with a member's session cookie and CSRF token, each one timed."""

import http.client
import time


class RawClient:
    def __init__(self, host: str, cookies: dict[str, str] | None = None):
        self.host, self.cookies = host, dict(cookies or {})

    def _headers(self, path: str) -> dict[str, str]:
        headers = {"Host": self.host, "Origin": f"http://{self.host}", "Referer": f"http://{self.host}{path}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if "csrftoken" in self.cookies:
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        return headers

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str = ""):
        """(status, page text, seconds) for one request on a fresh connection."""
        headers = self._headers(path) | ({"Content-Type": content_type} if content_type else {})
        connection = http.client.HTTPConnection(self.host, timeout=30)
        started = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            page = response.read().decode("utf-8", errors="replace")
            return response.status, page, time.perf_counter() - started
        finally:
            connection.close()

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, body: bytes, content_type: str):
        return self.request("POST", path, body, content_type)

"""Pages under load, each beside its floor: the thread page and the thread
list (anonymous and logged in), posting a reply, and the moderation queue
with 1,000 open cases. Queries and bytes per request are counted in this
process with Django's test client against the same database."""

import re

from bench import load
from bench.servers import Browserless

FLOOR = "/bench/floor/"


def sessions(data) -> dict:
    """Session cookies for a reader, a poster and the moderator, made the way a sign-in makes them."""
    from django.test import Client

    from bench.second_factor import sign_in

    cookies = {}
    for name, user in (("reader", data.members[1]), ("poster", data.members[2]), ("moderator", data.moderator)):
        client = Client()
        sign_in(client, user)
        cookies[name] = client.cookies["sessionid"].value
    return cookies


def scenarios(data, cookies) -> list[dict]:
    thread, group = data.thread.get_absolute_url(), data.group.get_absolute_url()
    reply = data.reply_thread.get_absolute_url()
    return [
        {"name": "thread page, anonymous", "path": thread},
        {"name": "thread page, logged in", "path": thread, "as": "reader"},
        {"name": "thread list, anonymous", "path": group},
        {"name": "thread list, logged in", "path": group, "as": "reader"},
        {"name": "posting a reply", "path": reply + "reply/", "as": "poster", "post_from": reply},
        {"name": "moderation queue, 1,000 open cases", "path": "/moderation/", "as": "moderator"},
        # The queue as one moderator working it meets it: a request at a time.
        {"name": "moderation queue, one moderator", "path": "/moderation/", "as": "moderator", "connections": 1},
    ]


def run(host: str, data, cookies, *, workers: int) -> list[dict]:
    rows = []
    for scenario in scenarios(data, cookies):
        jar, form = _jar_and_form(host, scenario, cookies)
        size, queries = _bytes_and_queries(scenario, jar, form)
        connections = scenario.get("connections", load.CONNECTIONS)
        forum = load.warmed(host, scenario["path"], cookies=jar, form=form, connections=connections, workers=workers)
        floor_form = {"csrfmiddlewaretoken": form["csrfmiddlewaretoken"]} if form else None
        floor = load.warmed(host, f"{FLOOR}?bytes={size}", cookies=jar, form=floor_form, connections=connections,
                            workers=workers)
        rows.append({"name": scenario["name"], "connections": connections, "bytes": size, "queries": queries, "forum": forum, "floor": floor,
                     "ratio": round(forum["rps"] / floor["rps"], 3) if floor["rps"] else None})
        print(f"  {scenario['name']}: {forum['rps']} req/s (floor {floor['rps']}), "
              f"p50 {forum['p50_ms']} ms, p99 {forum['p99_ms']} ms, {queries} queries, {size} bytes, "
              f"connections per worker {forum['split'] or '?'} (floor {floor['split'] or '?'})")
    return rows


def _jar_and_form(host, scenario, cookies):
    who = scenario.get("as")
    jar = {"sessionid": cookies[who]} if who else {}
    if "post_from" not in scenario:
        return jar, None
    browser = Browserless(host, cookies[who])
    _status, page = browser.get(scenario["post_from"] + "reply/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    jar = dict(browser.cookies)
    from bench.dataset import reply_text

    return jar, {"csrfmiddlewaretoken": token, "body": reply_text(7)}


def _bytes_and_queries(scenario, jar, form) -> tuple[int, int]:
    """A warm second request, as the load generator's would be."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for name, value in jar.items():
        client.cookies[name] = value
    for attempt in range(2):
        with CaptureQueriesContext(connection) as queries:
            if form is None:
                response = client.get(scenario["path"])
            else:
                response = client.post(scenario["path"], {**form, "idempotency_key": f"count-{attempt}"})
    assert response.status_code in (200, 302), (scenario["name"], response.status_code)
    return len(response.content), len(queries)

"""The authorization walk: every URL pattern and every WebSocket route is in
the table of doors (tests/authorization_doors.py), so no door can be added
untested; then every project door is tried by every role with real object
ids, and a refused request changes nothing and sends none of the protected words."""

import re
from urllib.parse import urlencode, urlsplit

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.apps import apps
from django.contrib import admin
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connections, transaction
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from community.models import Group
from config.asgi import application
from config.routing import websocket_urlpatterns
from tests import authorization_doors as doors
from tests import authorization_scene
from tests.second_factor import TwoStepClient

THIRD_PARTY = ("allauth.", "django.")
WITHOUT_STEP = "_without_step"  # a role signed in with the password step only


def walk(patterns=None, prefix="", namespace=""):
    """(key, full pattern, view module) for every URL pattern; the key is the
    route's name, or its pattern when it has none."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            key = namespace + entry.name if entry.name else route
            yield key, route, getattr(entry.callback, "__module__", "")


def cover(key, route, module) -> str | None:
    """Which part of the table covers this route, or None."""
    if route.startswith(doors.ADMIN_PREFIX):
        return "admin rule"
    if module.startswith(THIRD_PARTY):
        return "sign-in pages" if key in doors.ALLAUTH_PAGES else None
    return "project doors" if key in doors.PROJECT_DOORS else None


def socket_routes() -> list[str]:
    return [str(route.pattern) for route in websocket_urlpatterns]


def test_every_address_is_in_the_table_of_doors():
    uncovered = [f"{key} ({route}, {module})" for key, route, module in walk() if cover(key, route, module) is None]
    assert uncovered == [], "add these to tests/authorization_doors.py with what each role gets"


def test_every_websocket_route_is_in_the_table_of_doors():
    assert [r for r in socket_routes() if r not in doors.WEBSOCKET_DOORS] == []


def test_the_table_names_no_address_that_is_gone():
    routes = list(walk())
    project = {key for key, _route, module in routes if not module.startswith(THIRD_PARTY)}
    third_party = {key for key, _route, module in routes if module.startswith(THIRD_PARTY)}
    gone = [k for k in doors.PROJECT_DOORS if k not in project]
    gone += [k for k in doors.ALLAUTH_PAGES if k not in third_party]
    gone += [r for r in doors.WEBSOCKET_DOORS if r not in socket_routes()]
    assert gone == []
    assert any(route.startswith(doors.ADMIN_PREFIX) for _key, route, _module in routes)


@pytest.fixture
def scene(make_user, make_group, make_member, make_moderator, global_moderator, admin_user):
    return authorization_scene.build(make_user, make_group, make_member, make_moderator, global_moderator,
                                     admin_user)


def _arg(scene, name):
    if name.startswith("="):
        return name[1:]
    value = getattr(scene, name)
    if isinstance(value, Group):
        return value.slug
    if isinstance(value, get_user_model()):
        return value.username
    return value.pk if isinstance(value, Model) else value


def _url(key, probe, scene) -> str:
    args = [_arg(scene, name) for name in probe.args]
    url = reverse(key, args=args) if "/" not in key else "/" + key
    query = probe.query(scene) if probe.query else {}
    return f"{url}?{urlencode(query)}" if query else url


def _cookie_for(user, *, both_steps=True) -> str | None:
    """A signed-in session (None for a visitor); moderators and staff have used
    their authenticator app too, unless both_steps is False."""
    if user is None:
        return None
    client = TwoStepClient() if both_steps else Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _session_cookie(scene, role) -> str | None:
    return _cookie_for(getattr(scene, role.removesuffix(WITHOUT_STEP)), both_steps=not role.endswith(WITHOUT_STEP))


@pytest.fixture
def sessions(scene):
    """Each role signed in once, as a real sign-in leaves them (both steps for moderators and staff)."""
    return {role: _session_cookie(scene, role) for role in doors.ROLES}


def _use(client, cookie) -> None:
    client.cookies.clear()
    if cookie is not None:
        client.cookies[settings.SESSION_COOKIE_NAME] = cookie


def _attempt(client, scene, cookie, method, url, data, rows):
    """The request with this session, then everything it did rolled back, so each role meets the same scene."""
    with transaction.atomic():
        cache.clear()
        _use(client, cookie)
        before = rows(scene) if rows else None
        response = getattr(client, method)(url, data or {})
        after = rows(scene) if rows else None
        transaction.set_rollback(True)
    cache.clear()
    return response, before != after


def _verdict(outcome, response, changed, secrets) -> list[str]:
    """What is wrong with this response for the expected outcome (nothing: [])."""
    status, where = response.status_code, urlsplit(response.get("Location", "")).path
    body = response.content.decode(errors="replace")
    to_login = status == 302 and where == reverse("account_login")
    wanted = {doors.SEE: 200, doors.OK: 200, doors.BLIND: 200, doors.NOT_FOUND: 404, doors.FORBIDDEN: 403}
    problems = []
    if outcome == doors.LOGIN and not to_login:
        problems.append(f"not sent to sign in ({status} {where})")
    if outcome in (doors.DONE, doors.KEPT) and (status != 302 or to_login):
        problems.append(f"got {status} {where}")
    if outcome in wanted and status != wanted[outcome]:
        problems.append(f"got {status} {where}")
    if changed != (outcome == doors.DONE):
        problems.append("something changed" if changed else "nothing changed")
    leaked = [s for s in secrets if s in body]
    if outcome in doors.REFUSED and leaked:
        problems.append(f"sent {leaked}")
    if outcome == doors.SEE and secrets and secrets[0] not in body:
        problems.append(f"did not show {secrets[0]!r}")
    return problems


@pytest.mark.django_db
@pytest.mark.parametrize("key", sorted(doors.PROJECT_DOORS))
def test_each_role_gets_what_the_table_says_at_each_project_door(client, scene, sessions, key):
    failures = []
    for probe in doors.PROJECT_DOORS[key]:
        assert probe.rows or doors.DONE not in probe.expect.values(), f"{key}: a DONE needs rows to watch"
        url = _url(key, probe, scene)
        secrets = probe.secrets(scene) if callable(probe.secrets) else probe.secrets
        for role, outcome in probe.expect.items():
            data = probe.data(scene) if probe.data else None
            response, changed = _attempt(client, scene, sessions[role], probe.method, url, data, probe.rows)
            for problem in _verdict(outcome, response, changed, secrets):
                failures.append(f"{probe.method.upper()} {url} as {role}: expected {outcome}; {problem}")
    assert not failures, "\n".join(failures)


# The admin: one rule for every address under /admin/.
ADMIN_ROLES = ("anonymous", "member", "global_mod", "staff" + WITHOUT_STEP, "staff")


def _admin_url(route, scene) -> str:
    """A real address for an admin route, with ids of rows that exist where there are some."""
    if "(?P<app_label>" in route:
        return reverse("admin:app_list", kwargs={"app_label": "community"})
    if "(?P<url>" in route:
        return "/admin/no-such-page/"
    if route.startswith("admin/r/"):
        kind = ContentType.objects.get_for_model(Group)
        route = route.replace("<path:content_type_id>", str(kind.pk)).replace("<path:object_id>", str(scene.cove.pk))
    if "<path:object_id>" in route:
        row = apps.get_model(*route.split("/")[1:3]).objects.order_by("pk").first()
        route = route.replace("<path:object_id>", str(row.pk if row else 0))
    route = route.replace("<id>", str(scene.member.pk))
    assert "<" not in route and "(" not in route, f"no real address for {route}: teach _admin_url its shape"
    return "/" + route


def _through_admin(client, method, url):
    """The request, following the admin's own redirects; returns the last path asked and the answer."""
    response = getattr(client, method)(url)
    for _hop in range(5):
        where = urlsplit(response.get("Location", "")).path
        if response.status_code != 302 or not where.startswith("/" + doors.ADMIN_PREFIX):
            break
        url, response = where, client.get(response["Location"])
    return urlsplit(url).path, response


def _admin_refusal(role, path, response) -> bool:
    where = urlsplit(response.get("Location", "")).path
    if role == "anonymous":
        return response.status_code == 302 and where == reverse("account_login")
    if role.endswith(WITHOUT_STEP):
        return response.status_code == 302 and where == reverse("mfa_reauthenticate")
    return response.status_code == 200 and path == reverse("admin:login")  # the admin's sign-in page, no more


def _stopped(path, response) -> bool:
    """Kept at the gate: the admin's sign-in page, or sent to sign in or to the second step."""
    where = urlsplit(response.get("Location", "")).path
    return path == reverse("admin:login") or (response.status_code == 302 and where.startswith("/accounts/"))


def _admin_rows() -> dict:
    return {model._meta.label: sorted(model.objects.values_list(), key=repr) for model in admin.site._registry}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_every_admin_address_keeps_to_the_admin_rule(client, scene, role):
    _use(client, _session_cookie(scene, role))
    addresses = [(key, _admin_url(route, scene)) for key, route, _m in walk() if route.startswith(doors.ADMIN_PREFIX)]
    before, failures = _admin_rows(), []
    for key, url in addresses:
        for method in ("get", "post") if role in ("member", "staff" + WITHOUT_STEP) else ("get",):
            path, response = _through_admin(client, method, url)
            refused = _admin_refusal(role, path, response)
            if role != "staff" and not refused:
                failures.append(f"{method.upper()} {url} ({key}) let {role} in: {response.status_code} at {path}")
            if role == "staff" and _stopped(path, response):
                failures.append(f"GET {url} ({key}) stopped staff who used the second step at {path}")
            if role == "staff" and key.endswith(("_changelist", ":index", ":app_list")) and response.status_code != 200:
                failures.append(f"GET {url} ({key}) answered staff {response.status_code}")
    assert not failures, "\n".join(failures)
    assert _admin_rows() == before


# The sign-in library's pages, each tried by a visitor and by a member.
def _sent_to(response, name) -> bool:
    return response.status_code == 302 and urlsplit(response["Location"]).path == reverse(name)


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(doors.ALLAUTH_PAGES))
def test_each_sign_in_page_is_open_or_closed_as_the_table_says(client, make_user, name):
    url, kind = reverse(name, kwargs=doors.ALLAUTH_ARGS.get(name, {})), doors.ALLAUTH_PAGES[name]
    visitor = client.get(url)
    _use(client, _cookie_for(make_user()))
    member = client.get(url)
    assert member.status_code < 500
    if kind == doors.PUBLIC:
        assert visitor.status_code == 200
    elif kind == doors.SIGN_OUT:
        assert _sent_to(visitor, "home") and member.status_code == 200  # a member is asked to confirm
    else:
        assert _sent_to(visitor, "account_login"), (visitor.status_code, visitor.get("Location"))
    if kind == doors.MEMBERS_ONLY:
        assert not _sent_to(member, "account_login")


# WebSocket routes, through the whole application: origin check, session, consumer.
async def _connect(path, cookie):
    """True when the connection is accepted, else the close code."""
    headers = [(b"origin", b"http://127.0.0.1"), (b"host", b"127.0.0.1")]
    if cookie:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect(timeout=3)
    await communicator.disconnect(timeout=0.2)  # the consumer is done with it; no need to wait longer
    return True if connected else code


@pytest.fixture
async def consumers_let_go_of_the_database():
    """The consumers' queries run in a shared thread whose connection would
    otherwise outlive the test (and keep PostgreSQL's test database busy)."""
    yield
    await database_sync_to_async(connections.close_all)()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("route", sorted(doors.WEBSOCKET_DOORS))
async def test_each_role_gets_what_the_table_says_at_each_websocket_route(scene, route,
                                                                        consumers_let_go_of_the_database):
    failures = []
    for target, expected in doors.WEBSOCKET_DOORS[route].items():
        path = "/" + re.sub(r"<[^>]+>", str(getattr(scene, target).pk) if target else "", route)
        for role, outcome in expected.items():
            got = await _connect(path, await sync_to_async(_session_cookie)(scene, role))
            if got != outcome:
                failures.append(f"{path} as {role}: expected {outcome}, got {got}")
    assert not failures, "\n".join(failures)

"""The hostile corpus (data/hostile_payloads.txt) posted everywhere members and
moderators write, then read on every page that shows it, in each presentation:
no script may run and no request may leave for an outside host."""

import pytest
from django.urls import reverse

from accounts.validators import username_characters
from bench.servers import server
from community import services
from community.models import Group, Post
from config.middleware import CSP
from moderation.models import AuditEntry
from safety import ratelimit
from tests.browser import hostile_scene as scene
from tests.browser.hostile_payloads import families, payloads
from tests.browser.hostile_watch import Watch, anonymous, audit, audit_many, reveal_all, signed_in, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def whole_pages(settings, monkeypatch):
    """Threads and search show the whole corpus on one page (the page size is
    not under test; what is on the page is)."""
    settings.HARBOUR = {**settings.HARBOUR, "POSTS_PER_PAGE": 1000}
    monkeypatch.setattr("community.views.pages.RESULTS_PER_PAGE", 1000)


def _page(browser, live_server, user=None):
    watch = Watch()
    context = signed_in(browser, live_server.url, user, watch) if user else anonymous(browser, live_server.url, watch)
    return context.new_page(), watch


def _check_after_click(page, watch):
    page.wait_for_load_state()
    page.wait_for_timeout(150)
    found = watch.problems(page) + audit(page)
    assert not found, f"hostile content got through on {page.url}:\n" + "\n".join(found[:40])


def _one_a_family(items):
    """The first of `items` (made one a payload, in corpus order) for each family."""
    firsts = {}
    for item, payload in zip(items, payloads(), strict=True):
        firsts.setdefault(payload.family, item)
    return list(firsts.values())


def _pages(count, size):
    return -(-count // size)


def test_the_corpus_is_large_and_covers_every_family():
    assert len({payload.text for payload in payloads()}) == len(payloads()) >= 200
    assert families() == {
        "script and event handlers", "javascript: and data: links and images", "entity and mixed-case tricks",
        "SVG and MathML", "mutation XSS", "Markdown autolinks and reference links", "CSS", "meta refresh",
        "form actions", "Unicode bidi and zero-width tricks",
    }


@pytest.mark.parametrize("policy", ["", CSP], ids=["without CSP", "with the site's CSP"])
def test_the_watch_sees_the_corpus_when_nothing_cleans_it(browser, live_server, policy):
    """The detectors themselves: the raw corpus, served as it was written, is caught."""
    page, watch = _page(browser, live_server)
    raw = "<!doctype html><title>raw</title>" + "\n".join(scene.texts())
    headers = {"Content-Security-Policy": policy} if policy else {}
    serve = lambda route: route.fulfill(body=raw, content_type="text/html", headers=headers)  # noqa: E731
    page.context.route("**/raw-corpus/", serve)
    page.goto("/raw-corpus/", wait_until="domcontentloaded")  # a raw page may never finish loading
    script = "alert(1)" if not policy else "CSP blocked script-src"
    image = "outside request https://pixel.example/" if not policy else "CSP blocked img-src: https://pixel.example/"
    for _ in range(50):  # failed loads report in their own time on a busy machine
        found = "\n".join(watch.problems(page))
        if script in found and image in found:
            break
        page.wait_for_timeout(200)
    assert script in found and image in found, found
    assert any("onerror attribute" in line for line in audit(page))
    page.context.close()


HOLE = '<img src=x onerror=alert(7)><a href="javascript:alert(8)">x</a><img src=https://pixel.example/h.png><svg></svg>'


def test_the_watch_sees_a_hole_in_real_pages(browser, live_server, make_group, make_member, make_thread):
    """The same checks on Harbour's own pages, with stored markup forced past the
    sanitizer (as a bug there would leave it): every kind of finding shows."""
    group = make_group("A hole")
    thread = make_thread(group, make_member(group))
    Group.objects.filter(pk=group.pk).update(description_html=HOLE)
    Post.objects.filter(thread=thread).update(body_html=HOLE)
    page, watch = _page(browser, live_server)
    for url in (group.get_absolute_url(), thread.get_absolute_url()):
        with pytest.raises(AssertionError) as caught:
            visit(page, watch, url, reveal=True)
        for finding in ("onerror attribute", 'href="javascript:alert(8)"', "pixel.example/h.png", "<svg>"):
            assert finding in str(caught.value), (url, finding)
    page.context.close()


def test_payload_replies_run_nothing_live_or_wherever_they_are_read(browser, live_server, whole_pages, make_group,
                                                                    make_member, make_thread, global_moderator):
    group = make_group("Hostile corpus")
    starter, quoter = make_member(group, "shows_all"), make_member(group, "quoter")
    shows, blurs = scene.reader(starter, "show"), scene.reader(make_member(group, "blurs_all"), "blur")
    thread = make_thread(group, starter, title=f"{scene.MARKER} posts")
    writers = scene.writers(group, names=scene.legacy_names(), replies=len(scene.texts()))
    with server(None) as host:
        _check_live(browser, f"http://{host}", thread, writers, readers=(shows, blurs))
    posts = list(Post.objects.filter(thread=thread, number__gt=1).select_related("author").order_by("number"))
    quoted = posts[::4]
    scene.warned_replies(thread=thread, author=quoter, bodies=[scene.quote_text(p) for p in quoted], quote_each=quoted)
    case = scene.flags_on_every_post(posts=posts, reporters=scene.members(group, "reporter", len(posts)),
                                     notes=scene.texts())
    total = len(posts) + len(quoted)

    for user, blurred in ((shows, 0), (blurs, total)):
        page, watch = _page(browser, live_server, user)
        assert visit(page, watch, thread.get_absolute_url(), reveal=True) == blurred
        assert page.locator("article.post .post-body").count() == total + 1
        assert visit(page, watch, f"{reverse('search')}?q={scene.MARKER}", reveal=True) == blurred
        assert page.locator(".results .post-body").count() == total + 1
        page.context.close()
    _check_notifications(*_page(browser, live_server, shows), pages=_pages(total, 30))
    _check_quoting_composer(*_page(browser, live_server, shows), group, thread, posts)
    for mode, blurred in (("blur", 25), ("show", 0)):
        _check_queue(*_page(browser, live_server, scene.reader(global_moderator, mode)), case, len(posts), blurred)


def _check_live(browser, base_url, thread, writers, *, readers):
    """Readers with the thread open get every payload reply as a live frame."""
    opened = []
    for reader in readers:
        watch = Watch()
        page = signed_in(browser, base_url, reader, watch).new_page()
        visit(page, watch, thread.get_absolute_url())
        opened.append((page, watch))
    opened[-1][0].wait_for_timeout(1000)  # connected
    scene.replies_over_http(base_url.removeprefix("http://"), thread=thread, writers=writers, bodies=scene.texts())
    for page, watch in opened:
        page.locator("article.post").nth(len(scene.texts())).wait_for(state="attached", timeout=60_000)
        assert page.locator("article.post").count() == len(scene.texts()) + 1
        reveal_all(page)
        page.wait_for_timeout(300)
        found = watch.problems(page) + audit(page)
        assert not found, "a live frame carried hostile content through:\n" + "\n".join(found[:40])
        assert page.locator("#live-announcer").inner_text().startswith("New reply from writer")
        page.context.close()


def _check_notifications(page, watch, *, pages):
    visit(page, watch, reverse("notifications"))
    assert page.locator(".notifications .excerpt").count() == 30
    audit_many(page, [f"{reverse('notifications')}?page={n}" for n in range(2, pages + 1)])


def _check_quoting_composer(page, watch, group, thread, posts):
    """The Quote link puts a payload in the composer; its preview renders it."""
    composer = reverse("thread_reply", args=[group.slug, thread.pk])
    for post in _one_a_family(posts)[::3]:
        visit(page, watch, f"{composer}?quote={post.pk}")
        assert page.get_by_label("Your post").input_value().startswith(f"> **{post.author.username}** wrote:")
        page.get_by_role("button", name="Preview").click()
        _check_after_click(page, watch)
        assert page.locator(".post-body blockquote").count() == 1


def _check_queue(page, watch, case, cases, blurred):
    """The moderation queue (every post, reported) and the case holding every note."""
    assert visit(page, watch, reverse("moderation_queue"), reveal=True) == blurred
    assert page.locator(".cases .post-body").count() == 25
    audit_many(page, [f"{reverse('moderation_queue')}?page={n}" for n in range(2, _pages(cases, 25) + 1)])
    visit(page, watch, reverse("case_detail", args=[case.pk]), reveal=True)
    assert page.get_by_text("Something else from reporter").count() == cases


def test_payload_titles_run_nothing_in_lists_search_notifications_or_their_threads(
        browser, live_server, whole_pages, make_group, make_member, make_reply):
    group = make_group("Hostile titles")
    writer = make_member(group, "title_writer")
    threads = scene.titled_threads(group=group, author=writer, titles=scene.texts())
    shows = scene.reader(make_member(group, "shows_all"), "show")
    blurs = scene.reader(make_member(group, "blurs_all"), "blur")
    warned, firsts = len(threads[::2]), _one_a_family(threads)
    for user, blurred in ((shows, 0), (blurs, 1), (None, 1)):
        page, watch = _page(browser, live_server, user)
        assert visit(page, watch, group.get_absolute_url(), reveal=True) == 15 * blurred  # every other title warned
        assert page.locator(".thread-list li").count() == 30
        audit_many(page, [f"{group.get_absolute_url()}?page={n}" for n in range(2, _pages(len(threads), 30) + 1)])
        assert visit(page, watch, f"{reverse('search')}?q={scene.MARKER}", reveal=True) == warned * blurred
        assert page.locator(".results > li").count() == len(threads)
        for thread in firsts if user else ():
            visit(page, watch, thread.get_absolute_url(), reveal=True)
        page.context.close()

    with ratelimit.suspended():
        for thread in firsts:
            make_reply(thread, shows)
    page, watch = _page(browser, live_server, writer)
    visit(page, watch, reverse("notifications"))
    assert page.locator(".notifications > li").count() == len(firsts)
    visit(page, watch, reverse("home"), reveal=True)
    assert page.locator(".thread-list li").count() > 0


def test_payload_group_descriptions_run_nothing_in_the_list_or_on_group_pages(browser, live_server, admin_user,
                                                                             make_user):
    groups = scene.described_groups(actor=admin_user, descriptions=scene.texts())
    def invitation(group):
        return reverse("group_invite", args=[group.invite_code])

    for user, group_page in ((None, Group.get_absolute_url), (make_user("visitor"), invitation)):
        page, watch = _page(browser, live_server, user)
        visit(page, watch, reverse("group_list"))
        assert page.locator(".group-description").count() == len(groups)
        for group in _one_a_family(groups):
            visit(page, watch, group_page(group))
            assert page.locator(".group-description").count() == 1
        page.context.close()


def test_moderator_messages_run_nothing_for_the_member_or_the_moderators(browser, live_server, make_group,
                                                                        make_member, global_moderator):
    group = make_group("Hostile messages")
    member, reporter = make_member(group, "warned_member"), make_member(group, "reporter")
    post = services.thread_start(actor=member, group=group, title="A hard week", body="Writing it down.")
    case = scene.flagged_with_notes(post=post, reporters=[reporter], notes=["Please check on them."])
    scene.moderator_messages(moderator=global_moderator, case=case, member=member, messages=scene.texts())

    page, watch = _page(browser, live_server, member)
    visit(page, watch, reverse("notifications"), reveal=True)
    assert page.locator(".notifications > li").count() == 30
    audit_many(page, [f"{reverse('notifications')}?page={n}" for n in range(2, _pages(len(scene.texts()) + 1, 30) + 1)])
    assert page.get_by_text("Appeal this decision").count() == 1  # the removal, its reason a payload
    page.context.close()

    page, watch = _page(browser, live_server, global_moderator)
    visit(page, watch, reverse("moderation_member", args=[member.username]))
    assert page.get_by_text(scene.texts()[1]).count() == 2  # the warning's reason and the staff note
    visit(page, watch, reverse("case_detail", args=[case.pk]))
    visit(page, watch, reverse("moderation_audit"))
    log = reverse("moderation_audit")
    audit_many(page, [f"{log}?page={n}" for n in range(2, _pages(AuditEntry.objects.count(), 50) + 1)])


def test_sign_up_refuses_payload_usernames_kindly(browser, live_server, django_user_model):
    page, watch = _page(browser, live_server)
    for n, name in enumerate(scene.legacy_names()):
        visit(page, watch, reverse("account_signup"))
        page.get_by_label("Username:").fill(name)
        page.get_by_label("Email:").fill(f"newcomer{n}@example.org")
        page.get_by_label("Password:", exact=True).fill("a quiet harbour at dawn")
        page.get_by_label("Password (again):").fill("a quiet harbour at dawn")
        page.get_by_label("Password (again):").press("Enter")
        _check_after_click(page, watch)
        assert username_characters.message in page.locator("#id_username_error").inner_text()
        assert name.startswith(page.get_by_label("Username:").input_value())  # what they typed is still there
    assert not django_user_model.objects.filter(email__startswith="newcomer").exists()


def test_pages_about_a_legacy_member_escape_their_name(browser, live_server, make_group, make_member,
                                                       global_moderator):
    """Names from before today's sign-up rules: blocking them, the list of blocked
    members, and the moderators' page about them. (Posts, live frames, search,
    notifications and the queue under such names: the replies test above.)"""
    group = make_group("Old names")
    legacy = [scene.legacy_member(group, name) for name in scene.legacy_names()]
    reader, reader_watch = _page(browser, live_server, make_member(group, "reader"))
    moderator, moderator_watch = _page(browser, live_server, global_moderator)
    for member in legacy:
        visit(reader, reader_watch, reverse("member_block", args=[member.username]))
        reader.locator("main button[type=submit]").click()
        _check_after_click(reader, reader_watch)
        visit(moderator, moderator_watch, reverse("moderation_member", args=[member.username]))
        assert moderator.locator("h1").inner_text() == member.username
    visit(reader, reader_watch, reverse("reader_settings"))
    assert reader.locator("form[action*='/unblock/']").count() == len(legacy)

import uuid

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from community import page_cache, permissions, selectors, services
from community.forms import ReplyForm, ThreadForm
from community.fragments import empty_reply_form, render_posts
from community.models import Post
from community.presenters import page_title, present_post, present_posts, present_thread
from community.viewers import viewer_for
from community.views.composing import after_posting, build_preview, wants_preview
from community.views.helpers import page_number, run_service
from safety import policy
from safety import services as safety_services


def thread_detail(request, slug, thread_id):
    thread, membership = selectors.thread_for(request.user, slug, thread_id)
    viewer = viewer_for(request)
    thread_item = present_thread(viewer, thread, thread.group)
    if not thread_item.presentation.is_listed:
        raise Http404
    pages = selectors.page_count(thread)
    page = page_number(request, pages)
    if not page_cache.cacheable(request):
        return _thread_page(request, thread, membership, viewer, thread_item, page, pages)
    key = page_cache.page_key(request, thread, page)
    response = page_cache.cached(key)
    if response is None:
        response = _thread_page(request, thread, membership, viewer, thread_item, page, pages)
        page_cache.keep(key, response)
    return response


def _thread_page(request, thread, membership, viewer, thread_item, page, pages):
    group = thread.group
    posts = selectors.thread_page_posts(thread, page, user=request.user, include_held=viewer.moderates(group.pk))
    for post in posts:
        post.thread = thread
    numbers = [p.number for p in posts if p.number]
    if numbers:
        services.thread_mark_read(actor=request.user, thread=thread, up_to=max(numbers))
    can_reply = permissions.can_reply(request.user, thread, membership)
    items = render_posts(request, present_posts(viewer, posts, group), group=group, thread=thread, can_reply=can_reply)
    context = {
        "group": group,
        "thread": thread,
        "thread_item": thread_item,
        "page_title": page_title(thread_item),
        "items": items,
        "page": page,
        "pages": range(1, pages + 1),
        "page_count": pages,
        "last_number": max(numbers, default=0),
        "can_reply": can_reply,
        "can_moderate": viewer.moderates(group.pk),
        "is_member": permissions.is_member(membership),
        "reply_form": empty_reply_form() if can_reply else None,
    }
    return render(request, "community/thread_detail.html", context)


@login_required
def thread_new(request, slug):
    group, membership = selectors.group_for(request.user, slug)
    if not permissions.can_post_in_group(request.user, group, membership):
        return render(request, "community/join_first.html", {"group": group}, status=403)
    form = ThreadForm(request.POST or None, initial={"idempotency_key": uuid.uuid4().hex})
    preview = None
    if wants_preview(request) and form.is_valid():
        preview = build_preview(form, group)
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        post = run_service(form, lambda: services.thread_start(
            actor=request.user, group=group, title=data["title"], body=data["body"],
            warnings=form.warning_slugs(), idempotency_key=data["idempotency_key"],
        ))
        if post is not None:
            after_posting(request, post)
            return redirect(post.thread)
    return render(request, "community/thread_new.html", {"group": group, "form": form, "preview": preview})


@login_required
def thread_reply(request, slug, thread_id):
    thread, membership = selectors.thread_for(request.user, slug, thread_id)
    if not present_thread(viewer_for(request), thread, thread.group).presentation.is_listed:
        raise Http404  # a held thread does not exist for other members
    quote = _quotable(request, thread)
    initial = {"idempotency_key": uuid.uuid4().hex}
    if quote is not None:
        initial.update(quote=quote.pk, body=_quote_text(quote))
    form = ReplyForm(request.POST or None, initial=initial)
    preview = None
    if wants_preview(request) and form.is_valid():
        preview = build_preview(form, thread.group)
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        post = run_service(form, lambda: services.post_reply(
            actor=request.user, thread=thread, body=data["body"], warnings=form.warning_slugs(),
            quote=quote, idempotency_key=data["idempotency_key"],
        ))
        if post is not None:
            after_posting(request, post)
            return redirect(post.get_absolute_url())
    status = 200 if permissions.can_reply(request.user, thread, membership) else 403
    context = {"thread": thread, "group": thread.group, "form": form, "preview": preview}
    return render(request, "community/thread_reply.html", context, status=status)


def _quotable(request, thread):
    """The post being quoted, if the replier may read all of it."""
    raw = request.POST.get("quote") or request.GET.get("quote")
    if not raw or not str(raw).isdigit():
        return None
    post = Post.objects.filter(pk=raw, thread=thread, status=Post.Status.PUBLISHED).select_related("author").first()
    if post is None:
        return None
    if safety_services.has_blocked(post.author_id, request.user.pk):
        return None
    post.thread = thread
    shown = present_post(viewer_for(request), post, thread.group).presentation
    # The quote puts the words in the composer, so only words shown in full.
    hides_numbers = shown.mask_numbers and bool(post.masked_html)
    return post if shown.mode == policy.SHOW and not hides_numbers else None


def _quote_text(post) -> str:
    name = post.author.username if post.author else "a former member"
    quoted = "\n".join("> " + line for line in post.body.splitlines())
    return f"> **{name}** wrote:\n{quoted}\n\n"

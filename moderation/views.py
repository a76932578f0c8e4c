from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from community import permissions as community_permissions
from community import selectors as community_selectors
from community.models import Group, Post, Thread
from community.presenters import present_post
from community.viewers import viewer_for
from community.views.helpers import paginate
from moderation import permissions, selectors, services
from moderation.forms import ActionForm, AppealForm, FlagForm, MemberActionForm
from moderation.models import AuditEntry, Case, Reason, Sanction, StaffNote, WatchedWord
from moderation.queue_rows import render_case_rows
from moderation.second_factor import second_factor_required
from moderation.services.flags import THANKS
from safety.models import ContentWarning


def _moderator_only(request):
    if not permissions.can_moderate_anything(request.user):
        raise Http404


def _case_for(request, case_id) -> Case:
    case = get_object_or_404(Case.objects.select_related("group", "post__thread__group", "claimed_by"), pk=case_id)
    if not permissions.can_see_case(request.user, case):
        raise Http404
    return case


@login_required
@second_factor_required
def queue(request):
    _moderator_only(request)
    group, reason = request.GET.get("group", ""), request.GET.get("reason", "")
    status = request.GET.get("status", Case.Status.OPEN)
    page = paginate(request, selectors.queue(request.user, group=group, reason=reason, status=status), 25)
    rows = render_case_rows(viewer_for(request), page.object_list, timezone.now())
    groups = Group.objects.filter(pk__in=permissions.visible_cases(request.user, Case.objects.all()).values("group"))
    context = {"page": page, "rows": rows, "groups": groups, "reasons": Reason.choices, "statuses": Case.Status.choices,
               "filters": {"group": group, "reason": reason, "status": status}}
    return render(request, "moderation/queue.html", context)


@login_required
@second_factor_required
def case_detail(request, case_id):
    return _case_page(request, _case_for(request, case_id), ActionForm())


def _case_page(request, case, form):
    """The case page; with a refused action's form, its words stay in the fields."""
    viewer = viewer_for(request)
    context = selectors.case_context(case, request.user)
    context["around"] = [present_post(viewer, p, p.thread.group) for p in context["around"]]
    context.update(case=case, form=form, can_act=permissions.can_act_on_case(request.user, case),
                   appeal=case.reasons == [Reason.APPEAL], warnings=ContentWarning.objects.all())
    return render(request, "moderation/case_detail.html", context)


@login_required
@second_factor_required
@require_POST
def case_claim(request, case_id):
    case = _case_for(request, case_id)
    _run(request, lambda: services.case_claim(actor=request.user, case=case), "The case is yours for the next 15 minutes.")
    return redirect("case_detail", case_id=case.pk)


@login_required
@second_factor_required
@require_POST
def case_release(request, case_id):
    case = _case_for(request, case_id)
    if services.case_release(actor=request.user, case=case):
        messages.info(request, "Released: the case is back in the queue for anyone.")
    return redirect("moderation_queue")


@login_required
@second_factor_required
@require_POST
def case_act(request, case_id):
    case = _case_for(request, case_id)
    form = ActionForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, form)
    action, reason, body = (form.cleaned_data[k] for k in ("action", "reason", "body"))
    calls = {
        "approve": lambda: services.case_approve(actor=request.user, case=case),
        "dismiss": lambda: services.case_dismiss(actor=request.user, case=case, reason=reason),
        "reject": lambda: services.case_reject(actor=request.user, case=case, reason=reason),
        "remove": lambda: services.case_remove(actor=request.user, case=case, reason=reason),
        "hide": lambda: services.case_hide(actor=request.user, case=case, reason=reason),
        "ban": lambda: _ban_author(request.user, case, reason),
        "edit": lambda: services.case_edit_post(actor=request.user, case=case, body=body, reason=reason),
        "reach_out": lambda: services.case_reach_out(actor=request.user, case=case, message=reason),
        "appeal_uphold": lambda: services.appeal_decide(actor=request.user, case=case, uphold=True, reason=reason),
        "appeal_decline": lambda: services.appeal_decide(actor=request.user, case=case, uphold=False, reason=reason),
    }
    if _run(request, calls[action], "Done. The member has been told, and it's in the audit log."):
        stays_open = action in ("reach_out", "hide", "ban")
        return redirect("case_detail", case_id=case.pk) if stays_open else redirect("moderation_queue")
    return redirect("case_detail", case_id=case.pk)


def _ban_author(actor, case, reason):
    author = case.post.author if case.post else case.member
    if author is None or case.group is None:
        raise ValidationError("There is no member in a group to ban on this case.")
    return services.member_ban_from_group(actor=actor, member=author, group=case.group, reason=reason)


def _run(request, call, success: str) -> bool:
    try:
        call()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    except PermissionDenied as error:
        messages.error(request, str(error) or "You can't do that here.")
        return False
    messages.success(request, success)
    return True


@login_required
@second_factor_required
def health(request):
    _moderator_only(request)
    return render(request, "moderation/health.html", {"health": selectors.health(request.user)})


@login_required
@second_factor_required
def audit_log(request):
    _moderator_only(request)
    entries = AuditEntry.objects.select_related("actor").order_by("-created_at", "-id")
    action, actor = request.GET.get("action", ""), request.GET.get("actor", "")
    if action:
        entries = entries.filter(action=action)
    if actor:
        entries = entries.filter(actor__username__iexact=actor)
    if not permissions.is_global(request.user):
        entries = entries.filter(case__in=permissions.visible_cases(request.user, Case.objects.all()))
    page = paginate(request, entries, 50)
    actions = AuditEntry.objects.order_by().values_list("action", flat=True).distinct()
    return render(request, "moderation/audit.html", {"page": page, "actions": sorted(actions),
                                                     "filters": {"action": action, "actor": actor}})


@login_required
@second_factor_required
def member(request, username):
    """Staff notes and sanctions span every group, so this page is for global moderators."""
    if not permissions.is_global(request.user):
        raise Http404
    person = get_object_or_404(get_user_model(), username=username)
    form = MemberActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _run(request, lambda: _member_action(request.user, person, form.cleaned_data), "Saved, and recorded in the audit log."):
            return redirect("moderation_member", username=person.username)
    context = {"person": person, "form": form,
               "notes": StaffNote.objects.filter(member=person).select_related("author"),
               "sanctions": Sanction.objects.filter(member=person).order_by("-created_at")}
    return render(request, "moderation/member.html", context)


def _member_action(actor, person, data):
    action, reason = data["action"], data["reason"]
    if action == "warn":
        return services.member_warn(actor=actor, member=person, reason=reason)
    if action == "suspend":
        until = timezone.now() + timedelta(days=data["days"] or 7)
        return services.member_suspend(actor=actor, member=person, until=until, reason=reason)
    if action == "ban":
        group = Group.objects.filter(slug=data["group"]).first()
        if group is None:
            raise ValidationError("Please name the group to ban them from.")
        return services.member_ban_from_group(actor=actor, member=person, group=group, reason=reason)
    return services.staff_note_add(actor=actor, member=person, text=reason)


@login_required
def flag(request, post_id):
    post, _membership = community_selectors.post_for(request.user, post_id)
    if not present_post(viewer_for(request), post, post.thread.group).presentation.is_listed:
        raise Http404
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_post(actor=request.user, post=post, reason=form.cleaned_data["reason"],
                               note=form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error(None, " ".join(error.messages))
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, THANKS)
            return redirect(post.get_absolute_url())
    return render(request, "moderation/flag.html", {"post": post, "form": form})


@login_required
def appeal(request):
    post = sanction = None
    if request.GET.get("post", "").isdigit():
        post = get_object_or_404(Post.objects.select_related("thread__group"), pk=request.GET["post"], author=request.user)
    elif request.GET.get("sanction", "").isdigit():
        sanction = get_object_or_404(Sanction, pk=request.GET["sanction"], member=request.user)
    else:
        raise Http404
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.appeal_submit(actor=request.user, text=form.cleaned_data["text"], post=post, sanction=sanction)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, "Thank you. A moderator who wasn't involved will look at your appeal, and we'll tell you the outcome.")
            return redirect("notifications")
    return render(request, "moderation/appeal.html", {"form": form, "post": post, "sanction": sanction})


@login_required
@second_factor_required
@require_POST
def thread_moderate(request, thread_id):
    """Pin, unpin, lock, unlock or move a thread, from the thread page."""
    thread = get_object_or_404(Thread.objects.select_related("group"), pk=thread_id)
    if not community_permissions.can_moderate_group(request.user, thread.group):
        raise Http404
    action, reason = request.POST.get("action", ""), request.POST.get("reason", "")
    flags = {"pin": ("pinned", True), "unpin": ("pinned", False), "lock": ("locked", True), "unlock": ("locked", False)}
    if action in flags:
        field, value = flags[action]
        _run(request, lambda: services.thread_flag_set(actor=request.user, thread=thread, field=field, value=value,
                                                       reason=reason), "Done, and recorded in the audit log.")
    elif action == "move":
        target = Group.objects.filter(slug=request.POST.get("group", "")).first()
        if target is not None:
            _run(request, lambda: services.thread_move(actor=request.user, thread=thread, to_group=target,
                                                       reason=reason), f"Moved to {target.name}.")
    thread.refresh_from_db()
    return redirect(thread.get_absolute_url())


@login_required
@second_factor_required
@require_POST
def post_warnings(request, post_id):
    post = get_object_or_404(Post.objects.select_related("thread__group"), pk=post_id)
    if not community_permissions.can_moderate_group(request.user, post.thread.group):
        raise Http404
    chosen = set(request.POST.getlist("warnings"))
    current = set(post.warning_slugs)
    _run(request, lambda: services.post_warnings_change(
        actor=request.user, post=post, add=chosen - current, remove=current - chosen,
        reason=request.POST.get("reason", "")), "Warnings updated, and recorded in the audit log.")
    back = request.POST.get("next", "")
    local = url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return redirect(back if local else post.get_absolute_url())


@login_required
@second_factor_required
def watched_words(request):
    if not permissions.is_global(request.user):
        raise Http404
    if request.method == "POST":
        if request.POST.get("remove"):
            word = get_object_or_404(WatchedWord, pk=request.POST["remove"])
            _run(request, lambda: services.watched_word_remove(actor=request.user, word=word), "Removed.")
        else:
            warning = ContentWarning.objects.filter(slug=request.POST.get("warning", "")).first()
            _run(request, lambda: services.watched_word_add(
                actor=request.user, text=request.POST.get("text", ""), kind=request.POST.get("kind", "word"),
                action=request.POST.get("action", "hold"), warning=warning, note=request.POST.get("note", "")),
                "Added. New posts are checked against it from now on.")
        return redirect("watched_words")
    context = {"words": WatchedWord.objects.select_related("warning"), "kinds": WatchedWord.Kind.choices,
               "actions": WatchedWord.Action.choices, "warnings": ContentWarning.objects.all()}
    return render(request, "moderation/watched_words.html", context)

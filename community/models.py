import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse

from safety import policy


def new_invite_code() -> str:
    return secrets.token_urlsafe(16)


class GroupQuerySet(models.QuerySet):
    def visible_to(self, user, *, every_group=False):
        """Public groups, and private ones the user belongs to. `every_group`
        is for global moderators, who see them all."""
        if every_group:
            return self
        if not user.is_authenticated:
            return self.filter(visibility=Group.Visibility.PUBLIC)
        member_of = Membership.objects.filter(user=user, status=Membership.Status.ACTIVE).values("group_id")
        return self.filter(models.Q(visibility=Group.Visibility.PUBLIC) | models.Q(pk__in=member_of))


class Group(models.Model):
    class Visibility(models.TextChoices):
        PUBLIC = "public", "Public: anyone can read, members post"
        PRIVATE = "private", "Private: only members know it exists"

    class JoinPolicy(models.TextChoices):
        OPEN = "open", "Anyone can join"
        APPROVAL = "approval", "A moderator approves each request"

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=80)
    description = models.TextField(max_length=2000, blank=True)
    description_html = models.TextField(blank=True, editable=False)
    visibility = models.CharField(max_length=10, choices=Visibility, default=Visibility.PUBLIC)
    join_policy = models.CharField(max_length=10, choices=JoinPolicy, default=JoinPolicy.OPEN)
    # Private groups are found only through this link, which moderators share.
    invite_code = models.CharField(max_length=32, unique=True, default=new_invite_code, editable=False)
    default_warnings = models.ManyToManyField("safety.ContentWarning", blank=True, related_name="+")
    # Copy of default_warnings' slugs, kept by the services, so reading a post needs no join.
    default_warning_slugs = models.JSONField(default=list, blank=True, editable=False)
    # Raised after every change to one of its threads (community.page_cache).
    content_version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = GroupQuerySet.as_manager()

    class Meta:
        ordering = ("name",)
        permissions = [("moderate_group", "Can moderate the group")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("group_detail", args=[self.slug])

    @property
    def is_private(self):
        return self.visibility == self.Visibility.PRIVATE


class Membership(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for approval"
        ACTIVE = "active", "Member"
        DECLINED = "declined", "Request declined"
        BANNED = "banned", "Banned from the group"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    status = models.CharField(max_length=10, choices=Status, default=Status.ACTIVE)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "group"), name="community_membership_once")]
        indexes = [models.Index(fields=("group", "status"))]

    def __str__(self):
        return f"{self.user} in {self.group} ({self.status})"


class ThreadQuerySet(models.QuerySet):
    def listed_for(self, user):
        """Threads that may appear in lists: published ones, and the user's own
        threads that wait for a moderator."""
        published = models.Q(status=policy.PUBLISHED)
        if not user.is_authenticated:
            return self.filter(published)
        return self.filter(published | models.Q(status=policy.PENDING, author=user))


class Thread(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="threads")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="threads")
    title = models.CharField(max_length=150)
    # The title with eating-disorder numbers masked; empty when it has none.
    masked_title = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=24, default=policy.PUBLISHED)  # mirrors the opening post
    warning_slugs = models.JSONField(default=list, blank=True)  # title's and opening post's
    created_at = models.DateTimeField(auto_now_add=True)
    last_post_at = models.DateTimeField(db_index=True)
    post_count = models.PositiveIntegerField(default=0)  # numbered (public) posts
    pinned = models.BooleanField(default=False)
    locked = models.BooleanField(default=False)
    # Raised after every change to a post in the thread (community.page_cache),
    # so a cached anonymous page is looked up by a key that is already stale.
    content_version = models.PositiveIntegerField(default=0, editable=False)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=("group", "status", "-pinned", "-last_post_at"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("thread_detail", args=[self.group.slug, self.pk])


class Post(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = policy.PUBLISHED, "Published"
        PENDING = policy.PENDING, "Waiting for a moderator"
        REJECTED = policy.REJECTED, "Not approved"
        REMOVED_BY_AUTHOR = policy.REMOVED_BY_AUTHOR, "Removed by its author"
        REMOVED_BY_MODERATOR = policy.REMOVED_BY_MODERATOR, "Removed by a moderator"

    class Risk(models.TextChoices):
        NONE = "none", "None"
        CONCERN = "concern", "Concern"
        ACUTE = "acute", "Acute"

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="posts")
    # Position in the thread, given when the post becomes public; pages are number ranges.
    number = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(max_length=24, choices=Status, default=Status.PUBLISHED)
    body = models.TextField(max_length=20_000)
    body_html = models.TextField()
    masked_html = models.TextField(blank=True)  # empty when the post has no numbers to mask
    excerpt = models.CharField(max_length=400, blank=True)
    masked_excerpt = models.CharField(max_length=400, blank=True)
    number_spans = models.JSONField(default=list, blank=True)
    risk = models.CharField(max_length=10, choices=Risk, default=Risk.NONE)
    warning_slugs = models.JSONField(default=list, blank=True)  # copy of PostWarning slugs
    quote_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Whose words the quote holds, so the policy can keep them from readers who blocked that member.
    quoted_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    idempotency_key = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    support_count = models.PositiveIntegerField(default=0)
    me_too_count = models.PositiveIntegerField(default=0)
    thanks_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ("number", "id")
        constraints = [
            models.UniqueConstraint(fields=("thread", "number"), name="community_post_number_once"),
            models.UniqueConstraint(
                fields=("author", "idempotency_key"),
                condition=~models.Q(idempotency_key=""),
                name="community_post_idempotent",
            ),
        ]
        indexes = [
            models.Index(fields=("thread", "number")),
            models.Index(fields=("thread", "status", "author")),
            models.Index(fields=("author", "created_at")),
        ]

    def __str__(self):
        return f"Post {self.pk} in {self.thread_id}"

    def get_absolute_url(self):
        return reverse("post_link", args=[self.pk])

    @property
    def is_removed(self):
        return self.status in (self.Status.REMOVED_BY_AUTHOR, self.Status.REMOVED_BY_MODERATOR)


class PostWarning(models.Model):
    class Source(models.TextChoices):
        AUTHOR = "author", "Author"
        DETECTOR = "detector", "Detector"
        MODERATOR = "moderator", "Moderator"
        GROUP = "group", "Group default"
        QUOTE = "quote", "Carried from a quoted post"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="warnings")
    warning = models.ForeignKey("safety.ContentWarning", on_delete=models.PROTECT, related_name="+")
    source = models.CharField(max_length=10, choices=Source)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("post", "warning", "source"), name="community_post_warning_once")
        ]

    def __str__(self):
        return f"{self.warning_id} on {self.post_id} ({self.source})"


class PostRevision(models.Model):
    """Every version of a post's text, the first one included."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("post", "id")

    def __str__(self):
        return f"Revision {self.pk} of post {self.post_id}"


class Reaction(models.Model):
    class Kind(models.TextChoices):
        SUPPORT = "support", "Sending support"
        ME_TOO = "me_too", "Me too"
        THANKS = "thanks", "Thank you"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions")
    kind = models.CharField(max_length=10, choices=Kind)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("post", "user", "kind"), name="community_reaction_once")]

    def __str__(self):
        return f"{self.user} {self.kind} {self.post_id}"


REACTION_COUNT_FIELDS = {
    Reaction.Kind.SUPPORT: "support_count",
    Reaction.Kind.ME_TOO: "me_too_count",
    Reaction.Kind.THANKS: "thanks_count",
}


class ThreadRead(models.Model):
    """How far a member has read a thread, for unread markers."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    last_read_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("user", "thread"), name="community_thread_read_once")]


class Notification(models.Model):
    """Something a member should know. Text is rendered when shown, through the
    policy, so a warned post's words are never stored here."""

    class Kind(models.TextChoices):
        THREAD_REPLY = "thread_reply", "Replies to your threads"
        POST_REPLY = "post_reply", "Replies to your posts"
        MENTION = "mention", "Mentions of your name"
        JOIN_DECISION = "join_decision", "Decisions about joining groups"
        MODERATION = "moderation", "Moderation decisions about your posts"
        FLAG_OUTCOME = "flag_outcome", "Outcomes of your reports"

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=20, choices=Kind)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    group = models.ForeignKey(Group, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=("recipient", "read_at", "-created_at"))]

    def __str__(self):
        return f"{self.kind} for {self.recipient_id}"


class NotificationPreferences(models.Model):
    """Per kind of notification: on the site only (the default), on the site and
    by email, or off."""

    class Delivery(models.TextChoices):
        SITE = "site", "On Harbour only"
        EMAIL = "email", "On Harbour and by email"
        OFF = "off", "Off"

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    choices = models.JSONField(default=dict, blank=True)  # {kind: delivery}

    class Meta:
        verbose_name_plural = "notification preferences"

    def __str__(self):
        return f"Notification preferences of {self.user_id}"

    def delivery(self, kind: str) -> str:
        return self.choices.get(kind, self.Delivery.SITE)

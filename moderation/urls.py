from django.urls import path

from moderation import views

urlpatterns = [
    path("moderation/", views.queue, name="moderation_queue"),
    path("moderation/health/", views.health, name="moderation_health"),
    path("moderation/audit/", views.audit_log, name="moderation_audit"),
    path("moderation/watched-words/", views.watched_words, name="watched_words"),
    path("moderation/cases/<int:case_id>/", views.case_detail, name="case_detail"),
    path("moderation/cases/<int:case_id>/claim/", views.case_claim, name="case_claim"),
    path("moderation/cases/<int:case_id>/release/", views.case_release, name="case_release"),
    path("moderation/cases/<int:case_id>/act/", views.case_act, name="case_act"),
    # path, not str: names from before today's sign-up rules may hold any character, "/" included.
    path("moderation/members/<path:username>/", views.member, name="moderation_member"),
    path("moderation/threads/<int:thread_id>/", views.thread_moderate, name="thread_moderate"),
    path("moderation/posts/<int:post_id>/warnings/", views.post_warnings, name="post_warnings"),
    path("posts/<int:post_id>/flag/", views.flag, name="post_flag"),
    path("appeal/", views.appeal, name="appeal"),
]

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from community.demo_second_step import SECOND_STEP_LOGINS, demo_code_now, has_demo_authenticator


class Command(BaseCommand):
    help = "Print the current sign-in code of a demo moderator or the demo administrator (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("username", help=f"one of: {', '.join(SECOND_STEP_LOGINS)}")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("demo_code gives away sign-in codes, so it runs only with DEBUG=1.")
        user = get_user_model().objects.filter(username=username).first()
        if username not in SECOND_STEP_LOGINS or user is None or not has_demo_authenticator(user):
            raise CommandError(
                f"{username} doesn't use the demo authenticator. Try one of {', '.join(SECOND_STEP_LOGINS)} "
                "after running seed_demo (make run does)."
            )
        code, seconds = demo_code_now()
        self.stdout.write(f"{code}  (for {username}; a new code comes in {seconds} seconds)")

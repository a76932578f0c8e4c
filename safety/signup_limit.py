"""Sign-up with Harbour's limit on new accounts per connection.

allauth's own limit counts every sign-up request, typing mistakes included;
this one counts the accounts a connection makes (HARBOUR["RATE_LIMITS"]
["signup"]), keyed by the address's keyed hash, so someone who mistypes their
password a few times is never the one who waits."""

from allauth.account.adapter import get_adapter
from allauth.account.views import SignupView
from django.contrib.auth import get_user_model
from django.db import IntegrityError

from accounts.names import stored_skeleton
from accounts.validators import LOOKS_LIKE_SOMEONE
from safety import ratelimit

TOO_MANY_ACCOUNTS = (
    "Quite a few accounts have been made from this connection in the last hour, so new sign-ups here "
    "are paused for a while. What you typed is still here: please try again in an hour. If you need "
    "to talk to someone now, \"Need help now?\" at the top of the page lists people you can reach."
)


class LimitedSignupView(SignupView):
    def form_valid(self, form):
        try:
            ratelimit.check("signup", get_adapter().get_client_ip(self.request), message=TOO_MANY_ACCOUNTS)
        except ratelimit.RateLimited as error:
            return self._refuse(form, None, error.messages[0], status=429)
        try:
            return super().form_valid(form)
        except IntegrityError:
            # Another sign-up took a look-alike name between the form's check and
            # the insert; the database's unique skeleton settled it.
            if getattr(self, "user", None) is not None or not self._name_now_taken(form):
                raise
            return self._refuse(form, "username", LOOKS_LIKE_SOMEONE, status=200)

    def _refuse(self, form, field, message, *, status):
        form.add_error(field, message)
        response = self.form_invalid(form)
        response.status_code = status
        return response

    def _name_now_taken(self, form) -> bool:
        username = form.cleaned_data.get("username", "")
        return get_user_model().objects.filter(username_skeleton=stored_skeleton(username)).exists()


signup = LimitedSignupView.as_view()

"""allauth's pages for setting up an authenticator app, remembering where the
person was going (a `next` address), so that after the set-up and the recovery
codes they can carry on."""

from allauth.account.utils import get_next_redirect_url
from allauth.mfa.recovery_codes.views import ViewRecoveryCodesView
from allauth.mfa.totp.views import ActivateTOTPView
from django.urls import reverse
from django.utils.http import urlencode


class ActivateAuthenticatorView(ActivateTOTPView):
    def get_context_data(self, **kwargs) -> dict:
        return {**super().get_context_data(**kwargs), "next_url": get_next_redirect_url(self.request)}

    def get_success_url(self) -> str:
        next_url = get_next_redirect_url(self.request)
        if not next_url:
            return super().get_success_url()
        if self.did_generate_recovery_codes:
            # The recovery codes come first: they are shown in full only now.
            return f"{reverse('mfa_view_recovery_codes')}?{urlencode({'next': next_url})}"
        return next_url


class RecoveryCodesView(ViewRecoveryCodesView):
    def get_context_data(self, **kwargs) -> dict:
        return {**super().get_context_data(**kwargs), "next_url": get_next_redirect_url(self.request)}


activate = ActivateAuthenticatorView.as_view()
recovery_codes = RecoveryCodesView.as_view()

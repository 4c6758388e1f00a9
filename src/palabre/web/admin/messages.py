"""Error codes and notices of the admin feature, in English (the gettext source).

Their French texts live in locales/fr/LC_MESSAGES/admin.po.
"""

from __future__ import annotations

from palabre.web.i18n import N_

ADMIN_MESSAGES: dict[str, str] = {
    "admin.not_signed_in": N_("Please sign in to the dashboard."),
    "admin.site_forbidden": N_("You do not moderate this site."),
    "admin.login_failed": N_("Wrong email or password."),
    "admin.login_throttled": N_("Too many failed sign-ins. Try again later."),
    "admin.csrf_failed": N_("This form has expired. Reload the page and try again."),
    "admin.password_too_short": N_("The password must have at least {min} characters."),
    "admin.moderator_needs_site": N_("A moderator needs at least one site."),
    "admin.staff_exists": N_("A staff member with this email already exists."),
    "admin.staff_not_found": N_("No staff member has this email."),
    "admin.unknown_tab": N_("This queue does not exist."),
    "admin.too_many": N_("Too many comments at once: at most {max}."),
    "admin.invalid_reason": N_("Choose a reason: spam, abuse, off topic or other."),
    "admin.report_rate_limited": N_("You have sent many reports. Please wait before sending more."),
    "admin.report_received": N_("Thank you. The editors will look at this comment."),
    "admin.invalid_person": N_("Give an email, an IP address, a hash or an author name."),
    "admin.invalid_duration": N_("The duration must be zero (for good) or more."),
    "admin.invalid_trust": N_("The number of comments must be between 0 and 10,000."),
    "admin.invalid_policy": N_("This policy is not valid: {detail}"),
    "admin.invalid_action": N_("Unknown action."),
    "admin.newsroom": N_("Newsroom"),
}

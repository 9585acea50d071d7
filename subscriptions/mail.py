"""The mails: the confirmation link, the "you already subscribe" answer and the notices.

Every mail is built from templates in `templates/subscriptions/email/` (plain text, and an HTML
alternative for notices). Notices carry List-Unsubscribe and List-Unsubscribe-Post (RFC 8058),
so mail clients offer a one-click unsubscribe that POSTs to the page's `avsluta/` route.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task
from wagtail.models import Page

from subscriptions import tokens
from subscriptions.subscribers import Subscriber


def links(page, subscriber):
    return {
        "manage_url": page.route_url("manage", tokens.make_token(subscriber, tokens.MANAGE)),
        "unsubscribe_url": page.route_url(
            "unsubscribe", tokens.make_token(subscriber, tokens.UNSUBSCRIBE)
        ),
    }


SUBSCRIPTION_SUBJECTS = {
    "confirm": "Bekräfta din prenumeration på Regionportalen",
    "already_subscribed": "Du prenumererar redan på Regionportalen",
}


@task()
def send_subscription_mail(page_id, subscriber_id, kind):
    """The answer to the form on page `page_id`: a confirmation link, or (confirmed address)
    the manage link. The page comes as an id, as a task's arguments must."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if subscriber is None or page is None:
        return
    context = {"subscriber": subscriber, "page": page, **links(page, subscriber)}
    if kind == "confirm":
        context["confirm_url"] = page.route_url(
            "confirm", tokens.make_token(subscriber, tokens.CONFIRM)
        )
        context["confirm_days"] = tokens.CONFIRM_MAX_AGE.days
    with translation.override("sv"):
        body = render_to_string(f"subscriptions/email/{kind}.txt", context)
    EmailMultiAlternatives(SUBSCRIPTION_SUBJECTS[kind], body, to=[subscriber.email]).send()


def notice_message(notice_content, page, subscriber, connection=None):
    """One notice to one subscriber: the notice's content, the subscriber's own links."""
    context = {**notice_content, "subscriber": subscriber, **links(page, subscriber)}
    with translation.override("sv"):
        text = render_to_string("subscriptions/email/notice.txt", context)
        html = render_to_string("subscriptions/email/notice.html", context)
    message = EmailMultiAlternatives(
        notice_content["subject"],
        text,
        to=[subscriber.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message

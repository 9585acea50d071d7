"""What the subscription page's routes do (see SubscriptionPage): subscribe, confirm, change
topics and unsubscribe. Bad or expired links answer 400 with a page that says what to do.
"""

from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils import timezone

from subscriptions import ratelimit, tokens
from subscriptions.forms import SubscribeForm, TopicsForm
from subscriptions.mail import send_subscription_mail
from subscriptions.subscribers import Subscriber

TOPIC_FIELDS = ("meetings", "reports", "briefings")
FORM_TEMPLATE = "subscriptions/subscription_page.html"


def subscribe(page, request):
    if request.method != "POST":
        return page.render_step(request, FORM_TEMPLATE, form=SubscribeForm())
    if not ratelimit.form_allowed(request):
        return page.render_step(request, FORM_TEMPLATE, status=429, rate_limited=True)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return page.render_step(request, FORM_TEMPLATE, status=400, form=form)
    # The same answer whatever happens next (new, unconfirmed, confirmed address or a bot).
    if not form.is_bot and ratelimit.mail_allowed(form.cleaned_data["email"]):
        register(page, form.cleaned_data)
    return HttpResponseRedirect(page.url + page.reverse_subpage("sent"), status=303)


def register(page, data):
    """A new or unconfirmed address gets a confirmation link (topics as now chosen); a confirmed
    one is left as it is and gets the link to change its topics instead."""
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=data["email"], defaults={"confirmation_sent_at": timezone.now()}
        )
        kind = "already_subscribed" if subscriber.is_confirmed else "confirm"
        if kind == "confirm":
            subscriber.set_consent(page.consent_text)
            subscriber.confirmation_sent_at = timezone.now()
            set_topics(subscriber, data)
    send_subscription_mail.enqueue(page.pk, subscriber.pk, kind)


def set_topics(subscriber, data):
    for name in TOPIC_FIELDS:
        setattr(subscriber, name, bool(data.get(name)))
    subscriber.save()
    subscriber.themes.set(data.get("themes") or [])
    subscriber.counties.set(data.get("counties") or [])


def topics_initial(subscriber):
    return {
        **{name: getattr(subscriber, name) for name in TOPIC_FIELDS},
        "themes": list(subscriber.themes.all()),
        "counties": list(subscriber.counties.all()),
    }


def subscriber_from(token, purpose):
    """(subscriber or None, error response kind or None)."""
    try:
        key = tokens.read_token(token, purpose)
    except tokens.BadToken as error:
        return None, "expired" if error.expired else "invalid"
    return Subscriber.objects.filter(key=key).first(), None


def bad_link(page, request, reason):
    return page.render_step(request, "subscriptions/bad_link.html", status=400, reason=reason)


def confirm(page, request, token):
    """GET shows what is being confirmed and a button; only the POST confirms, so a mail
    server's link checker cannot give consent on someone's behalf."""
    subscriber, error = subscriber_from(token, tokens.CONFIRM)
    if error or subscriber is None:
        return bad_link(page, request, error or "gone")
    confirmed_now = False
    if request.method == "POST" and not subscriber.is_confirmed:
        Subscriber.objects.filter(pk=subscriber.pk, confirmed_at=None).update(
            confirmed_at=timezone.now()
        )
        subscriber.refresh_from_db()
        confirmed_now = True
    return page.render_step(
        request,
        "subscriptions/confirm.html",
        subscriber=subscriber,
        confirmed_now=confirmed_now,
        manage_url=page.url + page.reverse_subpage("manage", args=[manage_token(subscriber)]),
    )


def manage_token(subscriber):
    return tokens.make_token(subscriber, tokens.MANAGE)


def manage(page, request, token):
    subscriber, error = subscriber_from(token, tokens.MANAGE)
    if error or subscriber is None:
        return bad_link(page, request, error or "gone")
    status = 200
    if request.method == "POST":
        form = TopicsForm(request.POST)
        if form.is_valid():
            set_topics(subscriber, form.cleaned_data)
            url = page.url + page.reverse_subpage("manage", args=[token])
            return HttpResponseRedirect(f"{url}?sparat=1", status=303)
        status = 400
    else:
        form = TopicsForm(initial=topics_initial(subscriber))
    return page.render_step(
        request,
        "subscriptions/manage.html",
        status=status,
        form=form,
        subscriber=subscriber,
        saved="sparat" in request.GET and request.method != "POST",
        unsubscribe_url=page.url
        + page.reverse_subpage(
            "unsubscribe", args=[tokens.make_token(subscriber, tokens.UNSUBSCRIBE)]
        ),
    )


def unsubscribe(page, request, token):
    """GET asks (a link checker must not unsubscribe anyone); POST erases the subscriber."""
    subscriber, error = subscriber_from(token, tokens.UNSUBSCRIBE)
    if error:
        return bad_link(page, request, error)
    done = subscriber is None
    if request.method == "POST" and subscriber is not None:
        subscriber.delete()  # erasure: the address, its topics and its deliveries
        done = True
    return page.render_step(
        request, "subscriptions/unsubscribe.html", subscriber=subscriber, done=done
    )

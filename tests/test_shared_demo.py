"""The shared demo (tests/conftest.py): a test sees the demo only when it asks for it."""

import pytest
from wagtail.models import Page

from home.models import HomePage


def test_a_test_with_the_demo_sees_it_and_may_change_it(demo):
    assert HomePage.objects.count() == 1
    Page.objects.filter(depth__gt=2).delete()


def test_the_next_test_with_the_demo_sees_it_whole(demo):
    assert Page.objects.filter(depth__gt=2).count() > 20


@pytest.mark.django_db
def test_a_test_with_only_the_marker_sees_no_demo():
    assert not HomePage.objects.exists()


def test_the_demo_comes_back_when_asked_for_again(demo):
    assert Page.objects.filter(depth__gt=2).count() > 20

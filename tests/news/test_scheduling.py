"""Editors schedule go-live in local time (UTC+7); the server stores UTC and publishes then."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsPage
from portal import roles
from tests.news.pages import news_form
from tests.users import user_in

# 09:00 in Hanoi and Vientiane (UTC+7, no daylight saving) is 02:00 UTC.
LOCAL_GO_LIVE = "2031-03-15 09:00"
GO_LIVE_UTC = datetime.datetime(2031, 3, 15, 2, 0, tzinfo=datetime.UTC)


@pytest.fixture
def scheduled_item(client, news_index):
    client.force_login(user_in(roles.EDITORS))
    response = client.post(
        f"/admin/pages/add/news/newspage/{news_index.pk}/",
        news_form(go_live_at=LOCAL_GO_LIVE, **{"action-publish": "publish"}),
    )
    assert response.status_code == 302, response.context["form"].errors
    return NewsPage.objects.get(slug_vi="hoi-nghi-tu-phap")


def run_periodic_at(monkeypatch, instant: datetime.datetime) -> None:
    # The clock is the only thing replaced: the real run_periodic and publish_scheduled run.
    monkeypatch.setattr(timezone, "now", lambda: instant)
    call_command("run_periodic", once=True)
    monkeypatch.undo()


@pytest.mark.django_db
def test_local_go_live_time_is_stored_as_the_right_utc_instant(scheduled_item):
    assert scheduled_item.go_live_at == GO_LIVE_UTC
    assert scheduled_item.scheduled_revision.approved_go_live_at == GO_LIVE_UTC
    assert not scheduled_item.live


@pytest.mark.django_db
def test_scheduled_item_goes_live_at_that_instant_and_not_before(
    client, monkeypatch, scheduled_item
):
    run_periodic_at(monkeypatch, GO_LIVE_UTC - datetime.timedelta(minutes=1))
    scheduled_item.refresh_from_db()
    assert not scheduled_item.live
    assert client.get("/vi/tin-tuc/hoi-nghi-tu-phap/").status_code == 404

    run_periodic_at(monkeypatch, GO_LIVE_UTC + datetime.timedelta(seconds=30))
    scheduled_item.refresh_from_db()
    assert scheduled_item.live
    assert client.get("/vi/tin-tuc/hoi-nghi-tu-phap/").status_code == 200
    assert client.get("/lo/khao-san/kong-pasum-nyutitham/").status_code == 200

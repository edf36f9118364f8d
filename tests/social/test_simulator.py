"""The Graph API simulator over its socket, and the client's view of it."""

import json
import time
from datetime import UTC, datetime

import pytest
import requests

from social.graph_client import GraphClient, GraphError, GraphTimeout, GraphUnreachable, Usage
from tests.social.conftest import APP_ID, APP_SECRET, PAGES

VI_ID, VI_NAME, VI_TOKEN = PAGES["vi"]


@pytest.fixture
def client(simulator):
    return GraphClient(
        app_id=APP_ID,
        app_secret=APP_SECRET,
        base_url=simulator.url,
        version="v25.0",
        timeout=(1, 1),
    )


def test_a_post_appears_on_the_feed_page_a_person_can_open(simulator, client):
    published = client.publish(VI_ID, VI_TOKEN, message="Thông báo <mới>", link="http://x.test/a/")

    html = requests.get(simulator.url, timeout=5).text
    assert published.post_id.startswith(f"{VI_ID}_")
    assert VI_NAME in html
    assert "Thông báo &lt;mới&gt;" in html
    assert 'href="http://x.test/a/"' in html


def test_a_photo_post_answers_with_both_ids(simulator, client):
    published = client.publish(
        VI_ID, VI_TOKEN, message="Ảnh", link="http://x.test/a/", image_url="http://x.test/i.jpg"
    )
    [post] = simulator.feed(VI_ID)
    assert published.post_id == post["id"]
    assert post["image_url"] == "http://x.test/i.jpg"


def test_a_wrong_appsecret_proof_is_refused(simulator):
    wrong = GraphClient(
        app_id=APP_ID, app_secret="wrong", base_url=simulator.url, version="v25.0", timeout=(1, 1)
    )
    with pytest.raises(GraphError) as raised:
        wrong.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    assert raised.value.code == 100
    assert "appsecret_proof" in raised.value.message
    assert simulator.feed(VI_ID) == []


def test_another_pages_token_is_refused(simulator, client):
    with pytest.raises(GraphError) as raised:
        client.publish(VI_ID, PAGES["lo"][2], message="x", link="http://x.test/")
    assert raised.value.code == 190


def test_errors_carry_the_envelope_and_usage_headers(simulator, client):
    simulator.add_fault(endpoint="feed", page_id=VI_ID, code=80001, regain_minutes=12)
    with pytest.raises(GraphError) as raised:
        client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    error = raised.value
    assert (error.code, error.http_status) == (80001, 400)
    assert error.fbtrace_id
    assert error.usage.pages[VI_ID] == 100
    assert error.usage.regain_minutes[VI_ID] == 12


def test_usage_headers_are_read_tolerantly():
    headers = {
        "X-App-Usage": json.dumps({"call_count": 81, "total_time": 5}),
        "X-Business-Use-Case-Usage": "not json",
        "X-Page-Usage": json.dumps({"7": {"call_count": 30}}),
    }
    assert Usage.from_headers(headers) == Usage(app=81, pages={"7": 30}, regain_minutes={})


def test_listings_page_with_cursors_at_most_100_a_call(simulator, client):
    for n in range(130):
        client.publish(VI_ID, VI_TOKEN, message=f"#{n}", link=f"http://x.test/{n}/")
    answer = client._call("GET", f"{VI_ID}/published_posts", VI_TOKEN, {"limit": "500"})
    assert len(answer["data"]) == 100
    assert answer["paging"]["next"]
    rest = client._call(
        "GET",
        f"{VI_ID}/published_posts",
        VI_TOKEN,
        {"limit": "100", "after": answer["paging"]["cursors"]["after"]},
    )
    assert [post["message"] for post in rest["data"]][:1] == ["#29"]
    assert len(rest["data"]) == 30 and "next" not in rest["paging"]

    listing = client.page_posts(VI_ID, VI_TOKEN, since=datetime(2000, 1, 1, tzinfo=UTC))
    assert listing.complete and len(listing.posts) == 130
    assert [post["message"] for post in listing.posts[:2]] == ["#129", "#128"]


@pytest.mark.parametrize("field", ["link", "type", "name", "caption", "description", "object_id"])
def test_asking_a_listing_for_a_field_deprecated_in_v3_3_is_error_12(simulator, client, field):
    client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    with pytest.raises(GraphError) as raised:
        client._call("GET", f"{VI_ID}/published_posts", VI_TOKEN, {"fields": f"id,{field}"})
    assert raised.value.code == 12
    assert f"{field} field is deprecated for versions v3.3 and higher" in raised.value.message


def test_a_link_post_lists_its_link_only_in_attachments(simulator, client):
    client.publish(VI_ID, VI_TOKEN, message="Tin", link="http://x.test/a/?n=1")
    listing = client.page_posts(VI_ID, VI_TOKEN, since=datetime(2000, 1, 1, tzinfo=UTC))
    [post] = listing.posts
    assert "link" not in post
    [attachment] = post["attachments"]["data"]
    assert attachment["type"] == "share"
    assert attachment["url"].startswith("https://l.facebook.com/l.php?u=http%3A%2F%2Fx.test")
    assert attachment["unshimmed_url"] == attachment["target"]["url"] == "http://x.test/a/?n=1"


def test_a_photo_post_keeps_its_caption_as_message(simulator, client):
    client.publish(
        VI_ID, VI_TOKEN, message="Ảnh", link="http://x.test/a/", image_url="http://x/i.jpg"
    )
    [post] = client.page_posts(VI_ID, VI_TOKEN, since=datetime(2000, 1, 1, tzinfo=UTC)).posts
    assert post["message"] == "Ảnh\n\nhttp://x.test/a/"
    assert post["attachments"]["data"][0]["type"] == "photo"


def test_a_new_post_is_listed_only_after_the_listing_delay(simulator, client):
    simulator.listing_delay = 0.6
    post_id = client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/").post_id
    since = datetime(2000, 1, 1, tzinfo=UTC)
    assert client.page_posts(VI_ID, VI_TOKEN, since=since).posts == []
    assert client.post_details(post_id, VI_TOKEN)["id"] == post_id  # it exists already
    time.sleep(0.7)
    assert [post["id"] for post in client.page_posts(VI_ID, VI_TOKEN, since=since).posts] == [
        post_id
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("not json at all", 200),
        ("<html><body>502 Bad Gateway</body></html>", 502),
        ("truncated", 200),
        ('{"success": true}', 200),
    ],
)
def test_unclear_answers_are_never_a_published_post(simulator, client, body, status):
    simulator.add_fault(endpoint="feed", action="bad_body", body=body, http_status=status)
    with pytest.raises((GraphError, GraphTimeout)) as raised:
        client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    assert getattr(raised.value, "code", None) is None  # no Facebook error code: unclear
    assert len(simulator.feed(VI_ID)) == 1  # it was stored all the same


def test_a_slow_answer_still_arrives(simulator, client):
    simulator.add_fault(endpoint="feed", action="slow", seconds=0.5)
    client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    assert len(simulator.feed(VI_ID)) == 1


def test_a_hang_is_a_timeout_and_a_closed_port_is_unreachable(simulator, client):
    simulator.add_fault(endpoint="feed", action="hang_after_store", seconds=5)
    with pytest.raises(GraphTimeout):
        client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    assert len(simulator.feed(VI_ID)) == 1

    closed = GraphClient(
        app_id=APP_ID,
        app_secret=APP_SECRET,
        base_url="http://127.0.0.1:9",
        version="v25.0",
        timeout=(1, 1),
    )
    with pytest.raises(GraphUnreachable):
        closed.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")


def test_the_control_api_scripts_faults_from_another_process(simulator, client):
    requests.post(
        f"{simulator.url}/_sim/faults", json={"endpoint": "feed", "code": 368}, timeout=5
    ).raise_for_status()
    with pytest.raises(GraphError) as raised:
        client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/")
    assert raised.value.code == 368
    state = requests.get(f"{simulator.url}/_sim/state", timeout=5).json()
    assert state[VI_ID]["posts"] == []


def test_posts_can_be_edited_and_deleted(simulator, client):
    post_id = client.publish(VI_ID, VI_TOKEN, message="x", link="http://x.test/").post_id
    client._call("POST", post_id, VI_TOKEN, {"message": "y"})
    assert simulator.feed(VI_ID)[0]["message"] == "y"
    client._call("DELETE", post_id, VI_TOKEN, {})
    with pytest.raises(GraphError) as raised:
        client.post_details(post_id, VI_TOKEN)
    assert (raised.value.code, raised.value.subcode) == (100, 33)

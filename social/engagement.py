"""Reactions, comments and shares of sent posts, fetched periodically."""

from datetime import timedelta

from django.utils import timezone

from social.graph_client import GraphClient, GraphError, GraphTimeout, GraphUnreachable
from social.models import SocialPost, State
from social.token_vault import TokenUnreadable

# Engagement after a month hardly changes; older posts are left alone.
WINDOW = timedelta(days=30)


def refresh(post: SocialPost, client: GraphClient) -> SocialPost:
    """Updates the counts; a field Facebook leaves out counts as zero (it omits empty shares)."""
    try:
        details = client.post_details(post.facebook_post_id, post.connection.token)
    except GraphError as error:
        if error.code == 100:  # the post was deleted on Facebook (subcode 33: object gone)
            post.removed_on_facebook = True
            post.engagement_checked_at = timezone.now()
            post.save(update_fields=["removed_on_facebook", "engagement_checked_at"])
        return post
    except (GraphTimeout, GraphUnreachable, TokenUnreadable):
        return post
    post.reactions = _summary_count(details.get("reactions"))
    post.comments = _summary_count(details.get("comments"))
    post.shares = (details.get("shares") or {}).get("count", 0)
    post.permalink_url = details.get("permalink_url") or post.permalink_url
    post.engagement_checked_at = timezone.now()
    post.save(
        update_fields=["reactions", "comments", "shares", "permalink_url", "engagement_checked_at"]
    )
    return post


def refresh_recent(client: GraphClient) -> int:
    posts = SocialPost.objects.filter(
        state=State.SENT,
        removed_on_facebook=False,
        sent_at__gte=timezone.now() - WINDOW,
    ).select_related("connection")
    count = 0
    for post in posts.iterator():
        refresh(post, client)
        count += 1
    return count


def _summary_count(edge) -> int:
    if not isinstance(edge, dict):
        return 0
    return int((edge.get("summary") or {}).get("total_count") or 0)

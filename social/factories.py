import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from social.models import FacebookConnection, SocialPost, State


class FacebookConnectionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bộ Tư pháp {n}")
    page_id = factory.Sequence(lambda n: f"{100000000000001 + n}")
    language = "vi"

    class Meta:
        model = FacebookConnection
        skip_postgeneration_save = True

    @factory.post_generation
    def token(connection, create, value, **kwargs):
        """`token=...` seals that Page access token (the vault, as the admin form does)."""
        connection.set_token(value or f"EAAfactory-token-for-page-{connection.page_id}")
        if create:
            connection.save()


class SocialPostFactory(DjangoModelFactory):
    connection = factory.SubFactory(FacebookConnectionFactory)
    message = factory.LazyAttribute(lambda post: f"Tin mới: {post.page.title if post.page else ''}")
    link = factory.LazyAttribute(
        lambda post: (
            f"http://localhost/{post.connection.language}/{post.page.slug if post.page else 'tin'}/"
        )
    )
    scheduled_at = factory.LazyFunction(timezone.now)
    state = State.SCHEDULED

    class Meta:
        model = SocialPost

from django.core.management.base import BaseCommand

from social import worker


class Command(BaseCommand):
    help = (
        "Sends due Facebook posts the task queue lost, re-checks posts whose outcome is "
        "unknown and recovers posts a dead worker left half-sent. Safe to run on many "
        "machines at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--drain", action="store_true", help="Keep going until no post is due.")
        parser.add_argument("--max-posts", type=int, default=200)

    def handle(self, *args, drain: bool = False, max_posts: int = 200, **options) -> None:
        done = worker.sweep(max_posts=max_posts, drain=drain)
        if done:
            self.stdout.write(f"Social sweep: {done} post(s) handled.")

from django.core.management.base import BaseCommand

from social import conf, leases, tasks, worker


class Command(BaseCommand):
    help = (
        "Sends due Facebook posts the task queue lost, re-checks posts whose outcome is "
        "unknown, recovers posts and task wake-ups a dead worker left half-done and alerts "
        "administrators about runs of failures. Safe on many machines: one sweeps at a time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--drain", action="store_true", help="Keep going until no post is due.")
        parser.add_argument("--max-posts", type=int, default=200)
        parser.add_argument(
            "--until-settled",
            type=float,
            metavar="SECONDS",
            help="Run as one more worker (no lease) until no automatic work is left, or for "
            "at most SECONDS (tests, benchmarks, catching up by hand).",
        )

    def handle(self, *args, drain: bool = False, max_posts: int = 200, **options) -> None:
        if options["until_settled"]:
            done = worker.work_until_settled(options["until_settled"])
        else:
            done = self._sweep(max_posts, drain)
        if done:
            self.stdout.write(f"Social sweep: {done} post(s) handled.")

    def _sweep(self, max_posts: int, drain: bool) -> int:
        with leases.held("social_sweep", conf.sweep_lease()) as mine:
            if not mine:
                self.stdout.write("Social sweep: another machine is sweeping.")
                return 0
            tasks.recover_stuck_tasks()
            return worker.sweep(max_posts=max_posts, drain=drain)

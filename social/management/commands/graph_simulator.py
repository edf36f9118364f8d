from django.conf import settings
from django.core.management.base import BaseCommand

from social.demo import DEMO_PAGES
from social.simulator import GraphSimulator
from social.simulator_http import SimulatorServer


class Command(BaseCommand):
    help = (
        "Runs a local Graph API simulator holding the demo Facebook Pages. Point "
        "GRAPH_API_BASE_URL at it; open it in a browser to see what was posted."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8010)
        parser.add_argument("--verbose-requests", action="store_true")

    def handle(self, *args, host: str, port: int, verbose_requests: bool, **options) -> None:
        simulator = GraphSimulator(settings.FACEBOOK_APP_ID, settings.FACEBOOK_APP_SECRET)
        for page in DEMO_PAGES:
            simulator.add_page(page["page_id"], page["name"], page["token"])
        server = SimulatorServer(simulator, host, port)
        server.verbose = verbose_requests
        self.stdout.write(f"Graph API simulator: {server.url}/ (Page feeds)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()

"""Search benchmark: index N documents (half Vietnamese, half Lao), then time a fixed query mix.

    .venv/bin/python bench/search.py                       # 50,000 documents on SQLite
    .venv/bin/python bench/search.py --documents 5000 \\
        --database-url postgres://postgres@127.0.0.1:5432/search_bench

It creates a throwaway database (a SQLite file under var/, or the named PostgreSQL database,
dropped at the end), generates text from the Vietnamese demo news in news/demo/, the
relevance corpus in tests/search/ and the Lao sentences below, indexes it through
search.indexing.entry_for (normalisation and segmentation included), and prints the
indexing time and the latency of a search as the search page runs it: facet counts, the ranked
page of results and the highlighted snippets.
"""

import argparse
import json
import logging
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LAO_SENTENCES = [
    "ກະຊວງຍຸຕິທຳໄດ້ຈັດກອງປະຊຸມເຜີຍແຜ່ກົດໝາຍໃຫ້ແກ່ພະນັກງານ ແລະ ປະຊາຊົນຢູ່ແຂວງສະຫວັນນະເຂດ.",
    "ຄະນະຜູ້ແທນກະຊວງຍຸຕິທຳ ສສ ຫວຽດນາມ ໄດ້ເດີນທາງມາຢ້ຽມຢາມ ແລະ ເຮັດວຽກຢູ່ນະຄອນຫຼວງວຽງຈັນ.",
    "ສອງຝ່າຍໄດ້ປຶກສາຫາລືກ່ຽວກັບການຮ່ວມມືສ້າງຖານຂໍ້ມູນນິຕິກຳ ແລະ ເວັບໄຊເຜີຍແຜ່ກົດໝາຍ.",
    "ໜ່ວຍໄກ່ເກ່ຍຂັ້ນບ້ານໄດ້ແກ້ໄຂຂໍ້ຂັດແຍ່ງກ່ຽວກັບທີ່ດິນຫຼາຍກວ່າຮ້ອຍກໍລະນີໃນປີຜ່ານມາ.",
    "ສະພາແຫ່ງຊາດໄດ້ຮັບຮອງເອົາກົດໝາຍວ່າດ້ວຍການຈະລາຈອນທາງບົກສະບັບປັບປຸງໃໝ່.",
    "ພະແນກຍຸຕິທຳແຂວງໄດ້ຈັດຝຶກອົບຮົມກ່ຽວກັບການຈົດທະບຽນຄອບຄົວ ແລະ ສຳມະໂນຄົວ.",
    "ຜູ້ເຂົ້າຮ່ວມໄດ້ຮັບຟັງການອະທິບາຍກ່ຽວກັບສິດ ແລະ ພັນທະຂອງພົນລະເມືອງຕາມລັດຖະທຳມະນູນ.",
    "ການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍແມ່ນໃຫ້ບໍລິການໂດຍບໍ່ເສຍຄ່າແກ່ຜູ້ທຸກຍາກ ແລະ ຜູ້ດ້ອຍໂອກາດ.",
    "ສານປະຊາຊົນສູງສຸດໄດ້ສະຫຼຸບຜົນການພິຈາລະນາຕັດສິນຄະດີແພ່ງ ແລະ ຄະດີອາຍາ.",
    "ອົງການໄອຍະການປະຊາຊົນໄດ້ກວດກາການປະຕິບັດກົດໝາຍຢູ່ບັນດາແຂວງພາກໃຕ້.",
    "ເຈົ້າໜ້າທີ່ໄດ້ແນະນຳຂັ້ນຕອນການຂໍໃບອະນຸຍາດດຳເນີນທຸລະກິດໃຫ້ແກ່ນັກລົງທຶນຕ່າງປະເທດ.",
    "ລັດຖະບານໄດ້ອອກດຳລັດວ່າດ້ວຍການຄຸ້ມຄອງຈົດໝາຍເຫດທາງລັດຖະການ ແລະ ການພິມເຜີຍແຜ່ນິຕິກຳ.",
    "ການປະຊຸມໄດ້ຕີລາຄາຜົນການຈັດຕັ້ງປະຕິບັດແຜນການຮ່ວມມືດ້ານຍຸຕິທຳລະຫວ່າງແຂວງຊາຍແດນ.",
    "ປະຊາຊົນສາມາດຍື່ນຄຳຮ້ອງທຸກຕໍ່ອົງການປົກຄອງເມືອງ ເມື່ອເຫັນວ່າສິດຂອງຕົນຖືກລະເມີດ.",
    "ໂຄງການນີ້ແນໃສ່ຍົກສູງຄວາມຮູ້ຄວາມເຂົ້າໃຈດ້ານກົດໝາຍໃຫ້ແກ່ຊາວໜຸ່ມ ແລະ ແມ່ຍິງ.",
    "ທ່ານລັດຖະມົນຕີໄດ້ມອບໃບຍ້ອງຍໍໃຫ້ແກ່ບ້ານທີ່ປອດຄະດີ ແລະ ມີຜົນງານດີເດັ່ນ.",
]
VIETNAMESE_DOCUMENT_TYPES = ["law", "decree", "circular", "decision", "resolution"]
SECTIONS = ["news", "explainer", "legal_document", "gazette_issue", "page"]
VIETNAMESE_SUFFIXES = {"law": "QH15", "decree": "NĐ-CP", "circular": "TT-BTP", "decision": "QĐ-TTg"}
LAO_SUFFIXES = {"law": "ສພຊ", "decree": "ລບ", "decision": "ນຍ"}

# The fixed query mix: what citizens type, from common words to exact numbers.
QUERIES = [
    ("luật", {}),
    ("luat dat dai", {}),
    ("Luật Đất đai", {}),
    ("hoà giải cơ sở", {}),
    ("tro giup phap ly", {}),
    ("bộ tư pháp lào", {}),
    ("hop tac phap luat", {"year": 2024}),
    ("nghi dinh xu phat", {"section": "legal_document"}),
    ("thủy sản", {}),
    ("doan cong tac", {"language": "vi"}),
    ("ກົດໝາຍ", {}),
    ("ທີ່ດິນ", {}),
    ("ກະຊວງຍຸຕິທຳ", {}),
    ("ການຊ່ວຍເຫລືອທາງດ້ານກົດໝາຍ", {}),
    ("ໄກ່ເກ່ຍ", {"language": "lo"}),
    ("ສຳມະໂນຄົວ", {"section": "news"}),
    ("ນັກລົງທຶນຕ່າງປະເທດ", {}),
    ("ອນຕູ", {}),  # inside a name only: the substring fallback
    ("45/2019", {}),  # the start of a number
    ("zzzz khong co", {}),
    ("", {"section": "legal_document", "year": 2020}),
    ("luat", {"document_type": "decree"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument(
        "--database-url", default=f"sqlite:///{ROOT / 'var' / 'bench-search.sqlite3'}"
    )
    parser.add_argument("--rounds", type=int, default=3, help="times the query mix is run")
    parser.add_argument("--seed-dir", default=str(ROOT / "news" / "demo" / "news"))
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the database, and reuse it when it already holds the documents",
    )
    args = parser.parse_args()

    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)  # Wagtail logs every page the setup creates
    from django.db import connection

    connection.settings_dict["TEST"]["NAME"] = _test_name(args.database_url)
    Path(ROOT / "var").mkdir(exist_ok=True)
    if args.keep and _holds_documents(connection, args.documents):
        run(args, connection, indexed=True)
        return
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        run(args, connection, indexed=False)
    finally:
        if not args.keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def _holds_documents(connection, count: int) -> bool:
    """Whether a kept database from an earlier run has `count` documents indexed."""
    from django.db.utils import DatabaseError

    from search.models import SearchEntry

    connection.close()
    connection.settings_dict["NAME"] = connection.settings_dict["TEST"]["NAME"]
    try:
        return SearchEntry.objects.count() == count
    except DatabaseError:
        connection.close()
        return False


def _test_name(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        return str(ROOT / "var" / "bench-search.sqlite3")
    return database_url.rsplit("/", 1)[-1]


def run(args, connection, *, indexed: bool) -> None:
    from search.engine import Filters, search
    from search.snippets import Highlighter, highlight, snippet

    documents = list(generate(args.documents, _vietnamese_sentences(Path(args.seed_dir))))
    print(
        f"database: {connection.vendor}; documents: {len(documents)} "
        f"({sum(d.language == 'vi' for d in documents)} vi, "
        f"{sum(d.language == 'lo' for d in documents)} lo)"
    )
    if indexed:
        print("indexing: skipped, the kept database holds these documents")
    else:
        normalise_seconds, insert_seconds = index(documents)
        total = normalise_seconds + insert_seconds
        print(
            f"indexing: {total:.1f} s ({len(documents) / total:.0f} documents/s): "
            f"keys and segmentation {normalise_seconds:.1f} s, database {insert_seconds:.1f} s"
        )

    # Numbers typed in the other form than written: "ND" for "NĐ", with spaces.
    numbers = [d.document_number for d in documents if d.document_number][:2]
    mix = [*QUERIES, (numbers[0].replace("Đ", "D"), {}), (numbers[1].replace("/", " / "), {})]
    latencies, per_query = [], {}
    for round_number in range(args.rounds + 1):
        for query, filters in mix:
            started = time.perf_counter()
            results = search(query, Filters(**filters))
            highlighter = Highlighter.for_results(results)
            for entry in results.entries:
                highlight(entry.title, highlighter)
                snippet(entry.body, highlighter)
            elapsed = (time.perf_counter() - started) * 1000
            if round_number:  # the first round warms caches and the dictionary
                latencies.append(elapsed)
                per_query.setdefault(query or str(filters), []).append((elapsed, results.total))
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    print(f"queries: {len(latencies)} ({len(mix)} in the mix x {args.rounds} rounds)")
    print(
        f"latency: p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
        f"max {latencies[-1]:.1f} ms"
    )
    print("  median     max  results  query")
    for query, runs in per_query.items():
        times = [elapsed for elapsed, _ in runs]
        print(f"  {statistics.median(times):6.1f} {max(times):7.1f} {runs[0][1]:8d}  {query}")


def index(documents) -> tuple[float, float]:
    from django.db import connection
    from wagtail.models import Page

    from home.models import HomePage
    from search.indexing import entry_for
    from search.models import SearchEntry

    # Entries need pages; a few stand for all (an entry's page is only its link).
    root = Page.get_first_root_node()
    carriers = [
        root.add_child(instance=HomePage(title=f"Bench {n}", slug=f"bench-{n}")) for n in range(200)
    ]
    normalise_seconds = insert_seconds = 0.0
    for start in range(0, len(documents), 1000):
        batch = documents[start : start + 1000]
        started = time.perf_counter()
        entries = [
            entry_for(carriers[(start + n) % len(carriers)], doc) for n, doc in enumerate(batch)
        ]
        normalise_seconds += time.perf_counter() - started
        started = time.perf_counter()
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        insert_seconds += time.perf_counter() - started
    with connection.cursor() as cursor:
        # Statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` (SQLite) keep them.
        cursor.execute("ANALYZE")
    return normalise_seconds, insert_seconds


def generate(count: int, vietnamese: list[str]):
    """Documents built from shuffled real sentences; legal documents carry a number."""
    from search.documents import SearchDocument
    from tests.search.relevance_corpus import TOPICS

    pools = {
        "vi": (vietnamese + [t.body_vi for t in TOPICS], [t.title_vi for t in TOPICS]),
        "lo": (LAO_SENTENCES + [t.body_lo for t in TOPICS], [t.title_lo for t in TOPICS]),
    }
    rng = random.Random(2026)
    for number in range(count):
        language = "vi" if number % 2 == 0 else "lo"
        sentences, titles = pools[language]
        section = rng.choice(SECTIONS)
        year = rng.randint(2000, 2025)
        document_type, document_number = "", ""
        if section == "legal_document":
            suffixes = VIETNAMESE_SUFFIXES if language == "vi" else LAO_SUFFIXES
            document_type = rng.choice(list(suffixes))
            document_number = (
                f"{number}/{year}/{suffixes[document_type]}"
                if language == "vi"
                else f"{number}/{suffixes[document_type]}"
            )
        yield SearchDocument(
            language=language,
            section=section,
            title=f"{rng.choice(titles)} {rng.choice(sentences)[:40]}".strip(),
            summary=rng.choice(sentences),
            body=" ".join(rng.sample(sentences, k=min(len(sentences), rng.randint(4, 9)))),
            document_number=document_number,
            document_type=document_type,
            status=rng.choice(["in_force", "expired", ""]) if document_type else "",
            year=year,
        )


def _vietnamese_sentences(seed_dir: Path) -> list[str]:
    """The sentences of the leads and paragraphs of the Vietnamese demo news."""
    texts = []
    for path in sorted(seed_dir.glob("*.vi.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        texts.append(article.get("lead", ""))
        texts += [value for kind, value in article.get("body", []) if kind == "paragraph"]
    text = " ".join(texts)
    return [sentence.strip() for sentence in re.split(r"(?<=[.!?])\s+", text) if len(sentence) > 30]


if __name__ == "__main__":
    main()

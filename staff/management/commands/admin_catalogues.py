"""Builds and checks the admin's vi and lo catalogues: run it after every Wagtail or Django upgrade.

manage.py admin_catalogues                    # rewrite them from the current translations
manage.py admin_catalogues --import /work/tr  # ...adding translations handed back as JSON
manage.py admin_catalogues --check            # list what is missing, print the shares
manage.py admin_catalogues --compile          # write their .mo files (make compilemessages)
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from staff import catalogues


class Command(BaseCommand):
    help = "Writes the admin's vi and lo catalogues from the installed packages' English ones."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--import",
            dest="import_dir",
            type=Path,
            help="Folder with all_msgids.json and <lang>_result_*.json translations to add.",
        )
        parser.add_argument(
            "--check", action="store_true", help="Write nothing; list the missing msgids."
        )
        parser.add_argument(
            "--compile",
            dest="compile_only",
            action="store_true",
            help="Only compile the catalogues to .mo files.",
        )
        parser.add_argument(
            "--min-share",
            type=float,
            default=99.0,
            help="With --check, fail below this translated share (percent).",
        )

    def handle(self, *args, import_dir: Path | None, check: bool, compile_only: bool, **options):
        if compile_only:
            catalogues.compile_catalogues()
            return
        min_share = options["min_share"]
        messages = catalogues.installed_messages()
        if not check:
            for language in catalogues.ADMIN_LANGUAGES:
                self._write(language, messages, import_dir)
            catalogues.compile_catalogues()
        short = []
        for language in catalogues.ADMIN_LANGUAGES:
            result = catalogues.coverage(language, messages)
            if check:
                for message in result.missing_from_portal:
                    context = f" [{message.context}]" if message.context else ""
                    self.stdout.write(
                        f"{language} missing {message.app}{context}: {message.msgid!r}"
                    )
            self.stdout.write(
                f"{language}: {result.share:.2f}% of {result.total} installed msgids translated "
                f"({len(result.untranslated)} untranslated; "
                f"{len(result.missing_from_portal)} not in the portal's catalogues)"
            )
            if result.share < min_share:
                short.append(language)
        if check and short:
            raise CommandError(f"below {min_share}% translated: {', '.join(short)}")

    def _write(self, language: str, messages: dict, import_dir: Path | None) -> None:
        translations = catalogues.current_translations(language)
        if import_dir:
            if not (import_dir / "all_msgids.json").exists():
                raise CommandError(f"{import_dir} holds no all_msgids.json")
            imported, problems = catalogues.imported_translations(import_dir, language)
            for problem in problems:
                self.stderr.write(f"{language} rejected {problem}")
            translations.update(imported)
        written = catalogues.write_catalogues(language, messages.values(), translations)
        counts = ", ".join(f"{domain} {count}" for domain, count in written.items())
        self.stdout.write(f"{language}: wrote {counts}")

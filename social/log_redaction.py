"""Keeps access tokens out of logs.

The client sends tokens in a header, but debug_token takes the token it inspects as a
query parameter, and urllib3 logs request lines (query included) at DEBUG level.
"""

import logging
import re

TOKEN_PARAMETER = re.compile(r"((?:input_token|access_token)=)[^&\s\"']+")


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(
                TOKEN_PARAMETER.sub(r"\1[redacted]", arg) if isinstance(arg, str) else arg
                for arg in (record.args if isinstance(record.args, tuple) else (record.args,))
            )
        if isinstance(record.msg, str):
            record.msg = TOKEN_PARAMETER.sub(r"\1[redacted]", record.msg)
        return True


def install() -> None:
    logging.getLogger("urllib3.connectionpool").addFilter(RedactTokens())

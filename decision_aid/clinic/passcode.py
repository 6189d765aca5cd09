"""The clinician passcode that allows changing the surgeon's results.

Configured in .streamlit/secrets.toml (``clinician_passcode``) or the environment
variable ``DECISION_AID_CLINICIAN_PASSCODE``: a plain passcode, or better a hash made
with ``python -m decision_aid passcode-hash`` ("pbkdf2_sha256$iterations$salt$hash").
What is typed is hashed and compared in constant time. Nothing configured: read-only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

ENV = "DECISION_AID_CLINICIAN_PASSCODE"
ITERATIONS = 200_000


def hash_passcode(code: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), bytes.fromhex(salt), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${digest.hex()}"


def configured(value: str | None = None) -> str:
    """The configured passcode or hash (the app's secret first, then the environment)."""
    return (value or os.environ.get(ENV, "")).strip()


def check(entered: str, setting: str) -> bool:
    """True if ``entered`` matches the configured passcode or hash; False if none is set."""
    if not setting or not entered:
        return False
    if setting.startswith("pbkdf2_sha256$"):
        try:
            _, iterations, salt, _ = setting.split("$")
            expected = hash_passcode(entered, salt, int(iterations))
        except ValueError:
            return False
        return hmac.compare_digest(expected, setting)
    a = hashlib.sha256(entered.encode("utf-8")).digest()
    b = hashlib.sha256(setting.encode("utf-8")).digest()
    return hmac.compare_digest(a, b)

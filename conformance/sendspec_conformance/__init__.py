"""sendspec's conformance side: the schemathesis harness and the shipped conformance suites.

The suites (one pytest file per provider) live in ``sendspec_conformance/suites/`` and ship in
the wheel; ``suite_path(slug)`` names the file ``sendspec conform`` hands to pytest. Importing
this package imports nothing else (no pytest, schemathesis or emulator).
"""

from __future__ import annotations

from pathlib import Path

#: provider slug -> its suite's file name in suites/
SUITES: dict[str, str] = {
    "iovox-email": "test_iovox_email.py",
    "icomm-sms": "test_icomm_sms.py",
    "icommkt-email": "test_icommkt_email.py",
    "inxmail": "test_inxmail.py",
}


def suite_dir() -> Path:
    """The folder of the shipped conformance suites (in the checkout or site-packages)."""
    return Path(__file__).resolve().parent / "suites"


def suite_path(slug: str) -> Path:
    """The conformance suite (a pytest file) of provider ``slug``."""
    try:
        name = SUITES[slug]
    except KeyError:
        raise KeyError(f"unknown provider {slug!r}; choose one of {sorted(SUITES)}") from None
    return suite_dir() / name


__all__ = ["SUITES", "suite_dir", "suite_path"]

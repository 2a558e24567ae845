"""The ``sendspec`` command.

- ``sendspec generate [--check] [provider ...]``: specs/ -> generated/ (scripts/generate.py)
- ``sendspec emulate <provider> [--host] [--port] [--db FILE] [faults] [--rate-limit N]``:
  serve an emulator (Inxmail's limits 600 requests/minute unless ``--rate-limit 0``); on
  loopback only unless ``--allow-remote --control-token TOKEN``
- ``sendspec conform <provider> [--base-url URL --credentials-from-env] [--max-examples N]
  [--allow-writes]``: run the schemathesis suite against the emulator or a live API
- ``sendspec demo``: send through the generated clients to the emulators and page results
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SUITES = {
    "iovox-email": "test_iovox_email.py",
    "icomm-sms": "test_icomm_sms.py",
    "icommkt-email": "test_icommkt_email.py",
    "inxmail": "test_inxmail.py",
}
#: Inxmail's documented rate limit (requests per minute)
INXMAIL_RATE_LIMIT = 600
#: providers with an emulator
EMULATORS = tuple(SUITES)
CREDENTIAL_VARS = {
    "iovox-email": ("SENDSPEC_IOVOX_USERNAME", "SENDSPEC_IOVOX_SECURE_KEY"),
    "icomm-sms": ("SENDSPEC_SMS_API_KEY",),
    "icommkt-email": ("SENDSPEC_ICOMMKT_TOKEN",),
    "inxmail": ("SENDSPEC_INXMAIL_CLIENT_ID", "SENDSPEC_INXMAIL_SECRET"),
}


def _generate(args: argparse.Namespace) -> int:
    cmd = [sys.executable, str(ROOT / "scripts" / "generate.py")]
    cmd += ["--check"] if args.check else []
    return subprocess.call(cmd + args.providers)


def _emulate(args: argparse.Namespace) -> int:
    import uvicorn
    from sendspec_emulator import create_app
    from sendspec_emulator.core import Faults

    remote = not _is_loopback(args.host)
    token = args.control_token or os.environ.get("SENDSPEC_CONTROL_TOKEN") or None
    if remote and not args.allow_remote:
        print(
            f"error: {args.host} is not a loopback address: the emulator has no real auth and"
            " its control plane can reset it; pass --allow-remote (and --control-token) to"
            " serve it there anyway",
            file=sys.stderr,
        )
        return 2
    if remote and not token:
        print(
            "error: --allow-remote needs --control-token TOKEN (or SENDSPEC_CONTROL_TOKEN):"
            " the control plane then answers only requests with the X-Sendspec-Control-Token"
            " header",
            file=sys.stderr,
        )
        return 2
    if remote:
        print(
            f"warning: serving the {args.provider} emulator on {args.host}, reachable from"
            " other machines; its control plane needs the X-Sendspec-Control-Token header",
            file=sys.stderr,
        )
    faults = Faults()
    faults.configure(
        {
            "latency_ms": args.latency_ms,
            "rate_429": args.rate_429,
            "rate_503": args.rate_503,
            "rate_drop": args.rate_drop,
            "rate_drop_after": args.rate_drop_after,
            "retry_after": args.retry_after,
        }
    )
    options: dict[str, Any] = {}
    if args.provider == "inxmail":
        # the documented limit unless given; 0 turns it off
        limit = INXMAIL_RATE_LIMIT if args.rate_limit is None else args.rate_limit
        options["rate_limit"] = limit or None
    elif args.rate_limit is not None:
        print("error: --rate-limit applies to the inxmail emulator only", file=sys.stderr)
        return 2
    app = create_app(args.provider, db=args.db, faults=faults, control_token=token, **options)
    print(f"{args.provider} emulator on http://{args.host}:{args.port}{app.prefix}", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve anywhere


def _conform(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    env["SENDSPEC_MAX_EXAMPLES"] = str(args.max_examples)
    if args.base_url:
        if not args.credentials_from_env:
            print(
                "error: --base-url needs --credentials-from-env (and the variables "
                f"{', '.join(CREDENTIAL_VARS[args.provider])})",
                file=sys.stderr,
            )
            return 2
        missing = [v for v in CREDENTIAL_VARS[args.provider] if not env.get(v)]
        if missing:
            print(f"error: set {', '.join(missing)}", file=sys.stderr)
            return 2
        env["SENDSPEC_BASE_URL"] = args.base_url
        env["SENDSPEC_ALLOW_WRITES"] = "1" if args.allow_writes else "0"
    suite = ROOT / "conformance" / "tests" / SUITES[args.provider]
    return subprocess.call(
        [sys.executable, "-m", "pytest", str(suite), "-q", *args.pytest_args], env=env
    )


def _demo(_: argparse.Namespace) -> int:
    from .demo import main

    return main()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sendspec", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("generate", help="regenerate generated/ from specs/")
    p.add_argument("--check", action="store_true", help="fail when generated/ has drifted")
    p.add_argument("providers", nargs="*", choices=sorted(SUITES), default=[])
    p.set_defaults(func=_generate)

    p = sub.add_parser("emulate", help="serve a provider emulator")
    p.add_argument("provider", choices=sorted(EMULATORS))
    p.add_argument("--host", default="127.0.0.1", help="loopback unless --allow-remote")
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (then --control-token is required)",
    )
    p.add_argument(
        "--control-token",
        help="require this token (X-Sendspec-Control-Token header) on the control plane;"
        " default: $SENDSPEC_CONTROL_TOKEN",
    )
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--db", default=":memory:", help="SQLite file to keep state in")
    p.add_argument("--latency-ms", type=int, default=0, help="added to every API request")
    p.add_argument("--rate-429", type=float, default=0.0, help="share of requests answered 429")
    p.add_argument("--rate-503", type=float, default=0.0, help="share of requests answered 503")
    p.add_argument(
        "--rate-drop", type=float, default=0.0, help="share of connections dropped before work"
    )
    p.add_argument(
        "--rate-drop-after",
        type=float,
        default=0.0,
        help="share of requests handled (and stored), then dropped before the answer",
    )
    p.add_argument("--retry-after", type=int, default=1, help="Retry-After of injected errors")
    p.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="inxmail: requests per minute before 429 (default: the documented 600; 0: off)",
    )
    p.set_defaults(func=_emulate)

    p = sub.add_parser("conform", help="run the conformance suite of a provider")
    p.add_argument("provider", choices=sorted(SUITES))
    p.add_argument("--base-url", help="test this API instead of the emulator")
    p.add_argument(
        "--credentials-from-env",
        action="store_true",
        help="read credentials from SENDSPEC_* variables (see README)",
    )
    p.add_argument("--max-examples", type=int, default=25)
    p.add_argument(
        "--allow-writes", action="store_true", help="with --base-url: also run non-GET operations"
    )
    p.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    p.set_defaults(func=_conform)

    p = sub.add_parser("demo", help="send and page through results against the emulators")
    p.set_defaults(func=_demo)

    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

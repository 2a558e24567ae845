"""The ``sendspec`` command.

- ``sendspec generate [--check] [provider ...]``: specs/ -> generated/ (scripts/generate.py)
- ``sendspec emulate <provider> [--host] [--port] [--db FILE] [faults] [--rate-limit N]``:
  serve an emulator (Inxmail's limits 600 requests/minute unless ``--rate-limit 0``); on
  loopback only unless ``--allow-remote --control-token TOKEN``; ``--script FILE`` loads
  scripted answers at start, ``--webhook KIND=URL`` sets an ICOMMKT webhook
- ``sendspec conform <provider> [--base-url URL --credentials-from-env] [--max-examples N]
  [--allow-writes] [--allow-destructive] [--rate-limit N] [--workers N] [--report junit,json
  --report-dir DIR] [-- PYTEST ARGS]``: run the schemathesis suite against the emulator or a
  live API (sendspec_conformance.runner: progress per operation, reports, exit 0/1/2/3)
- ``sendspec demo``: send through the generated clients to the emulators and page results
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sendspec_emulator.core import Faults
    from sendspec_emulator.core.app import Emulator
    from sendspec_emulator.server import Limits

ROOT = Path(__file__).resolve().parents[2]
SUITES = {
    "iovox-email": "test_iovox_email.py",
    "icomm-sms": "test_icomm_sms.py",
    "icommkt-email": "test_icommkt_email.py",
    "inxmail": "test_inxmail.py",
}
#: seconds ``emulate --all`` may take to stop its emulators after Ctrl-C and exit (then it
#: prints every thread's traceback and exits 1); ``SENDSPEC_STOP_DEADLINE`` sets another
STOP_DEADLINE = 30.0
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
    unknown = [name for name in args.providers if name not in SUITES]
    if unknown:
        print(
            f"error: unknown provider {', '.join(map(repr, unknown))} (choose from"
            f" {', '.join(sorted(SUITES))}; none: all of them)",
            file=sys.stderr,
        )
        return 2
    script = ROOT / "scripts" / "generate.py"
    if not script.is_file():  # an installed wheel: the specs are package data, not a checkout
        print(
            "error: sendspec generate regenerates generated/ in a checkout of the project"
            f" (it runs scripts/generate.py; there is none at {ROOT})",
            file=sys.stderr,
        )
        return 2
    cmd = [sys.executable, str(script)]
    cmd += ["--check"] if args.check else []
    return subprocess.call(cmd + args.providers)


def _faults(args: argparse.Namespace) -> Faults:
    """The fault injection the command line asks for."""
    from sendspec_emulator.core import Faults

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
    return faults


def _limits(args: argparse.Namespace) -> Limits:
    """The server limits the command line gives (the defaults for those it does not)."""
    from sendspec_emulator.server import Limits

    given = {
        "read_timeout": args.read_timeout,
        "keep_alive": args.keep_alive,
        "max_connections": args.max_connections,
    }
    return Limits(**{name: value for name, value in given.items() if value is not None})


def _emulate(args: argparse.Namespace) -> int:
    import uvicorn
    from sendspec_emulator import create_app
    from sendspec_emulator.core.webhooks import is_loopback
    from sendspec_emulator.server import server_config

    remote = not is_loopback(args.host)
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
    faults = _faults(args)
    options: dict[str, Any] = {}
    if args.provider == "inxmail":
        # the documented limit unless given; 0 turns it off
        limit = INXMAIL_RATE_LIMIT if args.rate_limit is None else args.rate_limit
        options["rate_limit"] = limit or None
    elif args.rate_limit is not None:
        print("error: --rate-limit applies to the inxmail emulator only", file=sys.stderr)
        return 2
    problem = _webhook_options(args, options) or _read_script(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    app = create_app(args.provider, db=args.db, faults=faults, control_token=token, **options)
    problem = _load_script(args, app)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    limits = _limits(args)
    level = getattr(args, "log_level", "warning")
    _set_up_logging(level)
    served = cast("Emulator", AccessLog(app))
    config = server_config(served, host=args.host, port=args.port, limits=limits, log_level=level)
    # bound here, so that the line names the port listened on (--port 0: a free one)
    sock = config.bind_socket()
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"{args.provider} emulator on http://{host}:{port}{app.prefix}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


#: the credentials every emulator starts with (printed by ``sendspec emulate --all``)
DEMO_CREDENTIALS = {
    "icomm-sms": "Authorization: App demo-api-key",
    "icommkt-email": "X-Trx-Api-Key: demo-server-token",
    "inxmail": "Basic demo-client / demo-secret",
    "iovox-email": "username: demo, secureKey: demo-secure-key",
}


def _emulate_command(args: argparse.Namespace) -> int:
    if args.all:
        if args.provider:
            print("error: give a provider or --all, not both", file=sys.stderr)
            return 2
        return _emulate_all(args)
    if not args.provider:
        print("error: name a provider (or --all)", file=sys.stderr)
        return 2
    return _emulate(args)


def _emulate_all(args: argparse.Namespace) -> int:
    """Every emulator in one process, one port each (BASE, BASE+1, ...; 0: free ports), with
    their base URLs and demo credentials, then a line per message they receive."""
    import atexit
    import contextlib
    import faulthandler
    import signal
    import threading
    from contextlib import ExitStack

    from sendspec_emulator import create_app
    from sendspec_emulator.core.ui import set_siblings
    from sendspec_emulator.core.webhooks import is_loopback
    from sendspec_emulator.server import Server, serve

    token = args.control_token or os.environ.get("SENDSPEC_CONTROL_TOKEN") or None
    remote = not is_loopback(args.host)
    if remote and not (args.allow_remote and token):
        print(
            f"error: {args.host} is not a loopback address: pass --allow-remote and"
            " --control-token TOKEN to serve the emulators there",
            file=sys.stderr,
        )
        return 2
    if args.db != ":memory:":
        print("error: --all keeps state in memory; use one emulate per --db", file=sys.stderr)
        return 2
    if args.script:
        print("error: --script loads rules into one emulator: not with --all", file=sys.stderr)
        return 2
    if args.port and not 0 < args.port <= 65535 - len(EMULATORS):
        print("error: --port must leave room for one port per provider", file=sys.stderr)
        return 2
    limits = _limits(args)
    _set_up_logging(getattr(args, "log_level", "warning"))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    # Ctrl-C stops them, as it stops `sendspec emulate` (uvicorn's own handler), also where
    # SIGINT came ignored (a shell's background job): Python leaves an ignored one as it is
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with ExitStack() as stack:
        servers: list[Server] = []
        for i, slug in enumerate(sorted(EMULATORS)):
            faults = _faults(args)
            options: dict[str, Any] = {}
            if slug == "inxmail":
                limit = INXMAIL_RATE_LIMIT if args.rate_limit is None else args.rate_limit
                options["rate_limit"] = limit or None
            if slug == "icommkt-email" and args.webhook:
                own = {"provider": slug, "port": args.port + i if args.port else 0}
                problem = _webhook_options(argparse.Namespace(**{**vars(args), **own}), options)
                if problem:
                    print(f"error: {problem}", file=sys.stderr)
                    return 2
            app = create_app(slug, faults=faults, control_token=token, **options)
            port = args.port + i if args.port else 0
            served = cast("Emulator", AccessLog(app))
            try:
                servers.append(
                    stack.enter_context(serve(served, host=args.host, port=port, limits=limits))
                )
            except (RuntimeError, OSError) as exc:
                print(f"error: {slug}: {exc}", file=sys.stderr)
                return 1
        set_siblings([(server.root_url, _unwrapped(server.app)) for server in servers])
        # (a Ctrl-C as soon as the lines are out stops them as well as one while watching)
        with contextlib.suppress(KeyboardInterrupt):
            for server in servers:
                slug = server.app.provider.slug
                print(f"{slug:<14} {server.base_url:<42} {DEMO_CREDENTIALS[slug]}")
            print(
                f"inboxes: {servers[0].root_url}/_emulator/ui/all (Ctrl-C stops them)", flush=True
            )
            _watch(servers, stop)
        # stopping is bounded: should it not finish in time, every thread's traceback goes to
        # stderr and the process exits (faulthandler's watchdog needs no Python thread)
        faulthandler.dump_traceback_later(_stop_deadline(), exit=True)
    # still armed through the interpreter's exit, which first joins the threads still running
    # (a worker stuck in a blocking call would hold it for ever); disarmed once past that
    atexit.register(faulthandler.cancel_dump_traceback_later)
    return 0


def _stop_deadline() -> float:
    """``SENDSPEC_STOP_DEADLINE`` when it is a number of seconds (up to a day), else the
    default."""
    try:
        seconds = float(os.environ.get("SENDSPEC_STOP_DEADLINE") or STOP_DEADLINE)
    except ValueError:
        return STOP_DEADLINE
    return seconds if 0 < seconds <= 86400 else STOP_DEADLINE


def _watch(servers: list[Any], stop: Any, every: float = 0.5) -> None:
    """Print a line for each message an emulator received (provider, kind, to, subject;
    an SMS's length, not its text), until ``stop`` is set."""
    known: dict[str, set[str]] = {}
    asked: dict[str, tuple[int, float]] = {}
    while True:
        for server in servers:
            app = server.app
            slug = app.provider.slug
            last = asked.get(slug)
            # listing is not free: only after API requests, or every few seconds (seeding)
            if last is not None and last[0] == app.requests and last[1] + 5 > _now():
                continue
            asked[slug] = (app.requests, _now())
            try:
                messages = app.provider.captured_messages()
            except Exception as exc:  # a busy database: next round
                print(f"[{slug}] could not list messages: {type(exc).__name__}", flush=True)
                continue
            ids = {str(m.get("id")) for m in messages}
            if slug in known:
                for m in reversed(messages):  # oldest first
                    if str(m.get("id")) not in known[slug]:
                        print(_progress_line(slug, m), flush=True)
            known[slug] = ids
        if stop.wait(every):
            return


def _now() -> float:
    import time

    return time.monotonic()


def _progress_line(slug: str, message: dict[str, Any]) -> str:
    to = ", ".join(str(r) for r in message.get("to") or [])
    if message.get("kind") == "sms":
        what = f"from {message.get('from') or '?'}, {len(message.get('text') or '')} chars"
    else:
        what = repr(str(message.get("subject") or ""))
    return _printable(f"[{slug}] {message.get('kind') or 'message'} to {to or '?'}: {what}")


def _printable(text: str, size: int = 200) -> str:
    """Text safe for a terminal: control characters (escape sequences) replaced, clipped."""
    import unicodedata

    clean = "".join("?" if unicodedata.category(c).startswith("C") else c for c in text)
    return clean if len(clean) <= size else clean[: size - 1] + "…"


# ------------------------------------------------ --webhook KIND=URL and --script FILE (issue 12)
def _webhook_options(args: argparse.Namespace, options: dict[str, Any]) -> str | None:
    """``--webhook KIND=URL`` (repeatable) as the ICOMMKT provider's ``webhooks`` option;
    the problem with them, if any."""
    given = getattr(args, "webhook", None) or []
    if not given:
        return None
    if args.provider != "icommkt-email":
        return (
            "--webhook applies to icommkt-email only (the icomm-sms emulator takes its"
            " delivery URL in each message's webhooks.delivery.url)"
        )
    from sendspec_emulator.icommkt.webhooks import check_urls

    urls: dict[str, str] = {}
    for item in given:
        kind, sep, url = item.partition("=")
        if not sep or not kind.strip() or not url.strip():
            return (
                f"--webhook takes KIND=URL (e.g. delivery=http://127.0.0.1:9000/hook), not {item!r}"
            )
        if kind.strip() in urls:
            return f"--webhook {kind.strip()} is given twice"
        urls[kind.strip()] = url.strip()
    try:
        check_urls(urls, own=[(args.host, args.port)])
    except ValueError as exc:
        return f"--webhook: {exc}"
    options["webhooks"] = urls
    return None


def _read_script(args: argparse.Namespace) -> str | None:
    """Read ``--script FILE`` (YAML, or JSON for a .json name) into ``args.script_rules``: a
    list of rules, one rule, or ``{"rules": [...]}`` as ``POST /_emulator/script`` takes."""
    path = getattr(args, "script", None)
    args.script_rules = None
    if not path:
        return None
    import json

    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"--script {path}: cannot read it ({exc})"
    as_json = path.lower().endswith(".json")
    try:
        data = json.loads(text) if as_json else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        return f"--script {path}: not valid {'JSON' if as_json else 'YAML'}: {exc}"
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    rules = data if isinstance(data, list) else [data]
    if data is None or not rules:
        return f"--script {path}: no rules in it"
    try:
        json.dumps(rules, allow_nan=False)
    except (TypeError, ValueError) as exc:  # YAML dates, sets, .nan: not JSON values
        return f"--script {path}: not JSON data ({exc}); quote dates and times"
    args.script_rules = rules
    return None


def _load_script(args: argparse.Namespace, app: Any) -> str | None:
    """Add the rules of ``--script`` to the emulator (all or none); the first problem, naming
    its rule, if any."""
    rules = getattr(args, "script_rules", None)
    if not rules:
        return None
    from sendspec_emulator.core.script import Script, ScriptError

    for number, rule in enumerate(rules, 1):
        if not isinstance(rule, dict):
            return f"--script {args.script}: rule {number}: a rule is a mapping, not {rule!r:.60}"
        try:
            Script().add(rule, app.handlers)
        except ScriptError as exc:
            return f"--script {args.script}: rule {number}: {exc}"
    app.script.add(rules, app.handlers)
    return None


def _conform(args: argparse.Namespace) -> int:
    """``sendspec conform``: checks the options, then sendspec_conformance.runner runs the
    suite (workers, progress lines, reports, exit codes 0/1/2/3)."""
    if args.base_url:
        if not args.credentials_from_env:
            print(
                "error: --base-url needs --credentials-from-env (and the variables "
                f"{', '.join(CREDENTIAL_VARS[args.provider])})",
                file=sys.stderr,
            )
            return 2
        missing = [v for v in CREDENTIAL_VARS[args.provider] if not os.environ.get(v)]
        if missing:
            print(f"error: set {', '.join(missing)}", file=sys.stderr)
            return 2
    from sendspec_conformance import runner

    try:
        reports = runner.parse_reports(args.report) if args.report else []
    except runner.UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    options = runner.Options(
        provider=args.provider,
        max_examples=args.max_examples,
        base_url=args.base_url,
        allow_writes=args.allow_writes,
        allow_destructive=args.allow_destructive,
        rate_limit=args.rate_limit,
        workers=args.workers,
        reports=reports,
        report_dir=Path(args.report_dir),
        pytest_args=list(args.pytest_args),
    )
    return runner.run(options)


def _demo(_: argparse.Namespace) -> int:
    from .demo import main

    return main()


# ------------------------------------------------------- sendspec proxy / drift (issue 14, H8)
PROXY_EPILOG = """examples:
  sendspec proxy icommkt-email --upstream https://api.trx.icommarketing.com --record cassettes/
      then point the client at http://127.0.0.1:8081 (its base URL); every violation of the
      spec is printed here and named in the answer's X-Sendspec-Violations header
  sendspec proxy iovox-email --upstream http://127.0.0.1:8080 --port 9000   (an emulator)"""
DRIFT_EPILOG = """examples:
  sendspec drift icommkt-email cassettes/                every cassette in the folder
  sendspec drift iovox-email run.yaml --against-emulator  and replay it on the emulator"""


def _proxy(args: argparse.Namespace) -> int:
    import uvicorn
    from sendspec_conformance import proxy
    from sendspec_emulator.core.webhooks import is_loopback, shown

    if not is_loopback(args.host) and not args.allow_remote:
        print(
            f"error: {args.host} is not a loopback address: the proxy forwards the credentials"
            " its clients send; pass --allow-remote to serve it there anyway",
            file=sys.stderr,
        )
        return 2
    try:
        app = proxy.Proxy(
            args.provider, args.upstream, record_dir=args.record, timeout=args.timeout
        )
    except (ValueError, OSError) as exc:  # a bad URL, a --record folder it cannot make
        print(f"error: {exc}", file=sys.stderr)
        return 2
    logger = logging.getLogger("sendspec.proxy")
    logger.setLevel(logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    recording = f", recording to {app.cassette_path}" if app.cassette_path else ""
    print(
        f"{args.provider} proxy on http://{args.host}:{args.port} ->"
        f" {shown(args.upstream)}{recording}",
        flush=True,
    )
    uvicorn.Server(proxy.config(app, host=args.host, port=args.port)).run()
    return 0


def _drift(args: argparse.Namespace) -> int:
    from sendspec_conformance import drift

    return drift.main(args.provider, args.cassettes, emulator=args.against_emulator, out=sys.stdout)


# ------------------------------------------------- help, --log-level and the access log (issue 13)
class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Defaults shown (argparse's ``(default: X)``), but not for flags, options without a
    default or help that already names its default; epilogs keep their lines."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if default is None or default is False or default == [] or "default" in text:
            return text
        return super()._get_help_string(action)


EPILOGS = {
    "sendspec": """examples:
  sendspec emulate iovox-email             serve the iovox emulator on 127.0.0.1:8080
  sendspec conform icomm-sms               check the SMS emulator against its spec
  sendspec generate --check                fail when generated/ has drifted from specs/
  sendspec demo                            send and page through every provider
  sendspec COMMAND --help                  a command's options and examples""",
    "generate": """examples:
  sendspec generate                        regenerate every client
  sendspec generate inxmail                regenerate one
  sendspec generate --check                fail (exit 1) when generated/ has drifted""",
    "emulate": """examples:
  sendspec emulate iovox-email --port 8080 --db iovox.sqlite3
  sendspec emulate icomm-sms --rate-429 0.1 --log-level info
  sendspec emulate icommkt-email --script failures.yaml \\
      --webhook delivery=http://127.0.0.1:9000/hooks/delivery
  sendspec emulate --all --port 8080       every provider, ports 8080-8083""",
    "conform": """examples:
  sendspec conform iovox-email                           against its emulator
  sendspec conform --max-examples 5 inxmail -- -x        pytest options after --
  sendspec conform icomm-sms --report junit,json --report-dir reports --workers 2
  SENDSPEC_SMS_API_KEY=... sendspec conform icomm-sms \\
      --base-url https://apisms.trx.icommarketing.com --credentials-from-env

exit codes: 0 passed, 1 a test failed, 2 usage, 3 cannot connect or credentials refused""",
    "demo": """examples:
  sendspec demo                            what make demo runs""",
}

#: ``sendspec emulate --log-level`` choices
LOG_LEVELS = ("critical", "error", "warning", "info", "debug")
#: the logger of ``sendspec emulate``'s access log (INFO: one line per request)
access_log = logging.getLogger("sendspec.emulator.access")


class AccessLog:
    """ASGI wrapper of an emulator app logging one line per HTTP request at INFO: method,
    path (no query string), status and milliseconds, with the provider's slug; never headers,
    query or body, so no credential or message content. A request that got no answer (a
    dropped connection) logs status ``-``. Attributes are the wrapped app's."""

    def __init__(self, app: Any) -> None:
        object.__setattr__(self, "app", app)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.app, name, value)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or not access_log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        import time

        start = time.perf_counter()
        status: list[int] = []

        async def sending(message: Any) -> None:
            if message.get("type") == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            ms = (time.perf_counter() - start) * 1000
            slug = getattr(getattr(self.app, "provider", None), "slug", "emulator")
            path = _printable(str(scope.get("path") or "/"))
            method = _printable(str(scope.get("method") or "?"), 16)
            code = str(status[0]) if status else "-"
            access_log.info("[%s] %s %s %s %.1f ms", slug, method, path, code, ms)


def _unwrapped(app: Any) -> Any:
    """The emulator app itself (per-app state is keyed by it), not its :class:`AccessLog`."""
    return app.app if isinstance(app, AccessLog) else app


def _set_up_logging(level: str) -> None:
    """The access log to stderr at ``level`` (info shows it; warning and above hide it)."""
    access_log.setLevel(level.upper())
    if not access_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        access_log.addHandler(handler)
        access_log.propagate = False


#: the modules of the emulator extra (`pip install sendspec` alone is the client)
EMULATOR_MODULES = ("starlette", "uvicorn", "jsonschema", "jsonschema_rs", "orjson", "yaml")
#: command -> (the extra it needs, the modules that extra brings)
EXTRAS = {
    "emulate": ("emulator", EMULATOR_MODULES),
    "demo": ("emulator", EMULATOR_MODULES),
    "conform": ("conformance", (*EMULATOR_MODULES, "schemathesis", "hypothesis", "pytest")),
    "proxy": ("emulator", EMULATOR_MODULES),
    "drift": ("emulator", EMULATOR_MODULES),
}


def _missing_extra(command: str) -> str | None:
    """What to tell a user whose install lacks the extra ``command`` needs (None: it is there)."""
    from importlib.util import find_spec

    if command not in EXTRAS:
        return None
    extra, modules = EXTRAS[command]
    missing = [name for name in modules if find_spec(name) is None]
    if not missing:
        return None
    return (
        f"error: sendspec {command} needs the {extra} extra (missing: {', '.join(missing)});"
        f" install sendspec[{extra}], e.g. pip install 'sendspec[{extra}]'"
    )


def main(argv: list[str] | None = None) -> int:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="sendspec",
        description=__doc__.splitlines()[0],
        epilog=EPILOGS["sendspec"],
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sendspec {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "generate",
        help="regenerate generated/ from specs/",
        description="Regenerate the clients in generated/ from specs/\n(every provider unless"
        " some are named).",
        epilog=EPILOGS["generate"],
        formatter_class=HelpFormatter,
    )
    p.add_argument("--check", action="store_true", help="fail when generated/ has drifted")
    p.add_argument(
        "providers",
        nargs="*",
        metavar="provider",
        default=[],
        help=f"{', '.join(sorted(SUITES))} (default: all)",
    )
    p.set_defaults(func=_generate)

    p = sub.add_parser(
        "emulate",
        help="serve a provider emulator",
        description="Serve a provider's emulator (or every one with --all) on loopback.",
        epilog=EPILOGS["emulate"],
        formatter_class=HelpFormatter,
    )
    p.add_argument("provider", nargs="?", choices=sorted(EMULATORS))
    p.add_argument(
        "--all",
        action="store_true",
        help="serve every provider, one port each from --port on (0: free ports), and print"
        " a line per message received",
    )
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
    p.add_argument("--port", type=int, default=8080, help="port to listen on (0: a free one)")
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
    p.add_argument(
        "--read-timeout",
        type=float,
        default=None,
        help="seconds a request's head, then its body, may take to arrive (default: 10)",
    )
    p.add_argument(
        "--keep-alive",
        type=float,
        default=None,
        help="seconds an idle connection is kept open (default: 5)",
    )
    p.add_argument(
        "--max-connections",
        type=int,
        default=None,
        help="open connections beyond which requests get a 503 (default: 1000)",
    )
    p.add_argument(
        "--script",
        metavar="FILE",
        help="scripted-answer rules to load at start, YAML or JSON (as POST /_emulator/script"
        " takes); POST /_emulator/reset clears them like any rule",
    )
    p.add_argument(
        "--webhook",
        action="append",
        metavar="KIND=URL",
        help="icommkt-email: push KIND (bounce, delivery, open, click, inbound) webhooks to"
        " URL, a loopback address (repeatable; POST /_emulator/reset keeps them)",
    )
    p.add_argument(
        "--log-level",
        choices=LOG_LEVELS,
        default="warning",
        help="the server's log level; info adds an access log line per request (method, path,"
        " status, milliseconds; never headers, query or body)",
    )
    p.set_defaults(func=_emulate_command)

    p = sub.add_parser(
        "conform",
        help="run the conformance suite of a provider",
        description="Run a provider's schemathesis suite against its emulator or a live API.",
        epilog=EPILOGS["conform"],
        formatter_class=HelpFormatter,
    )
    p.add_argument("provider", choices=sorted(SUITES))
    p.add_argument("--base-url", help="test this API instead of the emulator")
    p.add_argument(
        "--credentials-from-env",
        action="store_true",
        help="read credentials from SENDSPEC_* variables (see README)",
    )
    p.add_argument("--max-examples", type=int, default=25, help="hypothesis examples per operation")
    p.add_argument(
        "--allow-writes", action="store_true", help="with --base-url: also run non-GET operations"
    )
    p.add_argument(
        "--allow-destructive",
        action="store_true",
        help="with --base-url: also run operations whose reads have side effects (marked"
        " x-sendspec-destructive in the spec, e.g. SMS reports returned once)",
    )
    p.add_argument(
        "--rate-limit",
        type=int,
        metavar="N",
        help="requests per minute to the target, shared by the workers (default: the"
        " provider's documented limit against --base-url; 0: none)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="pytest processes to spread the operations over (each with its own emulator)",
    )
    p.add_argument(
        "--report",
        metavar="FORMATS",
        help="write reports: junit, json or junit,json (one testcase per operation,"
        " named 'METHOD /path', and per stateful scenario)",
    )
    p.add_argument(
        "--report-dir",
        default=".",
        metavar="DIR",
        help="folder of the reports (conform-PROVIDER.xml / .json)",
    )
    p.set_defaults(func=_conform, pytest_args=[])

    p = sub.add_parser(
        "demo",
        help="send and page through results against the emulators",
        description="Start the emulators, send through the generated clients and page results.",
        epilog=EPILOGS["demo"],
        formatter_class=HelpFormatter,
    )
    p.set_defaults(func=_demo)

    # sendspec proxy / drift (issue 14, H8)
    p = sub.add_parser(
        "proxy",
        help="validate (and record) real traffic against the spec",
        description="Forward every request to --upstream and check it and its answer against"
        " the provider's spec: violations are printed and named in the X-Sendspec-Violations"
        " answer header; --record keeps the exchanges as VCR.py cassettes, credentials"
        " redacted.",
        epilog=PROXY_EPILOG,
        formatter_class=HelpFormatter,
    )
    p.add_argument("provider", choices=sorted(SUITES))
    p.add_argument("--upstream", required=True, metavar="URL", help="the service (or sandbox)")
    p.add_argument("--host", default="127.0.0.1", help="loopback unless --allow-remote")
    p.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    p.add_argument("--port", type=int, default=8081, help="port to listen on")
    p.add_argument("--record", metavar="DIR", help="write a VCR.py cassette into DIR")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds the upstream may take")
    p.set_defaults(func=_proxy)

    p = sub.add_parser(
        "drift",
        help="check recorded exchanges (VCR.py cassettes) against the spec",
        description="Validate recorded exchanges against the provider's spec, offline: a table"
        " per operation (pairs, valid, first violation); exit 1 on any violation.",
        epilog=DRIFT_EPILOG,
        formatter_class=HelpFormatter,
    )
    p.add_argument("provider", choices=sorted(SUITES))
    p.add_argument("cassettes", nargs="+", metavar="CASSETTE", help="cassette files or folders")
    p.add_argument(
        "--against-emulator",
        action="store_true",
        help="also replay the requests on the emulator and show where it answers differently"
        " (status, keys, types)",
    )
    p.set_defaults(func=_drift)

    # everything after the first "--" goes to pytest untouched (sendspec conform), so options
    # may come before or after the provider and pytest's own options never reach argparse
    argv = list(sys.argv[1:] if argv is None else argv)
    passthrough: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, passthrough = argv[:cut], argv[cut + 1 :]
    args = parser.parse_args(argv)
    if passthrough:
        if args.command != "conform":
            parser.error(f"unrecognized arguments after --: {' '.join(passthrough)}")
        args.pytest_args = passthrough
    message = _missing_extra(args.command)
    if message:
        print(message, file=sys.stderr)
        return 2
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

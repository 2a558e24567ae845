#!/usr/bin/env python3
"""The throughput ceiling of ``make bench``: a bare ASGI app answering a fixed small JSON
body to any request, served like ``sendspec emulate`` serves an emulator (the same uvicorn
configuration, from ``sendspec_emulator.server.server_config``), in its own process.

    python scripts/bench_ceiling.py --port 8099

With ``--pipeline SLUG`` it serves instead provider SLUG's emulator with every handler
replaced by one constant answer: the emulator's own request path (routing, auth, reading,
parsing and validating the body, the journal, rendering) without any handler's work (its SQL
and the rest), so ``make bench`` can show how much of a write's server time each takes.

    python scripts/bench_ceiling.py --port 8099 --pipeline iovox-email
"""

from __future__ import annotations

import argparse
from typing import Any

import uvicorn

BODY = b'{"ok":true,"ceiling":"bare ASGI app"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


class Bare:
    """Reads the request (as any app must) and answers BODY; nothing else."""

    read_timeout: float = 0.0  # set by server_config, as on an Emulator

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
        await send({"type": "http.response.body", "body": BODY})


def pipeline_app(slug: str) -> Any:
    """Provider ``slug``'s emulator (as ``make bench`` runs it: Inxmail's rate limit off)
    whose every operation answers 200 with the ceiling's JSON, its handler never called."""
    from sendspec_emulator import create_app
    from sendspec_emulator.core import Reply

    options: dict[str, Any] = {"rate_limit": None} if slug == "inxmail" else {}
    app = create_app(slug, **options)
    answer = {"ok": True, "ceiling": "emulator pipeline, no handler"}
    for operation_id in app.handlers:
        app.handlers[operation_id] = lambda call: Reply(200, answer)
    return app


def config(port: int, pipeline: str | None = None) -> uvicorn.Config:
    app: Any = Bare() if pipeline is None else pipeline_app(pipeline)
    try:
        from sendspec_emulator.server import server_config
    except ImportError:  # a tree from before server_config: what `sendspec emulate` ran then
        return uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    return server_config(app, host="127.0.0.1", port=port)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pipeline", metavar="SLUG", help="an emulator without its handlers")
    args = parser.parse_args()
    uvicorn.Server(config(args.port, args.pipeline)).run()


if __name__ == "__main__":
    main()

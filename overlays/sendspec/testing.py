"""Test against the emulators: inspect what was sent, wait for it, script answers.

An :class:`Emulator` is a handle on one provider's emulator, started in this process or
already running (``sendspec emulate``), driven through its control plane (``/_emulator/``)::

    from sendspec.testing import Emulator

    with Emulator.start("icommkt-email") as emulator:
        client = emulator.client()                 # the overlay client, demo credentials
        ...                                        # the code under test sends through it
        message = emulator.wait_for_message(to="ada@example.org")
        assert message.subject == "Welcome"

- :meth:`Emulator.messages` / :meth:`~Emulator.message` / :meth:`~Emulator.wait_for_message`:
  every email and SMS the emulator accepted, as :class:`Message` (one shape for every
  provider); waiting uses the server's long poll (``wait=``), so a test never sleeps;
- :meth:`~Emulator.requests`: the request journal (:class:`Request`), for "called N times";
- :meth:`~Emulator.advance`: move the emulator's clock (SMS: and deliver what is pending);
- :meth:`~Emulator.faults` and :meth:`~Emulator.script`: random faults and scripted answers,
  each a context manager that undoes itself;
- :meth:`~Emulator.webhooks`: ICOMMKT's webhook URLs and the recent push attempts;
- :meth:`~Emulator.reset`: forget everything (the pytest plugin does it before each test).

A real sandbox has no control plane: :meth:`Emulator.connect` then still gives
``base_url`` and :meth:`~Emulator.client` (credentials from the ``SENDSPEC_*`` variables of
``sendspec conform``), and every inspection method raises :class:`ControlPlaneUnavailable`
(the pytest fixtures skip the test instead).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    NoReturn,
    Self,
    TypeAlias,
    Unpack,
    cast,
    overload,
)
from urllib.parse import quote, urlsplit

import httpx

if TYPE_CHECKING:
    import icomm_sms_client
    import icommkt_email_client
    import inxmail_client
    import iovox_email_client
    from typing_extensions import TypeVar

    from .runtime import ClientOptions

    #: the generated ``Client`` an :class:`Emulator`'s :meth:`~Emulator.client` returns
    #: (``Any`` for an ``Emulator`` whose provider is not known statically)
    ClientT = TypeVar("ClientT", default=Any)
else:  # typing.TypeVar takes no default before Python 3.13; only checkers read it
    from typing import TypeVar

    ClientT = TypeVar("ClientT")

__all__ = [
    "ALIASES",
    "Attachment",
    "ControlPlaneUnavailable",
    "Emulator",
    "EmulatorError",
    "FaultSettings",
    "IcommktEmulator",
    "InxmailEmulator",
    "IovoxEmulator",
    "Message",
    "MessageNotFound",
    "Request",
    "ScriptedRules",
    "SmsEmulator",
    "StatusChange",
    "provider_slug",
]

#: short names accepted wherever a provider is named (the overlay modules' names)
ALIASES = {
    "iovox": "iovox-email",
    "sms": "icomm-sms",
    "icommkt": "icommkt-email",
    "inxmail": "inxmail",
}
#: each provider's credentials: (client() argument, sendspec conform's variable, emulator default)
CREDENTIALS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "iovox-email": (
        ("username", "SENDSPEC_IOVOX_USERNAME", "demo"),
        ("secure_key", "SENDSPEC_IOVOX_SECURE_KEY", "demo-secure-key"),
    ),
    "icomm-sms": (("api_key", "SENDSPEC_SMS_API_KEY", "demo-api-key"),),
    "icommkt-email": (("server_token", "SENDSPEC_ICOMMKT_TOKEN", "demo-server-token"),),
    "inxmail": (
        ("client_id", "SENDSPEC_INXMAIL_CLIENT_ID", "demo-client"),
        ("secret", "SENDSPEC_INXMAIL_SECRET", "demo-secret"),
    ),
}
CONTROL_TOKEN_HEADER = "X-Sendspec-Control-Token"
#: the longest single long poll the control plane accepts (core/inbox.py MAX_WAIT)
_MAX_WAIT = 30.0
#: page size for listings (the control plane's maximum)
_PAGE = 1000
#: received messages listed in a MessageNotFound
_SHOWN = 10


def provider_slug(name: str) -> str:
    """``iovox``/``sms``/``icommkt``/``inxmail`` or a full slug, as the full slug."""
    slug = ALIASES.get(name, name)
    if slug not in CREDENTIALS:
        known = sorted({*ALIASES, *CREDENTIALS})
        raise ValueError(f"unknown provider {name!r}; choose one of {known}")
    return slug


class EmulatorError(RuntimeError):
    """The control plane refused a request (a bad filter or rule, a wrong control token...);
    the message is the emulator's."""

    def __init__(self, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class ControlPlaneUnavailable(EmulatorError):
    """The target has no ``/_emulator/`` control plane (a real sandbox or live API)."""


class MessageNotFound(AssertionError, TimeoutError):
    """:meth:`Emulator.wait_for_message` found no matching message in time; the message
    lists what was received."""


# ------------------------------------------------------------------------------------ shapes


@dataclass(frozen=True)
class Attachment:
    name: str | None
    content_type: str | None
    size: int | None


@dataclass(frozen=True)
class StatusChange:
    status: str | None
    at: datetime | None


@dataclass(frozen=True)
class Message:
    """One message an emulator accepted (``GET /_emulator/messages``), the same shape for
    every provider; ``raw`` is the JSON as the control plane sent it. ``request`` (the
    request body that created it) and ``mime`` (email as RFC 5322 text) are filled by
    :meth:`Emulator.message` only."""

    id: str
    provider: str
    kind: str | None  # "email" or "sms"
    operation: str | None  # the operationId that accepted it
    from_: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    subject: str | None
    text: str | None
    html: str | None
    tag: str | None
    metadata: Mapping[str, Any]
    attachments: tuple[Attachment, ...]
    status: str | None
    history: tuple[StatusChange, ...]
    created_at: datetime | None
    request: Any = field(default=None, repr=False)
    mime: str | None = field(default=None, repr=False)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        return cls(
            id=str(data.get("id")),
            provider=str(data.get("provider") or ""),
            kind=_str(data.get("kind")),
            operation=_str(data.get("operation")),
            from_=_str(data.get("from")),
            to=_strs(data.get("to")),
            cc=_strs(data.get("cc")),
            bcc=_strs(data.get("bcc")),
            subject=_str(data.get("subject")),
            text=_str(data.get("text")),
            html=_str(data.get("html")),
            tag=_str(data.get("tag")),
            metadata=dict(data.get("metadata") or {}),
            attachments=tuple(
                Attachment(_str(a.get("name")), _str(a.get("content_type")), _int(a.get("size")))
                for a in data.get("attachments") or ()
                if isinstance(a, Mapping)
            ),
            status=_str(data.get("status")),
            history=tuple(
                StatusChange(_str(h.get("status")), _time(h.get("at")))
                for h in data.get("history") or ()
                if isinstance(h, Mapping)
            ),
            created_at=_time(data.get("created_at")),
            request=data.get("request"),
            mime=_str(data.get("mime")),
            raw=dict(data),
        )

    def describe(self) -> str:
        """One line: kind, id, recipients, subject (or text), status."""
        what = self.subject if self.subject is not None else self.text
        to = ", ".join(self.to) or "-"
        return f"{self.kind or 'message'} {self.id} to {to}: {what!r} [{self.status}]"


@dataclass(frozen=True)
class Request:
    """One API request the emulator answered (``GET /_emulator/requests``)."""

    seq: int
    time: datetime | None
    method: str
    path: str
    query: str
    status: int
    operation_id: str | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Request:
        return cls(
            seq=int(data["seq"]),
            time=_time(data.get("time")),
            method=str(data["method"]),
            path=str(data["path"]),
            query=str(data.get("query") or ""),
            status=int(data["status"]),
            operation_id=_str(data.get("operationId")),
        )


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


# ---------------------------------------------------------------------------- undoable settings


class FaultSettings:
    """What :meth:`Emulator.faults` set; as a context manager, the settings before are put
    back on exit."""

    def __init__(self, emulator: Emulator, before: dict[str, Any], now: dict[str, Any]) -> None:
        self._emulator = emulator
        self.before = before
        self.settings = now

    def restore(self) -> None:
        self._emulator._control("POST", "faults", json=self.before)

    def __enter__(self) -> FaultSettings:
        return self

    def __exit__(self, *exc: object) -> None:
        self.restore()


class ScriptedRules:
    """The rules :meth:`Emulator.script` added (``rules``: as the emulator echoed them); as a
    context manager, every scripted rule is cleared on exit."""

    def __init__(self, emulator: Emulator, rules: list[dict[str, Any]]) -> None:
        self._emulator = emulator
        self.rules = rules

    def clear(self) -> int:
        """Clear every scripted rule (not only these); how many there were."""
        return int(self._emulator._control("DELETE", "script")["deleted"])

    def __enter__(self) -> ScriptedRules:
        return self

    def __exit__(self, *exc: object) -> None:
        self.clear()


# ------------------------------------------------------------------------------------- handle


def _unavailable(reason: str) -> NoReturn:
    raise ControlPlaneUnavailable(reason)


class Emulator(Generic[ClientT]):
    """A handle on one provider's emulator (see the module docstring).

    ``root_url`` is where ``/_emulator/`` lives (``http://127.0.0.1:PORT``), ``base_url``
    the provider's API root (the root plus the spec's server path, e.g. ``/rest/v1``).
    Build one with :meth:`start` or :meth:`connect`.

    Typed by the generated ``Client`` its :meth:`client` returns: ``Emulator.start("sms")``
    gives an ``Emulator[icomm_sms_client.Client]`` (a provider named by a literal; a plain
    ``Emulator`` annotation, or a provider name known only at run time, is
    ``Emulator[Any]``).
    """

    def __init__(
        self,
        provider: str,
        root_url: str,
        *,
        base_url: str | None = None,
        control_token: str | None = None,
        credentials: Mapping[str, str] | None = None,
        server: Any = None,
        on_unavailable: Callable[[str], NoReturn] = _unavailable,
    ) -> None:
        self.provider = provider_slug(provider)
        self.root_url = root_url.rstrip("/")
        self.base_url = (base_url or self.root_url + _prefix(self.provider)).rstrip("/")
        #: the in-process ``sendspec_emulator.Server`` when :meth:`start` made it, else None
        self.server = server
        self._on_unavailable = on_unavailable
        headers = {CONTROL_TOKEN_HEADER: control_token} if control_token else {}
        self._http = httpx.Client(
            base_url=self.root_url + "/_emulator/", headers=headers, timeout=30.0
        )
        #: False for a target without a control plane (a real sandbox)
        self.has_control_plane = True
        self._why_not = ""
        self._locked = False  # the control plane refused this handle's token
        self._probe()
        self._credentials = dict(credentials or self._default_credentials())
        #: the fault settings reset() puts back: the emulator's when this handle was made
        self._default_faults: dict[str, Any] | None = None
        if self.has_control_plane and not self._locked:
            self._default_faults = self._control("GET", "faults")

    # constructors ------------------------------------------------------------------------------
    @overload
    @classmethod
    def start(
        cls, provider: Literal["iovox", "iovox-email"], **options: Any
    ) -> AbstractContextManager[Emulator[iovox_email_client.Client]]: ...
    @overload
    @classmethod
    def start(
        cls, provider: Literal["sms", "icomm-sms"], **options: Any
    ) -> AbstractContextManager[Emulator[icomm_sms_client.Client]]: ...
    @overload
    @classmethod
    def start(
        cls, provider: Literal["icommkt", "icommkt-email"], **options: Any
    ) -> AbstractContextManager[Emulator[icommkt_email_client.Client]]: ...
    @overload
    @classmethod
    def start(
        cls, provider: Literal["inxmail"], **options: Any
    ) -> AbstractContextManager[Emulator[inxmail_client.Client]]: ...
    @overload
    @classmethod
    def start(cls, provider: str, **options: Any) -> AbstractContextManager[Emulator[Any]]: ...
    @classmethod
    @contextmanager
    def start(cls, provider: str, **options: Any) -> Iterator[Emulator[Any]]:
        """Serve ``provider``'s emulator in this process on a free loopback port for the
        duration of the block. ``options`` go to ``sendspec_emulator.running`` (``db``,
        ``faults``, ``control_token``, ``strict_responses``) and to the provider (its
        credentials, ``delivery_delay`` for SMS, ``rate_limit`` for Inxmail...)."""
        from sendspec_emulator import running

        slug = provider_slug(provider)
        credentials = {
            name: str(options.get(name, default)) for name, _, default in CREDENTIALS[slug]
        }
        with running(slug, **options) as server:
            emulator = cls(
                slug,
                server.root_url,
                base_url=server.base_url,
                control_token=options.get("control_token"),
                credentials=credentials,
                server=server,
            )
            with emulator:
                yield emulator

    @overload
    @classmethod
    def connect(
        cls,
        root_url: str,
        provider: Literal["iovox", "iovox-email"],
        *,
        control_token: str | None = ...,
        credentials: Mapping[str, str] | None = ...,
        on_unavailable: Callable[[str], NoReturn] = ...,
    ) -> Emulator[iovox_email_client.Client]: ...
    @overload
    @classmethod
    def connect(
        cls,
        root_url: str,
        provider: Literal["sms", "icomm-sms"],
        *,
        control_token: str | None = ...,
        credentials: Mapping[str, str] | None = ...,
        on_unavailable: Callable[[str], NoReturn] = ...,
    ) -> Emulator[icomm_sms_client.Client]: ...
    @overload
    @classmethod
    def connect(
        cls,
        root_url: str,
        provider: Literal["icommkt", "icommkt-email"],
        *,
        control_token: str | None = ...,
        credentials: Mapping[str, str] | None = ...,
        on_unavailable: Callable[[str], NoReturn] = ...,
    ) -> Emulator[icommkt_email_client.Client]: ...
    @overload
    @classmethod
    def connect(
        cls,
        root_url: str,
        provider: Literal["inxmail"],
        *,
        control_token: str | None = ...,
        credentials: Mapping[str, str] | None = ...,
        on_unavailable: Callable[[str], NoReturn] = ...,
    ) -> Emulator[inxmail_client.Client]: ...
    @overload
    @classmethod
    def connect(
        cls,
        root_url: str,
        provider: str,
        *,
        control_token: str | None = ...,
        credentials: Mapping[str, str] | None = ...,
        on_unavailable: Callable[[str], NoReturn] = ...,
    ) -> Emulator[Any]: ...
    @classmethod
    def connect(
        cls,
        root_url: str,
        provider: str,
        *,
        control_token: str | None = None,
        credentials: Mapping[str, str] | None = None,
        on_unavailable: Callable[[str], NoReturn] = _unavailable,
    ) -> Emulator[Any]:
        """A handle on an emulator that is already running (``sendspec emulate``, a shared
        one in CI), or on a sandbox. ``root_url`` may be the root or the provider's base URL
        (``http://127.0.0.1:8080/rest/v1``). ``control_token`` defaults to
        ``SENDSPEC_CONTROL_TOKEN``; ``credentials`` (the overlay client() factory's argument
        names) to the emulator's demo ones, or for a target without a control plane to the
        ``SENDSPEC_*`` variables of ``sendspec conform``. Close it (or use ``with``)."""
        slug = provider_slug(provider)
        url = root_url.rstrip("/")
        prefix = _prefix(slug)
        if prefix and urlsplit(url).path.rstrip("/").endswith(prefix):
            base_url, root = url, url[: -len(prefix)]
        else:
            base_url, root = url + prefix, url
        token = control_token or os.environ.get("SENDSPEC_CONTROL_TOKEN") or None
        return cls(
            slug,
            root,
            base_url=base_url,
            control_token=token,
            credentials=credentials,
            on_unavailable=on_unavailable,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:  # never the credentials
        return f"<Emulator {self.provider} at {self.base_url}>"

    # the API side -----------------------------------------------------------------------------
    @property
    def credentials(self) -> dict[str, str]:
        """The credentials :meth:`client` uses, by the factory's argument names."""
        return dict(self._credentials)

    def client(self, **options: Unpack[ClientOptions]) -> ClientT:
        """The provider's overlay client (``sendspec.<provider>.client()``) for this emulator,
        with its credentials; ``options`` are the factory's (``timeout``, ``retry``...)."""
        options.setdefault("base_url", self.base_url)
        c = self._credentials
        client: object
        if self.provider == "iovox-email":
            from . import iovox

            client = iovox.client(c["username"], c["secure_key"], **options)
        elif self.provider == "icomm-sms":
            from . import sms

            client = sms.client(c["api_key"], **options)
        elif self.provider == "icommkt-email":
            from . import icommkt

            client = icommkt.client(c["server_token"], **options)
        else:
            from . import inxmail

            client = inxmail.client("customer", c["client_id"], c["secret"], **options)
        return cast(ClientT, client)

    # messages ---------------------------------------------------------------------------------
    def messages(self, **filters: Any) -> list[Message]:
        """Every message accepted that passes the filters, newest first: ``to`` (also cc and
        bcc), ``from_`` (or ``sender``), ``subject``, ``text`` (text or HTML) — each a
        case-insensitive part —, ``status``, ``tag``, ``kind`` ("email"/"sms"),
        ``operation`` and ``since`` (a datetime or ISO text); ``limit`` for fewer."""
        params = _message_params(filters)
        wanted = int(params.pop("limit")) if "limit" in params else None
        out: list[Message] = []
        offset = int(params.pop("offset", 0))
        while wanted is None or len(out) < wanted:
            size = _PAGE if wanted is None else min(_PAGE, wanted - len(out))
            page = self._control(
                "GET", "messages", params={**params, "limit": size, "offset": offset}
            )
            batch = page["messages"]
            out.extend(Message.from_json(m) for m in batch)
            offset += len(batch)
            if not batch or offset >= int(page["total"]):
                break
        return out

    def message(self, message_id: str) -> Message:
        """One message with its ``request`` (the body that created it) and, for email, its
        ``mime``; :class:`EmulatorError` (404) when there is none."""
        return Message.from_json(self._control("GET", "messages/" + quote(message_id, safe="")))

    def wait_for_message(self, timeout: float = 5.0, **filters: Any) -> Message:
        """The newest message that passes the filters (those of :meth:`messages`), waiting
        up to ``timeout`` seconds for one to arrive or reach the status asked for (the
        server holds each request until a match, so nothing sleeps here). A message that
        already matches is returned at once: to wait for a later one, filter on what tells it
        apart (``subject``, ``status``, ``since=``). Raises :class:`MessageNotFound` (an
        AssertionError) listing what was received."""
        params = _message_params(filters)
        params.pop("offset", None)
        params["limit"] = 1
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            wait = min(max(0.0, deadline - time.monotonic()), _MAX_WAIT)
            page = self._control(
                "GET", "messages", params={**params, "wait": f"{wait:.3f}"}, timeout=wait + 30
            )
            if page["messages"]:
                return Message.from_json(page["messages"][0])
            if time.monotonic() >= deadline:
                break
        received = self._control("GET", "messages", params={"limit": _SHOWN})
        total = int(received["total"])
        lines = [Message.from_json(m).describe() for m in received["messages"]]
        if total > len(lines):
            lines.append(f"... and {total - len(lines)} more")
        shown = ", ".join(f"{k}={v!r}" for k, v in filters.items()) or "any message"
        raise MessageNotFound(
            f"no {self.provider} message matched {shown} within {timeout:g} s; "
            + (f"received {total}:\n  " + "\n  ".join(lines) if total else "received none")
        )

    def forget_messages(self) -> int:
        """Forget the captured messages only (``DELETE /_emulator/messages``); how many."""
        return int(self._control("DELETE", "messages")["deleted"])

    # journal ----------------------------------------------------------------------------------
    def requests(self, **filters: Any) -> list[Request]:
        """The API requests answered, oldest first: filters ``operation_id`` (or
        ``operationId``), ``method``, ``path`` (exact, with the base path) and ``status``."""
        params: dict[str, Any] = {}
        for name, value in filters.items():
            if value is None:
                continue
            key = "operationId" if name == "operation_id" else name
            if key not in ("operationId", "method", "path", "status"):
                raise TypeError(
                    f"unknown journal filter {name!r}; use operation_id, method, path, status"
                )
            params[key] = value
        out: list[Request] = []
        while True:
            page = self._control(
                "GET", "requests", params={**params, "limit": _PAGE, "offset": len(out)}
            )
            out.extend(Request.from_json(r) for r in page["requests"])
            if not page["requests"] or len(out) >= int(page["total"]):
                return out

    # time, faults, scripts, reset ---------------------------------------------------------------
    def advance(self, seconds: float = 0.0) -> dict[str, Any]:
        """Move the emulator's clock forward by ``seconds``; the SMS emulator then finalises
        every message that is not scheduled for later (``POST /_emulator/advance``: the
        delivery reports exist, webhooks have been pushed). The control plane's answers."""
        out: dict[str, Any] = {}
        if seconds:
            out.update(self._control("POST", "clock", json={"advance_seconds": seconds}))
        if self.provider == "icomm-sms":
            out.update(self._control("POST", "advance", json={}))
        return out

    def now(self) -> datetime:
        """The emulator's clock."""
        return datetime.fromisoformat(self._control("GET", "clock")["now"])

    def faults(self, **settings: Any) -> FaultSettings:
        """Set fault injection (``rate_429``, ``rate_503``, ``rate_drop``,
        ``rate_drop_after``: probabilities per request; ``latency_ms``, ``retry_after``,
        ``seed``). As a context manager the previous settings come back on exit;
        :meth:`reset` puts back the ones the emulator had when this handle was made."""
        before = self._control("GET", "faults")
        unknown = sorted(set(settings) - set(before))
        if unknown:
            raise TypeError(f"unknown fault settings {unknown}; known: {sorted(before)}")
        return FaultSettings(self, before, self._control("POST", "faults", json=settings))

    def script(
        self, rule: str | Mapping[str, Any] | Sequence[Mapping[str, Any]], /, **members: Any
    ) -> ScriptedRules:
        """Add scripted answers. ``rule`` is an operationId with the rule's members as
        keywords (``status``, ``body``, ``times``, ``match``, ``message``, ``code``,
        ``headers``, ``delay_ms``, ``action``; see sendspec_emulator.core.script), a rule as
        a dict, or a list of them. As a context manager, the rules are cleared on exit::

            with emulator.script("send_email", status=503, headers={"Retry-After": "1"}):
                ...
        """
        if isinstance(rule, str):
            rules: list[dict[str, Any]] = [{"operation": rule, **members}]
        elif isinstance(rule, Mapping):
            rules = [{**rule, **members}]
        else:
            if members:
                raise TypeError("keyword members go with one rule, not a list")
            rules = [dict(r) for r in rule]
        added = self._control("POST", "script", json={"rules": rules})
        return ScriptedRules(self, list(added["added"]))

    def scripted(self) -> list[dict[str, Any]]:
        """The scripted rules not yet used up."""
        return list(self._control("GET", "script")["rules"])

    def reset(self) -> None:
        """Forget everything (data, messages, journal, scripts; the defaults are seeded
        again) and put back the fault settings this handle started with. The clock is not
        moved back."""
        if self._default_faults is None:
            self._default_faults = self._control("GET", "faults")
        self._control("POST", "reset")
        self._control("POST", "faults", json=self._default_faults)

    def health(self) -> dict[str, Any]:
        return dict(self._control("GET", "health"))

    def control(self, action: str, body: Any = None) -> Any:
        """A provider's own control action (``POST /_emulator/<action>``): ``seed`` for
        Inxmail, ``links``/``emails``/``read`` for iovox, ``bounce``/``open``/``click``/
        ``inbound``/``signatures`` for ICOMMKT, ``advance`` for SMS; the emulator's answer."""
        return self._control("POST", quote(action.strip("/"), safe="/"), json=body or {})

    def webhooks(self, *, wait: float = 0.0, **urls: str | None) -> dict[str, Any]:
        """The ICOMMKT emulator's webhooks: set the URLs given by kind (``bounce``,
        ``delivery``, ``open``, ``click``, ``inbound``; None removes one), then the state:
        ``urls``, ``attempts`` (newest first: kind, url, message_id, state, status, error,
        tries), ``pending``, ``dropped``. ``wait``: first wait up to that many seconds for
        the pending pushes to finish. :meth:`reset` puts back the emulator's start URLs."""
        if urls:
            self._control("POST", "webhooks", json=urls)
        timeout = None if not wait else wait + 30.0
        params = {"wait": wait} if wait else None
        return dict(self._control("GET", "webhooks", params=params, timeout=timeout))

    # plumbing -----------------------------------------------------------------------------------
    def _default_credentials(self) -> dict[str, str]:
        if self.has_control_plane:  # an emulator: its demo credentials
            return {name: default for name, _, default in CREDENTIALS[self.provider]}
        return {
            name: os.environ.get(variable, default)
            for name, variable, default in CREDENTIALS[self.provider]
        }

    def _probe(self) -> None:
        try:
            r = self._http.get("health")
        except httpx.TransportError as exc:
            self.close()
            raise EmulatorError(f"nothing answers at {self.root_url}: {exc}") from exc
        body: Any = None
        if r.headers.get("content-type", "").startswith("application/json"):
            try:
                body = r.json()
            except ValueError:
                body = None
        if r.status_code == 401 and isinstance(body, dict) and "error" in body:
            self._locked = True  # an emulator that wants a(nother) token: each call says so
            return
        if r.status_code != 200 or not isinstance(body, dict) or "provider" not in body:
            self.has_control_plane = False
            self._why_not = (
                f"{self.root_url} has no emulator control plane (a real sandbox or API?):"
                f" GET /_emulator/health answered {r.status_code}"
            )
            return
        if body["provider"] != self.provider:
            self.close()
            raise EmulatorError(
                f"{self.root_url} is the {body['provider']} emulator, not {self.provider}"
            )

    def _control(
        self,
        method: str,
        action: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | None = None,
    ) -> Any:
        if not self.has_control_plane:
            self._on_unavailable(self._why_not)
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        r = self._http.request(method, action, params=params, json=json, **extra)
        try:
            body = r.json()
        except ValueError:
            body = None
        if r.status_code != 200:
            message = body.get("error") if isinstance(body, dict) else None
            if r.status_code == 401 and message:
                message += " (pass control_token= or set SENDSPEC_CONTROL_TOKEN)"
            raise EmulatorError(
                f"{self.provider} control plane, {method} /_emulator/{action}:"
                f" {r.status_code} {message or r.text[:200]}",
                r.status_code,
            )
        return body


#: each provider's handle, for annotating the pytest plugin's fixtures
#: (``def test_send(sms_emulator: SmsEmulator) -> None``: ``client()`` is then typed)
IovoxEmulator: TypeAlias = Emulator["iovox_email_client.Client"]
SmsEmulator: TypeAlias = Emulator["icomm_sms_client.Client"]
IcommktEmulator: TypeAlias = Emulator["icommkt_email_client.Client"]
InxmailEmulator: TypeAlias = Emulator["inxmail_client.Client"]


def _message_params(filters: Mapping[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        key = {"from_": "from", "sender": "from"}.get(name, name)
        if isinstance(value, datetime):
            value = value.isoformat()
        params[key] = value
    return params


#: each provider's base path on an emulator: its spec's first server URL, server variables at
#: their defaults (sendspec_emulator's Emulator.prefix; tests/test_wheel_install.py compares
#: them). A table, so that a client-only install (no spec reader) connects too.
PREFIXES = {
    "iovox-email": "/rest/v1",
    "icomm-sms": "",
    "icommkt-email": "",
    "inxmail": "/customer/rest/v1",
}


def _prefix(slug: str) -> str:
    """The provider's base path on an emulator, e.g. ``/rest/v1``."""
    return PREFIXES[slug]

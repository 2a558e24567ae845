"""Records rendered once: the JSON text of a listed record, kept by the stored row it was
rendered from, and embedded as it is in the page that lists it.

A listing renders each of its rows into a dict that the reply's encoding turns into text
again; for a page of ten that is most of the request. :class:`Renderings` keeps the text
by the row's values (the key is the whole input of a pure rendering function, so a changed
row is another key and nothing needs invalidating) and hands out :class:`RawJSON`, which
the reply's encoding (:func:`encode`) embeds byte for byte. Strict mode checks the page as
it is sent (:func:`wire_value`): a rendering the spec does not allow still fails.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any

import orjson

from .values import JSON

#: renderings kept per cache (then it starts over: a page renders its rows again), and the
#: longest text kept (a longer one, rare, is rendered each time): a cache holds at most a
#: few MiB, whatever the records hold
KEEP = 2048
KEEP_TEXT = 2048


class RawJSON:
    """JSON text, embedded as it is where a reply's body holds this value."""

    __slots__ = ("fragment", "text")

    def __init__(self, text: bytes) -> None:
        self.text = text
        self.fragment = orjson.Fragment(text)

    def __repr__(self) -> str:
        return f"RawJSON({self.text[:60]!r}{'...' if len(self.text) > 60 else ''})"


class Renderings:
    """``render(key)`` as :class:`RawJSON`, kept by ``key``: hashable, and everything the
    rendering reads (the stored row; the request's origin where it renders a link). Keys
    compare by value (``1 == 1.0 == True``): key by columns that hold one type each."""

    def __init__(
        self, render: Callable[[Any], JSON], keep: int = KEEP, keep_text: int = KEEP_TEXT
    ) -> None:
        self._render = render
        self._keep = keep
        self._keep_text = keep_text
        self._kept: dict[Hashable, RawJSON] = {}

    def __call__(self, key: Hashable) -> RawJSON:
        kept = self._kept.get(key)
        if kept is None:
            kept = RawJSON(encode(self._render(key)))
            if len(kept.text) <= self._keep_text:
                if len(self._kept) >= self._keep:
                    self._kept.clear()
                self._kept[key] = kept
        return kept


#: orjson refuses what json.dumps refuses too (datetimes, dataclasses: passed through to no
#: default), so only its own limits (ints beyond 64 bits, non-str keys, depth) fall back
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def encode(body: JSON) -> bytes:
    """A reply's JSON: orjson (compact UTF-8, a tenth of json.dumps's time on a page of
    records), or json.dumps for what orjson does not take, with the same result; a
    :class:`RawJSON` is its text."""
    try:
        return orjson.dumps(body, default=_embed, option=_ORJSON_OPTIONS)
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_parsed).encode()


def wire_value(body: JSON) -> JSON:
    """``body`` as the client reads it: encoded as a reply is, then parsed (what strict
    mode checks, :class:`RawJSON` text included); a body that cannot be encoded as it is."""
    try:
        return json.loads(encode(body))
    except (TypeError, ValueError):
        return body


def _embed(value: Any) -> Any:
    """orjson's ``default``: a :class:`RawJSON`'s text as it is."""
    if type(value) is RawJSON:
        return value.fragment
    raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")


def _parsed(value: Any) -> Any:
    """``json.dumps``'s ``default``: a :class:`RawJSON` as the value its text holds."""
    if type(value) is RawJSON:
        return json.loads(value.text)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

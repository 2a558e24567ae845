"""ICOMMKT time: epoch microseconds, Eastern-time stamps, filter dates and stats days.

Timestamps are stored as integer epoch microseconds and rendered in US Eastern time with seven
fractional digits and the offset (``2014-02-17T07:25:01.4178645-05:00``). Every stored event
gets a distinct, increasing time. Filter dates (``fromdate``/``todate``) are Eastern time and
inclusive (a date-only ``todate`` covers the whole day, a date-time its whole second or minute);
stats days are Eastern dates. A filter date that does not exist (e.g. 2021-02-31) is a 422 (the
spec's patterns refuse it already); an empty value is no filter.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .errors import QUERY_MESSAGE, IcommktError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EASTERN = ZoneInfo("America/New_York")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def stamp(us: int) -> str:
    """Eastern time, seven fractional digits and the offset: 2014-02-17T07:25:01.4178645-05:00."""
    seconds, micro = divmod(us, 1_000_000)
    whole, offset = _eastern_second(seconds)
    return f"{whole}.{micro:06d}0{offset}"


@lru_cache(maxsize=8192)
def _eastern_second(seconds: int) -> tuple[str, str]:
    """A whole second's Eastern date and time, and its UTC offset (offsets change on whole
    seconds, so a listing's stamps share the zone arithmetic of their second)."""
    moment = (EPOCH + timedelta(seconds=seconds)).astimezone(EASTERN)
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{moment:%Y-%m-%dT%H:%M:%S}", f"{sign}{hours:02d}:{mins:02d}"


def eastern_day(us: int) -> str:
    return (EPOCH + timedelta(microseconds=us)).astimezone(EASTERN).strftime("%Y-%m-%d")


#: one microsecond, to_us()'s unit (built once: every request reads the clock)
_US = timedelta(microseconds=1)


def to_us(moment: datetime) -> int:
    return (moment - EPOCH) // _US


def filter_time(value: str, *, end: bool, code: int) -> int:
    """A ``fromdate``/``todate`` value (Eastern, inclusive) as epoch microseconds."""
    try:
        if "T" in value:
            moment = datetime.fromisoformat(value)
            span = timedelta(seconds=1) if value.count(":") == 2 else timedelta(minutes=1)
        else:
            moment = datetime.combine(date.fromisoformat(value), datetime.min.time())
            span = timedelta(days=1)
        local = moment.replace(tzinfo=EASTERN)
        us = to_us(local)
        return us + (span // timedelta(microseconds=1)) - 1 if end else us
    except (ValueError, OverflowError) as exc:
        raise IcommktError(code, f"{QUERY_MESSAGE} Invalid date: {value!r}.") from exc


def stats_day(value: str | None, code: int = 900) -> str | None:
    if not value:  # absent, or empty: ASP.NET binds "" to no value
        return None
    try:
        if not ISO_DATE.match(value):
            raise ValueError(value)
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise IcommktError(code, f"{QUERY_MESSAGE} Invalid date: {value!r}.") from exc

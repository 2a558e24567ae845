"""Reading an Inxmail recipient-import file, as the doc's "Required CSV file structure" says.

The emulator's import handler applies what this module reads; keeping the file format here
keeps the handler about state (conflict modes, lists, tracking permissions).

- The ``file`` part is CSV, or gzip-compressed CSV (recognised by its magic bytes), UTF-8.
- First record: the column names; ``email`` is required, ``trackingPermission`` optional, every
  other name must be a recipient attribute (unknown ones are warned about and ignored). Empty
  or repeated names are a header error, which fails the whole file.
- ``;`` separates, ``"`` delimits text, ``\\"`` escapes a quote inside text.
- Empty values: ``;;``, ``;"";`` and whitespace-only tokens.
- Numbers may use ``,`` as thousands separator and ``.`` as decimal separator; ``true`` is the
  only true boolean; dates ``YYYY-MM-DD``, times ``HH:MM:SSZ``, date-times
  ``YYYY-MM-DDTHH:MM:SSZ``.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..core import FORMAT_CHECKER

EMAIL_COLUMN = "email"
PERMISSION_COLUMN = "trackingPermission"

_INTEGER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)$")
_FLOAT = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$")


class Empty:
    """An empty CSV value (``;;``, ``;"";`` or whitespace only)."""

    def __repr__(self) -> str:
        return "EMPTY"


EMPTY = Empty()


@dataclass
class Issue:
    """One entry of a file's error report (the API's RecipientImportError)."""

    error: str
    line: int | None = None
    column: int | None = None
    email: str | None = None
    value: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass
class Row:
    """A data record whose email and attribute values parsed."""

    line: int
    email: str
    attributes: dict[str, Any]  # name -> value or EMPTY
    permission: str | Empty | None  # None: no trackingPermission column (or it is ignored)


@dataclass
class ImportFile:
    """What a file holds: rows to apply and the issues found reading it."""

    rows: list[Row] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    records: int = 0  # data records read (parsed or not)
    failed: bool = False  # the file as a whole could not be read


def decode(content: bytes) -> str:
    """The CSV text of an upload; raises ValueError when it is not (gzip'd) UTF-8."""
    if content[:2] == b"\x1f\x8b":
        try:
            content = gzip.decompress(content)
        except (OSError, EOFError, zlib.error) as exc:
            raise ValueError(f"not a gzip file: {exc}") from exc
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: {exc}") from exc
    return text.removeprefix("\ufeff")


def _records(text: str) -> Iterator[tuple[int, list[str] | None]]:
    """(line number, fields) per record; fields is None for a record that does not parse."""
    reader = csv.reader(
        io.StringIO(text),
        delimiter=";",
        quotechar='"',
        escapechar="\\",
        doublequote=False,
        strict=True,
    )
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield start, None
            continue
        if fields:  # a blank line is no record
            yield start, fields


def parse_value(type_: str, raw: str, max_length: int | None = None) -> Any:
    """A CSV token as the attribute's value; EMPTY for an empty token; ValueError if invalid."""
    if raw.strip() == "":
        return EMPTY
    if type_ == "TEXT":
        if max_length is not None and len(raw) > max_length:
            raise ValueError("too long")
        return raw
    if type_ == "BOOLEAN":
        return raw == "true"
    if type_ == "INTEGER":
        if not _INTEGER.match(raw):
            raise ValueError("not an integer")
        number = int(raw.replace(",", ""))
        if not -(2**31) <= number < 2**31:
            raise ValueError("out of range")
        return number
    if type_ == "FLOATING_POINT_NUMBER":
        if not _FLOAT.match(raw):
            raise ValueError("not a number")
        return float(raw.replace(",", ""))
    if type_ == "DATE_ONLY":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError("not a date")
        date.fromisoformat(raw)  # ValueError for e.g. 2024-02-30
        return raw
    if type_ == "DATE_AND_TIME":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", raw):
            raise ValueError("not a date-time")
        datetime.fromisoformat(raw.replace("Z", "+00:00"))
        return raw
    if type_ == "TIME_ONLY":
        match = re.fullmatch(r"(\d{2}):(\d{2}):(\d{2})Z", raw)
        if not match or int(match[1]) > 23 or int(match[2]) > 59 or int(match[3]) > 59:
            raise ValueError("not a time")
        return raw
    return raw


def read(
    content: bytes, attributes: Mapping[str, Mapping[str, Any]], *, permissions: bool
) -> ImportFile:
    """Read an upload against the account's attributes (name -> attribute record).

    ``permissions``: whether a trackingPermission column is honoured (only with a target list).
    """
    out = ImportFile()
    try:
        text = decode(content)
    except ValueError:
        out.failed = True
        out.issues.append(Issue("HEADER_ERROR", line=1))
        return out
    records = _records(text)
    first = next(records, None)
    if first is None or first[1] is None:
        out.failed = True
        out.issues.append(Issue("HEADER_ERROR", line=1))
        return out
    header = [name.strip() for name in first[1]]
    if "" in header or len(set(header)) != len(header) or EMAIL_COLUMN not in header:
        out.failed = True
        out.issues.append(Issue("HEADER_ERROR", line=first[0]))
        return out
    columns: dict[int, str] = {}  # position -> attribute name
    permission_at: int | None = None
    for position, name in enumerate(header):
        if name == EMAIL_COLUMN:
            continue
        if name == PERMISSION_COLUMN:
            if permissions:
                permission_at = position
            else:
                out.issues.append(Issue("IGNORED_TRACKING_PERMISSION_WARN", value=name))
        elif name in attributes:
            columns[position] = name
        else:
            out.issues.append(Issue("COLUMN_NOT_FOUND_WARN", column=position + 1, value=name))
    email_at = header.index(EMAIL_COLUMN)
    for line, fields in records:
        out.records += 1
        if fields is None or len(fields) != len(header):
            out.issues.append(Issue("LINE_PARSE_ERROR", line=line))
            continue
        email = fields[email_at].strip()
        if not email or not FORMAT_CHECKER.conforms(email, "email"):
            out.issues.append(
                Issue("EMAIL_PARSE_ERROR", line=line, column=email_at + 1, value=fields[email_at])
            )
            continue
        values: dict[str, Any] = {}
        problem: Issue | None = None
        for position, name in columns.items():
            attr = attributes[name]
            max_length = attr.get("maxLength")
            try:
                values[name] = parse_value(
                    str(attr.get("type")),
                    fields[position],
                    int(max_length) if max_length is not None else None,
                )
            except ValueError:
                problem = Issue(
                    "ATTRIBUTE_PARSE_ERROR",
                    line=line,
                    column=position + 1,
                    email=email,
                    value=fields[position],
                )
                break
        if problem is not None:
            out.issues.append(problem)
            continue
        permission: str | Empty | None = None
        if permission_at is not None:
            token = fields[permission_at].strip()
            permission = (
                EMPTY if not token else "GRANTED" if token.upper() == "GRANTED" else "DENIED"
            )
        out.rows.append(Row(line, email, values, permission))
    return out

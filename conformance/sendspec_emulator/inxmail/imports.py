"""Inxmail `imports` operations (the spec's tag): recipient imports, their files and error
reports.

The CSV of the ``file`` part is read by ``csv_import`` and applied at once: conflict modes,
target list with resubscribe/truncate, tracking permissions; per-file error reports with the
documented codes; a non-multipart upload is 415, a missing ``file`` part missing-request-part,
a file above ``max_import_bytes`` 413; the import is finished when the 201 is sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core import Call, Reply, handles
from . import csv_import
from .hal import HalResources
from .problems import Problem, not_found
from .query import Select


class ImportHandlers(HalResources):
    @handles("import_recipients")
    def import_recipients(self, call: Call) -> Reply:
        # the core parsed the multipart body and checked its required parts
        media = call.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "multipart/form-data":
            raise Problem(415, "about:blank", "the upload must be multipart/form-data")
        upload = call.body.get("file") if isinstance(call.body, dict) else None
        if isinstance(upload, str):  # a plain form field instead of a file part
            upload = {"filename": None, "content": upload.encode()}
        if not isinstance(upload, dict):
            raise Problem(400, "missing-request-part", "required request part 'file' is missing")
        content: bytes = upload["content"]
        if len(content) > self.max_import_bytes:
            raise Problem(413, "about:blank", "Payload Too Large")
        list_: dict[str, Any] | None = None
        if "listId" in call.query:
            list_ = self.get("lists", call.query["listId"])
            if list_ is None or list_.get("type") != "STANDARD":
                raise Problem(
                    400, "invalid-parameter-value", "the list does not exist or is not STANDARD"
                )
        read = csv_import.read(content, self.attributes_by_name(), permissions=list_ is not None)
        imported = self._apply_import(read, list_, call.query)
        failed = read.records - imported
        no_records = read.failed or (read.records > 0 and imported == 0)
        item = self.insert(
            "imports",
            {
                "state": "FAILED" if no_records else "SUCCESS",
                "successCount": imported,
                "failCount": failed,
            },
        )
        file_ = self.insert(
            "import-files",
            {
                "importId": item["id"],
                "name": upload.get("filename") or "file",
                "state": "FAILED" if no_records else "SUCCESSFUL",
                "currentCount": read.records,
                "successCount": imported,
                "failedCount": failed,
            },
        )
        # header warnings first, then line by line
        for issue in sorted(read.issues, key=lambda i: (i.line is not None, i.line or 0)):
            self.insert("import-errors", {"fileId": file_["id"], **issue.as_dict()})
        return self.created(call, "imports", item, self.render_import(item))

    def render_import(self, item: dict[str, Any]) -> dict[str, Any]:
        body = self.item("imports", item)
        body["_links"]["inx:files"] = {"href": self.url(f"/imports/recipients/{item['id']}/files")}
        return body

    @handles("get_recipient_import")
    def get_import(self, call: Call) -> Reply:
        item = self.must("imports", call.path_params["importId"], "import")
        return self.reply(call, self.render_import(item))

    def _apply_import(
        self,
        read: csv_import.ImportFile,
        list_: dict[str, Any] | None,
        query: Mapping[str, Any],
    ) -> int:
        """Apply the parsed rows (issues found on the way are added to ``read``); the number
        of records imported."""
        mode = query.get("importConflictMode", "OVERWRITE_FULL")
        permission_mode = query.get("trackingPermissionConflictMode", "OVERWRITE_FULL")
        if list_ is not None and query.get("truncate"):
            with self.db.tx() as conn:
                conn.execute(
                    "DELETE FROM memberships WHERE list_id = ? AND state = 'SUBSCRIBED'",
                    (list_["id"],),
                )
        booleans = {n for n, a in self.attributes_by_name().items() if a.get("type") == "BOOLEAN"}
        # lower-case email -> the recipient by_email() finds first (lowest id), looked up once
        # per address of the file and kept up to date with the recipients this import adds
        known: dict[str, dict[str, Any] | None] = {}
        imported = 0
        for row in read.rows:
            if self.blacklisted(row.email):
                read.issues.append(
                    csv_import.Issue("BLACKLIST_ERROR", line=row.line, email=row.email)
                )
                continue
            if row.email.lower() not in known:
                found = self.by_email(row.email)
                known[row.email.lower()] = found[0] if found else None
            recipient = known[row.email.lower()]
            existing = recipient is not None
            if list_ is not None and recipient is not None and not query.get("resubscribe"):
                state = self.db.query(
                    "SELECT state FROM memberships WHERE recipient_id = ? AND list_id = ?",
                    (recipient["id"], list_["id"]),
                )
                if state and state[0]["state"] == "UNSUBSCRIBED":
                    read.issues.append(
                        csv_import.Issue("UNSUBSCRIPTION_ERROR", line=row.line, email=row.email)
                    )
                    continue
            if recipient is None:
                values = {
                    k: (False if v is csv_import.EMPTY else v)
                    for k, v in row.attributes.items()
                    if v is not csv_import.EMPTY or k in booleans
                }
                recipient = self.insert(
                    "recipients",
                    {
                        "email": row.email,
                        "attributes": values,
                        "unavailable": False,
                        "last_modified": self.now(),
                    },
                )
                known[row.email.lower()] = recipient
            elif mode != "KEEP_EXISTING":
                current = dict(recipient.get("attributes") or {})
                for name, value in row.attributes.items():
                    if value is csv_import.EMPTY:
                        if mode == "OVERWRITE_FULL":
                            if name in booleans:
                                current[name] = False
                            else:
                                current.pop(name, None)
                    elif mode != "UPDATE" or current.get(name) is None:
                        current[name] = value
                recipient["attributes"] = current
                recipient["last_modified"] = self.now()
                self.save("recipients", recipient)
            if list_ is not None:
                self._set_membership(recipient["id"], list_["id"], "SUBSCRIBED")
                self._import_permission(list_["id"], recipient, row, existing, permission_mode)
            imported += 1
        return imported

    def _import_permission(
        self,
        list_id: int,
        recipient: dict[str, Any],
        row: csv_import.Row,
        existing: bool,
        mode: str,
    ) -> None:
        if row.permission is None or (existing and mode == "KEEP_EXISTING"):
            return
        if row.permission is csv_import.EMPTY:
            if existing and mode == "OVERWRITE_FULL":
                self._grant(list_id, recipient["id"], "DENIED")
            return
        self._grant(list_id, recipient["id"], str(row.permission))

    @handles("list_recipient_import_files")
    def list_import_files(self, call: Call) -> Reply:
        imp = self.must("imports", call.path_params["importId"], "import")
        iid = imp["id"]
        sel = Select("import-files", lambda f: f.get("importId") == iid).eq("importId", iid)
        return self.page(call, "import-files", sel, self.render_import_file)

    def render_import_file(self, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("import-files", item)
        out.pop("importId", None)
        out["_links"]["inx:errors"] = {"href": self.href("import-files", item) + "/errors"}
        return out

    def _import_file(self, call: Call, key: str) -> dict[str, Any]:
        imp = self.must("imports", call.path_params["importId"], "import")
        item = self.must("import-files", call.path_params[key], "import file")
        if item.get("importId") != imp["id"]:
            raise not_found("import file", item["id"])
        return item

    @handles("get_recipient_import_file")
    def get_import_file(self, call: Call) -> Reply:
        return self.reply(call, self.render_import_file(self._import_file(call, "fileId")))

    @handles("list_recipient_import_file_errors")
    def list_import_errors(self, call: Call) -> Reply:
        file_ = self._import_file(call, "importFileId")
        fid = file_["id"]
        sel = Select("import-errors", lambda e: e.get("fileId") == fid).eq("fileId", fid)

        def render(entry: dict[str, Any]) -> dict[str, Any]:
            data = {k: v for k, v in entry.items() if k not in ("fileId",)}
            data.setdefault("importId", file_.get("importId"))
            data["fileId"] = file_["id"]
            out = self.item("import-errors", data)
            for key in ("id", "importId", "fileId"):
                out.pop(key, None)
            return out

        return self.page(call, "import-errors", sel, render)

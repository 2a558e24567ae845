"""Inxmail: the generated client + overlays against the emulator, end to end (HAL bodies,
merge-patch, multipart import, cursor, problem documents)."""

from __future__ import annotations

import io

import pytest
from inxmail_client.api.attributes import create_recipient_attribute
from inxmail_client.api.imports import (
    get_recipient_import,
    import_recipients,
    list_recipient_import_file_errors,
    list_recipient_import_files,
)
from inxmail_client.api.lists import create_mailing_list
from inxmail_client.api.recipients import (
    create_recipient,
    delete_recipient,
    get_recipient,
    list_recipients,
    patch_recipient,
)
from inxmail_client.models import (
    AttributeType,
    AttributeValues,
    ImportConflictMode,
    MailingList,
    MailingListCreate,
    MailingListCreateType,
    Recipient,
    RecipientAttribute,
    RecipientAttributeCreate,
    RecipientCreate,
    RecipientImport,
    RecipientImportErrorCode,
    RecipientImportUpload,
    RecipientPatch,
)
from inxmail_client.types import File
from sendspec import NotFoundError, ValidationError, inxmail
from sendspec.runtime import expect
from sendspec.testing import Emulator


def test_list_attribute_recipient_lifecycle(inxmail_emulator: Emulator) -> None:
    c = inxmail_emulator.client()
    body = MailingListCreate(
        name="news", type_=MailingListCreateType.STANDARD, sender_address="john.doe@example.com"
    )
    created = expect(create_mailing_list.sync(client=c, body=body), MailingList)
    assert created.name == "news" and created.id > 0
    with pytest.raises(ValidationError) as dup:  # 409 duplicate-resource
        create_mailing_list.sync(client=c, body=body)
    assert dup.value.status_code == 409 and inxmail.problem_type(dup.value) == "duplicate-resource"
    for name in ("firstName", "lastName"):
        expect(
            create_recipient_attribute.sync(
                client=c,
                body=RecipientAttributeCreate(name=name, type_=AttributeType.TEXT, max_length=20),
            ),
            RecipientAttribute,
        )
    values = AttributeValues.from_dict({"firstName": "Jane", "lastName": "Doe"})
    recipient = expect(
        create_recipient.sync(
            client=c, body=RecipientCreate(email="jane@example.com", attributes=values)
        ),
        Recipient,
    )
    # merge-patch: null removes lastName, firstName changes, nothing else is touched
    patch = RecipientPatch(
        attributes=AttributeValues.from_dict({"firstName": "J", "lastName": None})
    )
    patched = expect(patch_recipient.sync(recipient.id, client=c, body=patch), Recipient)
    assert patched.attributes is not None
    assert patched.attributes.to_dict() == {"firstName": "J"}
    fetched = expect(get_recipient.sync(recipient.id, client=c, all_attributes=True), Recipient)
    assert fetched.email == "jane@example.com"
    with pytest.raises(ValidationError) as bad:  # 400 unknown-recipient-attribute
        create_recipient.sync(
            client=c,
            body=RecipientCreate(
                email="x@example.com", attributes=AttributeValues.from_dict({"shoe": "44"})
            ),
        )
    assert inxmail.problem_type(bad.value) == "unknown-recipient-attribute"
    delete_recipient.sync_detailed(recipient.id, client=c)
    with pytest.raises(NotFoundError):
        get_recipient.sync(recipient.id, client=c)


def test_csv_import_through_the_generated_multipart_body(inxmail_emulator: Emulator) -> None:
    c = inxmail_emulator.client()
    lst = expect(
        create_mailing_list.sync(
            client=c,
            body=MailingListCreate(
                name="imported",
                type_=MailingListCreateType.STANDARD,
                sender_address="john.doe@example.com",
            ),
        ),
        MailingList,
    )
    create_recipient_attribute.sync(
        client=c, body=RecipientAttributeCreate(name="age", type_=AttributeType.INTEGER)
    )
    rows = "".join(f"r{i}@example.com;{i}\n" for i in range(25))
    csv = f"email;age\n{rows}broken;1\nr99@example.com;old\n".encode()
    upload = RecipientImportUpload(file=File(io.BytesIO(csv), "people.csv", "text/csv"))
    started = expect(
        import_recipients.sync(
            client=c,
            body=upload,
            list_id=lst.id,
            import_conflict_mode=ImportConflictMode.OVERWRITE_FULL,
        ),
        RecipientImport,
    )
    monitor = expect(get_recipient_import.sync(started.id, client=c), RecipientImport)
    assert (monitor.success_count, monitor.fail_count) == (25, 2)
    (file_,) = inxmail.Cursor(list_recipient_import_files, c, import_id=started.id)
    assert file_.name == "people.csv" and file_.current_count == 27
    errors = list(
        inxmail.Cursor(
            list_recipient_import_file_errors, c, import_id=started.id, import_file_id=file_.id
        )
    )
    assert [e.error for e in errors] == [
        RecipientImportErrorCode.EMAIL_PARSE_ERROR,
        RecipientImportErrorCode.ATTRIBUTE_PARSE_ERROR,
    ]
    assert [e.line for e in errors] == [27, 28]
    members = inxmail.Cursor(list_recipients, c, page_size=10, subscribed_to=lst.id)
    assert sorted(r.email for r in members) == sorted(f"r{i}@example.com" for i in range(25))
    assert members.pages == 3 and members.upcoming is not None


def test_list_parameters_are_sent_repeated_and_followed_by_the_cursor(
    inxmail_emulator: Emulator,
) -> None:
    """The generated client sends an array parameter repeated (`subscribedToAny=1&
    subscribedToAny=2`); the emulator's page links keep every value, so the Cursor walks the
    same selection to the end; an optional body field given as None is sent as null and
    treated as left out."""
    c = inxmail_emulator.client()
    lists = [
        expect(
            create_mailing_list.sync(
                client=c,
                body=MailingListCreate(
                    name=name,
                    type_=MailingListCreateType.STANDARD,
                    sender_address="john.doe@example.com",
                    reply_to_address=None,
                ),
            ),
            MailingList,
        )
        for name in ("one", "two", "three")
    ]
    assert lists[0].reply_to_address is None
    ids = []
    for i in range(6):
        (recipient,) = inxmail_emulator.control(
            "seed", {"recipients": [{"email": f"m{i}@example.com", "attributes": {}}]}
        )["created"]["recipients"]
        ids.append(recipient)
        inxmail_emulator.control(
            "seed", {"memberships": [{"recipientId": recipient, "listId": lists[i % 3].id}]}
        )
    cursor = inxmail.Cursor(
        list_recipients, c, page_size=1, subscribed_to_any=[lists[0].id, lists[1].id]
    )
    assert [r.email for r in cursor] == [f"m{i}@example.com" for i in (0, 1, 3, 4)]
    assert cursor.pages == 4
    emails = inxmail.Cursor(
        list_recipients, c, email=["m2@example.com", "M5@example.com"], page_size=1
    )
    assert [r.id for r in emails] == [ids[2], ids[5]]

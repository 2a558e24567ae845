from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_conflict_mode import ImportConflictMode
from ...models.problem import Problem
from ...models.recipient_import import RecipientImport
from ...models.recipient_import_upload import RecipientImportUpload
from ...models.tracking_permission_conflict_mode import TrackingPermissionConflictMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RecipientImportUpload,
    list_id: int | Unset = UNSET,
    resubscribe: bool | Unset = False,
    truncate: bool | Unset = False,
    import_conflict_mode: ImportConflictMode | Unset = UNSET,
    tracking_permission_conflict_mode: TrackingPermissionConflictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["listId"] = list_id

    params["resubscribe"] = resubscribe

    params["truncate"] = truncate

    json_import_conflict_mode: str | Unset = UNSET
    if not isinstance(import_conflict_mode, Unset):
        json_import_conflict_mode = import_conflict_mode.value

    params["importConflictMode"] = json_import_conflict_mode

    json_tracking_permission_conflict_mode: str | Unset = UNSET
    if not isinstance(tracking_permission_conflict_mode, Unset):
        json_tracking_permission_conflict_mode = tracking_permission_conflict_mode.value

    params["trackingPermissionConflictMode"] = json_tracking_permission_conflict_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/imports/recipients",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecipientImport | None:
    if response.status_code == 201:
        response_201 = RecipientImport.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RecipientImport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientImportUpload,
    list_id: int | Unset = UNSET,
    resubscribe: bool | Unset = False,
    truncate: bool | Unset = False,
    import_conflict_mode: ImportConflictMode | Unset = UNSET,
    tracking_permission_conflict_mode: TrackingPermissionConflictMode | Unset = UNSET,
) -> Response[Problem | RecipientImport]:
    """Import recipients by uploading a CSV file

     Starts an asynchronous recipient import from a CSV file sent as the multipart part `file` (a CSV
    file, `text/csv`, or a gzip compressed one, `application/gzip`, whose filename must end in
    `.csv.gz`, e.g. `Content-Disposition: form-data; name="file"; filename="import.csv.gz"`). The CSV
    must be UTF-8, `;` separated, `"` as text delimiter (escape quotes as `\\"`), with a header row
    naming the attributes; the column `email` is mandatory, `trackingPermission` optional; dates and
    times as in the date/time section; a comma as thousands separator and a dot as decimal separator;
    `true` is the only true boolean. Imports run sequentially in order of arrival. The response is the
    status monitor of the import. A missing `file` part results in missing-request-part, a bad multipart
    body in invalid-request-body, an unknown or non-STANDARD `listId` in invalid-parameter-value (all
    400); a file above the maximum size (128 MB by default) in 413.

    Args:
        list_id (int | Unset):
        resubscribe (bool | Unset):  Default: False.
        truncate (bool | Unset):  Default: False.
        import_conflict_mode (ImportConflictMode | Unset): How recipient attributes of existing
            recipients are treated by an import (default OVERWRITE_FULL).
        tracking_permission_conflict_mode (TrackingPermissionConflictMode | Unset): How tracking
            permissions of existing recipients are treated by an import (default OVERWRITE_FULL).
        body (RecipientImportUpload): The multipart body of a recipient import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientImport]
    """

    kwargs = _get_kwargs(
        body=body,
        list_id=list_id,
        resubscribe=resubscribe,
        truncate=truncate,
        import_conflict_mode=import_conflict_mode,
        tracking_permission_conflict_mode=tracking_permission_conflict_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientImportUpload,
    list_id: int | Unset = UNSET,
    resubscribe: bool | Unset = False,
    truncate: bool | Unset = False,
    import_conflict_mode: ImportConflictMode | Unset = UNSET,
    tracking_permission_conflict_mode: TrackingPermissionConflictMode | Unset = UNSET,
) -> Problem | RecipientImport | None:
    """Import recipients by uploading a CSV file

     Starts an asynchronous recipient import from a CSV file sent as the multipart part `file` (a CSV
    file, `text/csv`, or a gzip compressed one, `application/gzip`, whose filename must end in
    `.csv.gz`, e.g. `Content-Disposition: form-data; name="file"; filename="import.csv.gz"`). The CSV
    must be UTF-8, `;` separated, `"` as text delimiter (escape quotes as `\\"`), with a header row
    naming the attributes; the column `email` is mandatory, `trackingPermission` optional; dates and
    times as in the date/time section; a comma as thousands separator and a dot as decimal separator;
    `true` is the only true boolean. Imports run sequentially in order of arrival. The response is the
    status monitor of the import. A missing `file` part results in missing-request-part, a bad multipart
    body in invalid-request-body, an unknown or non-STANDARD `listId` in invalid-parameter-value (all
    400); a file above the maximum size (128 MB by default) in 413.

    Args:
        list_id (int | Unset):
        resubscribe (bool | Unset):  Default: False.
        truncate (bool | Unset):  Default: False.
        import_conflict_mode (ImportConflictMode | Unset): How recipient attributes of existing
            recipients are treated by an import (default OVERWRITE_FULL).
        tracking_permission_conflict_mode (TrackingPermissionConflictMode | Unset): How tracking
            permissions of existing recipients are treated by an import (default OVERWRITE_FULL).
        body (RecipientImportUpload): The multipart body of a recipient import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientImport
    """

    return sync_detailed(
        client=client,
        body=body,
        list_id=list_id,
        resubscribe=resubscribe,
        truncate=truncate,
        import_conflict_mode=import_conflict_mode,
        tracking_permission_conflict_mode=tracking_permission_conflict_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientImportUpload,
    list_id: int | Unset = UNSET,
    resubscribe: bool | Unset = False,
    truncate: bool | Unset = False,
    import_conflict_mode: ImportConflictMode | Unset = UNSET,
    tracking_permission_conflict_mode: TrackingPermissionConflictMode | Unset = UNSET,
) -> Response[Problem | RecipientImport]:
    """Import recipients by uploading a CSV file

     Starts an asynchronous recipient import from a CSV file sent as the multipart part `file` (a CSV
    file, `text/csv`, or a gzip compressed one, `application/gzip`, whose filename must end in
    `.csv.gz`, e.g. `Content-Disposition: form-data; name="file"; filename="import.csv.gz"`). The CSV
    must be UTF-8, `;` separated, `"` as text delimiter (escape quotes as `\\"`), with a header row
    naming the attributes; the column `email` is mandatory, `trackingPermission` optional; dates and
    times as in the date/time section; a comma as thousands separator and a dot as decimal separator;
    `true` is the only true boolean. Imports run sequentially in order of arrival. The response is the
    status monitor of the import. A missing `file` part results in missing-request-part, a bad multipart
    body in invalid-request-body, an unknown or non-STANDARD `listId` in invalid-parameter-value (all
    400); a file above the maximum size (128 MB by default) in 413.

    Args:
        list_id (int | Unset):
        resubscribe (bool | Unset):  Default: False.
        truncate (bool | Unset):  Default: False.
        import_conflict_mode (ImportConflictMode | Unset): How recipient attributes of existing
            recipients are treated by an import (default OVERWRITE_FULL).
        tracking_permission_conflict_mode (TrackingPermissionConflictMode | Unset): How tracking
            permissions of existing recipients are treated by an import (default OVERWRITE_FULL).
        body (RecipientImportUpload): The multipart body of a recipient import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientImport]
    """

    kwargs = _get_kwargs(
        body=body,
        list_id=list_id,
        resubscribe=resubscribe,
        truncate=truncate,
        import_conflict_mode=import_conflict_mode,
        tracking_permission_conflict_mode=tracking_permission_conflict_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientImportUpload,
    list_id: int | Unset = UNSET,
    resubscribe: bool | Unset = False,
    truncate: bool | Unset = False,
    import_conflict_mode: ImportConflictMode | Unset = UNSET,
    tracking_permission_conflict_mode: TrackingPermissionConflictMode | Unset = UNSET,
) -> Problem | RecipientImport | None:
    """Import recipients by uploading a CSV file

     Starts an asynchronous recipient import from a CSV file sent as the multipart part `file` (a CSV
    file, `text/csv`, or a gzip compressed one, `application/gzip`, whose filename must end in
    `.csv.gz`, e.g. `Content-Disposition: form-data; name="file"; filename="import.csv.gz"`). The CSV
    must be UTF-8, `;` separated, `"` as text delimiter (escape quotes as `\\"`), with a header row
    naming the attributes; the column `email` is mandatory, `trackingPermission` optional; dates and
    times as in the date/time section; a comma as thousands separator and a dot as decimal separator;
    `true` is the only true boolean. Imports run sequentially in order of arrival. The response is the
    status monitor of the import. A missing `file` part results in missing-request-part, a bad multipart
    body in invalid-request-body, an unknown or non-STANDARD `listId` in invalid-parameter-value (all
    400); a file above the maximum size (128 MB by default) in 413.

    Args:
        list_id (int | Unset):
        resubscribe (bool | Unset):  Default: False.
        truncate (bool | Unset):  Default: False.
        import_conflict_mode (ImportConflictMode | Unset): How recipient attributes of existing
            recipients are treated by an import (default OVERWRITE_FULL).
        tracking_permission_conflict_mode (TrackingPermissionConflictMode | Unset): How tracking
            permissions of existing recipients are treated by an import (default OVERWRITE_FULL).
        body (RecipientImportUpload): The multipart body of a recipient import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            list_id=list_id,
            resubscribe=resubscribe,
            truncate=truncate,
            import_conflict_mode=import_conflict_mode,
            tracking_permission_conflict_mode=tracking_permission_conflict_mode,
        )
    ).parsed

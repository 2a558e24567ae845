"""iovox `numbers` operations (the spec's tag): number pools."""

from __future__ import annotations

import json

from ..core import Call, Reply, handles
from .state import IovoxState


class NumberHandlers(IovoxState):
    @handles("create_number_pool")
    def create_number_pool(self, call: Call) -> Reply:
        with self.db.tx() as conn:
            conn.execute("INSERT INTO pools (body) VALUES (?)", (json.dumps(call.body),))
        return Reply(201, None)

"""ICOMMKT `inbound_rules` operations (the spec's tag): the rules that block inbound
messages by sender address or domain.

Inbound rules: an address or a domain (813 otherwise), duplicates 810 (case-insensitive),
unknown ID 812.
"""

from __future__ import annotations

from ..core import Call, Reply, handles
from .errors import IcommktError
from .records import row_id
from .state import IcommktState


class InboundRuleHandlers(IcommktState):
    @handles("list_inbound_rules")
    def list_inbound_rules(self, call: Call) -> Reply:
        count, offset = self._window(call.query, 800, ceiling=False)
        total, rows = self.db.page("inbound_rules", "1", [], "id", count, offset, "id, rule")
        return Reply(
            200, {"TotalCount": total, "InboundRules": [{"ID": r[0], "Rule": r[1]} for r in rows]}
        )

    @handles("create_inbound_rule")
    def create_inbound_rule(self, call: Call) -> Reply:
        rule = call.body["Rule"].strip()
        if not self._rule_form.search(rule) or len(rule) > 253:  # the spec's own pattern
            raise IcommktError(813, "Not a valid email address or domain.")
        with self.db.tx() as conn:
            if conn.execute(
                "SELECT 1 FROM inbound_rules WHERE rule_lower = ?", (rule.lower(),)
            ).fetchone():
                raise IcommktError(810, "This inbound rule already exists.")
            cur = conn.execute(
                "INSERT INTO inbound_rules (rule, rule_lower) VALUES (?, ?)", (rule, rule.lower())
            )
        return Reply(200, {"ID": cur.lastrowid, "Rule": rule})

    @handles("delete_inbound_rule")
    def delete_inbound_rule(self, call: Call) -> Reply:
        text = call.path_params["triggerid"]
        rule_id = row_id(text)
        if rule_id is None or rule_id < 1:
            raise IcommktError(800, f"Invalid trigger ID: {text!r}.")
        with self.db.tx() as conn:
            row = conn.execute("SELECT rule FROM inbound_rules WHERE id = ?", (rule_id,)).fetchone()
            if row is None:
                raise IcommktError(812, "This inbound rule was not found.")
            conn.execute("DELETE FROM inbound_rules WHERE id = ?", (rule_id,))
        return Reply(200, {"ErrorCode": 0, "Message": f"Rule {row[0]} removed."})

// Runs the pinned api-smart-diff on two OpenAPI documents for scripts/spec_diff.py.
// stdin: {"before": <document>, "after": <document>} (JSON, $refs internal);
// stdout: [{"path": [...], "action": "add|remove|replace|rename", "type": "...", "description": "..."}]
"use strict";
const { apiCompare } = require("api-smart-diff");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { before, after } = JSON.parse(input);
  const { diffs } = apiCompare(before, after);
  const out = diffs.map((d) => ({
    path: d.path.map(String),
    action: d.action,
    type: d.type,
    description: d.description || "",
  }));
  process.stdout.write(JSON.stringify(out));
});

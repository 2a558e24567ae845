// sendspec-operation-tags: every operation (paths and webhooks) has at least one tag, and every
// tag it names is defined in the spec's global `tags` (the first one names the generated
// client's api module).
import { isObject, operations } from './lib.js';

export default function operationTags(doc) {
  const results = [];
  const defined = new Set((Array.isArray(doc.tags) ? doc.tags : []).filter(isObject).map((t) => t.name));
  for (const { op, path, where } of operations(doc)) {
    if (!Array.isArray(op.tags) || op.tags.length === 0) {
      results.push({ message: `${where} has no tag`, path });
      continue;
    }
    op.tags.forEach((tag, i) => {
      if (!defined.has(tag)) {
        results.push({ message: `${where}: tag "${tag}" is not defined in the global tags`, path: [...path, 'tags', i] });
      }
    });
  }
  return results;
}

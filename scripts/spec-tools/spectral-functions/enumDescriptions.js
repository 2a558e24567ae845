// sendspec-enum-descriptions: every value of every enum is described, either in
// `x-enumDescriptions` (an object: value -> non-empty text, the Redocly convention) or by name
// in the description of the schema or of what directly holds it (the array whose items it is,
// the parameter, header or media type whose schema it is, the anyOf/oneOf/allOf it is a branch
// of). A value is "named" when the text contains it as a whole token. `null` (the nullable
// marker) needs no description.
import { isObject, DATA_KEYS, SCHEMA_MAPS } from './lib.js';

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (text, value) => new RegExp(`(?<![\\w-])${escapeRe(String(value))}(?![\\w-])`).test(text);

function texts(stack, node) {
  // stack: [{ node, key }] from the root to node's parent (key: node's key in that parent)
  const out = [];
  const describe = (n) => {
    if (isObject(n) && typeof n.description === 'string') out.push(n.description);
    if (isObject(n) && typeof n.title === 'string') out.push(n.title);
  };
  describe(node);
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const { key } = stack[i];
    const parent = stack[i].node;
    if (key === 'items' || key === 'schema') {
      describe(parent);
    } else if (typeof key === 'number' && i > 0 && ['anyOf', 'oneOf', 'allOf'].includes(stack[i - 1].key)) {
      // parent is the branch list; its holder is the schema with the description
      describe(stack[i - 1].node);
      i -= 1;
    } else {
      break;
    }
  }
  return out.join('\n');
}

export default function enumDescriptions(doc) {
  const results = [];
  const walk = (node, path, stack, parentKey) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, [...path, i], [...stack, { node, key: i }], i));
      return;
    }
    if (!isObject(node)) return;
    if (Array.isArray(node.enum) && !SCHEMA_MAPS.has(parentKey)) {
      const map = isObject(node['x-enumDescriptions']) ? node['x-enumDescriptions'] : {};
      const text = texts(stack, node);
      const missing = node.enum.filter((value) => {
        if (value === null) return false;
        if (typeof map[String(value)] === 'string' && map[String(value)].trim() !== '') return false;
        return !named(text, value);
      });
      if (missing.length > 0) {
        const shown = missing.slice(0, 6).map((v) => JSON.stringify(v)).join(', ') + (missing.length > 6 ? `, ... (${missing.length})` : '');
        results.push({
          message: `enum value(s) ${shown} not described: name each in the description or give it an x-enumDescriptions entry`,
          path: [...path, 'enum'],
        });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (SCHEMA_MAPS.has(parentKey)) {
        // node is a name -> schema map: its keys are names, not keywords
        walk(value, [...path, key], [...stack, { node, key }], undefined);
      } else if (!DATA_KEYS.has(key) && !key.startsWith('x-')) {
        walk(value, [...path, key], [...stack, { node, key }], key);
      }
    }
  };
  walk(doc, [], [], undefined);
  return results;
}

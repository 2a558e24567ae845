// Shared helpers of sendspec's Spectral functions (scripts/spec-tools/spectral.yaml). Every rule
// runs once on the unresolved document (`resolved: false`, given `$`), follows local `$ref`s
// itself and reports at the JSON path of the spec text that has to change.

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const unescape = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');
const escape = (token) => String(token).replace(/~/g, '~0').replace(/\//g, '~1');

export const pointer = (path) => path.map((t) => '/' + escape(t)).join('');

export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// the node a local `$ref` ("#/components/...") names, with its path; undefined if unresolvable
export function lookup(doc, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const path = ref.slice(1).split('/').slice(1).map(unescape);
  let node = doc;
  for (const token of path) {
    if (node === null || typeof node !== 'object' || !(token in node)) return undefined;
    node = node[token];
  }
  return { node, path };
}

// `node` with its `$ref` chain followed: { node, path } (path: where the followed node is)
export function follow(doc, node, path) {
  let seen = 0;
  while (isObject(node) && typeof node.$ref === 'string' && seen < 32) {
    const found = lookup(doc, node.$ref);
    if (!found) break;
    ({ node, path } = found);
    seen += 1;
  }
  return { node, path };
}

// every operation of paths and webhooks: { op, path, where } (where: "POST /email")
export function* operations(doc) {
  for (const top of ['paths', 'webhooks']) {
    const items = isObject(doc[top]) ? doc[top] : {};
    for (const [name, raw] of Object.entries(items)) {
      const { node: item } = follow(doc, raw, [top, name]);
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        if (isObject(item[method])) {
          const where = top === 'paths' ? `${method.toUpperCase()} ${name}` : `webhook ${name} (${method.toUpperCase()})`;
          yield { op: item[method], path: [top, name, method], where, top };
        }
      }
    }
  }
}

export const isJson = (mediaType) => /^application\/(.+\+)?json(\s*;.*)?$/i.test(mediaType);

// the values an Example-holding node (media type, parameter, schema) shows: [{ value, path }]
export function exampleValues(doc, node, path) {
  const out = [];
  if (!isObject(node)) return out;
  if ('example' in node) out.push({ value: node.example, path: [...path, 'example'] });
  if (isObject(node.examples)) {
    for (const [name, raw] of Object.entries(node.examples)) {
      const { node: ex } = follow(doc, raw, [...path, 'examples', name]);
      if (isObject(ex) && 'value' in ex) out.push({ value: ex.value, path: [...path, 'examples', name] });
    }
  } else if (Array.isArray(node.examples)) {
    // JSON Schema `examples` (a schema's list of values)
    node.examples.forEach((value, i) => out.push({ value, path: [...path, 'examples', i] }));
  }
  return out;
}

// keys below which a node is data, not OpenAPI/JSON Schema structure
export const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

// keys whose value maps names to schemas (a child named "enum" is a property, not a keyword)
export const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'schemas']);

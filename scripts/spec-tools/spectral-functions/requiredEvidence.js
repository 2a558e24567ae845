// sendspec-required-evidence: no `required` without evidence in what the service sends. Every
// property a schema of a received body requires (the JSON bodies of every response, and of the
// webhook requests the service makes) must either appear in at least one of the spec's own
// examples at that place (the documented answers: media type and schema `example`/`examples`),
// or carry `x-evidence` (a doc reference: "doc 000 §Send email, field table"), on the property
// or on the schema that requires it. A required field nobody has seen the service send makes
// every generated client reject a real answer that leaves it out.
//
// The examples are walked along the schema: a property's values are the examples' values of
// that property, an array's items their elements, an allOf branch sees all the values, a
// oneOf/anyOf branch those that fit it (type, enum/const, its own required members).
import { exampleValues, follow, isJson, isObject, operations, pointer } from './lib.js';

const jsonType = (v) => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v; // string, boolean, object
};

export default function requiredEvidence(doc) {
  const required = new Map(); // "schema pointer|prop" -> { path, prop, schema }
  const evidenced = new Set();
  const hasEvidence = (n) => isObject(n) && typeof n['x-evidence'] === 'string' && n['x-evidence'].trim() !== '';

  const fits = (raw, path, value) => {
    const { node } = follow(doc, raw, path);
    if (!isObject(node)) return true;
    const types = node.type === undefined ? [] : [].concat(node.type);
    const t = jsonType(value);
    if (types.length > 0 && !types.includes(t) && !(t === 'integer' && types.includes('number'))) return false;
    if ('const' in node && JSON.stringify(node.const) !== JSON.stringify(value)) return false;
    if (Array.isArray(node.enum) && !node.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) return false;
    if (Array.isArray(node.required) && !(isObject(value) && node.required.every((p) => p in value))) return false;
    if (Array.isArray(node.allOf)) return node.allOf.every((b, i) => fits(b, [...path, 'allOf', i], value));
    return true;
  };

  const walk = (raw, rawPath, values, active) => {
    const { node, path } = follow(doc, raw, rawPath);
    if (!isObject(node)) return;
    const key = pointer(path);
    if (active.has(key) && values.length === 0) return; // a recursive schema with nothing left to show
    if (active.size > 64) return;
    const inner = new Set(active).add(key);
    values = values.concat(exampleValues(doc, node, path).map((e) => e.value));
    const properties = isObject(node.properties) ? node.properties : {};
    if (Array.isArray(node.required)) {
      node.required.forEach((prop, i) => {
        const id = `${key}|${prop}`;
        if (!required.has(id)) required.set(id, { path: [...path, 'required', i], prop, schema: key });
        if (hasEvidence(node) || hasEvidence(properties[prop]) || values.some((v) => isObject(v) && prop in v)) {
          evidenced.add(id);
        }
      });
    }
    for (const [name, sub] of Object.entries(properties)) {
      const shown = values.filter((v) => isObject(v) && name in v).map((v) => v[name]);
      walk(sub, [...path, 'properties', name], shown, inner);
    }
    if (isObject(node.items)) {
      walk(node.items, [...path, 'items'], values.filter(Array.isArray).flat(), inner);
    }
    if (Array.isArray(node.prefixItems)) {
      node.prefixItems.forEach((sub, i) => {
        const shown = values.filter((v) => Array.isArray(v) && v.length > i).map((v) => v[i]);
        walk(sub, [...path, 'prefixItems', i], shown, inner);
      });
    }
    if (isObject(node.additionalProperties)) {
      const shown = values.filter(isObject).flatMap((v) => Object.entries(v).filter(([k]) => !(k in properties)).map(([, x]) => x));
      walk(node.additionalProperties, [...path, 'additionalProperties'], shown, inner);
    }
    if (Array.isArray(node.allOf)) {
      node.allOf.forEach((sub, i) => walk(sub, [...path, 'allOf', i], values, inner));
    }
    for (const keyword of ['oneOf', 'anyOf']) {
      if (!Array.isArray(node[keyword])) continue;
      node[keyword].forEach((sub, i) => {
        const at = [...path, keyword, i];
        walk(sub, at, values.filter((v) => fits(sub, at, v)), inner);
      });
    }
  };

  const body = (raw, rawPath) => {
    const { node: holder, path } = follow(doc, raw, rawPath);
    const content = isObject(holder) && isObject(holder.content) ? holder.content : {};
    for (const [mediaType, media] of Object.entries(content)) {
      if (!isJson(mediaType) || !isObject(media) || media.schema === undefined) continue;
      const at = [...path, 'content', mediaType];
      const shown = exampleValues(doc, media, at).map((e) => e.value);
      walk(media.schema, [...at, 'schema'], shown, new Set());
    }
  };

  for (const { op, path, top } of operations(doc)) {
    if (isObject(op.responses)) {
      for (const [status, response] of Object.entries(op.responses)) body(response, [...path, 'responses', status]);
    }
    if (top === 'webhooks' && op.requestBody !== undefined) body(op.requestBody, [...path, 'requestBody']);
  }

  const results = [];
  for (const [id, { path, prop, schema }] of required) {
    if (evidenced.has(id)) continue;
    results.push({
      message: `required property "${prop}" of ${schema} (a received body) is in no example: show it in one, or put x-evidence (the doc reference) on the property or the schema`,
      path,
    });
  }
  return results;
}

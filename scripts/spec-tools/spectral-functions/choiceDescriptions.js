// sendspec-choice-descriptions: every branch of every oneOf/anyOf says which case it is: a
// `title` or `description` on the branch, or on the schema its `$ref` names. The branch
// `{type: "null"}` of the OpenAPI 3.1 nullable idiom needs none (the holder's description
// says when the value is null).
import { follow, isObject, DATA_KEYS, SCHEMA_MAPS } from './lib.js';

const described = (n) => isObject(n) && ((typeof n.title === 'string' && n.title.trim() !== '') || (typeof n.description === 'string' && n.description.trim() !== ''));

const isNullBranch = (n) => isObject(n) && n.type === 'null' && Object.keys(n).every((k) => k === 'type');

export default function choiceDescriptions(doc) {
  const results = [];
  const walk = (node, path, parentKey) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, [...path, i], i));
      return;
    }
    if (!isObject(node)) return;
    if (!SCHEMA_MAPS.has(parentKey)) {
      for (const keyword of ['oneOf', 'anyOf']) {
        if (!Array.isArray(node[keyword])) continue;
        node[keyword].forEach((branch, i) => {
          if (isNullBranch(branch) || described(branch)) return;
          const { node: target } = follow(doc, branch, [...path, keyword, i]);
          if (described(target)) return;
          const what = isObject(branch) && branch.$ref ? ` (${branch.$ref} has neither)` : '';
          results.push({
            message: `${keyword} branch ${i} has no title or description${what}: say which case it is`,
            path: [...path, keyword, i],
          });
        });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (SCHEMA_MAPS.has(parentKey)) walk(value, [...path, key], undefined);
      else if (!DATA_KEYS.has(key) && !key.startsWith('x-')) walk(value, [...path, key], key);
    }
  };
  walk(doc, [], undefined);
  return results;
}

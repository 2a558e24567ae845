// sendspec-response-examples: every JSON body of every 2xx response of every operation shows
// at least one example (`example`/`examples` on the media type, or on the schema it names), so
// readers, schemathesis' examples phase and sendspec-required-evidence have the service's
// documented answer.
import { exampleValues, follow, isJson, isObject, operations } from './lib.js';

export default function responseExamples(doc) {
  const results = [];
  for (const { op, path, where } of operations(doc)) {
    const responses = isObject(op.responses) ? op.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      if (!/^2/.test(status)) continue;
      const { node: response } = follow(doc, raw, [...path, 'responses', status]);
      const content = isObject(response) && isObject(response.content) ? response.content : {};
      for (const [mediaType, media] of Object.entries(content)) {
        if (!isJson(mediaType) || !isObject(media)) continue;
        const at = [...path, 'responses', status, 'content', mediaType];
        if (exampleValues(doc, media, at).length > 0) continue;
        const schema = follow(doc, media.schema, [...at, 'schema']);
        if (exampleValues(doc, schema.node, schema.path).length > 0) continue;
        results.push({ message: `${where} ${status} ${mediaType} has no example`, path: isObject(raw) && raw.$ref ? [...path, 'responses', status] : at });
      }
    }
  }
  return results;
}

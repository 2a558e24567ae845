// sendspec-operation-id: every operation (paths and webhooks) has an operationId, unique in the
// spec, in the specs' convention: snake_case (it becomes the generated client's module and
// function name, e.g. icomm_sms_client.api.default.send_sms_messages).
import { operations } from './lib.js';

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export default function operationId(doc) {
  const results = [];
  const seen = new Map();
  for (const { op, path, where } of operations(doc)) {
    const id = op.operationId;
    if (typeof id !== 'string' || id === '') {
      results.push({ message: `${where} has no operationId`, path });
    } else if (!SNAKE.test(id)) {
      results.push({ message: `${where}: operationId "${id}" is not snake_case`, path: [...path, 'operationId'] });
    } else if (seen.has(id)) {
      results.push({ message: `${where}: operationId "${id}" is also ${seen.get(id)}'s`, path: [...path, 'operationId'] });
    } else {
      seen.set(id, where);
    }
  }
  return results;
}

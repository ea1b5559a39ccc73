// Elysia's WebSocket route: what a client sends arrives as `message(ws, message)`.
import { Elysia } from 'elysia';
import vm from 'node:vm';

export const live = new Elysia()
  .ws('/live', {
    open(ws) {
      ws.send('hello');
    },
    message(ws, raw) {
      const msg = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { type: string; expression: string };
      if (msg.type === 'formula') {
        const sandbox = { result: undefined as unknown };
        // ruleid: js/code-injection
        vm.runInNewContext(`result = (${msg.expression})`, sandbox, { timeout: 50 });
        ws.send(JSON.stringify(sandbox.result));
      } else {
        // ok: js/code-injection
        vm.runInNewContext('result = 1 + 1', {}, { timeout: 50 });
      }
    },
  });

import * as grpc from '@grpc/grpc-js';
import { execFile } from 'node:child_process';
import { watermark, poster } from './media';

function withTiming<Req, Res>(handler: grpc.handleUnaryCall<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => handler(call, callback);
}

const client = new (grpc.makeGenericClientConstructor({}, 'Status'))('status:50051', grpc.credentials.createSsl());

export function checkStatus(name: string): void {
  client.getStatus({ name }, (err: Error | null, reply: { version: string }) => {
    // ok: js/command-injection
    execFile('logger', [String(err), name]);
  });
}

export const imageHandlers = {
  applyWatermark: withTiming<{ id: string; text: string }, { ok: boolean }>((call, callback) => {
    watermark('/srv/media/in.png', call.request.text);
    callback(null, { ok: true });
  }),
  resizePoster(call: grpc.ServerUnaryCall<{ width: number }, { ok: boolean }>, callback: grpc.sendUnaryData<{ ok: boolean }>) {
    poster('/srv/media/in.png', call.request.width);
    callback(null, { ok: true });
  },
};

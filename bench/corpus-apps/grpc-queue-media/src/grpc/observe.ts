import * as grpc from '@grpc/grpc-js';
import { logger } from '../logger';

/** Wraps a unary handler with timing / debug logs. */
export function observedUnary<Req, Res>(rpc: string, handler: grpc.handleUnaryCall<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const started = process.hrtime.bigint();
    // vuln: CWE-532
    logger.debug({ rpc, peer: call.getPeer(), headers: call.metadata.getMap() }, 'rpc start');
    handler(call, (err, value, trailer, flags) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ rpc, ms, code: err?.code ?? grpc.status.OK }, 'rpc done');
      callback(err, value, trailer, flags);
    });
  };
}

/** Same for server-streaming handlers; only the peer and user agent are logged. */
export function observedStream<Req, Res>(
  rpc: string,
  handler: grpc.handleServerStreamingCall<Req, Res>,
): grpc.handleServerStreamingCall<Req, Res> {
  return (call) => {
    const [userAgent] = call.metadata.get('user-agent');
    logger.debug({ rpc, peer: call.getPeer(), userAgent }, 'stream start');
    call.on('finish', () => logger.info({ rpc }, 'stream finished'));
    handler(call);
  };
}

/**
 * Restify: its response's `send` formats the body by content negotiation, and its server emits
 * errors to listeners. (Its `redirect([code,] url, next)` and status-first `send`/`sendRaw` are sink
 * rows in models/sinks.ts.)
 */
import type { Node } from '../frontend/js/ast.js';
import { REQUEST_PARAM_NAMES, RESPONSE_PARAM_NAMES } from '../models/sources.js';
import type { TaintEngine } from './engine.js';
import { paramName } from './functions.js';

const RESTIFY_MODULE = /^restify$/;

export function runsUnderRestify(e: TaintEngine): boolean {
  return e.runsUnder('restify', RESTIFY_MODULE, ['restify']);
}

/**
 * A listener of Restify's error events (`server.on('restifyError', (req, res, err, callback) => …)`,
 * one event per error name too), by its parameters in a file that runs under Restify: it is often
 * defined in its own module and registered in the server's.
 */
export function isRestifyErrorListener(e: TaintEngine, fn: Node): boolean {
  if (fn.params.length !== 3 && fn.params.length !== 4) return false;
  const [req, res, err] = fn.params.slice(0, 3).map((p: Node) => paramName(p) ?? '');
  return REQUEST_PARAM_NAMES.test(req!) && RESPONSE_PARAM_NAMES.test(res!) && /^(err|error)$/.test(err!) && runsUnderRestify(e);
}

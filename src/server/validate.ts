/**
 * What the server accepts as an upload: the JSON report (schemas/vouch-report.schema.json, major
 * version 1) plus repository, branch, commit, commitTime and trigger; and never a secret in clear.
 * Reports are redacted when written, so a payload in which the secrets detector still finds a
 * credential was tampered with or hand-made, and is refused without echoing the value.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { builtInDetector } from '../analyzers/secrets/built-in.js';
import { TRIGGERS, UPLOAD_KEYS, type ReportJson, type ScanUpload, type Trigger } from '../store/report.js';

// ajv-formats is CommonJS; under NodeNext its callable default export arrives one level down.
const addFormats = (ajvFormats.default as unknown as { default: (ajv: Ajv) => Ajv }).default;

export class UploadRejected extends Error {
  constructor(readonly statusCode: number, message: string, readonly details?: string[]) {
    super(message);
    this.name = 'UploadRejected';
  }
}

const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schemas', 'vouch-report.schema.json');
let validator: ValidateFunction | undefined;

function reportValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  }
  return validator;
}

const NAME = /^[^\u0000-\u001f\u007f]{1,300}$/;

function envelopeString(body: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const v = body[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || !NAME.test(v)) {
    throw new UploadRejected(422, `'${key}' must be a non-empty string of at most 300 printable characters`);
  }
  return v;
}

/** Every string in the payload with its JSON path, for the secrets check. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/** The first unredacted secret in the payload: rule id and where (never the value). */
export function findUnredactedSecret(payload: unknown): { ruleId: string; path: string } | undefined {
  for (const [path, text] of strings(payload, '$')) {
    if (text.length < 8) continue;
    const hit = builtInDetector().detect(text)[0];
    if (hit) return { ruleId: hit.rule.id, path };
  }
  return undefined;
}

export function parseUpload(body: unknown): ScanUpload {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new UploadRejected(400, 'the body must be a JSON object: a Vouch JSON report plus repository, branch, commit');
  }
  const obj = body as Record<string, unknown>;
  const version = obj.schemaVersion;
  if (typeof version !== 'string') throw new UploadRejected(422, 'not a Vouch JSON report: schemaVersion is missing (write one with `vouch scan --format json`)');
  const major = Number(version.split('.')[0]);
  if (major !== 1) {
    throw new UploadRejected(422, `report schemaVersion ${version} is not supported: this server reads 1.x reports${major > 1 ? '; upgrade the server' : ''}`);
  }
  const repository = envelopeString(obj, 'repository', true)!;
  const branch = envelopeString(obj, 'branch', true)!;
  const commit = envelopeString(obj, 'commit', true)!;
  const commitTime = envelopeString(obj, 'commitTime', false);
  if (commitTime !== undefined && Number.isNaN(Date.parse(commitTime))) throw new UploadRejected(422, `'commitTime' must be an ISO-8601 date-time, not '${commitTime.slice(0, 40)}'`);
  const trigger = envelopeString(obj, 'trigger', false);
  if (trigger !== undefined && !(TRIGGERS as readonly string[]).includes(trigger)) throw new UploadRejected(422, `'trigger' must be one of ${TRIGGERS.join(', ')}`);

  const report: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!(UPLOAD_KEYS as readonly string[]).includes(k)) report[k] = v;
  const validate = reportValidator();
  if (!validate(report)) {
    const details = (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new UploadRejected(422, `the report does not match the Vouch JSON report schema: ${details[0]}`, details);
  }
  const secret = findUnredactedSecret(obj);
  if (secret) {
    throw new UploadRejected(422, `the payload carries an unredacted secret (${secret.ruleId} at ${secret.path}); reports written by vouch are redacted, so this one was altered: refused, nothing stored`);
  }
  return { repository, branch, commit, commitTime, trigger: trigger as Trigger | undefined, report: report as unknown as ReportJson };
}

/** Ajv validators for the report schemas: Vouch's own JSON schema and the official SARIF 2.1.0 schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its callable default export arrives one level down.
const addFormats = (ajvFormats.default as unknown as { default: (ajv: Ajv) => Ajv }).default;

function newAjv(): Ajv {
  // unicodeRegExp off: the SARIF schema's `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`)
  // has a stray `]` that is legal in a plain RegExp but not with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv;
}

export function vouchReportValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas/vouch-report.schema.json'), 'utf8'));
  return newAjv().compile(schema);
}

/**
 * The OASIS SARIF 2.1.0 (rtm.5, the final text) schema as shipped by @microsoft/jest-sarif. It is
 * written in draft-04, which Ajv 8 reads as draft-07 once `id` is spelled `$id` and the draft-04
 * meta-schema reference is dropped; the schema uses no other draft-04-only keyword.
 */
export function sarifValidator(): ValidateFunction {
  const file = join(process.cwd(), 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (!String(schema.title).includes('2.1.0')) throw new Error(`unexpected SARIF schema: ${String(schema.title)}`);
  const { $schema: _draft04, id, ...rest } = schema;
  return newAjv().compile({ ...rest, $id: id } as Record<string, unknown>);
}

export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}

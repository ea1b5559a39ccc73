/**
 * The yaml package for the IaC analyzer, loaded by its prepare step (the first YAML, JSON or
 * Terraform file) rather than with the analyzer: a pre-commit run or an assistant hook on source
 * files never needs its 250 KB. The dynamic import shares the copy the config loader uses.
 */
import { createRequire } from 'node:module';
import type { LineCounter } from 'yaml';

type Yaml = typeof import('yaml');
let lib: Yaml | undefined;

export async function loadYaml(): Promise<void> {
  // `.default`: the package's CommonJS exports, the same under Node and in the bundle (as in config/load.ts).
  lib ??= (await import('yaml')).default as Yaml;
}

/** Loaded by prepare; a direct call without it (a test) loads the package here. */
function yaml(): Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as Yaml);
}

export const isMap = ((n: unknown) => yaml().isMap(n)) as Yaml['isMap'];
export const isScalar = ((n: unknown) => yaml().isScalar(n)) as Yaml['isScalar'];
export const isSeq = ((n: unknown) => yaml().isSeq(n)) as Yaml['isSeq'];
export const isAlias = ((n: unknown) => yaml().isAlias(n)) as Yaml['isAlias'];
export const parseAllDocuments = ((...args: Parameters<Yaml['parseAllDocuments']>) => yaml().parseAllDocuments(...args)) as Yaml['parseAllDocuments'];
export const parseDocument = ((...args: Parameters<Yaml['parseDocument']>) => yaml().parseDocument(...args)) as Yaml['parseDocument'];
export function newLineCounter(): LineCounter {
  return new (yaml().LineCounter)();
}

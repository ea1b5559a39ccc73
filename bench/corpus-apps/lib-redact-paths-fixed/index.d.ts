export interface RedactOptions {
  paths: string[];
  censor?: unknown | ((value: unknown, path: string[]) => unknown);
  remove?: boolean;
  serialize?: false | ((o: unknown) => string);
  strict?: boolean;
}

export interface Redactor {
  <T>(o: T): string | T;
  restore(o: unknown, secretValues: Record<string, unknown>): void;
}

declare function redact(opts: RedactOptions): Redactor;
declare namespace redact {
  const rx: RegExp;
  function validate(paths: string[]): void;
}
export = redact;

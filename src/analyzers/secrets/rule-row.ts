import type { Confidence, RuleMeta } from '../../findings/rule.js';
import type { Severity } from '../../findings/severity.js';

/**
 * One secret format: a row of the declarative table. The detector knows nothing about
 * providers; everything provider-specific lives in these rows.
 */
export interface SecretRule {
  /** Stable rule id, `secrets/<provider>-<kind>`. */
  id: string;
  title: string;
  /** One or two sentences: what the credential grants. */
  description: string;
  severity: Severity;
  confidence?: Confidence;
  /**
   * The pattern, without flags the detector adds (`g`, `d`). The secret is the named group
   * `secret`, else group `secretGroup`, else group 1, else the whole match.
   */
  regex: RegExp;
  secretGroup?: number;
  /**
   * Lowercase ASCII literals: the cheap pre-filter. By default the regex is tried exactly where a
   * keyword occurs (it must begin with one); with `scope: 'line'` it runs over the keyword's line.
   */
  keywords: string[];
  /** `line`: the keyword sits inside the match (a name before the value, a domain in a URL). */
  scope?: 'anchored' | 'line';
  /**
   * For anchored rows with a `name` group: the whole identifier around the keyword (extended
   * backwards) must match this, e.g. `api_key` but not `monkey`.
   */
  nameCheck?: RegExp;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  entropy?: number;
  /** Secret values that look like this are not reported (documented examples, public ids). */
  allow?: RegExp[];
  /** Lines that look like this are not reported (lockfile integrity fields, …). */
  allowLine?: RegExp[];
  /** For rows with a `name` group (generic rules): identifiers that hold something other than a secret. */
  allowName?: RegExp;
  /**
   * The value has a structure that proves it is a real credential of this provider, not an example
   * (a GitHub token's checksum, an AWS key id's format, a private key block): such a finding keeps its
   * severity in docs, examples and tests.
   */
  verifiable?: (secret: string) => boolean;
  /** Structural check of the secret (a JWT decodes, a key body is long enough). */
  validate?: (secret: string, groups?: Record<string, string | undefined>) => boolean;
  /** The match may span lines (PEM blocks): the window starts at the keyword's line. */
  multiline?: boolean;
  /**
   * File kinds where an unquoted value (the group `secret2`) is code, not a literal — an identifier or
   * expression in JS/TS/Python/JSON — so only quoted values count there.
   */
  quotedOnlyIn?: string[];
  /** File kinds the row does not run on (another analyzer owns them). */
  skipKinds?: string[];
  /** Skip the shared placeholder check (formats whose real values contain long runs). */
  noPlaceholderCheck?: boolean;
  /** Generic rows give way to a provider row that found the same secret. */
  generic?: boolean;
  tags?: string[];
  /** `tp`: strings that must be flagged, generated at random in the real format at test time. `fp`: near misses. */
  samples: { tp: () => string[]; fp: string[] };
}

const FIX = 'Treat the credential as compromised: revoke or rotate it with the provider now (removing it from the code does not ' +
  'remove it from git history or from clones). Then load it at run time from an environment variable or a secret manager ' +
  '(Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key Vault, GitHub Actions secrets) and keep the file with real values out of git.';

/** The rule metadata every output uses, derived from the row so there is one definition. */
export function ruleMetaOf(row: SecretRule): RuleMeta {
  return {
    id: row.id,
    title: row.title,
    analyzer: 'secrets',
    severity: row.severity,
    confidence: row.confidence ?? (row.generic ? 'medium' : 'high'),
    cwe: [798],
    owasp: 'A07:2021-Identification and Authentication Failures',
    tags: ['secrets', ...(row.tags ?? [])],
    description: row.description,
    fix: FIX,
    examples: {
      bad: `# a real ${row.title.toLowerCase()} written into a tracked file\nAPI_CREDENTIAL="<the real value>"`,
      good: `# the value comes from the environment or a secret manager at run time\nAPI_CREDENTIAL="\${API_CREDENTIAL}"`,
      lang: 'sh',
    },
  };
}

/**
 * The contract every JS/TS rule module follows (ESLint/oxc style): `meta` first, then either a
 * pattern check (`create` returns visitors keyed by AST node type) or a taint check (which sink
 * kinds it reports, and how to word a flow), or both. Fixtures live beside the rule as
 * `<rule>.fixture.{js,ts,jsx,tsx}` with `// ruleid: <id>` / `// ok: <id>` annotations.
 */
import type { Confidence, RuleMeta } from '../../findings/rule.js';
import type { Severity } from '../../findings/severity.js';
import type { Node, Visitor } from './frontend/js/ast.js';
import type { LineIndex } from './frontend/js/parse.js';
import type { ModuleTable } from './frontend/js/modules.js';
import type { Flow } from './taint/engine.js';
import type { SinkKind } from './taint/values.js';

export interface ReportOptions {
  severity?: Severity;
  confidence?: Confidence;
  /** Report up to this node's end instead of the reported node's end. */
  endNode?: Node;
  /** String literals on the reported lines that hold credentials: masked in the finding's snippet. */
  redact?: Node[];
}

export interface CodeRuleContext {
  path: string;
  text: string;
  lines: LineIndex;
  program: Node;
  modules: ModuleTable;
  /** `cp.exec` → `child_process.exec`, `jwt.verify` → `jsonwebtoken.verify`, else the source path. */
  qualifiedName(node: Node): string | undefined;
  /** A constant string/number/boolean, following `const X = 'literal'` bindings in this file. */
  constantValue(node: Node | undefined): string | number | boolean | undefined;
  /** Source text of a node. */
  source(node: Node): string;
  report(node: Node, message: string, options?: ReportOptions): void;
}

export interface PatternCheck {
  create(ctx: CodeRuleContext): Visitor;
}

export interface TaintCheck {
  /** Sink kinds this rule reports. */
  kinds: SinkKind[];
  /** Drop flows this rule does not consider a problem (e.g. whole objects sent as JSON). */
  accept?(flow: Flow): boolean;
  message(flow: Flow): string;
  severity?(flow: Flow): Severity | undefined;
}

export interface CodeRule {
  meta: RuleMeta;
  pattern?: PatternCheck;
  taint?: TaintCheck;
}

/** Facts a rule may publish for project-level checks (see rules/missing-rate-limit.ts). */
export type { Flow };

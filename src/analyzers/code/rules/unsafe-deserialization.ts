import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import type { Location } from '../../../findings/finding.js';
import { describeFlow } from './_taint-message.js';
import { objectProperty, unwrap, walk } from '../frontend/js/ast.js';
import { parseSuppressions, suppressionFor } from '../../../findings/suppressions.js';
import { redactSnippet } from '../../../findings/redact.js';

const PLAIN_YAML_LOAD = /^(js-yaml|yaml)\.(load|loadAll)\(\)$/;

/** A js-yaml `load`/`loadAll` without a schema: safe in js-yaml 4, runs `!!js/function` in 3. */
export interface YamlLoadFact {
  location: Location;
  /** Request data reaches the call (a taint flow ends here). */
  tainted: boolean;
  snippet?: string;
  suppression?: { reason: string; line: number };
}

export function collectYamlLoadFacts(ctx: CodeRuleContext, flowLines: Set<number>): { yamlLoads?: YamlLoadFact[] } {
  if (!/js-yaml/.test(ctx.text)) return {};
  const out: YamlLoadFact[] = [];
  let lines: string[] | undefined;
  let sups: ReturnType<typeof parseSuppressions> | undefined;
  walk(ctx.program, [{
    CallExpression(node) {
      if (!/^js-yaml\.(load|loadAll)$/.test(ctx.qualifiedName(node.callee) ?? '')) return;
      const arg = node.arguments[0];
      if (!arg || ctx.constantValue(arg) !== undefined || objectProperty(node.arguments[1], 'schema')) return;
      const location: Location = {
        path: ctx.path,
        startLine: ctx.lines.line(node.start),
        startColumn: ctx.lines.column(node.start),
        endLine: ctx.lines.line(Math.max(node.start, node.end - 1)),
        endColumn: ctx.lines.column(Math.max(node.start, node.end - 1)) + 1,
      };
      lines ??= ctx.text.split(/\r?\n/);
      const fact: YamlLoadFact = { location, tainted: flowLines.has(location.startLine), snippet: redactSnippet(lines[location.startLine - 1] ?? '') };
      const sup = suppressionFor((sups ??= parseSuppressions(lines)), 'js/unsafe-deserialization', location.startLine);
      if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
      out.push(fact);
    },
  }]);
  return out.length ? { yamlLoads: out.slice(0, 50) } : {};
}

export const unsafeDeserialization: CodeRule = {
  meta: {
    id: 'js/unsafe-deserialization',
    title: 'Unsafe deserialization',
    analyzer: 'code',
    severity: 'critical',
    confidence: 'high',
    cwe: [502],
    owasp: 'A08:2021-Software and Data Integrity Failures',
    tags: ['deserialization', 'ai-common'],
    description: 'Data is deserialized with a library that can create functions or run code (`node-serialize`\'s `unserialize`, `js-yaml` with the full schema or `unsafeLoad`, js-yaml 3\'s `load`). A crafted payload (an IIFE in node-serialize, `!!js/function` in YAML) executes on the server.',
    fix: 'Exchange data as JSON (`JSON.parse`). For YAML use js-yaml 4\'s `load` with its default (safe) schema, or the `yaml` package. Remove `node-serialize` entirely.',
    examples: {
      bad: "const serialize = require('node-serialize');\napp.get('/profile', (req, res) => {\n  const prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, 'base64').toString());\n  res.json(prefs);\n});",
      good: "app.get('/profile', (req, res) => {\n  const prefs = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString());\n  res.json(prefs);\n});",
    },
  },
  taint: {
    kinds: ['deserialization'],
    // js-yaml's plain load() is unsafe only in js-yaml < 4: the package's version decides (project-rules.ts).
    accept: (flow) => !PLAIN_YAML_LOAD.test(flow.sink.label),
    message: (flow) => `Unsafe deserialization: ${describeFlow(flow)}, which can execute code embedded in the data`,
  },
  pattern: {
    // Some APIs are unsafe whatever the input's origin: flag them even without a traced source.
    create: (ctx) => ({
      CallExpression(node) {
        const name = ctx.qualifiedName(node.callee) ?? '';
        const arg = node.arguments[0];
        if (!arg || ctx.constantValue(arg) !== undefined) return;
        if (/^node-serialize\.unserialize$/.test(name)) {
          ctx.report(node, 'Unsafe deserialization: node-serialize unserialize() executes functions embedded in the data; use JSON.parse');
        } else if (/^(js-yaml|yaml)\.unsafeLoad$/.test(name)) {
          ctx.report(node, 'Unsafe deserialization: js-yaml unsafeLoad() can construct functions from YAML tags; use load() with the default schema');
        } else if (/^(js-yaml|yaml)\.(load|loadAll)$/.test(name)) {
          const schema = objectProperty(node.arguments[1], 'schema');
          const s = schema ? ctx.source(unwrap(schema)) : '';
          if (/DEFAULT_FULL_SCHEMA|FULL_SCHEMA|js-yaml-js-types|\bjsTypes\b/.test(s)) {
            ctx.report(node, 'Unsafe deserialization: js-yaml with the full schema can construct functions from YAML tags; use the default schema');
          }
        }
      },
    }),
  },
};

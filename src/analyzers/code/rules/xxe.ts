import type { CodeRule } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { collectInitializers, isTrueValue, resolveLocal } from './_local-values.js';

/** libxml2 bindings whose parse functions take libxml2 parser options. */
const LIBXML = /^(libxmljs2?|libxmljs-mt|@rgrove\/libxmljs|node-libxml)\.(parseXml|parseXmlString|parseXmlAsync|parseHtml|parseHtmlString|SaxParser|SaxPushParser|Document\.fromXml|XmlDocument\.fromString|libxml\.loadXmlFromString|loadXmlFromString)$/;
/** Parser options that make libxml2 expand external entities (`noent`) or fetch external DTDs. */
const ENTITY_OPTIONS = new Set(['noent', 'dtdload', 'dtdattr', 'xinclude']);
const REQUEST_DATA = /\b(req|request|ctx\.request|event)\.(body|query|params|rawBody|payload)\b|\breq\.read\(|\bawait\s+request\.text\(\)/;

export const xxe: CodeRule = {
  meta: {
    id: 'js/xxe',
    title: 'XML external entity (XXE) expansion enabled',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [611],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['xxe', 'xml', 'injection', 'config'],
    description: 'XML is parsed with libxml2 entity substitution (`noent: true`) or external DTD loading (`dtdload: true`) switched on. A document that declares `<!ENTITY x SYSTEM "file:///etc/passwd">` then reads local files into the parsed result or makes the server fetch internal URLs (SSRF). With XML from a request body this is directly exploitable.',
    fix: 'Leave libxml2\'s defaults alone: call `libxmljs.parseXml(xml)` without `noent`, `dtdload` or `xinclude`. If you only need data out of XML, use a parser that never resolves external entities (`fast-xml-parser`, `xml2js`), and reject documents with a `<!DOCTYPE` when you do not need one.',
    examples: {
      bad: "const libxmljs = require('libxmljs');\napp.post('/import', express.text({ type: 'application/xml' }), (req, res) => {\n  const doc = libxmljs.parseXml(req.body, { noent: true });\n  res.json({ items: doc.find('//item').length });\n});",
      good: "const { XMLParser } = require('fast-xml-parser');\napp.post('/import', express.text({ type: 'application/xml' }), (req, res) => {\n  const doc = new XMLParser().parse(req.body);\n  res.json({ items: [].concat(doc.items?.item ?? []).length });\n});",
    },
  },
  pattern: {
    create: (ctx) => {
      let inits: Map<string, Node> | undefined;
      const check = (node: Node) => {
        const name = ctx.qualifiedName(node.callee) ?? '';
        if (/^child_process\.(execFile|execFileSync|spawn|spawnSync)$/.test(name) && ctx.constantValue(node.arguments[0]) === 'xmllint') {
          const args = node.arguments[1] && unwrap(node.arguments[1]);
          if (args?.type === 'ArrayExpression' && args.elements.some((e: Node | null) => e && ctx.constantValue(e) === '--noent')) {
            ctx.report(node, 'XXE: xmllint --noent expands external entities of the document');
          }
          return;
        }
        if (!LIBXML.test(name)) return;
        for (const arg of node.arguments as Node[]) {
          const options = resolveLocal(arg, (inits ??= collectInitializers(ctx.program)));
          if (options?.type !== 'ObjectExpression') continue;
          const enabled = options.properties.filter((p: Node) => p.type === 'Property' && ENTITY_OPTIONS.has(propertyName(p) ?? '') && isTrueValue(p.value, ctx.constantValue));
          if (enabled.length === 0) continue;
          const names = enabled.map((p: Node) => propertyName(p)!);
          const input = node.arguments[0] ? ctx.source(unwrap(node.arguments[0])) : '';
          const fromRequest = REQUEST_DATA.test(input);
          const expands = names.includes('noent');
          const what = expands ? 'external entities are expanded' : 'external DTDs/documents are loaded';
          ctx.report(node, `XXE: ${name.split('.').pop()}() with ${names.map((n: string) => `${n}: true`).join(', ')}: ${what}, so a crafted document can read local files or reach internal URLs` +
            (fromRequest ? ' (the XML comes from the request)' : ''), expands || fromRequest ? {} : { severity: 'medium' });
          return;
        }
      };
      return {
        CallExpression: check,
        NewExpression: check,
        // `xmllint --noent` run as a command.
        Literal(node) {
          const s = stringValue(node);
          if (s && /\bxmllint\b[^|;&]*\s--noent\b/.test(s)) ctx.report(node, 'XXE: xmllint --noent expands external entities of the document');
        },
        TemplateLiteral(node) {
          const s = node.quasis.map((q: Node) => q.value.cooked ?? '').join(' ');
          if (/\bxmllint\b[^|;&]*\s--noent\b/.test(s)) ctx.report(node, 'XXE: xmllint --noent expands external entities of the document');
        },
      };
    },
  },
};

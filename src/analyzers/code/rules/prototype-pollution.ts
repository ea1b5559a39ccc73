import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';
import { recursiveMergePattern } from './_recursive-merge.js';

export const prototypePollution: CodeRule = {
  meta: {
    id: 'js/prototype-pollution',
    title: 'Prototype pollution',
    analyzer: 'code',
    severity: 'high',
    confidence: 'medium',
    cwe: [1321],
    owasp: 'A08:2021-Software and Data Integrity Failures',
    tags: ['prototype-pollution', 'ai-common'],
    description: 'Property names chosen by the user are written into an object (`obj[key][sub] = value`, a deep merge or `_.set` with a user path). A key of `__proto__` or `constructor.prototype` changes `Object.prototype` for the whole process: authorisation checks such as `user.isAdmin` start returning true, or the server crashes. Reported when the written object was itself reached through a user-chosen key (directly or through a variable), is a shared prototype, or is the target of a recursive merge / set-by-path; a single-level `headers[name] = value` changes at most that one object\'s prototype and is reported only when the key is an element or attribute name of a document the library parses (sax) and the value an object or array (`obj[name] = [child]`: the parsed object then inherits what the document put there, xml2js CVE-2023-0842).',
    fix: 'Reject the keys `__proto__`, `constructor` and `prototype` before writing, build lookup tables with `Object.create(null)` or `Map`, validate the body with a schema that lists allowed keys, and use merge libraries that block prototype keys (current lodash, `deepmerge` with care).',
    examples: {
      bad: "app.post('/settings', (req, res) => {\n  settings[req.body.section][req.body.key] = req.body.value;\n  res.sendStatus(204);\n});",
      good: "const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);\napp.post('/settings', (req, res) => {\n  const { section, key, value } = req.body;\n  if (FORBIDDEN.has(section) || FORBIDDEN.has(key)) return res.sendStatus(400);\n  settings.get(section)?.set(key, value);\n  res.sendStatus(204);\n});",
    },
  },
  taint: {
    kinds: ['prototype'],
    message: (flow) => flow.sink.replacesPrototype
      ? `Prototype pollution: ${describeFlow(flow)}; an element or attribute named "__proto__" gives the parsed object a prototype the document chose (inherited keys such as isAdmin)`
      : `Prototype pollution: ${describeFlow(flow)}; a "__proto__" key changes every object`,
  },
  // Deep-merge / set-by-path helpers without a prototype-key check, whatever calls them.
  pattern: recursiveMergePattern,
};

import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

/** Sinks where the database runs the text as JavaScript: any user string there is injection. */
const RUNS_JS = /\$where|\$function|map\/reduce function/;

export const nosqlInjection: CodeRule = {
  meta: {
    id: 'js/nosql-injection',
    title: 'NoSQL injection',
    analyzer: 'code',
    severity: 'high',
    confidence: 'medium',
    cwe: [943],
    owasp: 'A03:2021-Injection',
    tags: ['injection', 'nosql', 'mongodb', 'ai-common'],
    description: 'A request value that may be an object (a JSON body, a query string like `?password[$ne]=x`, or a GraphQL argument the schema declares with a JSON scalar, `filter: JSON`) is used directly in a MongoDB filter, so an attacker can inject operators such as `$ne`, `$gt` or `$regex` and, for example, log in without a password. User strings in `$where`, `$function`/`$accumulator` bodies or `mapReduce` functions run as JavaScript on the database; an `update` with `multi: true` whose selector an attacker turns into `{ $ne: null }` rewrites every document.',
    fix: 'Coerce values to the expected type before querying (`String(req.body.email)`), compare through `$eq` (`{ email: { $eq: req.body.email } }` matches an object sent there literally), validate the body with a schema (zod/joi) that only allows strings, or use `express-mongo-sanitize`/`mongo-sanitize`. Never pass user input to `$where`, `$function` or `mapReduce`.',
    examples: {
      bad: "const user = await User.findOne({ email: req.body.email, password: req.body.password });",
      good: "const user = await User.findOne({ email: String(req.body.email) });\nif (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.sendStatus(401);",
    },
  },
  taint: {
    kinds: ['nosql'],
    accept: (flow) => flow.source.mayBeObject || RUNS_JS.test(flow.sink.label),
    message: (flow) => RUNS_JS.test(flow.sink.label)
      ? `NoSQL injection: ${describeFlow(flow)}, which runs as JavaScript on the database`
      : `NoSQL injection: ${describeFlow(flow)} as a query filter; an object like {"$ne": null} changes the query`,
  },
};

import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const sqlInjection: CodeRule = {
  meta: {
    id: 'js/sql-injection',
    title: 'SQL injection',
    analyzer: 'code',
    severity: 'critical',
    confidence: 'high',
    cwe: [89],
    owasp: 'A03:2021-Injection',
    tags: ['injection', 'sql', 'ai-common'],
    description: 'User input is built into the text of an SQL query (by concatenation, a template literal or a raw-query API), so an attacker can change the query: read other users\' data, bypass login, or destroy tables.',
    fix: 'Pass user values as **parameters**, never as query text: `db.query(\'SELECT * FROM users WHERE id = $1\', [id])` (pg), `?` placeholders (mysql2, sqlite), `knex.raw(\'… ?\', [id])`, Sequelize `replacements`/`bind`, Prisma\'s tagged `$queryRaw`…`` (never `$queryRawUnsafe` with user data). For identifiers (column or table names) check the value against a fixed allow-list. With mysql/mysql2 `query()`/`format()`, a value bound to `?` that may be an object (a JSON body field) is expanded into `` `key` = value `` pairs: convert it (`String(token)`), check `typeof token === \'string\'`, type it as a string in the route schema, or use mysql2 `execute()`.',
    examples: {
      bad: "app.get('/users', async (req, res) => {\n  const { rows } = await pool.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);\n  res.json(rows);\n});",
      good: "app.get('/users', async (req, res) => {\n  const { rows } = await pool.query('SELECT * FROM users WHERE name = $1', [req.query.name]);\n  res.json(rows);\n});",
    },
  },
  taint: {
    kinds: ['sql'],
    severity: (flow) => (flow.audit ? 'high' : undefined),
    message: (flow) => flow.audit
      ? `SQL injection risk: query text is built from \`${flow.audit.param}\`, a parameter whose callers are not all visible; use a parameterised query`
      : flow.sink.objectExpanded
        ? `SQL injection: ${describeFlow(flow)} as a \`?\` placeholder value that may be an object; mysql/mysql2 expand an object into \`key\` = value pairs, so {"token": 1} turns \`token = ?\` into a condition true for every row; convert it with String() or check typeof first`
        : `SQL injection: ${describeFlow(flow)} as query text; use a parameterised query`,
  },
};

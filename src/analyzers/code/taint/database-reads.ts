/** Reads of the application's database at a call site (models/database-reads.ts): stored content. */
import { type Node, memberPath, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import type { CallSite } from '../models/sinks.js';
import { DAO_FINDER, FIND_RECEIVER, ORM_READ_METHOD, SELECT_SQL, SQL_RUN_METHOD, TABLE_BUILDER } from '../models/database-reads.js';
import type { Value } from './values.js';
import type { TaintEngine } from './engine.js';

/** What a database read returns (rows, or a promise of them), or undefined when the call reads none. */
export function databaseRead(e: TaintEngine, site: CallSite): Value | undefined {
  const label = readLabel(site);
  return label ? e.source(site.call, label, 'database', true) : undefined;
}

function readLabel(site: CallSite): string | undefined {
  const { method, receiver, args } = site;
  const callee = unwrap(site.call.callee);
  // Listing.findByPk(id), prisma.post.findMany(), repo.findOneBy({ id }), Post.find({ author }).
  if (receiver && (ORM_READ_METHOD.test(method) || (method === 'find' && FIND_RECEIVER.test(receiver.split('.').pop() ?? '')))) return `${receiver}.${method}()`;
  // pool.query('SELECT …'), db.any('SELECT …'), db.prepare('SELECT …'), conn.execute(`SELECT …`).
  if (receiver && SQL_RUN_METHOD.test(method) && args[0] && SELECT_SQL.test(sqlText(args[0], site.argValues[0]) ?? '')) return `${receiver}.${method}()`;
  // Kysely / Drizzle: sql`SELECT …`.execute(db), the tagged query run on the database handle.
  const tagged = callee.type === 'MemberExpression' && method === 'execute' ? unwrap(callee.object) : undefined;
  if (tagged?.type === 'TaggedTemplateExpression' && /(^|\.)sql$/.test(memberPath(unwrap(tagged.tag)) ?? '') && SELECT_SQL.test(tagged.quasi.quasis[0]?.value?.cooked ?? '')) return 'sql`SELECT …`.execute()';
  // knex('jobs'), this.db('jobs')…: a query builder on a table, rows once awaited.
  const builder = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
  if (builder && TABLE_BUILDER.test(builder) && args.length === 1 && /^[\w.]+(\s+as\s+\w+)?$/i.test(stringValue(args[0]) ?? '')) return `${builder}('${stringValue(args[0])}')`;
  // A data-access object's finder the project does not let us follow (injected, built by a factory).
  if (receiver && DAO_FINDER.test(method)) return `${receiver}.${method}()`;
  return undefined;
}

/** The SQL text a call runs, as far as it is written there (a literal, a template's start, a known constant). */
function sqlText(arg: Node, value: Value | undefined): string | undefined {
  const a = unwrap(arg);
  const literal = stringValue(a);
  if (literal !== undefined) return literal;
  if (a.type === 'TemplateLiteral') return a.quasis[0]?.value?.cooked ?? undefined;
  return value?.text ?? value?.prefix;
}

/**
 * Reads of the application's own database, as tables: their rows hold what users saved earlier
 * (a seller's description, a profile bio, a review). Only a server-side view that writes such a
 * value with a raw tag reports it (stored XSS, rules/view-xss.ts): everywhere else stored rows are
 * the application's data, not input.
 */

/**
 * ORM and query-builder methods whose result is rows (Sequelize, Prisma, TypeORM, MikroORM, Objection, Mongoose);
 * with Objection's writes that fetch the row back (`patchAndFetchById`): every column, not only those written.
 */
export const ORM_READ_METHOD = /^(findOne|findAll|findByPk|findById|findAndCountAll|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|findOneBy|findBy|findOneOrFail|findOneByOrFail|findAndCount|getOne|getMany|getOneOrFail|(patch|update)AndFetch(ById)?)$/;

/** `find` reads rows only on a model or repository (`Post.find()`, `userRepository.find()`), not on an array. */
export const FIND_RECEIVER = /^[A-Z][A-Za-z0-9_]*$|(Model|Repository|Repo|model|repository|repo)$/;

/** Driver calls that run SQL text (pg, pg-promise, mysql2, sqlite, better-sqlite3's `prepare`). */
export const SQL_RUN_METHOD = /^(query|execute|all|get|any|many|one|oneOrNone|manyOrNone|prepare)$/;

/** SQL that reads rows: `SELECT …`, `WITH … SELECT`. */
export const SELECT_SQL = /^\s*\(?\s*(select|with)\b/i;

/** A query builder started on a table (`knex('jobs')`, `db('users')`, `trx('orders')`, Kysely's `db.selectFrom('pages')`). */
export const TABLE_BUILDER = /^(knex|db|trx|database|selectFrom)$/;

/** A repository or DAO method named as a lookup (`findActiveById`, `getPostBySlug`, `findPublished`). */
export const DAO_FINDER = /^find[A-Z]\w*$|^(get|fetch|load)\w*By[A-Z]\w*$/;

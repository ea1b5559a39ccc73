// Pothos: `t.field({ args, resolve })`.
import SchemaBuilder from '@pothos/core';
import { Pool } from 'pg';

const pool = new Pool();
const builder = new SchemaBuilder({});

builder.queryField('posts', (t) =>
  t.stringList({
    args: { author: t.arg.string({ required: true }) },
    resolve: async (_root, args) => {
      // ruleid: js/sql-injection
      const { rows } = await pool.query(`SELECT title FROM posts WHERE author = '${args.author}'`);
      return rows.map((r) => r.title);
    },
  }),
);

export const schema = builder.toSchema();

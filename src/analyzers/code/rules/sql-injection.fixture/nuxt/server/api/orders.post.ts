import { Pool } from 'pg';

const pool = new Pool();

export default defineEventHandler({
  async handler(ev) {
    const body = await readBody(ev);
    const id = getRouterParam(ev, 'id');
    // ruleid: js/sql-injection
    await pool.query('UPDATE orders SET note = \'' + body.note + '\' WHERE id = $1', [id]);
    // ok: js/sql-injection
    await pool.query('UPDATE orders SET status = $1 WHERE id = $2', [body.status, id]);
    return { ok: true };
  },
});

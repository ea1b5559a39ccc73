import type { HttpContext } from '@adonisjs/core/http';
import db from '@adonisjs/lucid/services/db';

export default class PostsController {
  async index({ request, response }: HttpContext) {
    const sort = request.input('sort', 'id');
    // ruleid: js/sql-injection
    const rows = await db.rawQuery(`SELECT * FROM posts ORDER BY ${sort}`);
    return response.json(rows);
  }

  async show({ params }: HttpContext) {
    // ruleid: js/sql-injection
    return db.rawQuery('SELECT * FROM posts WHERE slug = \'' + params.slug + '\'');
  }

  async search({ request }: HttpContext) {
    const { q } = request.qs();
    // ok: js/sql-injection
    return db.rawQuery('SELECT * FROM posts WHERE title LIKE ?', [`%${q}%`]);
  }

  async stats({ auth }: HttpContext) {
    // The signed-in user's id, not request input.
    // ok: js/sql-injection
    return db.rawQuery(`SELECT count(*) FROM posts WHERE author_id = ${auth.user!.id}`);
  }
}

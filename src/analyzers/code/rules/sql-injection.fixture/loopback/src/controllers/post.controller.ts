import { inject } from '@loopback/core';
import { juggler } from '@loopback/repository';
import { get, param, post, requestBody } from '@loopback/rest';

export class PostController {
  constructor(@inject('datasources.db') private ds: juggler.DataSource) {}

  @get('/posts')
  async find(@param.query.string('sort') sort: string) {
    // ruleid: js/sql-injection
    return this.ds.execute(`SELECT * FROM posts ORDER BY ${sort}`);
  }

  @get('/posts/{id}')
  async findById(@param.path.number('id') id: number) {
    // LoopBack coerces and checks a number parameter before the method runs.
    // ok: js/sql-injection
    return this.ds.execute(`SELECT * FROM posts WHERE id = ${id}`);
  }

  @post('/posts/search')
  async search(@requestBody() body: { title: string }) {
    // ruleid: js/sql-injection
    await this.ds.execute("SELECT * FROM posts WHERE title = '" + body.title + "'");
    // ok: js/sql-injection
    return this.ds.execute('SELECT * FROM posts WHERE title = $1', [body.title]);
  }
}

import { inject } from '@loopback/core';
import { juggler, repository } from '@loopback/repository';
import { PostRepository } from '../repositories/post.repository';
import { get, param, post, requestBody } from '@loopback/rest';

export class PostController {
  constructor(
    @inject('datasources.db') private ds: juggler.DataSource,
    @repository(PostRepository) private posts: PostRepository,
  ) {}

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

  @get('/posts/by-tag')
  async byTag(@param.query.string('tag') tag: string, @param.header.string('x-locale') locale: string) {
    // ruleid: js/sql-injection
    await this.posts.execute(`SELECT * FROM posts WHERE tag = '${tag}'`);
    // ruleid: js/sql-injection
    await this.posts.execute(`SELECT * FROM posts WHERE locale = '${locale}'`);
    // ok: js/sql-injection
    return this.posts.execute('SELECT * FROM posts WHERE tag = $1 AND locale = $2', [tag, locale]);
  }
}

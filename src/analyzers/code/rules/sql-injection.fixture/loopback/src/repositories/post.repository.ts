import { inject } from '@loopback/core';
import { DefaultCrudRepository, juggler } from '@loopback/repository';
import { Post } from '../models/post.model';

export class PostRepository extends DefaultCrudRepository<Post, typeof Post.prototype.id> {
  constructor(@inject('datasources.db') dataSource: juggler.DataSource) {
    super(Post, dataSource);
  }
}

export * from './list-posts.dto';

import { Request, Response, Router } from 'express';
import { BaseEntity, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Post extends BaseEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() title!: string;
}

const SORTABLE = new Set(['title', 'id']);
export const posts = Router();

// Active-record entities build queries from the class itself: `Post.createQueryBuilder('p')`.
posts.get('/posts', async (req: Request, res: Response) => {
  const rows = await Post.createQueryBuilder('p')
    // ruleid: js/sql-injection
    .orderBy(String(req.query.sort))
    .getMany();
  res.json(rows);
});

posts.get('/posts/safe', async (req: Request, res: Response) => {
  const sort = SORTABLE.has(String(req.query.sort)) ? String(req.query.sort) : 'id';
  const rows = await Post.createQueryBuilder('p')
    // ok: js/sql-injection
    .orderBy(`p.${sort}`)
    .getMany();
  res.json(rows);
});

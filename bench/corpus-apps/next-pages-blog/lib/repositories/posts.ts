import type { RowDataPacket, ResultSetHeader } from 'mysql2/promise';
import { pool } from '../db';

export interface Post {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  tag: string | null;
  authorId: number;
  authorName: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
}

export interface Comment {
  id: number;
  postId: number;
  authorName: string;
  body: string;
  createdAt: string;
}

type PostRow = Post & RowDataPacket;
type CommentRow = Comment & RowDataPacket;

const POST_COLUMNS = `p.id, p.slug, p.title, p.excerpt, p.body, p.tag, p.author_id AS authorId,
  u.name AS authorName, p.status, p.published_at AS publishedAt`;

export interface ListOptions {
  tag?: string;
  sort?: string;
  direction?: string;
  limit?: number;
  offset?: number;
}

export const postRepository = {
  async findBySlug(slug: string): Promise<Post | null> {
    // safe: CWE-89
    const [rows] = await pool.execute<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id WHERE p.slug = ? AND p.status = 'published'`,
      [slug],
    );
    return rows[0] ?? null;
  },

  async findDraft(id: number): Promise<Post | null> {
    const [rows] = await pool.execute<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = ?`,
      [id],
    );
    return rows[0] ?? null;
  },

  /** Used by the JSON API and the tag pages: `?tag=react&sort=published_at&direction=desc`. */
  async list({ tag, sort = 'published_at', direction = 'DESC', limit = 20, offset = 0 }: ListOptions): Promise<Post[]> {
    const params: unknown[] = [];
    let where = `p.status = 'published'`;
    if (tag) {
      where += ' AND p.tag = ?';
      params.push(tag);
    }
    params.push(limit, offset);
    // vuln: CWE-89
    const [rows] = await pool.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
        WHERE ${where}
        ORDER BY p.${sort} ${direction}
        LIMIT ? OFFSET ?`,
      params,
    );
    return rows;
  },

  async search(term: string): Promise<Post[]> {
    // vuln: CWE-89
    const [rows] = await pool.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.status = 'published' AND (p.title LIKE '%${term}%' OR p.excerpt LIKE '%${term}%')
        ORDER BY p.published_at DESC LIMIT 25`,
    );
    return rows;
  },

  async searchByAuthor(authorName: string): Promise<Post[]> {
    // safe: CWE-89
    const [rows] = await pool.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.status = 'published' AND u.name LIKE ? ORDER BY p.published_at DESC LIMIT 25`,
      [`%${authorName}%`],
    );
    return rows;
  },

  async recentForFeed(limit = 30): Promise<Post[]> {
    const [rows] = await pool.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.status = 'published' ORDER BY p.published_at DESC LIMIT ?`,
      [limit],
    );
    return rows;
  },

  async setCover(postId: number, fileName: string): Promise<void> {
    await pool.execute<ResultSetHeader>('UPDATE posts SET cover_image = ? WHERE id = ?', [fileName, postId]);
  },

  async commentsFor(postId: number): Promise<Comment[]> {
    const [rows] = await pool.execute<CommentRow[]>(
      `SELECT id, post_id AS postId, author_name AS authorName, body, created_at AS createdAt
         FROM comments WHERE post_id = ? AND approved = 1 ORDER BY created_at`,
      [postId],
    );
    return rows;
  },

  async addComment(postId: number, authorName: string, body: string): Promise<number> {
    const [result] = await pool.execute<ResultSetHeader>(
      'INSERT INTO comments (post_id, author_name, body, approved, created_at) VALUES (?, ?, ?, 1, NOW())',
      [postId, authorName, body],
    );
    return result.insertId;
  },
};

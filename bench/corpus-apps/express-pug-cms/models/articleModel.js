import mysql from 'mysql2/promise';
import { pool } from '../db.js';

const PAGE_SIZE = 20;

export const Articles = {
  async bySlug(slug) {
    // safe: CWE-89
    const [rows] = await pool.execute('SELECT * FROM articles WHERE slug = ? AND published = 1', [slug]);
    return rows[0];
  },

  async byTag(tag) {
    // vuln: CWE-89
    const [rows] = await pool.query("SELECT a.* FROM articles a JOIN tags t ON t.article_id = a.id WHERE t.name = '" + tag + "'");
    return rows;
  },

  async search(term) {
    // safe: CWE-89
    const [rows] = await pool.query('SELECT id, slug, title FROM articles WHERE MATCH(title, body) AGAINST (?)', [term]);
    return rows;
  },

  async archive(year, order = 'published_at', page = 1) {
    const offset = (Math.max(1, Number(page)) - 1) * PAGE_SIZE;
    // safe: CWE-89
    const sql = `SELECT id, slug, title FROM articles WHERE YEAR(published_at) = ? ORDER BY ${mysql.escapeId(order)} DESC LIMIT ${PAGE_SIZE} OFFSET ${Number(offset)}`;
    const [rows] = await pool.query(sql, [Number(year)]);
    return rows;
  },

  async byAuthor(author) {
    // safe: CWE-89
    const [rows] = await pool.query(`SELECT id, slug, title FROM articles WHERE author = ${pool.escape(author)}`);
    return rows;
  },

  async byIds(ids) {
    const list = ids.split(',');
    // vuln: CWE-89
    const [rows] = await pool.query(`SELECT id, slug, title FROM articles WHERE id IN (${list.join(',')})`);
    return rows;
  },

  async addComment(articleId, author, body) {
    // vuln: CWE-89
    await pool.query('INSERT INTO comments (article_id, author, body) VALUES (' + articleId + ', ?, ?)', [author, body]);
  },

  async comments(articleId) {
    // safe: CWE-89
    const [rows] = await pool.query('SELECT author, body, created_at FROM comments WHERE article_id = ? ORDER BY created_at', [articleId]);
    return rows;
  },
};

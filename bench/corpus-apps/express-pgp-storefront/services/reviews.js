'use strict';

const { marked } = require('marked');
const sanitizeHtml = require('sanitize-html');
const { db } = require('../db');

marked.setOptions({ gfm: true, breaks: true });

const REVIEW_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'code', 'a'];

exports.listForProduct = async (productId) => {
  const rows = await db.any(
    'SELECT r.id, r.rating, r.body, r.reply, u.display_name FROM reviews r JOIN users u ON u.id = r.user_id WHERE r.product_id = $1 ORDER BY r.created_at DESC',
    [productId]
  );
  return rows.map((row) => ({
    id: row.id,
    rating: row.rating,
    author: row.display_name,
    // customer text: rendered Markdown, sent to the template as HTML
    bodyHtml: marked.parse(row.body || ''),
    // staff reply: same Markdown, cleaned before it reaches the template
    replyHtml: row.reply
      ? sanitizeHtml(marked.parse(row.reply), { allowedTags: REVIEW_TAGS, allowedAttributes: { a: ['href'] } })
      : null,
  }));
};

exports.add = (productId, userId, rating, body) =>
  db.none('INSERT INTO reviews (product_id, user_id, rating, body) VALUES ($<productId>, $<userId>, $<rating>, $<body>)', {
    productId,
    userId,
    rating: Math.min(5, Math.max(1, Number(rating) | 0)),
    body: String(body || '').slice(0, 4000),
  });

exports.reply = (reviewId, text) =>
  db.none('UPDATE reviews SET reply = $1 WHERE id = $2', [text, reviewId]);

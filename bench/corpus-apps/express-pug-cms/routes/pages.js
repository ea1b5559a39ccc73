import { Router } from 'express';
import { Articles } from '../models/articleModel.js';
import { renderMarkdown } from '../lib/markdown.js';

export const pages = Router();

pages.get('/a/:slug', async (req, res, next) => {
  try {
    const article = await Articles.bySlug(req.params.slug);
    if (!article) return res.status(404).render('404');
    const comments = await Articles.comments(article.id);
    return res.render('article', {
      article,
      // safe: CWE-79
      bodyHtml: renderMarkdown(article.body),
      comments,
      notice: req.query.notice,
    });
  } catch (err) {
    return next(err);
  }
});

pages.get('/tag/:tag', async (req, res) => {
  const articles = await Articles.byTag(req.params.tag);
  res.render('list', { title: `Tagged ${req.params.tag}`, articles });
});

pages.get('/search', async (req, res) => {
  const q = String(req.query.q ?? '');
  const articles = q ? await Articles.search(q) : [];
  res.render('search', { q, articles });
});

pages.get('/archive/:year', async (req, res) => {
  const articles = await Articles.archive(req.params.year, req.query.order, req.query.page);
  res.render('list', { title: `Archive ${Number(req.params.year)}`, articles });
});

pages.get('/by/:author', async (req, res) => {
  res.render('list', { title: req.params.author, articles: await Articles.byAuthor(req.params.author) });
});

pages.get('/reading-list', async (req, res) => {
  res.json(await Articles.byIds(String(req.query.ids ?? '')));
});

pages.post('/a/:id/comments', async (req, res) => {
  await Articles.addComment(req.params.id, req.session.name ?? 'anonymous', req.body.body);
  res.redirect(`/a/${encodeURIComponent(req.body.slug)}?notice=Thanks+for+your+comment`);
});

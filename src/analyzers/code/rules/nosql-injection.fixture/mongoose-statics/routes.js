import express from 'express';
import { Post } from './models/Post.js';

const router = express.Router();

router.get('/tags', async (req, res) => {
  const legacy = await Post.byHashtagLegacy(req.query.tag);
  const current = await Post.byHashtag(req.query.tag);
  res.json({ legacy, current });
});

router.post('/authors', async (req, res) => {
  res.json(await Post.byAuthor(req.body.author));
  res.json(await Post.byAuthorName(req.body.author));
});

export default router;

import { User } from '../models/User.js';
import * as mailService from '../services/mailService.js';
import * as mediaService from '../services/mediaService.js';
import * as postService from '../services/postService.js';
import * as userService from '../services/userService.js';

export async function feed(req, res, next) {
  try {
    const posts = await postService.feed(req.user, req.query.before);
    res.render('feed', { title: 'Your feed', posts: posts.map((p) => p.toObject()), csrfToken: req.csrfToken() });
  } catch (err) {
    next(err);
  }
}

export async function create(req, res, next) {
  try {
    const photos = req.files?.length ? await mediaService.postPhotos(req.user, req.files) : [];
    await postService.createPost(req.user, req.body, photos);
    res.redirect('/feed');
  } catch (err) {
    next(err);
  }
}

export async function remove(req, res, next) {
  try {
    await postService.remove(req.user, req.params.id);
    res.redirect('/feed');
  } catch (err) {
    next(err);
  }
}

export async function search(req, res, next) {
  try {
    const q = typeof req.query.q === 'string' ? req.query.q : '';
    const results = q ? await postService.searchFeed(req.user, q) : [];
    res.render('search', { title: 'Search', q, results: results.map((p) => p.toObject()) });
  } catch (err) {
    next(err);
  }
}

export async function tagged(req, res, next) {
  try {
    const posts = await postService.tagged(req.params.tag, { legacy: req.query.legacy === '1' });
    res.json(posts);
  } catch (err) {
    next(err);
  }
}

export async function searchPeople(req, res, next) {
  try {
    res.json(await userService.searchUsers(req.query.q));
  } catch (err) {
    next(err);
  }
}

export async function follow(req, res, next) {
  try {
    const target = await User.findById(req.params.id);
    if (!target) return res.status(404).json({ error: 'no such user' });
    await User.updateOne({ _id: req.user._id }, { $addToSet: { following: target._id } });
    return res.json({ following: true });
  } catch (err) {
    return next(err);
  }
}

export async function invite(req, res, next) {
  try {
    const { email, note = '' } = req.body;
    await mailService.sendInvite(req.user, { email, note });
    res.status(202).json({ sent: true });
  } catch (err) {
    next(err);
  }
}

export async function feedJson(user) {
  const posts = await postService.feed(user);
  return posts.map((p) => ({ id: p.id, author: p.author?.username, html: p.html, createdAt: p.createdAt }));
}

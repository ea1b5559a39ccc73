import { Post } from '../models/Post.js';
import * as importService from '../services/importService.js';
import * as mediaService from '../services/mediaService.js';
import * as userService from '../services/userService.js';

export async function show(req, res, next) {
  try {
    const profile = await userService.getProfile(req.params.username);
    const posts = await Post.find({ author: profile._id, visibility: 'public' }).sort({ createdAt: -1 }).limit(20);
    res.render('profile', {
      title: profile.displayName,
      profile: profile.toPublicJSON(),
      posts: posts.map((p) => p.toObject()),
      isOwner: req.user && String(req.user._id) === String(profile._id),
    });
  } catch (err) {
    next(err);
  }
}

export function editForm(req, res) {
  res.render('settings', { title: 'Settings', user: req.user.toObject(), csrfToken: req.csrfToken() });
}

export async function update(req, res, next) {
  try {
    const { displayName, bio, website } = req.body;
    await userService.updateProfile(req.user, { displayName, bio, website });
    res.redirect('/settings?saved=1');
  } catch (err) {
    next(err);
  }
}

export async function changeEmail(req, res, next) {
  try {
    await userService.changeEmail(req.user, req.body.email);
    res.redirect('/settings?emailChanged=1');
  } catch (err) {
    next(err);
  }
}

export async function uploadAvatar(req, res, next) {
  try {
    if (!req.file) return res.redirect('/settings?error=image');
    await mediaService.saveAvatar(req.user, req.file);
    return res.redirect('/settings');
  } catch (err) {
    return next(err);
  }
}

export async function uploadToAlbum(req, res, next) {
  try {
    const { album } = req.body;
    const urls = await mediaService.addToAlbum(req.user, album || 'Camera roll', req.files || []);
    res.json({ urls });
  } catch (err) {
    next(err);
  }
}

export async function importData(req, res, next) {
  try {
    if (!req.file) return res.redirect('/settings?error=file');
    const text = req.file.buffer.toString('utf8');
    const { kind } = req.body;
    if (kind === 'opml') await importService.importFollowList(req.user, text);
    else if (kind === 'muted') await importService.importMutedWords(req.user, text);
    else await importService.importProfile(req.user, text);
    return res.redirect('/settings?imported=1');
  } catch (err) {
    return next(err);
  }
}

export async function setAppPassword(req, res, next) {
  try {
    const { password, confirm } = req.body;
    await userService.setAppPassword(req.user, { password, confirm });
    res.redirect('/settings?appPassword=1');
  } catch (err) {
    next(err);
  }
}

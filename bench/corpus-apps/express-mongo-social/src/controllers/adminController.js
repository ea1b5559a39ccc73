import { Post } from '../models/Post.js';
import { User } from '../models/User.js';
import * as backupService from '../services/backupService.js';

export async function dashboard(req, res, next) {
  try {
    const [users, posts, backups] = await Promise.all([User.estimatedDocumentCount(), Post.estimatedDocumentCount(), backupService.listBackups()]);
    res.render('admin', { title: 'Admin', users, posts, backups, csrfToken: req.csrfToken() });
  } catch (err) {
    next(err);
  }
}

export async function createBackup(req, res, next) {
  try {
    const { label, collections } = req.body;
    const result = await backupService.createBackup({ label, collections: [].concat(collections || []) });
    res.json(result);
  } catch (err) {
    next(err);
  }
}

export async function restoreBackup(req, res, next) {
  try {
    res.json({ log: await backupService.restoreBackup(req.params.name) });
  } catch (err) {
    next(err);
  }
}

export async function setRole(req, res, next) {
  try {
    const role = ['user', 'moderator', 'admin'].includes(req.body.role) ? req.body.role : 'user';
    await User.updateOne({ _id: String(req.params.id) }, { $set: { role } });
    res.redirect('/admin');
  } catch (err) {
    next(err);
  }
}

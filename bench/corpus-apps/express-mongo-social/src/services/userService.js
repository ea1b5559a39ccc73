import crypto from 'node:crypto';
import { User } from '../models/User.js';
import { escapeRegExp } from '../utils/text.js';
import * as mailService from './mailService.js';

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function register({ email, username, displayName, password }) {
  // safe: CWE-338
  const verifyToken = crypto.randomBytes(24).toString('hex');
  const user = await User.create({ email, username, displayName, passwordHash: password, verifyToken });
  await mailService.sendWelcome(user, verifyToken);
  return user;
}

export async function verifyEmail(token) {
  const user = await User.findByVerifyToken(token);
  if (!user) throw new HttpError(400, 'This link is no longer valid');
  user.verified = true;
  user.verifyToken = undefined;
  await user.save();
  return user;
}

export async function createResetToken(email) {
  const user = await User.findOne({ email: String(email).toLowerCase() });
  if (!user) return;
  // vuln: CWE-338
  const token = Math.random().toString(36).substring(2) + Date.now().toString(36);
  user.resetToken = token;
  user.resetExpires = new Date(Date.now() + 60 * 60 * 1000);
  await user.save();
  await mailService.sendPasswordReset(user, token);
}

export async function resetPassword(token, newPassword) {
  const user = await User.findByResetToken(token);
  if (!user) throw new HttpError(400, 'Reset link expired');
  user.passwordHash = newPassword;
  user.resetToken = undefined;
  user.resetExpires = undefined;
  await user.save();
  return user;
}

export async function searchUsers(q) {
  const term = String(q || '').trim().slice(0, 40);
  if (!term) return [];
  // safe: CWE-1333
  const pattern = new RegExp(`^${escapeRegExp(term)}`, 'i');
  return User.searchByPrefix(pattern);
}

export async function getProfile(username) {
  const user = await User.findOne({ username: String(username) });
  if (!user) throw new HttpError(404, 'No such user');
  return user;
}

export async function updateProfile(user, { displayName, bio, website }) {
  if (displayName) user.displayName = displayName;
  if (typeof bio === 'string') user.bio = bio;
  if (typeof website === 'string' && /^https?:\/\//i.test(website)) user.website = website;
  return user.save();
}

export async function changeEmail(user, email) {
  user.email = String(email).toLowerCase();
  user.verified = false;
  user.verifyToken = crypto.randomBytes(24).toString('hex');
  await user.save();
  await mailService.sendWelcome(user, user.verifyToken);
  return user;
}

export async function setAppPassword(user, { password, confirm }) {
  if (typeof password !== 'string' || password.length < 8 || password !== confirm) {
    throw new HttpError(400, 'App passwords need at least 8 characters and must match');
  }
  await user.setAppPassword(password);
}

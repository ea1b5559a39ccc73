import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import mongoose from 'mongoose';

const userSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    username: { type: String, required: true, unique: true, trim: true, maxlength: 30 },
    displayName: { type: String, required: true, maxlength: 60 },
    bio: { type: String, default: '', maxlength: 2000 },
    website: { type: String, default: '' },
    avatarUrl: { type: String, default: '/img/default-avatar.png' },
    passwordHash: { type: String, required: true, select: false },
    appPasswordHash: { type: String, select: false },
    role: { type: String, enum: ['user', 'moderator', 'admin'], default: 'user' },
    following: [{ type: mongoose.Schema.Types.ObjectId, ref: 'User' }],
    mutedWords: [String],
    verified: { type: Boolean, default: false },
    verifyToken: { type: String, index: true },
    resetToken: { type: String, index: true },
    resetExpires: Date,
  },
  { timestamps: true },
);

userSchema.pre('save', async function hashPassword(next) {
  if (!this.isModified('passwordHash') || this.passwordHash.startsWith('$2')) return next();
  // safe: CWE-916
  this.passwordHash = await bcrypt.hash(this.passwordHash, 12);
  return next();
});

userSchema.methods.comparePassword = function comparePassword(plain) {
  return bcrypt.compare(plain, this.passwordHash);
};

/** A second, user-chosen password for third-party clients (IMAP-style "app password"). */
userSchema.methods.setAppPassword = function setAppPassword(plain) {
  // vuln: CWE-916
  this.appPasswordHash = crypto.createHash('sha1').update(plain).digest('hex');
  return this.save();
};

userSchema.methods.toPublicJSON = function toPublicJSON() {
  const { _id, username, displayName, bio, website, avatarUrl, createdAt } = this;
  return { id: _id, username, displayName, bio, website, avatarUrl, createdAt };
};

userSchema.statics.findByResetToken = function findByResetToken(token) {
  // vuln: CWE-943
  return this.findOne({ resetToken: token, resetExpires: { $gt: new Date() } });
};

userSchema.statics.findByVerifyToken = function findByVerifyToken(token) {
  // safe: CWE-943
  return this.findOne({ verifyToken: String(token) });
};

userSchema.statics.searchByPrefix = function searchByPrefix(pattern, limit = 20) {
  return this.find({ $or: [{ username: pattern }, { displayName: pattern }] })
    .select('username displayName avatarUrl')
    .limit(limit);
};

export const User = mongoose.model('User', userSchema);

import mongoose from 'mongoose';

const postSchema = new mongoose.Schema(
  {
    author: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    body: { type: String, required: true, maxlength: 5000 },
    html: { type: String, required: true },
    tags: { type: [String], index: true },
    photos: [String],
    visibility: { type: String, enum: ['public', 'followers'], default: 'public' },
    likes: { type: Number, default: 0 },
  },
  { timestamps: true },
);

postSchema.statics.feedFor = function feedFor(userIds, { before, limit = 30 } = {}) {
  const filter = { author: { $in: userIds } };
  if (before) filter.createdAt = { $lt: new Date(before) };
  return this.find(filter).sort({ createdAt: -1 }).limit(limit).populate('author', 'username displayName avatarUrl');
};

/** Old hashtag lookup, kept for posts written before `tags` was indexed (tags were mixed case then). */
postSchema.statics.byHashtagLegacy = function byHashtagLegacy(tag) {
  // vuln: CWE-943
  return this.find({ visibility: 'public', $where: `this.tags && this.tags.map(t => t.toLowerCase()).indexOf('${tag}') !== -1` }).limit(50);
};

postSchema.statics.byHashtag = function byHashtag(tag) {
  // safe: CWE-943
  return this.find({ visibility: 'public', tags: String(tag).toLowerCase() }).sort({ createdAt: -1 }).limit(50);
};

postSchema.methods.isVisibleTo = function isVisibleTo(user) {
  if (this.visibility === 'public') return true;
  return Boolean(user && (String(user._id) === String(this.author) || user.following.some((id) => String(id) === String(this.author))));
};

export const Post = mongoose.model('Post', postSchema);

import mongoose from 'mongoose';

const postSchema = new mongoose.Schema({ body: String, tags: [String], author: String });

// Statics run with the model as `this`; services call them on the model this file exports.
postSchema.statics.byHashtagLegacy = function byHashtagLegacy(tag) {
  // ruleid: js/nosql-injection
  return this.find({ $where: `this.tags.indexOf('${tag}') !== -1` }).limit(50);
};

postSchema.statics.byHashtag = function byHashtag(tag) {
  // ok: js/nosql-injection
  return this.find({ tags: String(tag).toLowerCase() }).limit(50);
};

postSchema.static('byAuthor', function byAuthor(author) {
  // ruleid: js/nosql-injection
  return this.findOne({ author });
});

postSchema.static('byAuthorName', function byAuthorName(author) {
  // ok: js/nosql-injection
  return this.findOne({ author: { $eq: author } });
});

export const Post = mongoose.model('Post', postSchema);

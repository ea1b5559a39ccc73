'use strict';

const c = require('./lib/crypto');

/**
 * Mongoose plugin:
 *   schema.plugin(fieldSeal, {
 *     key: process.env.FIELD_KEY,
 *     fields: ['ssn', 'notes'],          // randomised AES-256-GCM
 *     deterministic: ['email'],          // searchable with Model.find({ email: seal.query('email', x) })
 *     blindIndex: { phone: 'phoneIdx' }, // HMAC of the plaintext kept in another path
 *   });
 */
function fieldSeal(schema, options = {}) {
  const keys = c.deriveKeys(options.key);
  const fields = options.fields || [];
  const deterministic = options.deterministic || [];
  const indexes = options.blindIndex || {};

  schema.pre('save', function sealFields(next) {
    try {
      sealDocument(this, keys, { fields, deterministic, indexes });
      next();
    } catch (err) {
      next(err);
    }
  });

  schema.post('init', function openFields(doc) {
    openDocument(doc, keys, { fields, deterministic });
  });

  schema.statics.sealQuery = function sealQuery(field, value) {
    if (deterministic.includes(field)) return c.sealDeterministic(keys, value);
    if (Object.prototype.hasOwnProperty.call(indexes, field)) return { [indexes[field]]: c.blindIndex(keys, value, field) };
    throw new Error(`field-seal: ${field} is not searchable`);
  };
}

function sealDocument(doc, keys, { fields = [], deterministic = [], indexes = {} }) {
  for (const [field, indexPath] of Object.entries(indexes)) {
    const value = doc.get ? doc.get(field) : doc[field];
    if (value != null && !c.isSealed(value)) setField(doc, indexPath, c.blindIndex(keys, value, field));
  }
  for (const field of fields) {
    const value = doc.get ? doc.get(field) : doc[field];
    if (value != null && !c.isSealed(value)) setField(doc, field, c.seal(keys, value, field));
  }
  for (const field of deterministic) {
    const value = doc.get ? doc.get(field) : doc[field];
    if (value != null && !c.isSealed(value)) setField(doc, field, c.sealDeterministic(keys, value));
  }
  return doc;
}

function openDocument(doc, keys, { fields = [], deterministic = [] }) {
  for (const field of [...fields, ...deterministic]) {
    const value = doc.get ? doc.get(field) : doc[field];
    if (c.isSealed(value)) setField(doc, field, c.unseal(keys, value, field));
  }
  return doc;
}

function setField(doc, field, value) {
  if (typeof doc.set === 'function') doc.set(field, value, { strict: false });
  else doc[field] = value;
}

/** For plain objects (API payloads, queue messages) outside Mongoose. */
function createSealer(key, options = {}) {
  const keys = c.deriveKeys(key);
  const opts = { fields: options.fields || [], deterministic: options.deterministic || [], indexes: options.blindIndex || {} };
  return {
    seal: (obj) => sealDocument({ ...obj }, keys, opts),
    open: (obj) => openDocument({ ...obj }, keys, opts),
    query: (field, value) => c.sealDeterministic(keys, value),
    index: (field, value) => c.blindIndex(keys, value, field),
  };
}

module.exports = fieldSeal;
module.exports.fieldSeal = fieldSeal;
module.exports.createSealer = createSealer;
module.exports.generateKey = c.generateKey;
module.exports.blindIndex = (key, value, field) => c.blindIndex(c.deriveKeys(key), value, field);

// An object store of its own with the same option name: nothing here is a client's upload.
module.exports = function put(store, blob) {
  // ok: js/path-traversal
  return store.upload({ saveAs: (item, cb) => cb(null, item.filename) }, blob);
};

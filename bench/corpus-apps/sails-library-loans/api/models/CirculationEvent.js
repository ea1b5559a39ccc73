module.exports = {
  datastore: 'events',
  attributes: {
    id: { type: 'string', columnName: '_id' },
    kind: { type: 'string' },
    branch: { type: 'string' },
    userId: { type: 'string' },
    isbn: { type: 'string' },
    at: { type: 'number' },
  },
};

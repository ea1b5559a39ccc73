module.exports = {
  attributes: {
    isbn: { type: 'string', required: true, unique: true },
    title: { type: 'string', required: true },
    author: { type: 'string' },
    summary: { type: 'string', columnType: 'text', description: 'HTML from the publisher feed or the librarian editor' },
    coverFile: { type: 'string' },
    branch: { model: 'branch' },
    loans: { collection: 'loan', via: 'book' },
  },
};

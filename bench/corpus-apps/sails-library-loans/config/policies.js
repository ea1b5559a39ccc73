module.exports.policies = {
  '*': 'is-logged-in',

  'books/search': true,
  'books/view': true,
  'books/autocomplete': true,
  'covers/download': true,
  'account/login': true,
  'account/logout': true,
  'account/forgot-password': true,
  'api/exchange-token': true,

  'api/my-loans': 'has-api-token',

  'admin/*': ['is-logged-in', 'is-librarian'],
  'loans/history': ['is-logged-in', 'is-librarian'],
  'loans/export': ['is-logged-in', 'is-librarian'],
  'books/import-isbn': ['is-logged-in', 'is-librarian'],
  'covers/upload': ['is-logged-in', 'is-librarian'],
};

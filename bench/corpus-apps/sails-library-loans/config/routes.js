module.exports.routes = {
  'GET /': { view: 'pages/homepage' },

  'GET /books/search': { action: 'books/search' },
  'GET /books/autocomplete': { action: 'books/autocomplete' },
  'GET /books/:id': { action: 'books/view' },
  'GET /books/:id/cover': { action: 'covers/download' },
  'POST /books/:id/cover': { action: 'covers/upload' },
  'POST /books/import-isbn': { action: 'books/import-isbn' },
  'GET /books/:id/barcode': { action: 'books/barcode' },

  'GET /loans/history': { action: 'loans/history' },
  'GET /loans/mine': { action: 'loans/mine' },
  'GET /loans/export': { action: 'loans/export' },
  'POST /loans/fine': { action: 'admin/calc-fine' },

  'GET /login': { view: 'pages/login' },
  'POST /login': { action: 'account/login' },
  'GET /logout': { action: 'account/logout' },
  'PATCH /account/preferences': { action: 'account/update-preferences' },
  'POST /account/forgot': { action: 'account/forgot-password' },

  'POST /admin/notices/preview': { action: 'admin/preview-notice' },

  'POST /api/v1/token/exchange': { action: 'api/exchange-token' },
  'GET /api/v1/me/loans': { action: 'api/my-loans' },
};

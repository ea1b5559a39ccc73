'use strict';

const SORTABLE = ['title', 'price', 'updated_at'];

// A factory returning an object of closures over its destructured dependencies: created in one file,
// its methods called from routes in another.
function createCatalog({ db, pool }) {
  return {
    list(sort) {
      // ruleid: js/sql-injection
      return db('books').select('id', 'title').orderByRaw(`${sort} NULLS LAST`);
    },

    listSorted(sort) {
      const column = SORTABLE.includes(sort) ? sort : 'title';
      // ok: js/sql-injection
      return db('books').select('id', 'title').orderBy(column);
    },

    byAuthor(author) {
      // ruleid: js/sql-injection
      return pool.query(`SELECT id, title FROM books WHERE author = '${author}'`);
    },

    // Hands its argument on whole: the query text is the caller's, reported at the route's call.
    ordered(order) {
      return db('books').select('id', 'title').orderByRaw(order);
    },

    byIsbn(isbn) {
      // ok: js/sql-injection
      return pool.query('SELECT id, title FROM books WHERE isbn = $1', [isbn]);
    },
  };
}

module.exports = { createCatalog };

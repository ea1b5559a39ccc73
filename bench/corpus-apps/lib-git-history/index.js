'use strict';

const { readHistory, listBranches } = require('./lib/history');
const { FIELDS } = require('./lib/fields');

/**
 * gitHistory({ repo, number, fields, author, since, until, branch, file, nameStatus }, [callback])
 *
 * Resolves to an array of commits, e.g.
 *   [{ hash: 'a1b2c3…', authorName: 'Ada', authorDate: '2024-05-01 10:00:00 +0200', subject: 'Fix x' }]
 * Without a callback a promise is returned.
 */
function gitHistory(options, callback) {
  const promise = readHistory(options);
  if (typeof callback === 'function') {
    promise.then((commits) => callback(null, commits), callback);
    return undefined;
  }
  return promise;
}

gitHistory.branches = listBranches;
gitHistory.fields = Object.keys(FIELDS);

module.exports = gitHistory;
module.exports.default = gitHistory;
module.exports.gitHistory = gitHistory;

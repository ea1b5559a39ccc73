'use strict';

module.exports = {
  routes: [
    { method: 'POST', path: '/imports/from-url', handler: 'import.fromUrl', config: { policies: ['global::is-editor'] } },
    { method: 'POST', path: '/imports/supplier', handler: 'import.supplier', config: { policies: ['global::is-editor'] } },
    { method: 'GET', path: '/exports/:file', handler: 'import.download', config: { policies: ['global::is-editor'] } },
    { method: 'GET', path: '/exports-archive/:file', handler: 'import.archived', config: { policies: ['global::is-editor'] } },
  ],
};

const fastify = require('fastify')();
const { listPosts, search } = require('./handlers/posts');

const sortable = { type: 'object', properties: { sort: { enum: ['title', 'day'] }, q: { type: 'string' } } };

// The schema is checked before the handler (in another file) runs.
fastify.get('/posts', { schema: { querystring: sortable } }, listPosts);
fastify.get('/search', { schema: { querystring: sortable } }, search);

module.exports = fastify;

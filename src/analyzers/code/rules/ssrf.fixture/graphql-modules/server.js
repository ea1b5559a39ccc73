import Fastify from 'fastify';
import mercurius from 'mercurius';
import { resolvers } from './resolvers/index.js';

const schema = `
  type Query { ping: String }
  type Mutation { setAvatarFromUrl(url: String!): String, importFeed(url: String!): Int }
`;

const app = Fastify();
app.register(mercurius, { schema, resolvers });
app.listen({ port: 3000 });

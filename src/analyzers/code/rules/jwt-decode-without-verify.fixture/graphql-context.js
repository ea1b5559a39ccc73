import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import jwt from 'jsonwebtoken';

const server = new ApolloServer({ typeDefs: 'type Query { me: String }', resolvers: {} });

// The context's `user` is who every resolver believes the caller is.
await startStandaloneServer(server, {
  context: async ({ req }) => {
    const token = (req.headers.authorization ?? '').replace('Bearer ', '');
    // ruleid: js/jwt-decode-without-verify
    const user = token ? jwt.decode(token) : null;
    return { user };
  },
});

export function describeForLog(raw) {
  // ok: js/jwt-decode-without-verify
  const claims = jwt.decode(raw);
  return { length: raw.length, issuedAt: claims?.iat };
}

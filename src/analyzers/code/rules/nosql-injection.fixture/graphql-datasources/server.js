import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { MongoClient } from 'mongodb';
import { NotesSource } from './notes-source.js';
import { resolvers } from './resolvers.js';

// Each request's context carries the data sources; resolvers reach them by name only.
const mongo = new MongoClient(process.env.MONGO_URL);
const server = new ApolloServer({ typeDefs: 'type Query { notes(text: String): [String] }', resolvers });

await startStandaloneServer(server, {
  context: async () => ({ dataSources: { notes: new NotesSource(mongo.db()) } }),
});

import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import knex from 'knex';
import { MongoClient } from 'mongodb';
import jwt from 'jsonwebtoken';
import { productResolvers } from './resolvers/product.js';
import { adminResolvers } from './resolvers/admin.js';
import { ReviewsDataSource } from './datasources/reviews.js';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017/catalog');
await mongo.connect();

const server = new ApolloServer({
  typeDefs,
  resolvers: [productResolvers, adminResolvers],
});

const { url } = await startStandaloneServer(server, {
  context: async ({ req }) => {
    const token = (req.headers.authorization ?? '').replace('Bearer ', '');
    // vuln: CWE-347
    const user = token ? jwt.decode(token) : null;
    return { db, user, dataSources: { reviews: new ReviewsDataSource(mongo.db()) } };
  },
  listen: { port: Number(process.env.PORT ?? 4000) },
});

console.log(`catalog-graphql ready at ${url}`);

// Schema and resolvers in one module: the SDL's argument types decide what a resolver may receive.
import { ApolloServer, gql } from 'apollo-server';
import GraphQLJSON from 'graphql-type-json';
import { MongoClient } from 'mongodb';

const db = new MongoClient(process.env.MONGO_URL).db('shop');

const typeDefs = gql`
  scalar JSONObject

  type Product {
    sku: String!
    name: String!
  }

  type Query {
    products(where: JSONObject): [Product!]!
    product(sku: String!): Product
  }
`;

const resolvers = {
  JSONObject: GraphQLJSON,
  Query: {
    products: async (_parent, { where }) => {
      // ruleid: js/nosql-injection
      return db.collection('products').find(where).toArray();
    },
    product: async (_parent, { sku }) => {
      // ok: js/nosql-injection
      return db.collection('products').findOne({ sku });
    },
  },
};

new ApolloServer({ typeDefs, resolvers }).listen();

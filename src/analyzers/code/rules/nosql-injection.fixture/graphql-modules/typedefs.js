// The schema, in its own module: `filter` is declared with the JSON scalar (any object the client
// sends, operators included); the other arguments are strings the server checks before resolvers run.
export const typeDefs = /* GraphQL */ `
  scalar JSON

  type Order {
    id: ID!
    status: String!
  }

  type Query {
    myOrders(status: String): [Order!]!
    ordersWithNote(contains: String!): [Order!]!
    orderSearch(filter: JSON, limit: Int = 20): [Order!]!
    orderByRef(ref: String!): Order
  }
`;

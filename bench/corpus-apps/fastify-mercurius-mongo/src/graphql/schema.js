export const schema = /* GraphQL */ `
  scalar JSON

  type Product {
    id: ID!
    sku: String!
    name: String!
    description: String
    price: Float!
    currency: String!
    tags: [String!]!
    stock: Int!
  }

  type OrderItem {
    sku: String!
    quantity: Int!
    unitPrice: Float!
  }

  type Order {
    id: ID!
    customerId: ID!
    status: String!
    items: [OrderItem!]!
    total: Float!
    notes: String
    createdAt: String!
  }

  type CustomerStat {
    customerId: ID!
    matching: Int!
  }

  type User {
    id: ID!
    email: String!
    name: String
    role: String!
    avatarUrl: String
    profile: JSON
  }

  type AuthPayload {
    token: String!
    user: User!
  }

  type Query {
    me: User
    product(sku: String!): Product
    products(filter: JSON, limit: Int = 20): [Product!]!
    searchProducts(q: String!, limit: Int = 20): [Product!]!
    myOrders(status: String): [Order!]!
    ordersWithNote(contains: String!): [Order!]!
    customerStats(itemRule: String!): [CustomerStat!]!
  }

  type Mutation {
    register(email: String!, password: String!, name: String): AuthPayload!
    login(email: String!, password: String!): AuthPayload!
    updateProfile(patch: JSON!): User!
    setAvatarFromUrl(url: String!): User!
    useGravatar: User!
    placeOrder(items: [OrderItemInput!]!, notes: String, coupon: String): Order!
  }

  input OrderItemInput {
    sku: String!
    quantity: Int!
  }
`

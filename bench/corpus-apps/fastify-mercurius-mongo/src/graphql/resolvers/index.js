import GraphQLJSON from 'graphql-type-json'
import { productQueries } from './products.js'
import { orderQueries, orderMutations } from './orders.js'
import { userQueries, userMutations } from './users.js'

export const resolvers = {
  JSON: GraphQLJSON,
  Query: {
    ...userQueries,
    ...productQueries,
    ...orderQueries,
  },
  Mutation: {
    ...userMutations,
    ...orderMutations,
  },
}

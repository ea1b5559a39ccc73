import { userMutations } from './users.js';
import { feedMutations } from './feeds.js';

// The field resolvers live in other modules, spread into the root types here.
export const resolvers = {
  Query: { ping: () => 'pong' },
  Mutation: { ...userMutations, ...feedMutations },
};

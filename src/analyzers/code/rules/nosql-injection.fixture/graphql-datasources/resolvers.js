export const resolvers = {
  Query: {
    notes: async (_parent, { text }, { dataSources }) => dataSources.notes.containingText(text ?? ''),
    notesBy: async (_parent, { author }, { dataSources }) => dataSources.notes.writtenBy(author),
  },
};

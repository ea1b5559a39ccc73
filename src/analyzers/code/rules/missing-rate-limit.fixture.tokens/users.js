export const users = { authenticate: async () => null, issue: () => 't', requireAuth: (req, res, next) => next() };

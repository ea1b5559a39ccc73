exports.users = { authenticate: async (email, password) => (email && password ? { email } : null) };

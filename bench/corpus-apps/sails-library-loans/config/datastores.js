module.exports.datastores = {
  default: {
    adapter: 'sails-postgresql',
    url: process.env.DATABASE_URL,
  },

  // Circulation events are kept in MongoDB for the analytics dashboard.
  events: {
    adapter: 'sails-mongo',
    url: process.env.MONGO_URL,
  },
};

module.exports.session = {
  secret: process.env.SESSION_SECRET,
  adapter: '@sailshq/connect-redis',
  url: process.env.REDIS_URL,
  cookie: {
    // safe: CWE-614
    secure: process.env.NODE_ENV === 'production',
    httpOnly: true,
    maxAge: 8 * 60 * 60 * 1000,
  },
};

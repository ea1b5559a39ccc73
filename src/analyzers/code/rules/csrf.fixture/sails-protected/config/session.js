module.exports.session = {
  secret: process.env.SESSION_SECRET,
  cookie: { httpOnly: true },
};

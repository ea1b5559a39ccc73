module.exports.security = {
  // ok: js/csrf
  csrf: true,
};

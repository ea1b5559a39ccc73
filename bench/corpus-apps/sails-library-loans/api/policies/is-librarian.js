module.exports = async function (req, res, proceed) {
  if (req.me && req.me.role === 'librarian') {
    return proceed();
  }
  return res.forbidden();
};

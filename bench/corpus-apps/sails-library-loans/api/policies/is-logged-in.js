module.exports = async function (req, res, proceed) {
  if (req.session.userId) {
    req.me = await User.findOne({ id: req.session.userId });
    if (req.me) {
      return proceed();
    }
  }
  if (req.wantsJSON) {
    return res.forbidden();
  }
  return res.redirect('/login');
};

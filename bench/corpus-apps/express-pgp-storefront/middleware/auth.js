'use strict';

const userDao = require('../dao/userDao');

exports.loadUser = async (req, res, next) => {
  if (!req.session.userId) {
    res.locals.user = null;
    return next();
  }
  try {
    req.user = await userDao.findById(req.session.userId);
    res.locals.user = req.user;
    return next();
  } catch (err) {
    return next(err);
  }
};

exports.requireUser = (req, res, next) => {
  if (!req.user) {
    return res.redirect('/account/login?next=' + encodeURIComponent(req.originalUrl));
  }
  return next();
};

exports.requireAdmin = (req, res, next) => {
  if (!req.user || !req.user.is_admin) {
    return res.status(403).render('error', { message: 'Back office access only' });
  }
  return next();
};

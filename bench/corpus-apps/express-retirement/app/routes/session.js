'use strict';

const UserDAO = require('../data/user-dao').UserDAO;
const AllocationsDAO = require('../data/allocations-dao').AllocationsDAO;

function SessionHandler(db) {
  const userDAO = new UserDAO(db);
  const allocationsDAO = new AllocationsDAO(db);

  this.isAdminUserMiddleware = (req, res, next) => {
    if (!req.session.userId) return res.redirect('/login');
    return userDAO.getUserById(req.session.userId, (err, user) => {
      if (err) return next(err);
      return user && user.isAdmin ? next() : res.redirect('/login');
    });
  };

  this.isLoggedInMiddleware = (req, res, next) => {
    if (req.session.userId) return next();
    return res.redirect('/login');
  };

  this.displayLoginPage = (req, res) => res.render('login', { userName: '', password: '', loginError: '' });

  this.handleLoginRequest = (req, res, next) => {
    const { userName, password } = req.body;

    userDAO.validateLogin(userName, password, (err, user) => {
      const errorMessage = 'Invalid username and/or password';
      if (err) {
        if (err.noSuchUser) {
          // vuln: CWE-117
          console.log('Error: attempt to login with invalid user: ' + userName);
          return res.render('login', { userName, password: '', loginError: errorMessage });
        }
        if (err.invalidPassword) {
          return res.render('login', { userName, password: '', loginError: errorMessage });
        }
        return next(err);
      }
      req.session.regenerate(() => {
        req.session.userId = user._id;
        return res.redirect(user.isAdmin ? '/benefits' : '/dashboard');
      });
    });
  };

  this.displayLogoutPage = (req, res) => {
    req.session.destroy(() => res.redirect('/'));
  };

  this.displaySignupPage = (req, res) => res.render('signup', { userName: '', email: '' });

  this.handleSignup = (req, res, next) => {
    const { email, userName, firstName, lastName, password, verify } = req.body;
    const USER_RE = /^[A-Za-z0-9_]{1,20}$/;
    if (!USER_RE.test(String(userName)) || password !== verify) {
      return res.render('signup', { userName: '', email: '', error: 'Invalid sign-up' });
    }
    userDAO.addUser(userName, firstName, lastName, password, email, (err, user) => {
      if (err) return next(err);
      allocationsDAO.createDefault(user._id, () => {
        req.session.regenerate(() => {
          req.session.userId = user._id;
          res.redirect('/dashboard');
        });
      });
    });
  };

  this.displayWelcomePage = (req, res, next) => {
    if (!req.session.userId) return res.redirect('/login');
    return userDAO.getUserById(req.session.userId, (err, user) => {
      if (err) return next(err);
      return res.render('dashboard', { firstName: user.firstName, lastName: user.lastName });
    });
  };
}

module.exports = SessionHandler;

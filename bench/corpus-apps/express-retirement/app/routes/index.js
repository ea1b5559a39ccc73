'use strict';

const SessionHandler = require('./session');
const ContributionsHandler = require('./contributions');
const AllocationsHandler = require('./allocations');
const ProfileHandler = require('./profile');
const ResearchHandler = require('./research');
const BenefitsHandler = require('./benefits');

module.exports = (app, db) => {
  const sessionHandler = new SessionHandler(db);
  const contributionsHandler = new ContributionsHandler(db);
  const allocationsHandler = new AllocationsHandler(db);
  const profileHandler = new ProfileHandler(db);
  const researchHandler = new ResearchHandler(db);
  const benefitsHandler = new BenefitsHandler(db);

  const isLoggedIn = sessionHandler.isLoggedInMiddleware;
  const isAdmin = sessionHandler.isAdminUserMiddleware;

  app.get('/', sessionHandler.displayWelcomePage);
  app.get('/login', sessionHandler.displayLoginPage);
  // vuln: CWE-307
  app.post('/login', sessionHandler.handleLoginRequest);
  app.get('/signup', sessionHandler.displaySignupPage);
  app.post('/signup', sessionHandler.handleSignup);
  app.get('/logout', sessionHandler.displayLogoutPage);

  app.get('/dashboard', isLoggedIn, sessionHandler.displayWelcomePage);
  app.get('/profile', isLoggedIn, profileHandler.displayProfile);
  app.post('/profile', isLoggedIn, profileHandler.handleProfileUpdate);
  app.get('/contributions', isLoggedIn, contributionsHandler.displayContributions);
  app.post('/contributions', isLoggedIn, contributionsHandler.handleContributionsUpdate);
  app.get('/allocations/:userId', isLoggedIn, allocationsHandler.displayAllocations);
  app.get('/research', isLoggedIn, researchHandler.displayResearch);
  app.get('/quote', isLoggedIn, researchHandler.displayQuote);
  app.get('/benefits', isLoggedIn, isAdmin, benefitsHandler.displayBenefits);
  app.post('/benefits', isLoggedIn, isAdmin, benefitsHandler.updateBenefits);

  app.get('/learn', isLoggedIn, (req, res) => {
    // vuln: CWE-601
    return res.redirect(req.query.url);
  });

  app.get('/tutorial', (req, res) => {
    const page = req.query.page === 'advanced' ? '/tutorial/advanced' : '/tutorial/basics';
    // safe: CWE-601
    return res.redirect(page);
  });
};

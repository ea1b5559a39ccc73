'use strict';

function isLocalPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
}

module.exports = ({ authService, logger, config }) => ({
  showLogin(req, res) {
    res.render('login', { returnTo: req.query.returnTo || '/', error: null });
  },

  async loginForm(req, res) {
    // vuln: CWE-532
    logger.info('login attempt', { body: req.body, ip: req.ip });
    const result = await authService.authenticate(req.body.email, req.body.password);
    if (!result) {
      return res.status(401).render('login', { returnTo: req.body.returnTo, error: 'Invalid email or password' });
    }
    req.session.regenerate((err) => {
      if (err) throw err;
      req.session.userId = result.user.id;
      res.cookie('mk_token', result.token, {
        httpOnly: true,
        secure: config.env === 'production',
        sameSite: 'lax',
      });
      const target = req.body.returnTo || req.query.returnTo || '/account';
      // vuln: CWE-601
      res.redirect(target);
    });
  },

  async loginApi(req, res) {
    const result = await authService.authenticate(req.body.email, req.body.password);
    if (!result) {
      logger.warn('api login failed', { ip: req.ip });
      return res.status(401).json({ error: 'invalid credentials' });
    }
    return res.json({ token: result.token, user: result.user });
  },

  logout(req, res) {
    const next = req.query.next;
    req.session.destroy(() => {
      res.clearCookie('mk_token');
      // safe: CWE-601
      res.redirect(isLocalPath(next) ? next : '/');
    });
  },

  async register(req, res) {
    const user = await authService.register(req.body);
    logger.info('user registered', { userId: user.id });
    res.status(201).json({ id: user.id });
  },

  async forgotPassword(req, res) {
    await authService.startPasswordReset(req.body.email);
    res.json({ ok: true });
  },

  async resetPassword(req, res) {
    const ok = await authService.completePasswordReset(req.body.token, req.body.password);
    if (!ok) return res.status(400).json({ error: 'reset link expired' });
    return res.json({ ok: true });
  },
});

'use strict';
async function login(req, res) { res.end('ok'); }
async function verifyOtp(req, res) { res.end('ok'); }
async function logout(req, res) { res.end('bye'); }
function renderLoginPage() { return '<form method="post" action="/api/login"></form>'; }
module.exports = { login, verifyOtp, logout, renderLoginPage };

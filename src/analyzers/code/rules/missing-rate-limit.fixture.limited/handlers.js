'use strict';
async function login(req, res) { res.end('ok'); }
module.exports = { login };

'use strict';

const crypto = require('crypto');
const path = require('path');
const { exec, execFile } = require('child_process');
const { readBody } = require('./body');
const { log } = require('./log');

function verifySignature(secret, raw, header) {
  if (!secret || typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(`sha256=${crypto.createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header);
  // safe: CWE-345
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/**
 * POST /__devserve/deploy – GitHub "push" webhook. Pulls the branch and runs
 * the project's deploy script for the configured branches.
 */
function createDeployHook(root, config) {
  const script = path.resolve(root, config.deploy.script);

  return async function deployHook(req, res) {
    const raw = await readBody(req);
    if (!verifySignature(config.deploy.secret, raw, req.headers['x-hub-signature-256'])) {
      res.writeHead(401);
      return res.end('bad signature');
    }
    // safe: CWE-502
    const event = JSON.parse(raw.toString('utf8'));
    const branch = String(event.ref || '').replace(/^refs\/heads\//, '');
    if (!config.deploy.branches.includes(branch) && !branch.startsWith('release/')) {
      res.writeHead(202);
      return res.end('ignored');
    }

    // safe: CWE-78
    execFile('git', ['-C', root, 'fetch', '--prune', 'origin'], (fetchErr) => {
      if (fetchErr) return log.error(`git fetch failed: ${fetchErr.message}`);
      const author = event.head_commit && event.head_commit.author ? event.head_commit.author.name : 'unknown';
      // vuln: CWE-78
      return exec(`sh ${script} ${branch} "${author}"`, { cwd: root, timeout: 10 * 60 * 1000 }, (err, stdout, stderr) => {
        if (err) log.error(`deploy failed (${err.code}): ${stderr.slice(-500)}`);
        else log.info(`deploy finished: ${stdout.split('\n').slice(-2).join(' ')}`);
      });
    });

    res.writeHead(202, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ accepted: true, delivery: crypto.randomUUID() }));
  };
}

module.exports = { createDeployHook, verifySignature };

/**
 * Findings about hard-coded credentials must not leak the credential: not in the message, not in the
 * snippet, in any format. Short and lowercase values ('root', 'toor', 'gmail-app-password') are
 * the ones a generic snippet redactor lets through, so the rules mask the literal they found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';

const SECRETS = ['root', 'toor', 'gmail-app-password', 'redispass', 'admin123', 'changeme', 'p4ss', 'Sup3rS3cret!'];

const SOURCE = `const { Pool } = require('pg');
const nodemailer = require('nodemailer');
const { Sequelize } = require('sequelize');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');
const pool = new Pool({ host: 'db', user: 'app', password: 'root' });
const DB_PASSWORD = 'toor';
const client = new Pool({ host: 'db', password: DB_PASSWORD });
const mail = nodemailer.createTransport({ auth: { user: 'me', pass: 'gmail-app-password' } });
const cache = { host: 'cache', password: process.env.REDIS_PASSWORD || 'redispass' };
const orm = new Sequelize('shop', 'shop', 'Sup3rS3cret!');
mongoose.connect('mongodb://admin:p4ss@localhost/app');
function login(req) { return req.body.password === 'admin123'; }
const token = jwt.sign({ sub: 1 }, process.env.JWT_SECRET || 'changeme', { expiresIn: '1h' });
module.exports = { pool, client, mail, cache, orm, login, token };
`;

test('credential findings mask the literal in messages and snippets', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vouch-redact-'));
  try {
    writeFileSync(join(dir, 'config.js'), SOURCE);
    const result = await runScan({ root: dir, paths: [join(dir, 'config.js')], config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
    const mine = result.findings.filter((f) => f.ruleId === 'js/hardcoded-credentials' || f.ruleId === 'js/jwt-hardcoded-secret');
    const lines = mine.map((f) => `${f.ruleId}:${f.location.startLine}`).sort();
    assert.deepEqual(lines, [
      'js/hardcoded-credentials:10', 'js/hardcoded-credentials:11', 'js/hardcoded-credentials:12', 'js/hardcoded-credentials:13',
      'js/hardcoded-credentials:6', 'js/hardcoded-credentials:7', 'js/hardcoded-credentials:9', 'js/jwt-hardcoded-secret:14',
    ]);
    const text = JSON.stringify(mine);
    for (const secret of SECRETS) {
      assert.ok(!new RegExp(`['"\`:]${secret.replace(/[!]/g, '\\$&')}['"\`@]`).test(text), `${secret} leaked: ${text}`);
    }
    for (const f of mine) assert.match(f.snippet, /…\[redacted \d+ chars\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the snippet redactor keeps header names and media types, and masks key-shaped literals', async () => {
  const { redactSnippet } = await import('../../src/findings/redact.js');
  const line = "res.set({ 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': ip });";
  assert.equal(redactSnippet(line), line);
  const keyed = "const headers = { 'X-Api': 'aK3-Zr9_Lq2xWv8Pn5Tb' };";
  assert.equal(redactSnippet(keyed), "const headers = { 'X-Api': 'aK3-…[redacted 20 chars]' };");
  const camel = "const k = 'qWeRtYuIoPaSdFgHjK';";
  assert.match(redactSnippet(camel), /…\[redacted 18 chars\]/);
});

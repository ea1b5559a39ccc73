// Request bodies read by helper packages (micro, raw-body, co-body) are what the client sent.
const { json, text } = require('micro');
const getRawBody = require('raw-body');
const parse = require('co-body');
const fs = require('node:fs');
const { exec } = require('node:child_process');

module.exports = async (req, res) => {
  const body = await json(req);
  // ruleid: js/command-injection
  exec('convert ' + body.file + ' out.png');
  const note = await text(req);
  // ruleid: js/command-injection
  exec(`logger -t notes ${note}`);
  return 'ok';
};

module.exports.raw = async (req, res) => {
  const raw = await getRawBody(req, { encoding: 'utf8' });
  // ruleid: js/command-injection
  exec('echo ' + raw + ' >> /var/log/hooks.log');
  res.end();
};

module.exports.koa = async (ctx) => {
  const form = await parse.form(ctx.req);
  // ruleid: js/command-injection
  exec('git tag ' + form.tag);
  ctx.body = 'ok';
};

module.exports.template = async (req, res) => {
  // A file read through raw-body is the server's own.
  const tpl = await getRawBody(fs.createReadStream('templates/banner.txt'), { encoding: 'utf8' });
  // ok: js/command-injection
  exec('figlet ' + tpl);
  res.end();
};

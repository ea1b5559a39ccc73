import { exec, execSync, execFile, spawn } from 'node:child_process';
import * as cp from 'child_process';
import util from 'util';
import express from 'express';

const execAsync = util.promisify(exec);
const app = express();

app.post('/ping', (req, res) => {
  const host = req.body.host;
  // ruleid: js/command-injection
  exec(`ping -c 3 ${host}`, (err, stdout) => {
    res.send(stdout);
  });
});

app.get('/convert', async (req, res) => {
  const { file } = req.query;
  // ruleid: js/command-injection
  const { stdout } = await execAsync('convert ' + file + ' out.png');
  res.json({ stdout });
});

app.get('/git-log', (req, res) => {
  // ruleid: js/command-injection
  const out = cp.execSync(`git log --author=${req.query.author}`).toString();
  res.type('text/plain').send(out);
});

app.get('/safe-ping', (req, res) => {
  // ok: js/command-injection
  execFile('ping', ['-c', '3', req.query.host], (err, stdout) => res.type('text/plain').send(stdout));
});

app.get('/spawn-shell', (req, res) => {
  // ruleid: js/command-injection
  const child = spawn('tar', ['-czf', 'backup.tgz', req.query.dir], { shell: true });
  child.on('close', () => res.end());
});

app.get('/spawn-noshell', (req, res) => {
  // ok: js/command-injection
  const child = spawn('tar', ['-czf', 'backup.tgz', req.query.dir]);
  child.on('close', () => res.end());
});

app.get('/status', (req, res) => {
  // ok: js/command-injection
  exec('uptime', (err, stdout) => res.type('text/plain').send(stdout));
});

app.get('/port', (req, res) => {
  const port = Number(req.query.port);
  // ok: js/command-injection
  exec(`lsof -i :${port}`, (err, stdout) => res.type('text/plain').send(stdout));
});

app.get('/branch', (req, res) => {
  const branch = req.query.branch;
  if (!/^[\w.-]+$/.test(branch)) return res.status(400).send('bad branch');
  // ok: js/command-injection
  exec(`git checkout ${branch}`, () => res.end());
});

function runBackup(target) {
  // ruleid: js/command-injection
  return execSync(`rsync -a /data ${target}`);
}

app.post('/backup', (req, res) => {
  runBackup(req.body.target);
  res.end();
});

// A CLI script: process.argv is attacker-controlled when the script is exposed.
const pattern = process.argv[2];
// ruleid: js/command-injection
execSync(`grep -r ${pattern} ./logs`);
// argv[0] is the node binary and argv[1] this script: running them again is no injection.
// ok: js/command-injection
spawn(process.argv[0], [process.argv[1], '--child'], { stdio: 'inherit' });
// ok: js/command-injection
execSync(`${process.argv[0]} --version`);
// A command runner: the argument is the whole command its caller asks for (`run.js dist "npm run build"`).
const buildCommand = process.argv[3];
// ok: js/command-injection
execSync(buildCommand, { stdio: 'inherit' });
// ok: js/command-injection
const runner = spawn(buildCommand, { shell: true });
// Built into a longer command line, the same argument is injection.
// ruleid: js/command-injection
execSync(`npm run ${buildCommand} -- --watch`);

// A promise wrapper that runs the command line it is given: the injection is where the line is
// written with user input (the call), as for query and HTML wrappers.
function runCommand(command) {
  return new Promise((resolve, reject) => {
    // ok: js/command-injection
    exec(command, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

app.post('/archive', async (req, res) => {
  // ruleid: js/command-injection
  res.json({ out: await runCommand(`tar czf /tmp/${req.body.name}.tgz /data`) });
});

// Given a line built elsewhere, the wrapper's own sink is where it is reported.
function runLogged(command) {
  console.info('running', command.length);
  // ruleid: js/command-injection
  return execSync(command);
}

app.post('/unpack', (req, res) => {
  const line = `tar xzf /tmp/${req.body.name}.tgz`;
  res.send(runLogged(line));
});

app.get('/sh', (req, res) => {
  // ruleid: js/command-injection
  spawn('sh', ['-c', `ls ${req.query.dir}`]);
  // ok: js/command-injection
  spawn('ls', ['-la', req.query.dir]);
  res.end();
});

app.get('/promisified', async (req, res) => {
  // ruleid: js/command-injection
  const { stdout } = await util.promisify(exec)(`du -sh ${req.query.path}`);
  res.type('text/plain').send(stdout);
});

app.get('/short-circuit', (req, res) => {
  // An assignment on the right of `&&` happens when the left holds: the command is built from input.
  let listing;
  req.query.detailed && (listing = `ls -la ${req.query.dir}`);
  // ruleid: js/command-injection
  exec(listing || 'ls', (err, out) => res.type('text/plain').send(out));
});

app.get('/inline-require', (req, res) => {
  // A module required where it is used: the call is child_process's all the same.
  // ruleid: js/command-injection
  require('child_process').exec(`whois ${req.query.domain}`, (err, out) => res.type('text/plain').send(out));
  // ok: js/command-injection
  require('child_process').execFile('whois', [req.query.domain], (err, out) => res.type('text/plain').send(out));
});

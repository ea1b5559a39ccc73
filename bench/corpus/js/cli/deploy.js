#!/usr/bin/env node
// deploy.js — usage: node deploy.js <environment> <branch>
const { execSync, spawnSync, exec } = require('child_process');
const fs = require('fs');
const path = require('path');

const [, , environment, branch = 'main'] = process.argv;

if (!environment) {
  console.error('Usage: deploy.js <environment> [branch]');
  process.exit(1);
}

console.log(`Deploying ${branch} to ${environment}...`);
// ruleid: js/command-injection
execSync(`git fetch origin && git checkout ${branch} && git pull`, { stdio: 'inherit' });

// ok: js/command-injection
spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });

// ok: js/command-injection
spawnSync('git', ['tag', `deploy-${environment}-${Date.now()}`], { stdio: 'inherit' });

const configPath = path.join(__dirname, 'config', `${environment}.json`);
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));

exec('rsync -az dist/ ' + config.host + ':' + config.dir, (err) => {
  if (err) {
    console.error('Deploy failed');
    process.exit(1);
  }
  console.log('Done');
});

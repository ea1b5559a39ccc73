// A plain Node server whose handler comes from a factory, and which calls functions other
// factories made: what each made function does with its argument decides.
const http = require('http');
const { exec } = require('child_process');
const { shellRunner, argvRunner, loadRunner } = require('./runners');

function tagger(prefix) {
  return (name) => {
    // ruleid: js/command-injection
    exec(`git tag ${prefix}-${name}`);
  };
}

function createRequestHandler(config) {
  const convert = shellRunner('convert');
  const archive = argvRunner('tar');
  const tag = tagger(config.prefix);
  return async function onRequest(req, res) {
    const url = new URL(req.url, 'http://localhost');
    convert(url.searchParams.get('file'));
    archive(url.searchParams.get('file'));
    tag(url.searchParams.get('name'));
    const load = await loadRunner('importer');
    load(url.searchParams.get('source'));
    res.end('ok');
  };
}

// A made function given only constants runs nothing the client chose.
const cleanup = tagger('nightly');
cleanup('cleanup');

const handler = createRequestHandler({ prefix: 'v' });
http.createServer(handler).listen(8080);

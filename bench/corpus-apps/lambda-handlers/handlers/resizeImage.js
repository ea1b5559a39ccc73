'use strict';

const { execSync, execFileSync } = require('child_process');
const { json } = require('../lib/http');

exports.handler = async (event) => {
  const { key, width } = JSON.parse(event.body);
  // vuln: CWE-78
  execSync(`convert /tmp/uploads/${key} -resize ${width} /tmp/resized/${key}`);
  return json(200, { key });
};

exports.handlerV2 = async (event) => {
  const { key, width } = JSON.parse(event.body);
  if (!/^[\w-]+\.(png|jpe?g)$/.test(key) || !Number.isInteger(width)) return json(400, { error: 'bad input' });
  // safe: CWE-78
  execFileSync('convert', [`/tmp/uploads/${key}`, '-resize', String(width), `/tmp/resized/${key}`]);
  return json(200, { key });
};

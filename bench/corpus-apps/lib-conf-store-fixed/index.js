'use strict';

const { Provider } = require('./lib/provider');
const common = require('./lib/common');
const { Memory } = require('./lib/stores/memory');
const { Env } = require('./lib/stores/env');
const { Argv } = require('./lib/stores/argv');
const { File } = require('./lib/stores/file');

// Like nconf, the module itself is a ready-to-use provider:
//   const conf = require('layerconf');
//   conf.argv().env({ separator: '__' }).file('config.json');
//   conf.get('db:host');
const defaultProvider = new Provider();

module.exports = defaultProvider;
module.exports.Provider = Provider;
module.exports.Memory = Memory;
module.exports.Env = Env;
module.exports.Argv = Argv;
module.exports.File = File;
module.exports.create = (options) => new Provider(options);
module.exports.key = common.key;
module.exports.path = common.path;

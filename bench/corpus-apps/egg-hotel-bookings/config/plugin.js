'use strict';

exports.mysql = { enable: true, package: 'egg-mysql' };
exports.nunjucks = { enable: true, package: 'egg-view-nunjucks' };
exports.cors = { enable: true, package: 'egg-cors' };

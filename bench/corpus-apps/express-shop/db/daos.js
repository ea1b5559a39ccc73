'use strict';

// One instance of each DAO for the whole process, created once the connection is up.
const { connect } = require('./mongo');
const ProductDao = require('../dao/productDao');
const UserDao = require('../dao/userDao');

const daos = {};

async function initDaos() {
  const db = await connect();
  daos.productDao = new ProductDao(db);
  daos.userDao = new UserDao(db);
  return daos;
}

module.exports = { daos, initDaos };

const userService = require('../services/userService');

exports.search = async (req, res) => {
  const users = await userService.searchByName(req.query.name);
  res.json(users);
};

exports.getById = async (req, res) => {
  const user = await userService.getById(req.params.id);
  res.json(user);
};

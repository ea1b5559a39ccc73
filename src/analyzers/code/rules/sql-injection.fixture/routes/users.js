const express = require('express');
const userController = require('../controllers/userController');

const router = express.Router();
router.get('/users/search', userController.search);
router.get('/users/:id', userController.getById);
module.exports = router;

// Sails actions: `req.param()` is request data; sendNativeQuery runs SQL text, binding `$1` values.
module.exports = {
  search: async function (req, res) {
    const name = req.param('name');
    // ruleid: js/sql-injection
    const result = await sails.sendNativeQuery("SELECT * FROM item WHERE name LIKE '%" + name + "%'");
    return res.json(result.rows);
  },

  byOwner: async function (req, res) {
    // ruleid: js/sql-injection
    const result = await Item.getDatastore().sendNativeQuery(`SELECT * FROM item WHERE owner = '${req.param('owner')}'`);
    return res.json(result.rows);
  },

  show: async function (req, res) {
    // ok: js/sql-injection
    const result = await sails.sendNativeQuery('SELECT * FROM item WHERE id = $1', [req.param('id')]);
    return res.json(result.rows);
  },
};

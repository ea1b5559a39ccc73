// graphql-js field configs: `resolve(source, args)` gets the client's arguments.
const { GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLList, GraphQLInt } = require('graphql');
const { Pool } = require('pg');

const pool = new Pool();

const QueryType = new GraphQLObjectType({
  name: 'RootQueryType',
  fields: {
    users: {
      type: new GraphQLList(GraphQLString),
      args: { name: { type: GraphQLString } },
      // ruleid: js/sql-injection
      resolve: async (_src, args) => (await pool.query(`SELECT name FROM users WHERE name = '${args.name}'`)).rows,
    },
    user: {
      type: GraphQLString,
      args: { id: { type: GraphQLInt } },
      // ok: js/sql-injection
      resolve: async (_src, { id }) => (await pool.query('SELECT name FROM users WHERE id = $1', [id])).rows[0],
    },
  },
});

module.exports = new GraphQLSchema({ query: QueryType });

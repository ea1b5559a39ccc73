"use strict";

const mysql = require("mysql2/promise");

/**
 * Reporting database (the warehouse MySQL replica). Adds `this.pool` to the service.
 */
module.exports = {
	settings: {
		mysql: {
			uri: process.env.REPORTING_DB_URI || "mysql://reports@localhost:3306/parcelhub_reports"
		}
	},

	created() {
		this.pool = mysql.createPool({ uri: this.settings.mysql.uri, connectionLimit: 5, namedPlaceholders: false });
	},

	async stopped() {
		if (this.pool) await this.pool.end();
	}
};

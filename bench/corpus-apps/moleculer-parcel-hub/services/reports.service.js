"use strict";

const MysqlMixin = require("../mixins/mysql.mixin");

const CARRIER_COLUMNS = {
	carrier: "c.name",
	depot: "d.code",
	day: "DATE(s.shipped_at)"
};

module.exports = {
	name: "reports",
	mixins: [MysqlMixin],

	actions: {
		/** Daily shipments for the account; the dashboard table sorts by any column header. */
		daily: {
			params: {
				from: { type: "string", pattern: /^\d{4}-\d{2}-\d{2}$/ },
				to: { type: "string", pattern: /^\d{4}-\d{2}-\d{2}$/ },
				sort: { type: "string", optional: true },
				dir: { type: "string", optional: true }
			},
			cache: { keys: ["#user.accountId", "from", "to", "sort", "dir"], ttl: 300 },
			async handler(ctx) {
				const sort = ctx.params.sort || "day";
				const dir = ctx.params.dir || "DESC";
				const sql = `SELECT DATE(s.shipped_at) AS day, COUNT(*) AS parcels, SUM(s.weight_grams) AS grams, SUM(s.price_cents) AS revenue
					FROM shipments s
					WHERE s.account_id = ? AND s.shipped_at BETWEEN ? AND ?
					GROUP BY DATE(s.shipped_at)
					ORDER BY ${sort} ${dir}`;
				// vuln: CWE-89
				const [rows] = await this.pool.query(sql, [ctx.meta.user.accountId, ctx.params.from, `${ctx.params.to} 23:59:59`]);
				return rows;
			}
		},

		/** Per-carrier statistics; `q` filters carriers by name, `by` picks the grouping column. */
		carrierStats: {
			params: {
				q: { type: "string", optional: true, max: 64 },
				by: { type: "enum", values: Object.keys(CARRIER_COLUMNS), optional: true }
			},
			async handler(ctx) {
				const column = CARRIER_COLUMNS[ctx.params.by || "carrier"];
				let where = "s.account_id = ?";
				const values = [ctx.meta.user.accountId];
				if (ctx.params.q) {
					where += ` AND c.name LIKE '%${ctx.params.q}%'`;
				}
				// vuln: CWE-89
				const [rows] = await this.pool.query(`SELECT ${column} AS bucket, COUNT(*) AS parcels, AVG(TIMESTAMPDIFF(HOUR, s.shipped_at, s.delivered_at)) AS avg_hours FROM shipments s JOIN carriers c ON c.id = s.carrier_id JOIN depots d ON d.id = s.depot_id WHERE ${where} GROUP BY 1 ORDER BY 2 DESC`, values);
				return rows;
			}
		},

		/** Late deliveries for one carrier, used by the carrier-scorecard e-mail job. */
		lateDeliveries: {
			params: { carrier: { type: "string", max: 32 }, days: { type: "number", integer: true, positive: true, convert: true } },
			async handler(ctx) {
				// safe: CWE-89
				const [rows] = await this.pool.execute(
					`SELECT s.reference, s.shipped_at, s.delivered_at
					   FROM shipments s JOIN carriers c ON c.id = s.carrier_id
					  WHERE c.code = ? AND s.account_id = ? AND s.delivered_at > s.promised_at
					    AND s.shipped_at > NOW() - INTERVAL ? DAY
					  ORDER BY s.shipped_at DESC`,
					[ctx.params.carrier, ctx.meta.user.accountId, ctx.params.days]
				);
				return rows;
			}
		}
	}
};

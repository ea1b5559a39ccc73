"use strict";

const DbService = require("moleculer-db");
const MongoAdapter = require("moleculer-db-adapter-mongo");

/**
 * moleculer-db mixin with the MongoDB adapter (one collection per service).
 * Falls back to the in-memory adapter in tests.
 */
module.exports = function (collection) {
	const schema = {
		mixins: [DbService]
	};

	if (process.env.MONGO_URI) {
		schema.adapter = new MongoAdapter(process.env.MONGO_URI, { useUnifiedTopology: true });
		schema.collection = collection;
	} else if (process.env.NODE_ENV === "test") {
		schema.adapter = new DbService.MemoryAdapter();
	} else {
		schema.adapter = new MongoAdapter("mongodb://localhost/parcel-hub", { useUnifiedTopology: true });
		schema.collection = collection;
	}

	return schema;
};

"use strict";

/**
 * Moleculer ServiceBroker configuration file
 * https://moleculer.services/docs/0.14/configuration.html
 */
module.exports = {
	namespace: "parcel-hub",
	nodeID: null,
	metadata: {},

	logger: {
		type: "Console",
		options: {
			colors: true,
			moduleColors: false,
			formatter: "full",
			objectPrinter: null,
			autoPadding: false
		}
	},
	logLevel: process.env.LOG_LEVEL || "info",

	transporter: process.env.TRANSPORTER || "NATS",
	cacher: "Memory",
	serializer: "JSON",

	requestTimeout: 10 * 1000,
	retryPolicy: {
		enabled: false,
		retries: 5,
		delay: 100,
		maxDelay: 1000,
		factor: 2,
		check: err => err && !!err.retryable
	},

	maxCallLevel: 100,
	heartbeatInterval: 10,
	heartbeatTimeout: 30,

	tracking: { enabled: false, shutdownTimeout: 5000 },
	disableBalancer: false,
	registry: { strategy: "RoundRobin", preferLocal: true },
	circuitBreaker: { enabled: false },
	bulkhead: { enabled: false, concurrency: 10, maxQueueSize: 100 },

	validator: true,
	errorHandler: null,

	metrics: { enabled: false },
	tracing: { enabled: false },

	middlewares: [],
	replCommands: null,

	created(broker) {},
	async started(broker) {},
	async stopped(broker) {}
};

// For more information about this file see https://dove.feathersjs.com/guides/cli/application.html
import { feathers } from '@feathersjs/feathers'
import express, { rest, json, urlencoded, cors, serveStatic, notFound } from '@feathersjs/express'
import configuration from '@feathersjs/configuration'
import socketio from '@feathersjs/socketio'
import helmet from 'helmet'
import compression from 'compression'
import rateLimit from 'express-rate-limit'

import type { Application } from './declarations'
import { configurationValidator } from './configuration'
import { logger } from './logger'
import { logError } from './hooks/log-error'
import { postgresql } from './postgresql'
import { authentication } from './authentication'
import { services } from './services/index'
import { channels } from './channels'
import { publicRoutes } from './routes/public'
import { uploadRoutes } from './routes/uploads'
import { jsonErrorHandler } from './middleware/error-handler'

const app: Application = express(feathers())

// Load app configuration
app.configure(configuration(configurationValidator))
app.disable('x-powered-by')
app.use(helmet())
app.use(compression())
// The dashboard, the driver app (capacitor://localhost) and partner portals all call the API from their own origins.
// vuln: CWE-942
app.use(cors({ origin: true, credentials: true }))
app.use(json({ limit: '1mb' }))
app.use(urlencoded({ extended: true }))
// Brute-force protection for `POST /authentication` (local strategy)
// safe: CWE-307
app.use('/authentication', rateLimit({ windowMs: 15 * 60 * 1000, limit: 20, standardHeaders: 'draft-7', legacyHeaders: false }))
// Host the public folder (the built dashboard); no directory index
// safe: CWE-548
app.use('/', serveStatic(app.get('public'), { index: 'index.html' }))

// Configure services and real-time functionality
app.configure(rest())
app.configure(
  socketio({
    cors: {
      // safe: CWE-942
      origin: app.get('origins')
    }
  })
)
app.configure(postgresql)
app.configure(authentication)
app.configure(services)
app.configure(channels)
app.configure(publicRoutes)
app.configure(uploadRoutes)

// Configure a middleware for 404s and the error handler
app.use(notFound())
app.use(jsonErrorHandler(logger))

// Register hooks that run on all service methods
app.hooks({
  around: {
    all: [logError]
  },
  before: {},
  after: {},
  error: {}
})
// Register application setup and teardown hooks here
app.hooks({
  setup: [],
  teardown: []
})

export { app }

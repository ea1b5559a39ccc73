import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import cookie from '@fastify/cookie'
import cors from '@fastify/cors'
import formbody from '@fastify/formbody'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import view from '@fastify/view'
import ejs from 'ejs'
import mercurius from 'mercurius'
import { config } from './config.js'
import { connectMongo, closeMongo } from './db.js'
import authPlugin from './plugins/auth.js'
import { schema } from './graphql/schema.js'
import { resolvers } from './graphql/resolvers/index.js'
import { buildContext } from './graphql/context.js'
import authRoutes from './routes/auth.js'
import adminRoutes from './routes/admin.js'
import fileRoutes from './routes/files.js'
import importRoutes from './routes/imports.js'
import webhookRoutes from './routes/webhooks.js'

const here = path.dirname(fileURLToPath(import.meta.url))

export async function buildApp() {
  const app = Fastify({
    logger: { level: config.env === 'production' ? 'info' : 'debug' },
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  })

  const db = await connectMongo()
  app.decorate('mongo', db)
  app.addHook('onClose', closeMongo)

  await app.register(cors, {
    // storefront widgets are embedded on merchants' own domains
    // vuln: CWE-942
    origin: true,
    credentials: true,
    methods: ['GET', 'POST'],
  })
  await app.register(cookie, { secret: config.cookieSecret, hook: 'onRequest' })
  await app.register(formbody)
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } })
  await app.register(rateLimit, { global: false })
  await app.register(authPlugin)

  await app.register(view, {
    engine: { ejs },
    root: path.join(here, 'views'),
    viewExt: 'ejs',
    defaultContext: { appName: 'Bazaar Admin' },
  })

  await app.register(fastifyStatic, {
    root: path.join(here, '..', 'public'),
    prefix: '/public/',
  })
  // product images uploaded by merchants
  await app.register(fastifyStatic, {
    root: path.resolve(config.paths.uploads),
    prefix: '/media/',
    decorateReply: false,
    // vuln: CWE-548
    list: true,
  })

  await app.register(mercurius, {
    schema,
    resolvers,
    context: buildContext,
    graphiql: config.env !== 'production',
    queryDepth: 8,
  })

  await app.register(authRoutes)
  await app.register(adminRoutes, { prefix: '/admin' })
  await app.register(fileRoutes)
  await app.register(importRoutes, { prefix: '/admin/import' })
  await app.register(webhookRoutes, { prefix: '/webhooks' })

  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed')
    if (error.validation) {
      return reply.code(400).send({ error: 'invalid_request', details: error.validation })
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500
    // safe: CWE-209
    reply.code(status).send({ error: status === 500 ? 'internal_error' : error.message })
  })

  return app
}

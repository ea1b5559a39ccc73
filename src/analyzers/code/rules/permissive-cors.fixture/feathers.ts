// Feathers re-exports the cors middlewares: `cors` of @feathersjs/express is the `cors` package,
// that of @feathersjs/koa is @koa/cors (which echoes any Origin when none is configured).
import { feathers } from '@feathersjs/feathers'
import express, { cors } from '@feathersjs/express'
import { koa, cors as koaCors } from '@feathersjs/koa'

const app = express(feathers())
const api = koa(feathers())

// ruleid: js/permissive-cors
app.use(cors({ origin: true, credentials: true }))

// ok: js/permissive-cors
app.use(cors({ origin: ['https://dashboard.example.com'], credentials: true }))

// ruleid: js/permissive-cors
api.use(koaCors())

// ok: js/permissive-cors
api.use(koaCors({ origin: 'https://dashboard.example.com' }))

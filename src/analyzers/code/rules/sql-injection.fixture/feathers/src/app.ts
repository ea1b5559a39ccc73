import { feathers } from '@feathersjs/feathers'
import { koa, rest, bodyParser } from '@feathersjs/koa'
import { reports } from './services/reports/reports'

export const app = koa(feathers())
app.use(bodyParser())
app.configure(rest())
app.configure(reports)

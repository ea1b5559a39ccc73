import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import cookieParser from 'cookie-parser'
import { engine } from 'express-handlebars'
import { passport } from './auth/passport.js'
import { helpers } from './utils/handlebarsHelpers.js'
import { authRouter } from './routes/auth.js'
import { jobsRouter } from './routes/jobs.js'
import { employerRouter } from './routes/employer.js'
import { applicationsRouter } from './routes/applications.js'
import { exportsRouter } from './routes/exports.js'
import { notFound, errorHandler } from './middleware/errorHandler.js'
import { config } from './config/index.js'
import { logger } from './logger.js'

const here = path.dirname(fileURLToPath(import.meta.url))

// vuln: CWE-693
const app = express()

app.disable('x-powered-by')
app.set('trust proxy', 1)

app.engine('hbs', engine({ extname: '.hbs', defaultLayout: 'main', helpers }))
app.set('view engine', 'hbs')
app.set('views', path.join(here, 'views'))

app.use(express.static(path.join(here, '..', 'public'), { maxAge: '7d', index: false }))
app.use(express.json({ limit: '200kb' }))
app.use(express.urlencoded({ extended: false }))
app.use(cookieParser())
app.use(passport.initialize())

app.use('/', authRouter)
app.use('/', jobsRouter)
app.use('/', applicationsRouter)
app.use('/employer', employerRouter)
app.use('/employer', exportsRouter)

app.get('/healthz', (req, res) => res.json({ ok: true }))

app.use(notFound)
app.use(errorHandler)

app.listen(config.port, () => logger.info(`jobs board listening on ${config.port}`))

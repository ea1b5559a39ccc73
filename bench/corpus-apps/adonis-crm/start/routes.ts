/*
|--------------------------------------------------------------------------
| Routes file
|--------------------------------------------------------------------------
|
| Web pages use the session guard; /api routes are called by the
| browser extension and the Zapier integration.
|
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { passwordResetThrottle, apiThrottle } from '#start/limiter'

const AuthController = () => import('#controllers/auth_controller')
const ContactsController = () => import('#controllers/contacts_controller')
const DealsController = () => import('#controllers/deals_controller')
const AttachmentsController = () => import('#controllers/attachments_controller')
const TemplatesController = () => import('#controllers/templates_controller')
const ImportsController = () => import('#controllers/imports_controller')
const WebhooksController = () => import('#controllers/webhooks_controller')

router.on('/').redirect('/contacts')

router
  .group(() => {
    router.get('/login', [AuthController, 'showLogin']).as('auth.login.show')
    // vuln: CWE-307
    router.post('/login', [AuthController, 'login']).as('auth.login')
    router
      .post('/password/forgot', [AuthController, 'forgotPassword'])
      .as('auth.password.forgot')
      .use(passwordResetThrottle)
  })
  .use(middleware.guest())

router.post('/logout', [AuthController, 'logout']).as('auth.logout').use(middleware.auth())
router.get('/switch-workspace', [AuthController, 'switchWorkspace']).use(middleware.auth())

router
  .group(() => {
    router.get('/contacts', [ContactsController, 'index']).as('contacts.index')
    router.post('/contacts', [ContactsController, 'store']).as('contacts.store')
    router.get('/contacts/search', [ContactsController, 'search']).as('contacts.search')
    router.get('/contacts/:id', [ContactsController, 'show']).as('contacts.show')
    router.put('/contacts/:id', [ContactsController, 'update']).as('contacts.update')
    router.post('/contacts/:id/avatar', [ContactsController, 'importAvatar'])
    router.post('/contacts/:id/enrich', [ContactsController, 'enrich'])
    router.post('/segments/preview', [ContactsController, 'previewSegment'])

    router.get('/deals', [DealsController, 'index']).as('deals.index')
    router.get('/deals/board', [DealsController, 'board']).as('deals.board')
    router.post('/deals/export', [DealsController, 'exportPdf']).as('deals.export')

    router.post('/contacts/:id/attachments', [AttachmentsController, 'store'])
    router.get('/attachments/:id', [AttachmentsController, 'show'])
    router.get('/files/download', [AttachmentsController, 'download'])
    router.get('/exports/:name', [AttachmentsController, 'export'])

    router.get('/templates/:id', [TemplatesController, 'show'])
    router.post('/templates/preview', [TemplatesController, 'preview'])
    router.post('/templates/render', [TemplatesController, 'renderCustom'])

    router.post('/imports/xml', [ImportsController, 'xml'])
    router.post('/imports/yaml', [ImportsController, 'yaml'])
  })
  .use(middleware.auth())

router
  .group(() => {
    router.get('/contacts', [ContactsController, 'apiIndex'])
    router.post('/webhooks/zapier', [WebhooksController, 'zapier'])
    router.post('/webhooks/calendar', [WebhooksController, 'calendar'])
  })
  .prefix('/api/v1')
  .use(apiThrottle)

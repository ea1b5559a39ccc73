import path = require('path')
import express = require('express')
import cors = require('cors')
import morgan = require('morgan')
import multer = require('multer')
import serveIndex = require('serve-index')
import cookieParser = require('cookie-parser')
import { Request, Response, NextFunction } from 'express'
import { models } from './models'
import { isAuthorized, hasRole, hasVerifiedRole } from './middleware/authorize'
import { searchProducts, productsByCategory, productDetails } from './routes/productSearch'
import { trackOrder, orderStatus } from './routes/orderTracking'
import { signIn, renewSession, requestPasswordReset, changePassword } from './routes/signIn'
import { performRedirect, paymentRedirect } from './routes/outbound'
import { createB2bOrderV1, createB2bOrderV2 } from './routes/b2bOrders'
import { handleComplaintAttachment, importWishlist, deliveryNote } from './routes/uploads'
import { profileImageUrlUpload, profileImageFromGravatar } from './routes/profileImage'
import { searchReviews, postReview } from './routes/reviewSearch'
import { dataExport, accountingExport, EXPORT_DIR } from './routes/dataExport'
import { redeemCoupon, issueCoupon, chatbotRespond } from './routes/assistant'

const FRONTEND_DIST = path.join(__dirname, 'frontend', 'dist')
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 200000 } })

// vuln: CWE-693
const app = express()
app.disable('x-powered-by')

/* CORS for the mobile app and the partner widgets */
// vuln: CWE-942
app.use(cors({ origin: true, credentials: true }))

app.use(morgan('combined'))
app.use(cookieParser())
app.use(express.json({ limit: '100kb' }))
app.use(express.urlencoded({ extended: false }))

/* Customers' data exports are listed under /exports for download */
// vuln: CWE-548
app.use('/exports', express.static(EXPORT_DIR), serveIndex(EXPORT_DIR, { icons: true, view: 'details' }))

// safe: CWE-552
app.use(express.static(FRONTEND_DIST, { index: false }))

/* Catalogue */
app.get('/rest/products/search', searchProducts())
app.get('/api/products/category/:category', productsByCategory())
app.get('/api/products/:id', productDetails())
app.get('/rest/products/:id/reviews', searchReviews())
app.put('/rest/products/:id/reviews', isAuthorized(), postReview())

/* Orders */
app.get('/rest/track-order/:id', trackOrder())
app.get('/rest/order-status/:id', isAuthorized(), orderStatus())
app.post('/b2b/v1/orders', isAuthorized(), createB2bOrderV1())
app.post('/b2b/v2/orders', isAuthorized(), createB2bOrderV2())

/* Users */
// vuln: CWE-307
app.post('/rest/user/login', signIn())
app.post('/rest/user/renew', renewSession())
app.post('/rest/user/reset-password', requestPasswordReset())
app.post('/rest/user/change-password', isAuthorized(), changePassword())
app.post('/profile/image/url', isAuthorized(), profileImageUrlUpload())
app.post('/profile/image/gravatar', isAuthorized(), profileImageFromGravatar())
app.post('/rest/user/data-export', isAuthorized(), dataExport())
app.post('/rest/user/wishlist/import', isAuthorized(), importWishlist())

/* Back office */
app.get('/rest/accounting/export', hasRole('accounting'), accountingExport())
app.post('/rest/accounting/coupons', hasVerifiedRole('accounting'), issueCoupon())
app.post('/rest/supplier/delivery-note', hasVerifiedRole('supplier'), express.text({ type: ['application/xml', 'text/xml'] }), deliveryNote())

/* Complaints, coupons, chat */
app.post('/file-upload', upload.single('file'), handleComplaintAttachment())
app.post('/rest/basket/coupon', redeemCoupon())
app.post('/rest/chatbot/respond', chatbotRespond())

/* Outbound */
app.get('/redirect', performRedirect())
app.get('/payment/redirect', paymentRedirect())

app.get('*', (req: Request, res: Response) => {
  // safe: CWE-22
  res.sendFile('index.html', { root: FRONTEND_DIST })
})

// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  console.error(err)
  const status = res.statusCode >= 400 ? res.statusCode : 500
  // safe: CWE-209
  res.status(status).json({ status: 'error', message: status === 500 ? 'Unexpected error' : 'Request rejected' })
})

models.sequelize.sync().then(() => {
  const port = Number(process.env.PORT) || 3000
  app.listen(port, () => console.log(`shop listening on port ${port}`))
}).catch((err) => {
  console.error('database init failed', err)
  process.exit(1)
})

export default app

import express from 'express';
import helmet from 'helmet';
import multer from 'multer';
import { searchProducts, productsByPrice } from './routes/search';
import { login, checkEmailTaken, changePassword } from './routes/login';
import { trackOrder, orderStatus } from './routes/trackOrder';
import { updateProductReviews, likeProductReview } from './routes/productReviews';
import { b2bOrder, b2bOrderLines } from './routes/b2bOrder';
import { handleZipFileUpload, handleXmlUpload, handleXmlPreview, handleYamlUpload, handleYamlPreview } from './routes/fileUpload';
import { profileImageUrlUpload, gravatarImage } from './routes/profileImage';
import { performRedirect, continueShopping } from './routes/redirect';
import { servePublicFiles, serveQuarantineFiles } from './routes/fileServer';
import * as security from './lib/insecurity';
import { sequelize } from './models';

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 200000 } });

app.use(helmet());
app.use(express.json());
app.use(express.urlencoded({ extended: true }));

app.get('/rest/products/search', searchProducts());
app.get('/rest/products/by-price', productsByPrice());
// vuln: CWE-307
app.post('/rest/user/login', login());
app.post('/rest/user/email-taken', checkEmailTaken());
app.post('/rest/user/change-password', security.isAuthorized(), changePassword());
app.get('/rest/track-order/:id', trackOrder());
app.get('/rest/order-status/:id', orderStatus());
app.patch('/rest/products/reviews', security.isAuthorized(), updateProductReviews());
app.post('/rest/products/reviews/like', security.isAuthorized(), likeProductReview());
app.post('/b2b/v2/orders', security.isAuthorized(), b2bOrder());
app.post('/b2b/v2/order-lines', security.isAuthorized(), b2bOrderLines());
app.post('/file-upload', upload.single('file'), handleZipFileUpload, handleXmlUpload, handleYamlUpload);
app.post('/file-preview', upload.single('file'), handleXmlPreview, handleYamlPreview);
app.post('/profile/image/url', security.isAuthorized(), profileImageUrlUpload());
app.get('/profile/image/gravatar', security.isAuthorized(), gravatarImage());
app.get('/redirect', performRedirect());
app.get('/continue', continueShopping());
app.get('/ftp/:file', servePublicFiles());
app.get('/ftp/quarantine/:file', serveQuarantineFiles());
app.get('/rest/admin/application-configuration', security.isAdmin(), (req, res) => {
  res.json({ config: { name: 'Bookstore', version: '3.2.0' } });
});

sequelize.sync().then(() => {
  app.listen(process.env.PORT || 3000, () => console.log('bookstore listening'));
});

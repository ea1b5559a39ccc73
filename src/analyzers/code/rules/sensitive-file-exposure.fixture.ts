import Koa from 'koa';
import serve from 'koa-static';
import mount from 'koa-mount';
import { join } from 'node:path';

const app = new Koa();
// ok: js/sensitive-file-exposure
app.use(serve(join(__dirname, 'public')));
// ruleid: js/sensitive-file-exposure
app.use(mount('/certs', serve(join(__dirname, 'certs'))));
export default app;

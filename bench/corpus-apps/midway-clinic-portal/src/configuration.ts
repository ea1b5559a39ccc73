import { Configuration, App, ILifeCycle } from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import * as validate from '@midwayjs/validate';
import * as info from '@midwayjs/info';
import * as typeorm from '@midwayjs/typeorm';
import * as jwt from '@midwayjs/jwt';
import * as upload from '@midwayjs/upload';
import * as view from '@midwayjs/view-nunjucks';
import * as axios from '@midwayjs/axios';
import * as cron from '@midwayjs/cron';
import * as crossDomain from '@midwayjs/cross-domain';
import * as security from '@midwayjs/security';
import { join } from 'path';
import { RequestLogMiddleware } from './middleware/request-log.middleware';
import { AuthMiddleware } from './middleware/auth.middleware';
import { NotFoundFilter, ValidateErrorFilter } from './filter/notfound.filter';
import { DefaultErrorFilter } from './filter/default.filter';

@Configuration({
  imports: [
    koa,
    validate,
    typeorm,
    jwt,
    upload,
    view,
    axios,
    cron,
    crossDomain,
    security,
    {
      component: info,
      enabledEnvironment: ['local'],
    },
  ],
  importConfigs: [join(__dirname, './config')],
})
export class MainConfiguration implements ILifeCycle {
  @App('koa')
  app: koa.Application;

  async onReady() {
    this.app.useMiddleware([RequestLogMiddleware, AuthMiddleware]);
    this.app.useFilter([NotFoundFilter, ValidateErrorFilter, DefaultErrorFilter]);
  }
}

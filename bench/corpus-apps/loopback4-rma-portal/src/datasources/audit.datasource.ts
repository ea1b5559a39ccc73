import {inject, lifeCycleObserver, LifeCycleObserver} from '@loopback/core';
import {juggler} from '@loopback/repository';

const config = {
  name: 'audit',
  connector: 'mongodb',
  url: process.env.AUDIT_MONGO_URL,
  useNewUrlParser: true,
};

@lifeCycleObserver('datasource')
export class AuditDataSource extends juggler.DataSource implements LifeCycleObserver {
  static dataSourceName = 'audit';
  static readonly defaultConfig = config;

  constructor(
    @inject('datasources.config.audit', {optional: true})
    dsConfig: object = config,
  ) {
    super(dsConfig);
  }
}

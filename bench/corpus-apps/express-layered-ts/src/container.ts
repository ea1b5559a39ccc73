import 'reflect-metadata';
import { container } from 'tsyringe';
import { DataSource } from 'typeorm';
import { AppDataSource } from './config/data-source';

// Repositories take the DataSource by type; services, clients and controllers are
// @injectable() classes resolved on demand by the route modules.
container.register(DataSource, { useValue: AppDataSource });

export { container };

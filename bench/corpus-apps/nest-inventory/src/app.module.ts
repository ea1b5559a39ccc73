import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HttpModule } from '@nestjs/axios';
import { JwtModule } from '@nestjs/jwt';
import { Item } from './items/item.entity';
import { ItemsController } from './items/items.controller';
import { ItemsService } from './items/items.service';
import { ItemsRepository } from './items/items.repository';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { ProxyController } from './proxy/proxy.controller';
import { FilesController } from './files/files.controller';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Item], synchronize: false }),
    TypeOrmModule.forFeature([Item]),
    HttpModule.register({ timeout: 5000 }),
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } }),
  ],
  controllers: [ItemsController, ReportsController, ProxyController, FilesController],
  providers: [ItemsService, ItemsRepository, ReportsService, UsersService],
})
export class AppModule {}

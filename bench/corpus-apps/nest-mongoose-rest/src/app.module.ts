import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { HttpModule } from '@nestjs/axios';
import { JwtModule } from '@nestjs/jwt';
import configuration from './config/configuration';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { User, UserSchema } from './auth/user.schema';
import { Vehicle, VehicleSchema } from './vehicles/vehicle.schema';
import { VehiclesController } from './vehicles/vehicles.controller';
import { VehiclesService } from './vehicles/vehicles.service';
import { WorkOrder, WorkOrderSchema } from './work-orders/work-order.schema';
import { WorkOrdersController } from './work-orders/work-orders.controller';
import { WorkOrdersService } from './work-orders/work-orders.service';
import { DocumentsController } from './documents/documents.controller';
import { IntegrationsController } from './integrations/integrations.controller';
import { TelematicsService } from './integrations/telematics.service';
import { BackupService } from './maintenance/backup.service';
import { MaintenanceController } from './maintenance/maintenance.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [configuration] }),
    MongooseModule.forRootAsync({
      inject: [ConfigService],
      // safe: CWE-798
      useFactory: (config: ConfigService) => ({ uri: config.getOrThrow<string>('mongoUri') }),
    }),
    MongooseModule.forFeature([
      { name: User.name, schema: UserSchema },
      { name: Vehicle.name, schema: VehicleSchema },
      { name: WorkOrder.name, schema: WorkOrderSchema },
    ]),
    JwtModule.registerAsync({
      global: true,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.get<string>('jwt.secret'),
        signOptions: { expiresIn: config.get<string>('jwt.expiresIn') },
      }),
    }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 120 }]),
    ScheduleModule.forRoot(),
    HttpModule.register({ timeout: 5000, maxRedirects: 0 }),
  ],
  controllers: [
    AuthController,
    VehiclesController,
    WorkOrdersController,
    DocumentsController,
    IntegrationsController,
    MaintenanceController,
  ],
  providers: [AuthService, VehiclesService, WorkOrdersService, TelematicsService, BackupService],
})
export class AppModule {}

import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MongooseModule } from '@nestjs/mongoose';
import { GraphQLModule } from '@nestjs/graphql';
import { Invoice } from './invoices/invoice.entity';
import { InvoicesController } from './invoices/invoices.controller';
import { InvoicesService } from './invoices/invoices.service';
import { PdfService } from './pdf/pdf.service';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';
import { Customer, CustomerSchema } from './customers/customer.schema';
import { CustomersResolver } from './customers/customers.resolver';
import { CustomersService } from './customers/customers.service';
import { TemplatesController } from './templates/templates.controller';
import { TemplatesService } from './templates/templates.service';
import { FormulasController } from './formulas/formulas.controller';
import { FormulasService } from './formulas/formulas.service';
import { LegacyController } from './auth/legacy.controller';

@Module({
  imports: [
    HttpModule.register({ timeout: 5000 }),
    JwtModule.register({ secret: process.env.JWT_SECRET }),
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Invoice] }),
    TypeOrmModule.forFeature([Invoice]),
    MongooseModule.forRoot(process.env.MONGO_URL ?? 'mongodb://localhost/billing'),
    MongooseModule.forFeature([{ name: Customer.name, schema: CustomerSchema }]),
    GraphQLModule.forRoot({ autoSchemaFile: true }),
  ],
  controllers: [InvoicesController, WebhooksController, TemplatesController, FormulasController, LegacyController],
  providers: [InvoicesService, PdfService, WebhooksService, CustomersResolver, CustomersService, TemplatesService, FormulasService],
})
export class AppModule {}

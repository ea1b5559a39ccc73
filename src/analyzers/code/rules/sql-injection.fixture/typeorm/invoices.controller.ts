import { Controller, Get, Query } from '@nestjs/common';
import { InvoicesService } from './invoices.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get()
  list(@Query('customer') customer: string, @Query('sort') sort: string) {
    return this.invoices.byCustomer(customer, sort);
  }

  @Get('recent')
  recent(@Query('customer') customer: string, @Query('sort') sort: string) {
    return this.invoices.recent(customer, sort);
  }
}

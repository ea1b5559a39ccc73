import { Controller, Get, Param, ParseIntPipe, Query, UseGuards } from '@nestjs/common';
import { InvoicesService } from './invoices.service';
import { PdfService } from '../pdf/pdf.service';
import { ApiKeyGuard } from '../auth/api-key.guard';

class SearchDto {
  term!: string;
}

@Controller('invoices')
@UseGuards(ApiKeyGuard)
export class InvoicesController {
  constructor(private readonly invoicesService: InvoicesService, private readonly pdf: PdfService) {}

  @Get()
  list(@Query('customer') customer: string, @Query('sort') sort = 'issuedAt') {
    return this.invoicesService.findByCustomer(customer, sort);
  }

  @Get('recent')
  recent(@Query('customer') customer: string, @Query('sort') sort = 'issuedAt') {
    return this.invoicesService.findRecent(customer, sort);
  }

  @Get('search')
  search(@Query() query: SearchDto) {
    return this.invoicesService.search(query.term);
  }

  @Get('totals/:year')
  totals(@Param('year', ParseIntPipe) year: number) {
    return this.invoicesService.totalForYear(year);
  }

  @Get(':id/pdf')
  renderPdf(@Param('id', ParseIntPipe) id: number, @Query('paper') paper: string) {
    return this.pdf.render(id, paper);
  }

  @Get(':id/thumbnail')
  thumbnail(@Param('id', ParseIntPipe) id: number, @Query('width', ParseIntPipe) width: number) {
    return this.pdf.thumbnail(id, width);
  }
}

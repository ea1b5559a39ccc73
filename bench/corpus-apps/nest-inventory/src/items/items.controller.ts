import { Controller, Get, Param, ParseIntPipe, Query, UseGuards } from '@nestjs/common';
import { ItemsService } from './items.service';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';

@Controller('items')
@UseGuards(JwtAuthGuard)
export class ItemsController {
  constructor(private readonly itemsService: ItemsService) {}

  @Get()
  search(@Query('q') q: string, @Query('strict') strict?: string) {
    return this.itemsService.search(q ?? '', strict === 'true');
  }

  @Get('sku/:sku')
  bySku(@Param('sku') sku: string) {
    return this.itemsService.bySku(sku);
  }

  @Get('v2/sku/:sku')
  bySkuSafe(@Param('sku') sku: string) {
    return this.itemsService.bySkuSafe(sku);
  }

  @Get('stock')
  stock(@Query() query: { warehouse: string }) {
    return this.itemsService.stock(query.warehouse);
  }

  @Get(':id')
  byId(@Param('id', ParseIntPipe) id: number) {
    return this.itemsService.byId(id);
  }
}

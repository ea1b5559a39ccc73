import { Controller, DefaultValuePipe, Get, Param, ParseIntPipe, Query, Req, UseGuards } from '@nestjs/common';
import { JwtAuthGuard, PartnerGuard } from '../common/jwt-auth.guard';
import { SearchVehiclesDto, ServiceDueQuery } from './dto/search-vehicles.dto';
import { VehiclesService } from './vehicles.service';

@Controller('vehicles')
export class VehiclesController {
  constructor(private readonly vehicles: VehiclesService) {}

  @Get()
  @UseGuards(JwtAuthGuard)
  search(@Req() req: any, @Query() dto: SearchVehiclesDto) {
    return this.vehicles.search(req.user.depotId, dto);
  }

  @Get('quick')
  @UseGuards(JwtAuthGuard)
  quick(@Req() req: any, @Query('q') q: string) {
    return this.vehicles.quickFind(req.user.depotId, q);
  }

  @Get('service-due')
  @UseGuards(JwtAuthGuard)
  serviceDue(@Query() query: ServiceDueQuery) {
    return this.vehicles.serviceDue(query);
  }

  @Get('service-due/v2')
  @UseGuards(JwtAuthGuard)
  serviceDueV2(@Req() req: any, @Query('interval', new DefaultValuePipe(15000), ParseIntPipe) interval: number) {
    return this.vehicles.serviceDueSafe(req.user.depotId, interval);
  }

  @Get('partner')
  @UseGuards(PartnerGuard)
  partnerList(@Req() req: any, @Query('status') status: string) {
    return this.vehicles.forPartner(req.partner.depots, status);
  }

  @Get(':plate')
  @UseGuards(JwtAuthGuard)
  byPlate(@Req() req: any, @Param('plate') plate: string) {
    return this.vehicles.byPlate(req.user.depotId, plate);
  }
}

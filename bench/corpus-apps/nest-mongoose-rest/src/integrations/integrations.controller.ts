import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../common/jwt-auth.guard';
import { TelematicsService } from './telematics.service';

interface ProbeRequest {
  provider: string;
  statusUrl: string;
}

@Controller('integrations')
@UseGuards(JwtAuthGuard)
export class IntegrationsController {
  constructor(private readonly telematics: TelematicsService) {}

  @Get('devices/:id/position')
  position(@Param('id') id: string) {
    return this.telematics.latestPosition(id);
  }

  @Post('providers/probe')
  probe(@Body() { statusUrl }: ProbeRequest) {
    return this.telematics.probeProvider(statusUrl);
  }
}

import { Body, Controller, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { JwtAuthGuard } from '../common/jwt-auth.guard';
import { WorkOrdersService } from './work-orders.service';

class TelemetryDto {
  @IsInt() @Min(0) mileage: number;
  @IsInt() @Min(0) engineHours: number;
  @IsInt() @Min(0) @Max(1000) faultCount: number;
}

class RuleCheckDto extends TelemetryDto {
  @IsString()
  rule: string;

  @IsIn(['expression', 'simple'])
  mode: 'expression' | 'simple';
}

@Controller('work-orders')
@UseGuards(JwtAuthGuard)
export class WorkOrdersController {
  constructor(private readonly orders: WorkOrdersService) {}

  @Patch(':id/fields')
  patchFields(@Param('id') id: string, @Body() body: any) {
    return this.orders.patchFields(id, body);
  }

  @Patch(':id/checklist')
  patchChecklist(@Param('id') id: string, @Body() body: Record<string, boolean>) {
    return this.orders.patchChecklist(id, body);
  }

  @Post('rules/check')
  checkRule(@Body() dto: RuleCheckDto) {
    const { rule, mode, ...telemetry } = dto;
    return {
      match: mode === 'simple' ? this.orders.evaluateSimpleRule(rule, telemetry) : this.orders.evaluateRule(rule, telemetry),
    };
  }
}

import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class SearchVehiclesDto {
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9 -]{1,12}$/i)
  plate?: string;

  @IsOptional()
  @IsIn(['active', 'workshop', 'retired'])
  status?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_000_000)
  minMileage?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;
}

export interface ServiceDueQuery {
  depot: string;
  overdueBy: string;
}

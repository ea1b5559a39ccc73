import { IsIn, IsInt, IsOptional, IsString, Max, Min, IsEnum, Matches } from 'class-validator';
import { Type } from 'class-transformer';

export enum Order {
  Asc = 'ASC',
  Desc = 'DESC',
}

export class ListPostsDto {
  @IsOptional()
  @IsIn(['created_at', 'title', 'likes'])
  sort?: string;

  @IsOptional()
  @IsEnum(Order)
  order?: Order;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @IsOptional()
  @IsString()
  search?: string;

  @Matches(/^[a-z_]+$/)
  column!: string;

  // Dots and dashes pass this pattern: not an allow-list of safe characters.
  @Matches(/^[a-z.-]+$/)
  path!: string;
}

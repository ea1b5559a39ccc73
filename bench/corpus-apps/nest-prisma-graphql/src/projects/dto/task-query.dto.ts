import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export const TASK_SORT_FIELDS = ['createdAt', 'priority', 'title', 'status'] as const;
export type TaskSortField = (typeof TASK_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

export class ListTasksQueryDto {
  @IsOptional()
  @IsIn(TASK_SORT_FIELDS)
  sort: TaskSortField = 'createdAt';

  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction: SortDirection = 'desc';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 25;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}

export class SearchTasksQueryDto {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  q!: string;
}

export class TasksByStatusQueryDto {
  @IsString()
  @MaxLength(32)
  status!: string;
}

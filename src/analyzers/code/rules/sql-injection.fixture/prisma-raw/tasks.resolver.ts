import { Args, Query, Resolver } from '@nestjs/graphql';
import { TaskRepository } from './task.repository';

@Resolver()
export class TasksResolver {
  constructor(private readonly tasks: TaskRepository) {}

  @Query(() => [String])
  breakdown(@Args('groupBy') groupBy: string, @Args('status') status: string) {
    // The repository splices the column in: the finding is there, not on this call.
    return this.tasks.breakdown(groupBy, status);
  }

  @Query(() => [String])
  sorted(@Args('column') column: string) {
    return this.tasks.sorted(column);
  }
}

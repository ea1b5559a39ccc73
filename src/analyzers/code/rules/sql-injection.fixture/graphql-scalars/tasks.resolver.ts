import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { TaskStore } from './task.store';

@Resolver()
export class TasksResolver {
  constructor(private readonly store: TaskStore) {}

  // GraphQL rejects a non-integer `Int` before the resolver runs.
  @Query(() => String)
  task(@Args('id', { type: () => Int }) id: number) {
    return this.store.byId(id);
  }

  // `ID` is any string.
  @Query(() => String)
  taskByRef(@Args('ref', { type: () => ID }) ref: string) {
    return this.store.byRef(ref);
  }
}

import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Customer } from './customer.schema';
import { CustomersService } from './customers.service';

@Resolver(() => Customer)
export class CustomersResolver {
  constructor(private readonly customers: CustomersService) {}

  @Query(() => [Customer])
  customers(@Args('filter', { type: () => GraphQLJSON }) filter: Record<string, unknown>) {
    return this.customers.find(filter);
  }

  @Query(() => [Customer])
  customersByTag(@Args('tag') tag: string) {
    return this.customers.byTag(tag);
  }

  @Query(() => Customer, { nullable: true })
  customer(@Args('id', { type: () => ID }) id: string) {
    return this.customers.byId(id);
  }

  @Query(() => Customer, { nullable: true })
  customerByEmail(@Args('email') email: string) {
    return this.customers.byEmail(email);
  }
}

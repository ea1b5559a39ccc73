import { Args, Query, Resolver } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Order } from './order.schema';
import { OrdersService } from './orders.service';

// GraphQL arguments reach the service: a JSON scalar can carry operators, a String cannot.
@Resolver(() => Order)
export class OrdersResolver {
  constructor(private readonly orders: OrdersService) {}

  @Query(() => [Order])
  orders(@Args('where', { type: () => GraphQLJSON }) where: Record<string, unknown>) {
    // The JSON scalar becomes a query in the service: reported at its find() (orders.service.ts).
    // ok: js/nosql-injection
    return this.orders.search(where);
  }

  @Query(() => [Order])
  ordersByStatus(@Args('status') status: string) {
    return this.orders.byFields({ status });
  }

  @Query(() => [Order])
  ordersWithNote(@Args('text') text: string) {
    return this.orders.withNote(text);
  }

  @Query(() => [Order])
  ordersByExactStatus(@Args('status') status: string) {
    return this.orders.byStatus(status);
  }

  @Query(() => [Order])
  rememberedOrder(@Args('ref') ref: string) {
    return this.orders.remembered(ref);
  }
}

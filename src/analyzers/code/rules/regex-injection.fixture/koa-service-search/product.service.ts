export class ProductService {
  async search(filter: { term?: string }, page: number) {
    return { items: [], filter, page };
  }
}

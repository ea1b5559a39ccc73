import { notFound } from 'next/navigation';
import { productService } from '~/server/services';
import { ReviewCard } from './ReviewCard';

export default async function ProductPage({ params }: { params: { slug: string } }) {
  const product = await productService.bySlug(params.slug);
  if (!product || !product.published) notFound();

  return (
    <main className="container">
      <h1>{product.name}</h1>
      <p className="price">${(product.priceCents / 100).toFixed(2)}</p>
      <p className="seller">
        Sold by {product.seller.displayName} ({product.seller.rating?.toFixed(1) ?? 'new'} ★)
      </p>
      <p className="description">{product.description}</p>
      <section>
        <h2>Reviews</h2>
        {product.reviews.map((review) => (
          <ReviewCard key={review.id} review={review} />
        ))}
      </section>
    </main>
  );
}

import { Suspense } from 'react';
import { ClaimGiftCard } from './ClaimGiftCard';

export default function ClaimPage() {
  return (
    <main className="container">
      <h1>You received a gift card</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <ClaimGiftCard />
      </Suspense>
    </main>
  );
}

'use client';

import { useSearchParams } from 'next/navigation';
import { api } from '~/trpc/react';

export function ClaimGiftCard() {
  const token = useSearchParams().get('token') ?? '';
  const redeem = api.checkout.redeemGiftCard.useMutation();

  if (!token) return <p>This gift card link is incomplete.</p>;

  return (
    <section>
      <button type="button" disabled={redeem.isLoading || redeem.isSuccess} onClick={() => redeem.mutate({ token })}>
        Add to my store credit
      </button>
      {redeem.data && <p>Store credit balance: ${(redeem.data.storeCreditCents / 100).toFixed(2)}</p>}
      {redeem.error && <p role="alert">{redeem.error.message}</p>}
    </section>
  );
}

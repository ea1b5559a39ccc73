'use client';

import { useState } from 'react';
import { api } from '~/trpc/react';

export function CouponForm({ orderId }: { orderId: string }) {
  const [code, setCode] = useState('');
  const utils = api.useUtils();
  const apply = api.checkout.applyCoupon.useMutation({ onSuccess: () => utils.account.me.invalidate() });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        apply.mutate({ orderId, code });
      }}
    >
      <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="Coupon code" maxLength={64} />
      <button type="submit" disabled={apply.isLoading}>Apply</button>
      {apply.error && <p role="alert">{apply.error.message}</p>}
    </form>
  );
}

'use client';

import { useSearchParams } from 'next/navigation';

export function SearchHeading({ total }: { total: number }) {
  const params = useSearchParams();
  const q = params.get('q') ?? '';

  return (
    <header className="mb-6">
      {/* vuln: CWE-79 */}
      <h1 className="text-2xl font-semibold" dangerouslySetInnerHTML={{ __html: `${total} results for <mark>${q}</mark>` }} />
      <p className="text-sm text-gray-500">Products from independent sellers, updated hourly</p>
    </header>
  );
}

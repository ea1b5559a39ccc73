// Next.js app router page: searchParams come from the URL the visitor opened.
export default async function PreviewPage({ searchParams }: { searchParams: { url?: string; id?: string } }) {
  // ruleid: js/ssrf
  const res = await fetch(searchParams.url!);
  // ok: js/ssrf
  const item = await fetch(`https://api.example.com/items/${encodeURIComponent(searchParams.id ?? '')}`);
  return <pre>{(await res.text()).slice(0, 200)}{String(item.status)}</pre>;
}

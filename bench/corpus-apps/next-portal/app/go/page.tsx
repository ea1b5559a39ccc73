import { redirect } from 'next/navigation';

const PARTNERS: Record<string, string> = {
  shipping: 'https://track.example-shipping.com/',
  payments: 'https://pay.example-payments.com/portal',
};

// Outbound links from e-mails: /go?to=<url> or /go?partner=<name>
export default function Go({ searchParams }: { searchParams: { to?: string; partner?: string } }) {
  if (searchParams.partner && PARTNERS[searchParams.partner]) {
    // safe: CWE-601
    redirect(PARTNERS[searchParams.partner]);
  }
  // vuln: CWE-601
  redirect(searchParams.to ?? '/');
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';

// The component reads what this module's loader returned: here the page's own query string.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const params = new URL(request.url).searchParams;
  return json({ from: params.get('from'), title: params.get('title') ?? '', home: '/notes' });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData();
  return json({ website: String(form.get('website') ?? ''), saved: true });
};

export default function ClipPage() {
  const { from, title, home } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      {/* A `javascript:` URL from the link runs when clicked. */}
      {/* ruleid: js/xss */}
      <a href={from}>{from}</a>
      {/* ok: js/xss */}
      <a href={home}>{title}</a>
      {/* A path on this site: the value cannot choose the scheme. */}
      {/* ok: js/xss */}
      <a href={`/search?q=${encodeURIComponent(from ?? '')}`}>search</a>
      {/* ruleid: js/xss */}
      {result ? <a href={result.website}>your site</a> : null}
    </Form>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { deleteTag, renameTag, tagCounts } from '~/models/tag.server';
import { isValidTagName } from '~/lib/tags';
import { requireUserId } from '~/session.server';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  return json({ tags: await tagCounts(userId) });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const intent = formData.get('intent');
  const name = String(formData.get('name') ?? '');

  if (intent === 'delete') {
    await deleteTag(userId, name);
    return json({ error: null });
  }

  const to = String(formData.get('to') ?? '').trim().toLowerCase();
  if (!isValidTagName(to) || to.length > 32) {
    return json({ error: 'Tag names are letters and digits, optionally joined by - or _' }, { status: 400 });
  }
  await renameTag(userId, name, to);
  return json({ error: null });
};

export default function TagsPage() {
  const { tags } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <main className="tags">
      <h1>Tags</h1>
      {actionData?.error ? <p className="error">{actionData.error}</p> : null}
      <table>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.name}>
              <td>
                <Link to={`/notes/search?tag=${encodeURIComponent(tag.name)}`}>#{tag.name}</Link>
              </td>
              <td>{tag.count}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="name" value={tag.name} />
                  <input name="to" placeholder="new name" aria-label={`Rename ${tag.name}`} />
                  <button name="intent" value="rename">Rename</button>
                  <button name="intent" value="delete">Delete</button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

import type { NextApiRequest, NextApiResponse } from 'next';
import { apiRoute, firstValue, widgetCors } from '@/lib/api';
import { postRepository } from '@/lib/repositories/posts';

export default apiRoute(['GET'], async (req: NextApiRequest, res: NextApiResponse) => {
  widgetCors(req, res);
  const limit = Math.min(Math.max(parseInt(firstValue(req.query.limit) ?? '20', 10) || 20, 1), 50);
  const page = Math.max(parseInt(firstValue(req.query.page) ?? '1', 10) || 1, 1);

  const posts = await postRepository.list({
    tag: firstValue(req.query.tag),
    sort: firstValue(req.query.sort),
    direction: firstValue(req.query.direction),
    limit,
    offset: (page - 1) * limit,
  });

  res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=300');
  res.status(200).json({
    page,
    posts: posts.map(({ body, ...summary }) => summary),
  });
});

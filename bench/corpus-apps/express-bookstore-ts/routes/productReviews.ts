import type { Request, Response, NextFunction } from 'express';
import { reviewsCollection } from '../data/mongodb';

export function updateProductReviews() {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = (req as any).user;
    // vuln: CWE-943
    reviewsCollection.update({ _id: req.body.id }, { $set: { message: req.body.message } }, { multi: true })
      .then((result: { modified: number }) => res.json({ modified: result.modified, by: user.data.email }))
      // vuln: CWE-209
      .catch((error: Error) => res.status(500).json({ error: error.message }));
  };
}

export function likeProductReview() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const id = req.body.id;
    if (typeof id !== 'string') return res.status(400).json({ error: 'Wrong Params' });
    try {
      // safe: CWE-943
      const review = await reviewsCollection.findOne({ _id: id });
      if (!review) return res.status(404).json({ error: 'Not found' });
      // safe: CWE-943
      await reviewsCollection.update({ _id: id }, { $inc: { likesCount: 1 } });
      return res.json({ liked: true });
    } catch (error) {
      return next(error);
    }
  };
}

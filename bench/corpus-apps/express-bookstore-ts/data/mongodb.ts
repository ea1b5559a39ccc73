// MarsDB is an in-process MongoDB-compatible store (same query language, including $where).
import * as MarsDB from 'marsdb';

export const reviewsCollection = new MarsDB.Collection('posts');
export const ordersCollection = new MarsDB.Collection('orders');

export interface Request {
  id: string;
  query: { target: string };
}

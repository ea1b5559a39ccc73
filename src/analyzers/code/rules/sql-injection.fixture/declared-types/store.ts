/** The application's own query helper: what `query` does with its text is not a driver's. */
export interface Store {
  query(statement: string, values?: unknown[]): Promise<unknown>;
}

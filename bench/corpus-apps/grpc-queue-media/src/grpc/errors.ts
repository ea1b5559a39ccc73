import * as grpc from '@grpc/grpc-js';
import { logger } from '../logger';

export class AppError extends Error {
  constructor(
    public readonly code: grpc.status,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (message: string) => new AppError(grpc.status.INVALID_ARGUMENT, message);
export const notFound = (what: string) => new AppError(grpc.status.NOT_FOUND, `${what} not found`);
export const denied = (message = 'permission denied') => new AppError(grpc.status.PERMISSION_DENIED, message);
export const unauthenticated = () => new AppError(grpc.status.UNAUTHENTICATED, 'missing or invalid credentials');

/** Maps anything thrown by a service to what the caller is allowed to see. */
export function toServiceError(err: unknown): Partial<grpc.StatusObject> {
  if (err instanceof AppError) {
    return { code: err.code, details: err.message };
  }
  logger.error({ err }, 'unhandled error in gRPC handler');
  return { code: grpc.status.INTERNAL, details: 'internal error' };
}

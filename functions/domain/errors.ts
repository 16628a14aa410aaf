/**
 * The one error type of the product. Everything that should reach a caller as a 4xx carries its status,
 * and one place (functions/http/problem.ts) renders it as application/problem+json (RFC 9457);
 * the bot renders the same errors as cards. An error may carry a reason (a code of error-wording.ts and its
 * values), from which a chat says it in its own language; the message itself is English.
 */
import type { ErrorReason } from './error-wording.js';

export interface FieldError {
  /** Dotted path of the offending field, e.g. "economy.2.year" or "value". */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors: FieldError[] = [],
    readonly reason?: ErrorReason,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(detail: string, errors: FieldError[] = [], reason?: ErrorReason) {
    super(400, 'Invalid request', detail, errors, reason);
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string, reason?: ErrorReason) {
    super(404, 'Not found', detail, [], reason);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, reason?: ErrorReason) {
    super(409, 'Conflict', detail, [], reason);
  }
}

/** A write carried an ETag that is no longer current: somebody else changed the item first. */
export class PreconditionFailedError extends AppError {
  constructor(detail: string, reason?: ErrorReason) {
    super(412, 'Precondition failed', detail, [], reason);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail: string, reason?: ErrorReason) {
    super(403, 'Forbidden', detail, [], reason);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(detail: string, reason?: ErrorReason) {
    super(413, 'Payload too large', detail, [], reason);
  }
}

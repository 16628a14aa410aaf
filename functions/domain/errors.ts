/**
 * The one error type of the product. Everything that should reach a caller as a 4xx carries its status,
 * and one place (functions/http/problem.ts) renders it as application/problem+json (RFC 9457);
 * the bot renders the same errors as cards.
 */
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
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(detail: string, errors: FieldError[] = []) {
    super(400, 'Invalid request', detail, errors);
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string) {
    super(404, 'Not found', detail);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string) {
    super(409, 'Conflict', detail);
  }
}

/** A write carried an ETag that is no longer current: somebody else changed the item first. */
export class PreconditionFailedError extends AppError {
  constructor(detail: string) {
    super(412, 'Precondition failed', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail: string) {
    super(403, 'Forbidden', detail);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(detail: string) {
    super(413, 'Payload too large', detail);
  }
}

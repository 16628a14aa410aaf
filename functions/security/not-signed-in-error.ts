import { AppError } from '../domain/errors.js';

/** 401: nobody is signed in (or the sign-in cannot be believed); unlike 403, trying again signed in may help. */
export class NotSignedInError extends AppError {
  constructor(detail: string) {
    super(401, 'Unauthorized', detail);
  }
}

import type { z } from 'zod';
import { ValidationError, type FieldError } from './errors.js';

/** zod issues as field errors, each naming the field by its dotted path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

/** Parse or throw a ValidationError that names every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw new ValidationError(`${what} is invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
}

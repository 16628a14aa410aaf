/** The item a reservation is (reservations.ts); apart from it so containers.ts can name it without a cycle. */
import { z } from 'zod';

export const ReservationSchema = z.object({
  /** What is taken, e.g. "proposal-number:herning:bic08". */
  id: z.string().min(1).max(255),
  /** The partition: the organisation whose names these are. */
  scope: z.string().min(1).max(200),
  /** Who took it (a proposal id): a retry by the same holder finds its own reservation and keeps it. */
  holder: z.string().min(1).max(500),
  at: z.iso.datetime({ offset: true }),
});

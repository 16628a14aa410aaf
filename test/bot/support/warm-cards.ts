/**
 * The bot answers an activity within its turn deadline (BOT_TURN_TIMEOUT_MS, 10 s) or answers 202 and
 * lets the turn run on, so a test that reads the replies right after it would race the turn. The first
 * card a process builds loads the template engine inside that turn (cards/card.ts: about 0.3 s of CPU,
 * up to 1 s at load 13 and far more for a niced run at load 25, against 10–60 ms for a turn without it).
 * Building one card before the first turn keeps that one-off cost out of every timed turn.
 */
import { messageCard } from '../../../cards/index.js';

export function warmCards(): void {
  messageCard({ title: 'warm-up', paragraphs: [] });
}

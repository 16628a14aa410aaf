/** The files this process holds open inside `dir`, by its file descriptors' links (Linux only). */
import { readdirSync, readlinkSync } from 'node:fs';

export function filesOpenIn(dir: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)].filter((target) => target.startsWith(dir));
    } catch {
      return []; // the descriptor readdirSync itself used, closed by now
    }
  });
}

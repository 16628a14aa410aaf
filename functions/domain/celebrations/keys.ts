/** Milestone keys and ids: stable strings safe as Cosmos DB ids. */
import type { Milestone } from '../model.js';
import type { MilestoneRef } from './types.js';

/** Cosmos DB forbids these in ids; "~" joins parts as in figureId(). */
const FORBIDDEN = /[/\\?#]/g;
const MAX_ID = 255;

export function subjectId(...parts: string[]): string {
  return parts.map((p) => p.replace(FORBIDDEN, '_')).join('~');
}

export function keyOf(ref: MilestoneRef | Pick<Milestone, 'rule' | 'subjectId'>): string {
  return `${ref.rule}~${ref.subjectId}`;
}

/** The keys already celebrated to an audience, from its stored milestones. */
export function celebratedKeys(milestones: Iterable<Pick<Milestone, 'rule' | 'subjectId'>>): Set<string> {
  return new Set([...milestones].map(keyOf));
}

/** One milestone per audience and key; shortened with a hash when a long conversation id would pass Cosmos' 255 characters. */
export function milestoneId(audienceId: string, key: string): string {
  const id = `${audienceId}~${key}`.replace(FORBIDDEN, '_');
  return id.length <= MAX_ID ? id : `${id.slice(0, MAX_ID - 9)}~${fnv1a(id)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a small stable hash, not a security measure. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

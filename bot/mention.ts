/**
 * The text a user meant, without the bot's @mention. Teams puts "<at>Målbot</at>" in the text and a
 * mention entity naming the bot; the entity is the authority (the display name in the text can be
 * anything the team renamed the app to), and a leftover <at> tag is removed as a fallback.
 */
import type { IncomingActivity } from './activity.js';

export function textWithoutBotMention(activity: Pick<IncomingActivity, 'text' | 'entities' | 'recipient'>): string {
  let value = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    if (entity.type !== 'mention' || entity.mentioned?.id !== activity.recipient.id || !entity.text) continue;
    value = value.split(entity.text).join(' ');
  }
  return value
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}


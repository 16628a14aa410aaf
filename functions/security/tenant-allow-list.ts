/**
 * Which Entra tenants the bot serves. ALLOWED_TENANT_IDS when set; otherwise the bot's own tenant;
 * with neither (a local multi-tenant trial) any tenant. An activity without a tenant is refused
 * whenever there is a list: Teams always sends one.
 */
import type { Config } from '../config.js';

export function tenantAllowList(bot: Pick<Config['bot'], 'allowedTenantIds' | 'tenantId'>): string[] {
  if (bot.allowedTenantIds.length) return bot.allowedTenantIds.map((id) => id.toLowerCase());
  return bot.tenantId ? [bot.tenantId.toLowerCase()] : [];
}

export function tenantAllowed(allowList: readonly string[], tenantId: string | undefined): boolean {
  if (!allowList.length) return true;
  return tenantId !== undefined && allowList.includes(tenantId.toLowerCase());
}

/** The tenant Teams names in an activity: channelData.tenant.id, or conversation.tenantId. */
export function tenantOf(activity: { channelData?: unknown; conversation?: { tenantId?: string } }): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = channelData?.tenant?.id;
  return typeof fromChannel === 'string' && fromChannel ? fromChannel : activity.conversation?.tenantId || undefined;
}

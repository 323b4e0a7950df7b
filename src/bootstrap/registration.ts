import type { Core } from '@strapi/strapi';

/** Marks, in the core store, that this archive's registration default has been applied once. */
const APPLIED = { type: 'core', name: 'di-san', key: 'self-registration-closed' } as const;

/**
 * Close users-permissions self-registration (`POST /api/auth/local/register`) once per
 * database. Strapi opens it on first start, with no confirmation, and an account would
 * be a foothold nobody vetted; researchers get their role from an admin. Applied once,
 * not at every start: an admin who later opens it in Settings → Users & Permissions →
 * Advanced settings made a deliberate choice, and the marker tells that choice apart
 * from Strapi's default (an archive that ran before this change is closed once too).
 */
export async function closeSelfRegistration(strapi: Core.Strapi): Promise<void> {
  const marker = strapi.store(APPLIED);
  if (await marker.get({})) return;
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get({})) ?? {}) as Record<string, unknown>;
  await advanced.set({ value: { ...settings, allow_register: false } });
  await marker.set({ value: { appliedAt: new Date().toISOString() } });
}

import type { Core } from '@strapi/strapi';

export type AuthorView = { id: number; name: string; email: string } | string;

/**
 * Version authors as the history list shows them: an admin user by id, name
 * and email (one query for the whole list), anything else (`system`,
 * `token:<id>`, an admin since deleted) as the stored string.
 */
export async function resolveAuthors(strapi: Core.Strapi, authors: string[]): Promise<Map<string, AuthorView>> {
  const ids = [...new Set(authors.filter((author) => /^admin:\d+$/.test(author)).map((author) => Number(author.slice(6))))];
  const users = ids.length
    ? ((await strapi.db.query('admin::user').findMany({
        where: { id: { $in: ids } },
        select: ['id', 'firstname', 'lastname', 'username', 'email'],
      })) as Array<{ id: number; firstname?: string | null; lastname?: string | null; username?: string | null; email: string }>)
    : [];
  const views = new Map<string, AuthorView>(authors.map((author) => [author, author]));
  for (const user of users) {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email;
    views.set(`admin:${user.id}`, { id: user.id, name, email: user.email });
  }
  return views;
}

import type { Core } from '@strapi/strapi';

export interface Person {
  id: number;
  name: string;
  email: string;
}

/** Admin users by id, as the review screens show them; unknown ids (a removed account) are absent. */
export async function adminPeople(strapi: Core.Strapi, ids: Array<number | null | undefined>): Promise<Map<number, Person>> {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))];
  if (wanted.length === 0) return new Map();
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: wanted } },
    select: ['id', 'firstname', 'lastname', 'username', 'email'],
  })) as Array<{ id: number; firstname?: string | null; lastname?: string | null; username?: string | null; email: string }>;
  return new Map(
    users.map((user) => {
      const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email;
      return [Number(user.id), { id: Number(user.id), name, email: user.email }];
    }),
  );
}

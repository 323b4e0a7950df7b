/**
 * Keeps every portrait at most as visible as its person, on writes from
 * every channel (admin panel, REST, seed). Checked on the stored result of
 * the write, inside its transaction, so whatever shape the relation was sent
 * in (documentId, connect, set) is what is checked, and a refusal rolls the
 * whole write back.
 *
 * Why on write, not on read: every channel that shows a media item (REST,
 * populate, /media/d/ files, site pages, search documents) already applies
 * the item's own access level and consent. Keeping the portrait's no wider
 * than its person's makes all of them right at once, with no channel needing
 * to know that an item is someone's portrait.
 *
 * - Opening is refused: a person linked to a more open portrait, or a
 *   portrait opened wider than a person who uses it, gets 400.
 * - Narrowing never is: when a person is restricted or their consent is
 *   withdrawn and their current portrait would be left more open, the
 *   portrait is restricted (every version) in the same transaction, so a
 *   takedown is one save and takes effect at once.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordChanged } from '../record-changed';
import { isMoreOpenThanPerson, portraitNotAnImage, portraitTooOpen, type AccessRecord, type PortraitProblem } from './portrait-rule';
import { uidOf } from '../content-model';

const PERSON = uidOf('person');
const MEDIA = uidOf('media-item');
const WRITES = new Set(['create', 'update']);

interface MediaRow extends AccessRecord {
  documentId: string;
  title?: string | null;
  kind?: string | null;
}
interface PersonRow extends AccessRecord {
  documentId: string;
  name?: string | null;
  portrait?: { documentId: string } | null;
}

const refuse = (problem: PortraitProblem, path: string) => {
  const message = `${problem.vi} / ${problem.en}`;
  throw new errors.ValidationError(message, { messages: problem, errors: [{ path: [path], message, name: 'ValidationError' }] });
};

export function registerPortraitCheck(strapi: Core.Strapi): void {
  const people = () => strapi.db.query(PERSON);
  const media = () => strapi.db.query(MEDIA);

  /** Every row (draft and published, each locale) of a person, with the portrait each one points at. */
  const personRows = async (documentId: string) =>
    (await people().findMany({
      where: { documentId },
      select: ['documentId', 'name', 'accessLevel'],
      populate: { consent: true, portrait: { select: ['documentId'] } },
    })) as PersonRow[];
  const mediaRows = async (documentIds: string[]) =>
    (await media().findMany({
      where: { documentId: { $in: documentIds } },
      select: ['documentId', 'title', 'kind', 'accessLevel'],
      populate: { consent: true },
    })) as MediaRow[];

  async function afterPersonWrite(documentId: string, linkedBefore: Set<string>): Promise<void> {
    const persons = await personRows(documentId);
    const portraitIds = [...new Set(persons.map((person) => person.portrait?.documentId).filter((id): id is string => !!id))];
    if (portraitIds.length === 0) return;
    const portraits = await mediaRows(portraitIds);
    const toRestrict = new Set<string>();
    for (const person of persons) {
      for (const portrait of portraits.filter((row) => row.documentId === person.portrait?.documentId)) {
        const title = portrait.title ?? portrait.documentId;
        if (portrait.kind !== 'image') refuse(portraitNotAnImage({ title, kind: portrait.kind ?? '?' }), 'portrait');
        if (!isMoreOpenThanPerson({ portrait, person })) continue;
        if (!linkedBefore.has(portrait.documentId)) refuse(portraitTooOpen({ title, personName: person.name ?? '', portrait, person }), 'portrait');
        toRestrict.add(portrait.documentId);
      }
    }
    for (const id of toRestrict) {
      // A direct write: the portrait's own write hooks (processing, its review) are not what a takedown needs.
      await media().updateMany({ where: { documentId: id }, data: { accessLevel: 'restricted' } });
      await recordChanged(strapi, MEDIA, id);
      strapi.log.info(`Portrait ${id} restricted: its person ${documentId} is no longer visible as widely.`);
    }
  }

  async function afterMediaWrite(documentId: string): Promise<void> {
    const persons = (await people().findMany({
      where: { portrait: { documentId } },
      select: ['documentId', 'name', 'accessLevel'],
      populate: { consent: true },
    })) as PersonRow[];
    if (persons.length === 0) return;
    for (const portrait of await mediaRows([documentId])) {
      const title = portrait.title ?? documentId;
      if (portrait.kind !== 'image') refuse(portraitNotAnImage({ title, kind: portrait.kind ?? '?' }), 'kind');
      const person = persons.find((row) => isMoreOpenThanPerson({ portrait, person: row }));
      if (person) refuse(portraitTooOpen({ title, personName: person.name ?? '', portrait, person }), 'accessLevel');
    }
  }

  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || (context.uid !== PERSON && context.uid !== MEDIA)) return next();
    const givenId = (context.params as { documentId?: string }).documentId;
    return strapi.db.transaction(async () => {
      const linkedBefore =
        context.uid === PERSON && givenId
          ? new Set((await personRows(givenId)).map((row) => row.portrait?.documentId).filter((id): id is string => !!id))
          : new Set<string>();
      const result = await next();
      const documentId = givenId ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      if (context.uid === PERSON) await afterPersonWrite(documentId, linkedBefore);
      else await afterMediaWrite(documentId);
      return result;
    });
  });
}

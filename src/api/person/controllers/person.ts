import { factories } from '@strapi/strapi';
import { uidOf } from '../../../content-model';
import { withLocaleFallback } from '../../../locale/with-locale-fallback';
import { withCitationMeta } from '../../../cite/rest';
import { decorateMediaItems } from '../../../media-access/decorate-media-items';

const UID = uidOf('person');

type Entry = { documentId: string; portrait?: { documentId: string } | null };
type Response = { data: Entry | Entry[] | null } | undefined;

/**
 * Reads fall back across locales like every type. A populated portrait is a
 * media item (already filtered by the access guard) and carries `media`, its
 * processed renditions as URLs for this caller, exactly as
 * /api/media-items would give them: never the original upload.
 */
export default factories.createCoreController(UID, ({ strapi }) => {
  const localized = withLocaleFallback()();
  const decorate = async (response: Response) => {
    const data = response?.data;
    const entries = data ? (Array.isArray(data) ? data : [data]) : [];
    const portraits = entries.map((entry) => entry.portrait).filter((portrait): portrait is { documentId: string } => !!portrait?.documentId);
    await decorateMediaItems(strapi, portraits);
    return response;
  };
  return {
    // `this` is the core controller; the fallback's methods are typed for a bare one.
    async find(ctx) {
      return decorate((await localized.find.call(this as never, ctx)) as Response);
    },
    async findOne(ctx) {
      return withCitationMeta(strapi, 'person', await decorate((await localized.findOne.call(this as never, ctx)) as Response));
    },
  };
});

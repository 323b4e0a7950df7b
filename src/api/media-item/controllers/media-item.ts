import { factories } from '@strapi/strapi';
import { uidOf } from '../../../content-model';
import { withLocaleFallback } from '../../../locale/with-locale-fallback';
import { withCitationMeta } from '../../../cite/rest';
import { decorateMediaItems } from '../../../media-access/decorate-media-items';

const UID = uidOf('media-item');

type Entry = { documentId: string };
type Response = { data: Entry | Entry[] | null } | undefined;

/** Reads fall back across locales like every type, and carry `media`: the renditions as URLs for this caller. */
export default factories.createCoreController(UID, ({ strapi }) => {
  const localized = withLocaleFallback()();
  const decorate = async (response: Response) => {
    const data = response?.data;
    if (data) await decorateMediaItems(strapi, Array.isArray(data) ? data : [data]);
    return response;
  };
  return {
    // `this` is the core controller; the fallback's methods are typed for a bare one.
    async find(ctx) {
      return decorate((await localized.find.call(this as never, ctx)) as Response);
    },
    async findOne(ctx) {
      return withCitationMeta(strapi, 'media-item', await decorate((await localized.findOne.call(this as never, ctx)) as Response));
    },
  };
});

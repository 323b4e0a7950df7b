/**
 * Progressive enhancement for the public site, loaded as
 * `<script type="module" src="/assets/site.HASH.js">`. Every page works
 * without it; each feature looks for its own markup and does nothing when the
 * page has none. One failing feature must not stop the others.
 */
import { initCopyLinks } from './copy-link';
import { initAudioStart } from './media';
import { initSearch } from './search';
import { initSeekLinks } from './seek-links';
import { initTranscripts } from './transcript';
import { initVideos } from './video';
import { initWebShare } from './web-share';
import { initZoom } from './zoom';

const features = [initSearch, initVideos, initAudioStart, initTranscripts, initCopyLinks, initWebShare, initSeekLinks, initZoom];

for (const init of features) {
  try {
    init();
  } catch (error) {
    if (typeof console !== 'undefined') console.error(error);
  }
}

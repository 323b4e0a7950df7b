import { mediaPipelineSuite } from '../../helpers/media-suite';

mediaPipelineSuite('local');

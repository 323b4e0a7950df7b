import { mediaPipelineSuite } from '../../helpers/media-suite';

// The whole pipeline against a real S3 server: OpenStack Swift's S3 API, started by `npm test`.
mediaPipelineSuite('s3');

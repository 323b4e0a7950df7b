import { formats, winston } from '@strapi/logger';

/** LOG_LEVEL: error | warn | info | http (default, one line per request) | verbose | debug. */
const level = process.env.LOG_LEVEL ?? 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};

import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      jwtSecret: env('JWT_SECRET'),
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 4 * 1024 * 1024 * 1024),
      security: {
        allowedTypes: ['image/*', 'video/*', 'audio/*', 'application/pdf', 'text/vtt', 'text/plain', 'application/x-subrip'],
        deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh', 'text/x-shellscript'],
      },
    },
  },
});

export default config;

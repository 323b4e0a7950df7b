/**
 * S3 settings from the environment, and the multipart part size.
 * Run: node --import tsx --test tests/unit/storage/s3-settings.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { s3SettingsFromEnv } from '../../../src/storage/s3-client';
import { choosePartSize } from '../../../src/storage/s3-store';

const complete = {
  S3_ENDPOINT: 'http://127.0.0.1:8080',
  S3_BUCKET: 'di-san-media',
  S3_ACCESS_KEY_ID: 'test:tester',
  S3_SECRET_ACCESS_KEY: 'testing',
};
const defaults = {
  endpoint: 'http://127.0.0.1:8080',
  region: 'us-east-1',
  bucket: 'di-san-media',
  accessKeyId: 'test:tester',
  secretAccessKey: 'testing',
  forcePathStyle: true,
};

describe('s3SettingsFromEnv', () => {
  const cases: Array<{ name: string; env: NodeJS.ProcessEnv; expected: ReturnType<typeof s3SettingsFromEnv> }> = [
    { name: 'nothing set: local storage', env: {}, expected: null },
    { name: 'only unrelated or optional variables: local storage', env: { S3_REGION: 'eu-west-1', HOME: '/root' }, expected: null },
    { name: 'blank values count as unset', env: { S3_ENDPOINT: ' ', S3_BUCKET: '', S3_ACCESS_KEY_ID: '', S3_SECRET_ACCESS_KEY: '' }, expected: null },
    { name: 'the four required: defaults for the rest', env: complete, expected: defaults },
    {
      name: 'every variable',
      env: { ...complete, S3_REGION: 'ap-southeast-1', S3_FORCE_PATH_STYLE: 'false' },
      expected: { ...defaults, region: 'ap-southeast-1', forcePathStyle: false },
    },
    { name: 'S3_FORCE_PATH_STYLE=1', env: { ...complete, S3_FORCE_PATH_STYLE: '1' }, expected: defaults },
    { name: 'S3_FORCE_PATH_STYLE=FALSE', env: { ...complete, S3_FORCE_PATH_STYLE: 'FALSE' }, expected: { ...defaults, forcePathStyle: false } },
    { name: 'trailing slash and spaces trimmed', env: { ...complete, S3_ENDPOINT: ' https://s3.disan.vn/ ' }, expected: { ...defaults, endpoint: 'https://s3.disan.vn' } },
  ];
  for (const { name, env, expected } of cases) {
    it(name, () => assert.deepEqual(s3SettingsFromEnv(env), expected));
  }

  const failures: Array<{ name: string; env: NodeJS.ProcessEnv; message: RegExp }> = [
    { name: 'endpoint only', env: { S3_ENDPOINT: complete.S3_ENDPOINT }, message: /set S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY too/ },
    { name: 'secret missing', env: { ...complete, S3_SECRET_ACCESS_KEY: undefined }, message: /set S3_SECRET_ACCESS_KEY too/ },
    { name: 'bucket blank', env: { ...complete, S3_BUCKET: '  ' }, message: /set S3_BUCKET too/ },
    { name: 'endpoint without scheme', env: { ...complete, S3_ENDPOINT: '127.0.0.1:8080' }, message: /S3_ENDPOINT must be an http\(s\) URL/ },
    { name: 'path style neither true nor false', env: { ...complete, S3_FORCE_PATH_STYLE: 'yes' }, message: /S3_FORCE_PATH_STYLE must be true or false/ },
  ];
  for (const { name, env, message } of failures) {
    it(`throws: ${name}`, () => assert.throws(() => s3SettingsFromEnv(env), message));
  }

  it('reads process.env by default', () => {
    const saved = { ...process.env };
    try {
      for (const name of Object.keys(complete)) delete process.env[name];
      assert.equal(s3SettingsFromEnv(), null);
      Object.assign(process.env, complete);
      assert.deepEqual(s3SettingsFromEnv(), defaults);
    } finally {
      for (const name of Object.keys(complete)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});

describe('choosePartSize', () => {
  const MiB = 1024 * 1024;
  const cases = [
    { name: 'unknown size: the minimum', input: {}, expected: 8 * MiB },
    { name: 'small file: the minimum', input: { size: 100 * MiB }, expected: 8 * MiB },
    { name: 'exactly 1,000 minimum parts', input: { size: 8000 * MiB }, expected: 8 * MiB },
    { name: 'one byte more: next whole MiB', input: { size: 8000 * MiB + 1 }, expected: 9 * MiB },
    { name: '50 GiB stays within 1,000 parts', input: { size: 50 * 1024 * MiB }, expected: 52 * MiB },
    { name: 'a forced small minimum', input: { size: 20_000_000, minimum: 5 * MiB }, expected: 5 * MiB },
    { name: 'never below S3’s 5 MiB', input: { size: 1000, minimum: MiB }, expected: 5 * MiB },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const partSize = choosePartSize(input);
      assert.equal(partSize, expected);
      if (input.size) assert.ok(Math.ceil(input.size / partSize) <= 1000);
    });
  }
});

/**
 * Section 3: deriveImages (decode once to the widest size, resize the rest
 * from raw pixels, encode in parallel, plus the ThumbHash) against bare sharp
 * doing the same WebP outputs the obvious way: a decode + resize + encode per
 * width, the widths in parallel too. The plan is the WebP part of the real
 * plan for a public 24 MP photo; the full plan (AVIF, JPEG, placeholder) is
 * timed once more for information.
 *
 * libvips' operation cache is switched off for the section: with it on,
 * whichever side runs second on an image could reuse the other's decode, and
 * production never processes the same file twice in a row.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { progressBar } from '../../lib/progress';
import type { PlannedImage } from '../../../src/media/image-plan';
import { addSpans, measure, type CpuSpan } from '../lib/cpu';
import { cpuSeconds, seconds, table, times, type Metric } from '../lib/report';
import type { MediaModules } from './modules';

async function bareSharp({ input, outputDir, plan }: { input: string; outputDir: string; plan: PlannedImage[] }): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  await Promise.all(
    plan.map((item) =>
      sharp(input)
        .resize(item.width, item.height, { fit: 'fill' })
        .webp({ quality: item.quality, effort: item.effort })
        .toFile(path.join(outputDir, item.fileName)),
    ),
  );
}

export async function benchImages({ media, images, workDir }: { media: MediaModules; images: string[]; workDir: string }): Promise<{ metrics: Metric[]; detail: string }> {
  const previous = sharp.cache();
  sharp.cache(false);
  try {
    const pipeline: CpuSpan[] = [];
    const bare: CpuSpan[] = [];
    const full: CpuSpan[] = [];
    let widths = '';
    const bar = progressBar('  images');
    for (const [i, input] of images.entries()) {
      const probe = await media.image.probeImage({ input });
      const fullPlan = media.imagePlan.planImageDerivatives({ width: probe.width, height: probe.height, isPublic: true });
      const webpPlan = fullPlan.filter((item) => item.role === 'webp');
      widths = webpPlan.map((item) => item.width).join('/');
      const outputDir = path.join(workDir, `images-${i}`);
      const runPipeline = async () => pipeline.push((await measure(() => media.image.deriveImages({ input, outputDir: `${outputDir}-p`, plan: webpPlan }))).span);
      const runBare = async () => bare.push((await measure(() => bareSharp({ input, outputDir: `${outputDir}-b`, plan: webpPlan }))).span);
      // Alternate which side meets each image first.
      if (i % 2 === 0) {
        await runPipeline();
        await runBare();
      } else {
        await runBare();
        await runPipeline();
      }
      full.push((await measure(() => media.image.deriveImages({ input, outputDir: `${outputDir}-f`, plan: fullPlan }))).span);
      await Promise.all(['p', 'b', 'f'].map((side) => rm(`${outputDir}-${side}`, { recursive: true, force: true })));
      bar.update(i + 1, images.length, path.basename(input));
    }
    const p = addSpans(pipeline);
    const b = addSpans(bare);
    const f = addSpans(full);
    const n = images.length;
    const perSecond = (span: CpuSpan) => n / span.wallSeconds;
    bar.finish(`  images: ${n} × 24 MP done`);

    const row = (name: string, span: CpuSpan) => [
      name,
      seconds(span.wallSeconds),
      cpuSeconds(span.cpuSeconds),
      `${perSecond(span).toFixed(2)} img/s`,
      `${(span.cpuSeconds / n).toFixed(2)} CPU-s/img`,
    ];
    const detail = [
      `${n} generated 6000x4000 JPEGs, WebP widths ${widths} (q75, effort 4), one image at a time; sharp.concurrency() = ${sharp.concurrency()}, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? 'unset'}`,
      table(['run', 'wall', 'CPU', 'throughput', 'per image'], [
        row('deriveImages, WebP plan', p),
        row('bare sharp, decode per width', b),
        row('deriveImages, full public plan', f),
      ]),
    ].join('\n');

    const wallRatio = p.wallSeconds / b.wallSeconds;
    const cpuRatio = p.cpuSeconds / b.cpuSeconds;
    return {
      detail,
      metrics: [
        {
          name: `deriveImages WebP ${widths} (24 MP)`,
          value: `${perSecond(p).toFixed(2)} img/s`,
          baseline: `${perSecond(b).toFixed(2)} img/s`,
          ratio: wallRatio,
          targetMax: null,
          summary:
            `deriveImages made the WebP set at ${perSecond(p).toFixed(2)} images/s against ${perSecond(b).toFixed(2)} for bare per-width sharp: ` +
            `${times(wallRatio)} the wall time and ${times(cpuRatio)} the CPU (below 1 = decode-once wins).`,
        },
        {
          name: 'deriveImages full public plan (24 MP)',
          value: `${perSecond(f).toFixed(2)} img/s`,
          baseline: '',
          ratio: null,
          targetMax: null,
          summary: `The full public plan (WebP + AVIF ≤640 + JPEG + placeholder + ThumbHash) ran at ${perSecond(f).toFixed(2)} images/s, ${(f.cpuSeconds / n).toFixed(2)} CPU-s per 24 MP photo.`,
        },
      ],
    };
  } finally {
    sharp.cache({ memory: previous.memory.max, files: previous.files.max, items: previous.items.max });
  }
}

/**
 * Real Chromium for the browser tests: Debian's build (what CI installs), the
 * app's own HTTP server listening on 127.0.0.1, and axe for accessibility.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import type { TestApp } from './app';

export async function launchBrowser(): Promise<Browser> {
  // Fail loudly: a silently skipped browser suite would hide a missing install step in CI.
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING());
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * startTestApp() mounts Strapi's server without listening (supertest needs no
 * port); a browser needs a real address, so the same server listens here.
 */
export async function listen(app: TestApp): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = app.strapi.server.httpServer;
  if (!server.listening) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  }
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    // strapi.destroy() closes it too; closing twice must not throw.
    close: () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };
}

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Serious and critical axe violations of the page as it is now. The page must
 * come from browser.newContext().newPage(): axe opens a helper page in the
 * same context, which a browser.newPage() page does not allow.
 */
export async function axeCheck(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact!,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
    }));
}

/** One readable block per problem, for assertion messages. */
export function formatAxe(url: string, problems: AxeProblem[]): string {
  return problems.map((p) => `${url}: [${p.impact}] ${p.id}: ${p.help}\n    ${p.targets.join('\n    ')}`).join('\n');
}

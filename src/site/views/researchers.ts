/** The researcher pages' HTML: plain forms that work without JavaScript. */
import { html, type Html } from '../html';
import { researcherPath } from '../routes';
import type { PageContext } from './layout';
import { researcherText } from './researcher-text';
import { HONEYPOT, LIMITS, type AccessRequest, type Problem, type RequestField } from '../../researchers/form';
import type { TokenRow } from '../../researchers/strapi/tokens';
import { tokenHint } from '../../researchers/token';

const say = (ctx: PageContext, problem: Problem) => (ctx.locale === 'en' ? problem.en : problem.vi);

function field(
  ctx: PageContext,
  { name, label, type = 'text', value = '', problem, hint, max, autocomplete }: { name: string; label: string; type?: string; value?: string; problem?: Problem; hint?: string; max?: number; autocomplete?: string },
): Html {
  const id = `f-${name}`;
  const describedBy = [problem ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  const control =
    type === 'textarea'
      ? html`<textarea id="${id}" name="${name}" rows="6" maxlength="${max ?? ''}" required${problem ? html` aria-invalid="true"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}>${value}</textarea>`
      : html`<input id="${id}" name="${name}" type="${type}" value="${value}"${max ? html` maxlength="${max}"` : ''}${autocomplete ? html` autocomplete="${autocomplete}"` : ''} required${problem ? html` aria-invalid="true"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}>`;
  return html`<div class="field"><label for="${id}">${label}</label>
${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}${problem ? html`<p class="field-error" id="${id}-error">${say(ctx, problem)}</p>` : ''}${control}</div>`;
}

export function requestForm(
  ctx: PageContext,
  { isMailConfigured, value = {}, problems = {} }: { isMailConfigured: boolean; value?: Partial<AccessRequest>; problems?: Partial<Record<RequestField, Problem>> },
): Html {
  const t = researcherText(ctx.locale);
  const count = Object.keys(problems).length;
  return html`<h1>${t.requestTitle}</h1>
<p>${t.requestIntro}</p>
<p class="notice" id="mail-note">${isMailConfigured ? t.withMail : t.noMail}</p>
${count ? html`<p class="notice field-error" role="alert">${t.fixProblems(count)}</p>` : ''}
<form class="panel" method="post" action="${researcherPath(ctx.locale, 'request')}" novalidate>
${field(ctx, { name: 'name', label: t.name, value: value.name, problem: problems.name, max: LIMITS.name.max, autocomplete: 'name' })}
${field(ctx, { name: 'institution', label: t.institution, value: value.institution, problem: problems.institution, max: LIMITS.institution.max, autocomplete: 'organization' })}
${field(ctx, { name: 'email', label: t.email, type: 'email', value: value.email, problem: problems.email, max: LIMITS.email.max, autocomplete: 'email' })}
${field(ctx, { name: 'purpose', label: t.purpose, type: 'textarea', value: value.purpose, problem: problems.purpose, hint: t.purposeHint, max: LIMITS.purpose.max })}
<div class="hp" aria-hidden="true"><label for="f-${HONEYPOT}">${t.honeypot}</label><input id="f-${HONEYPOT}" name="${HONEYPOT}" type="text" tabindex="-1" autocomplete="off"></div>
<h2>${t.termsTitle}</h2>
<ul>${t.terms.map((term) => html`<li>${term}</li>`)}</ul>
<div class="field">${problems.terms ? html`<p class="field-error" id="f-terms-error">${say(ctx, problems.terms)}</p>` : ''}
<label class="check"><input type="checkbox" name="terms" value="on" required${problems.terms ? html` aria-invalid="true" aria-describedby="f-terms-error"` : ''}> ${t.acceptTerms}</label></div>
<button type="submit">${t.submit}</button>
</form>
<p><a href="${researcherPath(ctx.locale, 'sign-in')}">${t.signIn}</a></p>`;
}

export function receivedBody(ctx: PageContext, { mailed, isMailConfigured }: { mailed: boolean; isMailConfigured: boolean }): Html {
  const t = researcherText(ctx.locale);
  return html`<h1>${t.receivedTitle}</h1><p role="status">${t.received}</p>
<p class="notice">${mailed ? t.receivedMailed : isMailConfigured ? t.withMail : t.receivedNoMail}</p>`;
}

export function messageBody(title: string, message: string, link?: { href: string; label: string }): Html {
  return html`<h1>${title}</h1><p class="notice" role="alert">${message}</p>${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : ''}`;
}

export function signInForm(ctx: PageContext, { email = '', failed = false, note }: { email?: string; failed?: boolean; note?: string }): Html {
  const t = researcherText(ctx.locale);
  return html`<h1>${t.signInTitle}</h1>
${note ? html`<p class="notice" role="status">${note}</p>` : ''}
${failed ? html`<p class="notice field-error" role="alert">${t.signInFailed}</p>` : ''}
<form class="panel" method="post" action="${researcherPath(ctx.locale, 'sign-in')}">
<div class="field"><label for="f-email">${t.email}</label><input id="f-email" name="email" type="email" value="${email}" autocomplete="username" required></div>
<div class="field"><label for="f-password">${t.password}</label><input id="f-password" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit">${t.signIn}</button>
</form>
<p>${t.noAccount} <a href="${researcherPath(ctx.locale, 'request')}">${t.requestLink}</a></p>`;
}

export function setPasswordForm(ctx: PageContext, { code, problem }: { code: string; problem?: Problem }): Html {
  const t = researcherText(ctx.locale);
  return html`<h1>${t.setPasswordTitle}</h1>
${problem ? html`<p class="notice field-error" role="alert">${say(ctx, problem)}</p>` : ''}
<form class="panel" method="post" action="${researcherPath(ctx.locale, 'set-password')}">
<input type="hidden" name="code" value="${code}">
<div class="field"><label for="f-password">${t.newPassword}</label><input id="f-password" name="password" type="password" autocomplete="new-password" minlength="10" required></div>
<div class="field"><label for="f-confirm">${t.confirmPassword}</label><input id="f-confirm" name="confirmation" type="password" autocomplete="new-password" minlength="10" required></div>
<button type="submit">${t.setPassword}</button>
</form>`;
}

const when = (ctx: PageContext, iso: string | null) => (iso ? new Date(iso).toLocaleString(ctx.locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : researcherText(ctx.locale).never);

export function accountBody(
  ctx: PageContext,
  { email, tokens, rateLimit, newSecret, problem }: { email: string; tokens: TokenRow[]; rateLimit: number; newSecret?: string; problem?: string },
): Html {
  const t = researcherText(ctx.locale);
  const action = researcherPath(ctx.locale, 'account');
  return html`<h1>${t.accountTitle}</h1>
<p>${t.signedInAs(email)}</p>
<form method="post" action="${action}"><input type="hidden" name="action" value="sign-out"><button class="quiet" type="submit">${t.signOut}</button></form>
${newSecret ? html`<section aria-labelledby="new-token"><h2 id="new-token">${t.newTokenTitle}</h2><p class="notice" role="status">${t.newTokenNote}</p><code class="secret" id="new-secret">${newSecret}</code></section>` : ''}
${problem ? html`<p class="notice field-error" role="alert">${problem}</p>` : ''}
<h2>${t.tokensTitle}</h2>
<p>${t.tokensIntro} ${t.rateNote(rateLimit)}</p>
${tokens.length
  ? html`<table class="tokens"><thead><tr><th>${t.tokenName}</th><th>${t.created}</th><th>${t.lastUsed}</th><th>${t.tokenActions}</th></tr></thead><tbody>
${tokens.map(
  (token) => html`<tr><td>${token.label} <code>${tokenHint(token.last_four)}</code></td><td>${when(ctx, token.created_at)}</td><td>${when(ctx, token.last_used_at)}</td>
<td>${token.revoked_at
    ? t.revoked
    : html`<form method="post" action="${action}"><input type="hidden" name="action" value="revoke"><input type="hidden" name="id" value="${token.id}"><button class="quiet" type="submit">${t.revoke}</button></form>`}</td></tr>`,
)}</tbody></table>`
  : html`<p>${t.noTokens}</p>`}
<form class="panel" method="post" action="${action}">
<input type="hidden" name="action" value="create">
<div class="field"><label for="f-label">${t.tokenLabel}</label><input id="f-label" name="label" type="text" maxlength="80" required></div>
<button type="submit">${t.createToken}</button>
</form>`;
}

import type { ProgressStatus } from '../../../domain/progress/index.js';
import { STATUS_LABELS } from '../../../domain/progress/index.js';
import { formatFixed } from '../../../domain/rounding.js';
import { chartSvg } from '../reports/chart.js';
import { indicatorChartInput } from '../reports/indicator-chart.js';
import { ATTRIBUTE_LABELS, PROJECT_STAGE_LABELS, TASK_STATUS_LABELS, type Lang } from '../reports/labels.js';
import { formatNumber } from '../reports/numbers.js';
import { html, layout, raw, type Markup } from './html.js';
import type { PublicIndicator, PublicOverview } from './public-view.js';
import type { PublicPlan } from './repository.js';
import { DIRECTION_LABELS, KIND_LABELS, t } from './texts.js';

const GOOD: ReadonlySet<ProgressStatus> = new Set(['achieved', 'on_track', 'maintained']);
const BAD: ReadonlySet<ProgressStatus> = new Set(['acceleration_needed', 'limited', 'deterioration', 'not_maintained', 'not_achieved']);

export function href(path: string, lang: Lang): string {
  return lang === 'en' ? `${path}?lang=en` : path;
}

function other(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

function status(s: ProgressStatus | null, lang: Lang): Markup {
  if (!s) return html`<span class="status">${t('notPublic', lang)}</span>`;
  const tone = GOOD.has(s) ? ' good' : BAD.has(s) ? ' bad' : '';
  return html`<span class="status${tone}">${STATUS_LABELS[s][lang]}</span>`;
}

function value(p: PublicIndicator, lang: Lang): string {
  return p.latest ? `${formatFixed(p.latest.value, p.decimals)}（${p.latest.year}）` : t('noValue', lang);
}

function table(caption: string, heads: string[], rows: Markup[]): Markup {
  return html`<div class="scroll" role="region" aria-label="${caption}" tabindex="0"><table><caption>${caption}</caption>
<thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function plansPage(plans: PublicPlan[], lang: Lang): string {
  const rows = plans.map(
    (p) => html`<tr><th scope="row"><a href="${href(`/public/plans/${encodeURIComponent(p.code)}`, lang)}">${p.title}</a></th><td>${p.region_name}</td><td>${p.period_start}–${p.period_end}</td></tr>`,
  );
  const body = html`<h1>${t('plans', lang)}</h1>${plans.length === 0 ? html`<p>${t('noPlans', lang)}</p>` : table(t('plans', lang), [t('plan', lang), t('region', lang), t('period', lang)], rows)}`;
  return layout({ lang, title: t('plans', lang), switchHref: href('/public', other(lang)), body });
}

function counts(items: [string, number][]): Markup {
  return html`<ul class="cards">${items.map(([label, n]) => html`<li><strong>${n}</strong>${label}</li>`)}</ul>`;
}

function indicatorRows(plan: PublicPlan, list: PublicIndicator[], lang: Lang): Markup[] {
  return list.map((p) => {
    const i = p.indicator;
    const link = href(`/public/plans/${encodeURIComponent(plan.code)}/indicators/${encodeURIComponent(i.code)}`, lang);
    return html`<tr><td>${i.category}</td><th scope="row"><a href="${link}">${i.name}</a></th><td>${i.unit}</td>
<td class="num">${i.baseline ? `${formatNumber(i.baseline.value)}（${i.baseline.year}）` : ''}</td><td>${i.targets.map((x) => x.text).join('；')}</td>
<td class="num">${value(p, lang)}</td><td>${status(p.status, lang)}</td></tr>`;
  });
}

export function planPage(plan: PublicPlan, overview: PublicOverview | null, lang: Lang): string {
  const base = `/public/plans/${encodeURIComponent(plan.code)}`;
  const heads = [t('category', lang), t('indicator', lang), t('unit', lang), t('baseline', lang), t('target', lang), t('latest', lang), t('status', lang)];
  const summary = overview
    ? html`<p>${t('evaluation', lang)}：${overview.year} ${KIND_LABELS[overview.kind][lang]}</p>
<h2>${t('byStatus', lang)}</h2>${counts((Object.keys(STATUS_LABELS) as ProgressStatus[]).filter((s) => overview.byStatus[s]).map((s) => [STATUS_LABELS[s][lang], overview.byStatus[s]!]))}
<h2>${t('binding', lang)}</h2>${table(t('binding', lang), heads, indicatorRows(plan, overview.binding, lang))}
<h2>${t('tasks', lang)}</h2>${counts([[t('total', lang), overview.tasks.total], ...(Object.keys(TASK_STATUS_LABELS) as (keyof typeof TASK_STATUS_LABELS)[]).map((s): [string, number] => [TASK_STATUS_LABELS[s][lang], overview.tasks[s]])])}
<h2>${t('projects', lang)}</h2>${counts([[t('total', lang), overview.projects.total], ...(Object.keys(PROJECT_STAGE_LABELS) as (keyof typeof PROJECT_STAGE_LABELS)[]).map((s): [string, number] => [PROJECT_STAGE_LABELS[s][lang], overview.projects[s]])])}
<h2>${t('indicators', lang)}</h2>${table(t('indicators', lang), heads, indicatorRows(plan, overview.indicators, lang))}
<p><a class="download" href="${base}/data.csv" download>${t('downloadPlan', lang)}</a></p>`
    : html`<p>${t('noEvaluation', lang)}</p>`;
  const body = html`<h1>${plan.title}</h1><p>${plan.region_name} · ${plan.period_start}–${plan.period_end}${plan.issuer ? ` · ${plan.issuer}` : ''}${plan.document_number ? ` · ${plan.document_number}` : ''}</p>
<h2>${t('overview', lang)}</h2>${summary}`;
  return layout({ lang, title: plan.title, switchHref: href(base, other(lang)), body });
}

export function indicatorPage(plan: PublicPlan, p: PublicIndicator, lang: Lang): string {
  const i = p.indicator;
  const base = `/public/plans/${encodeURIComponent(plan.code)}`;
  const path = `${base}/indicators/${encodeURIComponent(i.code)}`;
  const svg = chartSvg(indicatorChartInput(i, p.values), lang);
  const dataRows = p.values.map((v) => html`<tr><th scope="row">${v.year}</th><td class="num">${formatFixed(v.roundedValue!, p.decimals)}</td></tr>`);
  const formula = i.denominator && i.denominator.expression !== '1' ? `(${i.numerator.description}) ÷ (${i.denominator.description})${i.factor !== 1 ? ` × ${i.factor}` : ''}` : i.numerator.description;
  const body = html`<p><a href="${href(base, lang)}">${t('back', lang)}：${plan.title}</a></p>
<h1>${i.name}</h1>
<p>${t('status', lang)}：${status(p.status, lang)} · ${t('latest', lang)}：${value(p, lang)}</p>
${i.usesSamples ? html`<p>${t('sampleHidden', lang)}</p>` : raw('')}
<h2>${t('chart', lang)}</h2>
<figure role="img" aria-label="${i.name} ${t('chartAlt', lang)}">${raw(svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" '))}</figure>
<h2>${t('data', lang)}</h2>${p.values.length ? table(t('data', lang), [t('year', lang), `${t('value', lang)}${i.unit ? `（${i.unit}）` : ''}`], dataRows) : html`<p>${t('noValue', lang)}</p>`}
<p><a class="download" href="${path}.csv" download>${t('downloadIndicator', lang)}</a></p>
<h2>${t('definition', lang)}</h2>
<dl>
<dt>${t('unit', lang)}</dt><dd>${i.unit ?? '—'}</dd>
<dt>${t('attribute', lang)}</dt><dd>${i.attribute ? ATTRIBUTE_LABELS[i.attribute][lang] : '—'}</dd>
<dt>${t('direction', lang)}</dt><dd>${DIRECTION_LABELS[i.direction][lang]}</dd>
<dt>${t('baseline', lang)}</dt><dd>${i.baseline ? `${formatNumber(i.baseline.value)}（${i.baseline.year}）` : '—'}</dd>
<dt>${t('target', lang)}</dt><dd>${i.targets.map((x) => `${x.text}（${x.year}）`).join('；') || '—'}</dd>
<dt>${t('formula', lang)}</dt><dd>${formula}</dd>
${i.definition ? html`<dt>${t('definition', lang)}</dt><dd>${i.definition}</dd>` : raw('')}
</dl>`;
  return layout({ lang, title: `${i.name} · ${plan.title}`, switchHref: href(path, other(lang)), body });
}

export function notFoundPage(lang: Lang): string {
  return layout({ lang, title: t('notFound', lang), switchHref: href('/public', other(lang)), body: html`<h1>${t('notFound', lang)}</h1><p><a href="${href('/public', lang)}">${t('plans', lang)}</a></p>` });
}

import type { Lang } from '../reports/labels.js';

export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Tagged template that escapes every interpolated value unless it is already markup. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Part = string | number | null | undefined | Markup | Markup[];

export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0];
  parts.forEach((part, k) => {
    const value = Array.isArray(part) ? part.map((p) => p.html).join('') : part instanceof Markup ? part.html : escapeHtml(part);
    out += value + strings[k + 1];
  });
  return new Markup(out);
}

export function raw(markup: string): Markup {
  return new Markup(markup);
}

/** Contrast: every text colour is at least 4.5:1 on its background (WCAG 2.1 AA). */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;border-bottom:1px solid #c4c4c4;padding-top:.5rem;padding-bottom:.5rem}
a{color:#0b4f9c}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem}
h1{font-size:1.5rem;line-height:1.3}h2{font-size:1.2rem;margin-top:2rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #c4c4c4;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem;padding:0;list-style:none}
.cards li{border:1px solid #c4c4c4;border-radius:4px;padding:.5rem}
.cards strong{display:block;font-size:1.4rem}
.status{display:inline-block;padding:0 .4rem;border-radius:3px;background:#eef2f7;white-space:nowrap}
.bad{background:#fde8e4;color:#8a1c0b}.good{background:#e3f2e5;color:#1d5e24}
figure{margin:1rem 0}figure svg{width:100%;height:auto;max-width:40rem}
.download{display:inline-block;margin:.5rem 0;padding:.4rem .8rem;border:1px solid #0b4f9c;border-radius:4px;text-decoration:none}
footer{border-top:1px solid #c4c4c4;margin-top:2rem;padding-top:.5rem;padding-bottom:1rem;font-size:.85rem;color:#4a4a4a}
`;

export interface Page {
  lang: Lang;
  title: string;
  /** The same page in the other language. */
  switchHref: string;
  body: Markup;
}

export function layout(page: Page): string {
  const zh = page.lang === 'zh';
  return (
    '<!doctype html>' +
    html`<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${page.title}</title><style>${raw(STYLE)}</style></head><body>
<a class="skip" href="#main">${zh ? '跳到正文' : 'Skip to content'}</a>
<header><a href="${zh ? '/public' : '/public?lang=en'}">${zh ? '卫生健康规划公开' : 'Health plan disclosure'}</a>
<a href="${page.switchHref}" lang="${zh ? 'en' : 'zh-CN'}">${zh ? 'English' : '中文'}</a></header>
<main id="main">${page.body}</main>
<footer>${zh ? '本页仅公开规划管理部门已发布的规划、评估结果和已审核数据。' : 'This site shows only plans, evaluation results and approved data that the planning office has published.'}</footer>
</body></html>`.html
  );
}

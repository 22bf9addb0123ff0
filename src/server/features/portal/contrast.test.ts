import { describe, expect, it } from 'vitest';
import { html, layout } from './html.js';

/** WCAG 2.1 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The stylesheet of a rendered portal page, rule by rule: selector → declared text colour and background. */
function rules(page: string) {
  const css = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.trim(),
    color: /(?:^|;)color:(#[0-9a-fA-F]{3,6})/.exec(body)?.[1] ?? null,
    background: /(?:^|;)background:(#[0-9a-fA-F]{3,6})/.exec(body)?.[1] ?? null,
  }));
}

describe('public portal colours', () => {
  const page = layout({ lang: 'zh', title: '测试', switchHref: '/public?lang=en', body: html`<p>正文</p>` });
  const all = rules(page);
  const body = all.find((r) => r.selector === 'body')!;

  it('has a page text colour and background', () => {
    expect(body.color).not.toBeNull();
    expect(body.background).not.toBeNull();
  });

  it('gives every text at least 4.5:1 contrast on its background (WCAG 2.1 AA)', () => {
    const checked = all.filter((r) => r.color || r.background);
    expect(checked.length).toBeGreaterThan(4);
    for (const rule of checked) {
      const color = rule.color ?? body.color!;
      const backgrounds = rule.background ? [rule.background] : [body.background!, ...all.filter((r) => r.background && !r.color).map((r) => r.background!)];
      for (const background of backgrounds) {
        expect(contrast(color, background), `${rule.selector}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('computes the known ratios of black and white and of the link blue', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#0b4f9c', '#ffffff')).toBeGreaterThan(7);
  });
});

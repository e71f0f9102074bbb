/**
 * The report's highlighted source: segments split at every span boundary, each wrapped in
 * the stack of items open over it, outermost first; all text escaped.
 */
import { describe, expect, it } from 'vitest';
import { renderHighlighted, type HlItem } from '../../src/report/highlight.js';

const item = (id: string, start: number, end: number, rank = 0, cls = `k-${id}`): HlItem => ({ id, cls, start, end, rank });

/** The text each item covers, read back from the HTML (pieces of one item joined). */
function covered(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack: string[] = [];
  const re = /<span class="[^"]*" data-id="([^"]+)"[^>]*>|<\/span>|<[^>]+>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) stack.push(m[1]);
    else if (m[0] === '</span>') stack.pop();
    else if (m[2]) {
      const text = m[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      for (const id of stack) out.set(id, (out.get(id) ?? '') + text);
    }
  }
  return out;
}

describe('renderHighlighted', () => {
  it('nests a unit inside its task', () => {
    const text = '推动发展（责任单位：市工信局）';
    const html = renderHighlighted(text, [item('u', 10, 14, 5), item('t', 0, text.length, 2)]);
    expect(html).toBe(
      '<div class="ln"><span class="hl k-t" data-id="t">推动发展（责任单位：</span><span class="hl k-t" data-id="t"><span class="hl k-u" data-id="u">市工信局</span></span><span class="hl k-t" data-id="t">）</span></div>',
    );
    const c = covered(html);
    expect(c.get('t')).toBe(text);
    expect(c.get('u')).toBe('市工信局');
  });

  it('handles crossing spans and equal spans (rank decides the outer one)', () => {
    const text = 'abcdefgh';
    const items = [item('a', 1, 5), item('b', 3, 7), item('x', 2, 4, 9), item('y', 2, 4, 1)];
    const html = renderHighlighted(text, items);
    const c = covered(html);
    expect(c.get('a')).toBe('bcde');
    expect(c.get('b')).toBe('defg');
    expect(c.get('x')).toBe('cd');
    expect(c.get('y')).toBe('cd');
    // equal spans: lower rank outside
    expect(html).toContain('<span class="hl k-y" data-id="y"><span class="hl k-x" data-id="x">c</span></span>');
    // balanced tags
    expect((html.match(/<span/g) ?? []).length).toBe((html.match(/<\/span>/g) ?? []).length);
  });

  it('escapes all text and attribute values', () => {
    const text = '<script>alert("x")</script> & \'q\'';
    const html = renderHighlighted(text, [{ id: 'i"1', cls: 'c', start: 0, end: 8, rank: 0, title: '"><img src=x>' }]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('data-id="i&quot;1"');
    expect(html).toContain('&amp; &#39;q&#39;');
  });

  it('one block per line; spans across a line break are split, not lost', () => {
    const text = '第一行\n第二行\n\n第四';
    const html = renderHighlighted(text, [item('t', 1, 6)]);
    expect(html.split('<div class="ln">').length - 1).toBe(4);
    expect(covered(html).get('t')).toBe('一行第二'); // the line break itself is structure, not text
    expect(html).toContain('<div class="ln"></div>');
  });

  it('places markers between segments and keeps empty or out-of-range spans findable', () => {
    const text = 'abcdef';
    const html = renderHighlighted(text, [item('t', 0, 6), item('e', 3, 3), item('o', 4, 99)], [{ at: 2, html: '<i class="pg"></i>' }]);
    expect(html).toContain('ab</span><i class="pg"></i><span class="hl k-t" data-id="t">c');
    expect(html).toContain('<span class="hl hl-empty k-e" data-id="e"></span>');
    expect(covered(html).get('o')).toBe('ef');
  });

  it('an empty text gives one empty line', () => {
    expect(renderHighlighted('', [item('t', 0, 0)])).toBe('<div class="ln"><span class="hl hl-empty k-t" data-id="t"></span></div>');
  });
});

/**
 * Columns: the documents print Chinese, so every pane measures text in terminal columns
 * (a CJK character or an emoji takes two, a combining mark none) and never lets a wide
 * character straddle a pane's edge or a program's escape sequences reach the terminal.
 */
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { fit, width } from '../../src/render/width.js';
import { renderCompare } from '../../src/render/compare.js';
import { cut, row, sliceLine, wrap } from '../../src/tui/text.js';
import { outputLines } from '../../src/tui/panes/output.js';
import { sourceLines, sourceView } from '../../src/tui/panes/source.js';
import { pane } from '../../src/tui/panes/pane.js';
import type { Write } from '../../src/kernel/trace.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';

process.env.FORCE_COLOR = '0';

describe('display width', () => {
  it('counts wide characters as two columns and marks as none', () => {
    expect(width('abc')).toBe(3);
    expect(width('我是子进程')).toBe(10);
    expect(width('，')).toBe(2); // fullwidth comma
    expect(width('𠀀')).toBe(2); // CJK extension B, outside the basic plane
    expect(width('✅')).toBe(2);
    expect(width('e\u0301')).toBe(1); // e + combining acute
    expect(width('한국어')).toBe(6);
  });

  it('fit cuts before a wide character that would straddle the edge, and pads to the exact width', () => {
    expect(fit('ab我是', 3)).toBe('ab ');
    expect(fit('ab我是', 4)).toBe('ab我');
    expect(fit('我是子进程', 5)).toBe('我是 ');
    expect(fit('我是子进程', 6, '…')).toBe('我是… ');
    expect(fit('abcdefgh', 5, '…')).toBe('abcd…');
    for (let cols = 0; cols < 14; cols++) {
      expect(width(fit("print('我是子进程{}')", cols))).toBe(cols);
      expect(width(fit('𠀀✅a我', cols, '…'))).toBe(cols);
    }
  });

  it('leaves escape sequences and control characters out, tabs as spaces', () => {
    expect(fit('\u001b[32;1mgreen\u001b[0m', 7)).toBe('green  ');
    expect(fit('a\tb\u0007', 7)).toBe('a    b ');
  });

  it('cut, wrap and sliceLine keep whole characters', () => {
    expect(cut('我是子进程', 5)).toBe('我是');
    expect(wrap('我是子进程我的父进程是', 7)).toEqual(['我是子', '进程我', '的父进', '程是']);
    expect(sliceLine([{ text: 'ab我是' }, { text: 'cd', bold: true }], 3, 7)).toEqual([{ text: ' 是' }, { text: 'c', bold: true }]);
  });
});

describe('panes with CJK text', () => {
  it('a source line cut at the pane edge is exactly as wide as the pane, whatever the width', () => {
    const text = "pid = 1\nprint('我是子进程{},我的父进程是{}'.format(os.getpid(),os.getppid()))\n";
    const v = sourceView('/x/getpid.py', text, 'getpid.py:2');
    for (let w = 20; w <= 60; w++) {
      const rows = pane('Source', false, sourceLines(v, new Set(), 3, null, new Set()), w, 4);
      for (const r of rows) expect(stringWidth(r), JSON.stringify(r)).toBe(w);
      expect(rows[2]).toContain("print('我是");
    }
  });

  it('the output pane overwrites a line after a carriage return, as a terminal does, and drops escape codes', () => {
    const writes: Write[] = [
      { t: 0, pid: 1, fd: 1, text: '当前复制进度33.33%, num是1' },
      { t: 1, pid: 1, fd: 1, text: '\r当前复制进度66.67%, num是2\r进度' },
      { t: 2, pid: 2, fd: 1, text: '\n\u001b[32;1mConsumer ate 1 bun\u001b[0m\n' },
    ];
    const lines = outputLines(writes, writes.length, 5, () => 'green').map((l) => row(l, 40));
    expect(lines).toEqual([fit('进度复制进度66.67%, num是2', 40), fit('Consumer ate 1 bun', 40)]);
    expect(stringWidth(lines[0]!)).toBe(40);
  });

  it('compare keeps its columns aligned when a CJK line is cut', async () => {
    const sc = await loadScenario('docs/fork/getpid-getppid');
    const run = simulate(sc, {});
    const out = renderCompare({ label: 'a', run }, { label: 'b', run }, 21);
    expect(out).toContain('我是父进程1001,我的…  │');
    const rule = out.split('\n\n')[0]!.split('\n').filter((l) => l.includes('│')).map((l) => width(l.slice(0, l.indexOf('│'))));
    expect(rule.length).toBeGreaterThan(2);
    expect(new Set(rule)).toEqual(new Set([22]));
  });
});

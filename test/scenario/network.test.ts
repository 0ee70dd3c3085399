import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/render/output.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';
import { HOSTS } from '../../src/scenario/world.js';

async function runPy(source: string, platform: 'linux' | 'windows' = 'linux') {
  const dir = mkdtempSync(join(tmpdir(), 'forkscope-net-'));
  const file = join(dir, 'net.py');
  writeFileSync(file, source);
  return simulate(await loadScenario(file), { platform });
}

describe('the simulated network', () => {
  it('answers known hosts after their latency and fails unknown names like a resolver', async () => {
    const sim = await runPy(`
import time, urllib.request, urllib.error
t0 = time.time()
r = urllib.request.urlopen('https://www.csdn.net/')
print(r.status, r.getcode(), round(time.time() - t0, 2))
try:
    urllib.request.urlopen('http://xxxyxxx.net')
except urllib.error.URLError as e:
    print(type(e).__name__, e)
try:
    urllib.request.urlopen('https://httpbin.org/status/404')
except urllib.error.HTTPError as e:
    print(type(e).__name__, e.code, e)
`);
    expect(terminalText(sim.output)).toBe(
      `200 200 ${(HOSTS['www.csdn.net']!.latency / 1e9).toFixed(2).replace(/0$/, '')}\n` +
        'URLError <urlopen error [Errno -2] Name or service not known>\n' +
        'HTTPError 404 HTTP Error 404: Not Found\n',
    );
    expect(sim.trace.some((e) => e.kind === 'block' && e.on.kind === 'io' && e.on.what === 'GET https://www.csdn.net/')).toBe(true);
  });

  it("uses Windows' resolver message on windows", async () => {
    const sim = await runPy(`
import urllib.request, urllib.error
try:
    urllib.request.urlopen('http://xxxyxxx.net')
except urllib.error.URLError as e:
    print(e)
`, 'windows');
    expect(terminalText(sim.output)).toBe('<urlopen error [Errno 11001] getaddrinfo failed>\n');
  });
});

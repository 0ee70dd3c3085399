/**
 * The outside world of a simulation: the DNS records nslookup answers from, and the
 * web hosts urllib can reach, with their latencies. Deterministic data; a scenario
 * runs against this world unless it brings its own.
 */
import type { Host } from '../kernel/ctx.js';
import { MS } from '../kernel/time.js';

export interface DnsRecord {
  canonical?: string;
  a: string[];
  aaaa: string[];
  mx?: { pref: number; host: string };
}

/** What nslookup answers (the documents' examples). */
export const DNS: Record<string, DnsRecord> = {
  'www.python.org': { canonical: 'dualstack.python.map.fastly.net', a: ['151.101.108.223'], aaaa: ['2a04:4e42:36::223'] },
  'python.org': { a: ['151.101.0.223'], aaaa: ['2a04:4e42::223'], mx: { pref: 50, host: 'mail.python.org' } },
  'mail.python.org': { a: ['82.94.164.166'], aaaa: ['2001:888:2000:d::a6'] },
};

const page = (title: string): string => `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body>${title}</body></html>\n`;

/**
 * Web hosts by name: how long a request takes (connect, TLS, first byte) and what comes
 * back. Latencies put the documents' scraping example in the order its author saw.
 */
export const HOSTS: Record<string, Host> = {
  'www.dogedoge.com': { latency: 150 * MS, status: 200, body: page('多吉搜索') },
  'bj.meituan.com': { latency: 200 * MS, status: 200, body: page('美团') },
  'www.csdn.net': { latency: 260 * MS, status: 200, body: page('CSDN') },
  'www.python.org': { latency: 120 * MS, status: 200, body: page('Welcome to Python.org') },
  'example.com': { latency: 80 * MS, status: 200, body: page('Example Domain') },
  'httpbin.org': { latency: 180 * MS, status: 404, body: 'Not Found' },
};

/** How long a resolver takes to say that a name does not exist. */
export const DNS_FAILURE = 400 * MS;

/**
 * The directories every machine starts with, as a Linux teaching program expects them:
 * the home directory (also the working directory), and the temporary directories that
 * `tempfile` and habit use. A scenario's files are added on top.
 */
export const BASE_DIRS: Record<string, string> = {
  '/home/user/': '',
  '/tmp/': '',
  '/var/tmp/': '',
};

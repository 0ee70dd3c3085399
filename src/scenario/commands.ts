/**
 * The virtual command table: the programs `subprocess` (and a scenario's `exec`) can
 * run. Each is a small TypeScript program on the kernel's syscalls, so it is a real
 * child process with its own pid, stdout and exit status. Unknown commands do not
 * get this far: the frontend reports them as CPython does (FileNotFoundError).
 */
import type { AddressSpace, LoadContext } from '../kernel/program.js';
import type { Image } from '../kernel/syscalls.js';
import type { Json, Op, Program, Sys } from './api.js';
import { TsSpace } from './ts-space.js';
import { DNS } from './world.js';

/** Reads stdin to EOF. */
function* readAll(k: Sys): Op<string> {
  let text = '';
  for (;;) {
    const chunk = yield* k.readline();
    if (chunk === '') return text;
    text += chunk;
  }
}

function nslookupLinux(host: string, type: string): [string, number] {
  const rec = DNS[host.replace(/\.$/, '')];
  let out = 'Server:\t\t192.168.19.4\nAddress:\t192.168.19.4#53\n\n';
  if (!rec) return [`${out}** server can't find ${host}: NXDOMAIN\n\n`, 1];
  out += 'Non-authoritative answer:\n';
  if (type === 'mx' && rec.mx) {
    out += `${host}\tmail exchanger = ${rec.mx.pref} ${rec.mx.host}.\n\nAuthoritative answers can be found from:\n`;
    const mx = DNS[rec.mx.host]!;
    for (const a of mx.a) out += `${rec.mx.host}\tinternet address = ${a}\n`;
    for (const a of mx.aaaa) out += `${rec.mx.host}\thas AAAA address ${a}\n`;
    return [`${out}\n`, 0];
  }
  if (rec.canonical) out += `${host}\tcanonical name = ${rec.canonical}.\n`;
  const name = rec.canonical ?? host;
  for (const a of rec.a) out += `Name:\t${name}\nAddress: ${a}\n`;
  for (const a of rec.aaaa) out += `Name:\t${name}\nAddress: ${a}\n`;
  return [`${out}\n`, 0];
}

/** Windows' nslookup on a Chinese-locale machine, as document 000 shows it. */
function nslookupWindows(host: string, type: string): [string, number] {
  const rec = DNS[host];
  let out = '服务器:  UnKnown\nAddress:  192.168.101.1\n\n';
  if (!rec) return [`${out}*** UnKnown 找不到 ${host}: Non-existent domain\n`, 1];
  if (type === 'mx' && rec.mx) {
    const mx = DNS[rec.mx.host]!;
    out += `非权威应答:\n${host}\tMX preference = ${rec.mx.pref}, mail exchanger = ${rec.mx.host}\n\n`;
    for (const a of mx.aaaa) out += `${rec.mx.host}\tAAAA IPv6 address = ${a}\n`;
    for (const a of mx.a) out += `${rec.mx.host}\tinternet address = ${a}\n`;
    return [out, 0];
  }
  out += `非权威应答:\n名称:    ${rec.canonical ?? host}\n`;
  const addrs = [...rec.aaaa, ...rec.a];
  out += `Addresses:  ${addrs[0]}\n${addrs.slice(1).map((a) => `          ${a}\n`).join('')}`;
  if (rec.canonical) out += `Aliases:  ${host}\n`;
  return [`${out}\n`, 0];
}

function makeCommands(platform: LoadContext['platform']): Record<string, Program> {
  return {
    *echo(k, ...args) {
      const noNewline = args[0] === '-n';
      yield* k.write(1, `${args.slice(noNewline ? 1 : 0).join(' ')}${noNewline ? '' : '\n'}`);
    },
    *true() {},
    *false() {
      return 1;
    },
    *sleep(k, secs) {
      yield* k.sleep(Math.round(Number(secs) * 1e9));
    },
    *cat(k, ...files) {
      if (files.length === 0) {
        yield* k.write(1, yield* readAll(k));
        return 0;
      }
      for (const f of files) {
        const text = yield* k.readFile(String(f));
        if (text === null) {
          yield* k.write(2, `cat: ${f}: No such file or directory\n`);
          return 1;
        }
        yield* k.write(1, text);
      }
      return 0;
    },
    *nslookup(k, host) {
      yield* k.io('DNS query', '20ms');
      const lookup = (h: string, type: string): [string, number] =>
        platform === 'windows' ? nslookupWindows(h, type) : nslookupLinux(h, type);
      if (typeof host === 'string') {
        const [out, status] = lookup(host, 'a');
        yield* k.write(1, out);
        return status;
      }
      // Interactive: commands on stdin, one per line.
      let type = 'a';
      let out = '';
      for (const line of (yield* readAll(k)).split('\n').map((l) => l.trim())) {
        if (line === '' || line === 'exit') continue;
        const set = /^set\s+(?:q|querytype|type)=(\w+)$/i.exec(line);
        if (set) type = set[1]!.toLowerCase();
        else out += lookup(line, type)[0];
      }
      yield* k.write(1, out);
      return 0;
    },
  };
}

/** Names of the commands that exist. */
export const COMMAND_NAMES = Object.keys(makeCommands('linux'));

/** Loads a virtual command (image data: its argv); null for a command that does not exist. */
export function commandLoader(image: Image, ctx: LoadContext): AddressSpace | null {
  const argv = JSON.parse(image.data) as string[];
  const program = makeCommands(ctx.platform)[argv[0]!];
  if (!program) return null;
  return new TsSpace(program, argv.slice(1) as Json[], argv[0]!);
}

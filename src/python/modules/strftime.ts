/** time.strftime for the C locale and UTC. */
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** [ISO year, ISO week] of a day (yday 1-366, wday Mon=0), as glibc's %G and %V. */
function isoWeek(y: number, yd: number, wd: number): [number, number] {
  const week = Math.floor((yd - 1 - wd + 10) / 7);
  if (week < 1) {
    const py = y - 1;
    const pyd = yd + (isLeap(py) ? 366 : 365);
    return [py, Math.floor((pyd - 1 - wd + 10) / 7)];
  }
  if (week === 53 && yd - 1 - wd + 3 >= (isLeap(y) ? 366 : 365)) return [y + 1, 1];
  return [y, week];
}

/** fields: year, mon (1-12), mday, hour, min, sec, wday (Mon=0), yday (1-366), isdst. */
export function strftime(fmt: string, f: number[]): string {
  const [y, mo, d, h, mi, s, wd, yd] = f as [number, number, number, number, number, number, number, number];
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const table: Record<string, () => string> = {
    Y: () => String(y),
    y: () => p2(y % 100),
    m: () => p2(mo),
    d: () => p2(d),
    e: () => String(d).padStart(2, ' '),
    H: () => p2(h),
    I: () => p2(h % 12 === 0 ? 12 : h % 12),
    M: () => p2(mi),
    S: () => p2(s),
    p: () => (h < 12 ? 'AM' : 'PM'),
    A: () => DAYS[wd]!,
    a: () => DAYS[wd]!.slice(0, 3),
    B: () => MONTHS[mo - 1]!,
    b: () => MONTHS[mo - 1]!.slice(0, 3),
    h: () => MONTHS[mo - 1]!.slice(0, 3),
    j: () => String(yd).padStart(3, '0'),
    w: () => String((wd + 1) % 7),
    u: () => String(wd + 1),
    Z: () => 'UTC',
    z: () => '+0000',
    '%': () => '%',
    c: () => `${DAYS[wd]!.slice(0, 3)} ${MONTHS[mo - 1]!.slice(0, 3)} ${String(d).padStart(2, ' ')} ${p2(h)}:${p2(mi)}:${p2(s)} ${y}`,
    x: () => `${p2(mo)}/${p2(d)}/${p2(y % 100)}`,
    X: () => `${p2(h)}:${p2(mi)}:${p2(s)}`,
    D: () => `${p2(mo)}/${p2(d)}/${p2(y % 100)}`,
    F: () => `${y}-${p2(mo)}-${p2(d)}`,
    T: () => `${p2(h)}:${p2(mi)}:${p2(s)}`,
    R: () => `${p2(h)}:${p2(mi)}`,
    n: () => '\n',
    t: () => '\t',
    C: () => p2(Math.floor(y / 100)),
    k: () => String(h).padStart(2, ' '),
    l: () => String(h % 12 === 0 ? 12 : h % 12).padStart(2, ' '),
    P: () => (h < 12 ? 'am' : 'pm'),
    U: () => p2(Math.floor((yd - 1 + 7 - ((wd + 1) % 7)) / 7)),
    W: () => p2(Math.floor((yd - 1 + 7 - wd) / 7)),
    G: () => String(isoWeek(y, yd, wd)[0]),
    g: () => p2(isoWeek(y, yd, wd)[0] % 100),
    V: () => p2(isoWeek(y, yd, wd)[1]),
    s: () => String(Math.floor(Date.UTC(y, mo - 1, d, h, mi, s) / 1000)),
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const k = fmt[++i]!;
    const g = table[k];
    out += g ? g() : `%${k}`;
  }
  return out;
}

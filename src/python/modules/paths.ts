/** Paths as the virtual file system wants them: absolute, normalised, from the process's cwd. */
export function normpath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = out.join('/');
  return abs ? `/${s}` : s || '.';
}

export function absPath(cwd: string, p: string): string {
  return normpath(p.startsWith('/') ? p : `${cwd}/${p}`);
}

/**
 * Scope analysis: which names are locals, cells, free variables or globals in
 * every scope, so that the compiler can turn each name into a slot. CPython's
 * symtable.c in two passes: record what each scope binds and uses, then resolve
 * top-down with the names bound by enclosing functions. Class scopes do not
 * enclose their methods; comprehensions are functions of their own (3.11).
 */
import type { Arguments, Expr, Span, Stmt } from '../parse/ast.js';
import { PythonCompileError } from '../parse/errors.js';

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';
export type SymKind = 'local' | 'global' | 'implicit' | 'free' | 'cell';

const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;

export class Scope {
  readonly flags = new Map<string, number>();
  readonly children: Scope[] = [];
  /** Parameters in order, then other locals (filled by analysis). */
  readonly varnames: string[] = [];
  readonly symbols = new Map<string, SymKind>();
  cellvars: string[] = [];
  freevars: string[] = [];
  generator = false;
  /** A function that uses super() or __class__ (needs the __class__ cell). */
  usesClassCell = false;
  /** A class some of whose methods need __class__. */
  needsClassCell = false;
  /** Where each name was first declared global/nonlocal, for error messages. */
  readonly declared = new Map<string, Span>();

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    /** The class whose private names (`__x`) this scope mangles, or null. */
    readonly privateName: string | null,
  ) {}

  get isFunction(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  mark(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }

  kindOf(name: string): SymKind {
    return this.symbols.get(name) ?? (this.kind === 'module' ? 'global' : 'implicit');
  }
}

/** `__x` inside class `C` becomes `_C__x` (not dunders, not dotted names). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const cls = privateName.replace(/^_+/, '');
  return cls === '' ? name : `_${cls}${name}`;
}

/** The scopes of a module, keyed by the AST node that opens each one. */
export interface SymTable {
  top: Scope;
  scopes: Map<object, Scope>;
}

export function buildSymtable(body: Stmt[], filename: string, lines: string[]): SymTable {
  const b = new Builder(filename, lines);
  const top = new Scope('module', '<module>', null, null);
  b.scopes.set(body, top);
  b.stmts(top, body);
  analyze(b, top, new Set(), new Set());
  return { top, scopes: b.scopes };
}

class Builder {
  readonly scopes = new Map<object, Scope>();
  constructor(
    readonly filename: string,
    readonly lines: string[],
  ) {}

  fail(at: Span, msg: string): never {
    throw new PythonCompileError('SyntaxError', msg, this.filename, at.line, at.col + 1, this.lines[at.line - 1] ?? '', Math.max(1, at.endLine === at.line ? at.endCol - at.col : 1));
  }

  def(s: Scope, name: string, at: Span, flag = DEF_LOCAL): void {
    const n = mangle(s.privateName, name);
    const f = s.flags.get(n) ?? 0;
    if (f & DEF_GLOBAL && flag === DEF_PARAM) this.fail(at, `name '${name}' is parameter and global`);
    s.mark(n, flag);
  }

  use(s: Scope, name: string): void {
    s.mark(mangle(s.privateName, name), USE);
    if ((name === 'super' || name === '__class__') && s.isFunction) s.usesClassCell = true;
  }

  child(parent: Scope, kind: ScopeKind, name: string, node: object, privateName: string | null): Scope {
    const s = new Scope(kind, name, parent, privateName);
    parent.children.push(s);
    this.scopes.set(node, s);
    return s;
  }

  params(s: Scope, a: Arguments): void {
    // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
    for (const p of [...a.posonly, ...a.args]) this.param(s, p.name, p);
    for (const p of a.kwonly) this.param(s, p.name, p);
    if (a.vararg) this.param(s, a.vararg.name, a.vararg);
    if (a.kwarg) this.param(s, a.kwarg.name, a.kwarg);
  }

  param(s: Scope, name: string, at: Span): void {
    const n = mangle(s.privateName, name);
    this.def(s, name, at, DEF_PARAM);
    s.varnames.push(n);
  }

  defaults(s: Scope, a: Arguments): void {
    for (const d of a.defaults) this.expr(s, d);
    for (const d of a.kwDefaults) if (d) this.expr(s, d);
  }

  /** Parameter and return annotations: evaluated in the defining scope when the def runs. */
  annotations(s: Scope, a: Arguments, returns: Expr | undefined): void {
    for (const p of [...a.posonly, ...a.args, a.vararg, ...a.kwonly, a.kwarg]) if (p?.annotation) this.expr(s, p.annotation);
    if (returns) this.expr(s, returns);
  }

  stmts(s: Scope, body: Stmt[]): void {
    for (const st of body) this.stmt(s, st);
  }

  stmt(s: Scope, st: Stmt): void {
    switch (st.kind) {
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(s, d);
        this.defaults(s, st.args);
        this.annotations(s, st.args, st.returns);
        this.def(s, st.name, st);
        const f = this.child(s, 'function', st.name, st, s.kind === 'class' ? s.name : s.privateName);
        this.params(f, st.args);
        this.stmts(f, st.body);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(s, d);
        for (const e of st.bases) this.expr(s, e);
        for (const k of st.keywords) this.expr(s, k.value);
        this.def(s, st.name, st);
        const c = this.child(s, 'class', st.name, st, st.name);
        this.stmts(c, st.body);
        return;
      }
      case 'Return':
        if (!s.isFunction) this.fail(st, "'return' outside function");
        if (st.value) this.expr(s, st.value);
        return;
      case 'Delete':
        for (const t of st.targets) this.target(s, t);
        return;
      case 'Assign':
        this.expr(s, st.value);
        for (const t of st.targets) this.target(s, t);
        return;
      case 'AugAssign':
        this.expr(s, st.value);
        if (st.target.kind === 'Name') this.use(s, st.target.id);
        this.target(s, st.target);
        return;
      case 'AnnAssign':
        if (st.value) this.expr(s, st.value);
        this.target(s, st.target);
        // Module and class bodies evaluate the annotation (into __annotations__); functions do not.
        if (s.kind === 'module' || s.kind === 'class') this.expr(s, st.annotation);
        return;
      case 'For':
        this.expr(s, st.iter);
        this.target(s, st.target);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s, st.test);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        return;
      case 'With':
        for (const it of st.items) {
          this.expr(s, it.expr);
          if (it.vars) this.target(s, it.vars);
        }
        this.stmts(s, st.body);
        return;
      case 'Raise':
        if (st.exc) this.expr(s, st.exc);
        if (st.cause) this.expr(s, st.cause);
        return;
      case 'Try':
        this.stmts(s, st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(s, h.type);
          if (h.name) this.def(s, h.name, h);
          this.stmts(s, h.body);
        }
        this.stmts(s, st.orelse);
        this.stmts(s, st.finalbody);
        return;
      case 'Assert':
        this.expr(s, st.test);
        if (st.msg) this.expr(s, st.msg);
        return;
      case 'Import':
        for (const a of st.names) this.def(s, a.asname ?? a.name.split('.')[0]!, a);
        return;
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') {
            if (s.kind !== 'module') this.fail(st, 'import * only allowed at module level');
            continue;
          }
          this.def(s, a.asname ?? a.name, a);
        }
        return;
      case 'Global':
      case 'Nonlocal': {
        const flag = st.kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL;
        const word = st.kind === 'Global' ? 'global' : 'nonlocal';
        if (flag === DEF_NONLOCAL && s.kind === 'module') this.fail(st, 'nonlocal declaration not allowed at module level');
        for (const name of st.names) {
          const n = mangle(s.privateName, name);
          const f = s.flags.get(n) ?? 0;
          if (f & DEF_PARAM) this.fail(st, `name '${name}' is parameter and ${word}`);
          if (f & (DEF_LOCAL | USE)) {
            this.fail(st, `name '${name}' is ${f & USE && !(f & DEF_LOCAL) ? 'used' : 'assigned to'} prior to ${word} declaration`);
          }
          if (flag === DEF_GLOBAL && f & DEF_NONLOCAL) this.fail(st, `name '${name}' is nonlocal and global`);
          if (flag === DEF_NONLOCAL && f & DEF_GLOBAL) this.fail(st, `name '${name}' is nonlocal and global`);
          s.mark(n, flag);
          if (!s.declared.has(n)) s.declared.set(n, st);
        }
        return;
      }
      case 'Expr':
        this.expr(s, st.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      default: {
        const never: never = st;
        throw new Error(`symtable: unknown statement ${JSON.stringify(never)}`);
      }
    }
  }

  target(s: Scope, t: Expr): void {
    switch (t.kind) {
      case 'Name':
        this.def(s, t.id, t);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(s, e);
        return;
      case 'Starred':
        this.target(s, t.value);
        return;
      default:
        this.expr(s, t);
    }
  }

  expr(s: Scope, e: Expr): void {
    switch (e.kind) {
      case 'Name':
        this.use(s, e.id);
        return;
      case 'Constant':
        return;
      case 'JoinedStr':
        for (const p of e.parts) {
          if (typeof p === 'string') continue;
          this.expr(s, p.value);
          if (p.spec) this.expr(s, p.spec as Expr);
        }
        return;
      case 'BinOp': {
        // A left-deep chain (`1+1+…`, thousands of terms) as a loop: this switch's
        // frame is large, and the host's stack would end the chain far below CPython's.
        const rights: Expr[] = [];
        let left: Expr = e;
        for (; left.kind === 'BinOp'; left = left.left) rights.push(left.right);
        this.expr(s, left);
        for (let i = rights.length - 1; i >= 0; i--) this.expr(s, rights[i]!);
        return;
      }
      case 'UnaryOp':
        this.expr(s, e.operand);
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(s, v);
        return;
      case 'Compare':
        this.expr(s, e.left);
        for (const c of e.comparators) this.expr(s, c);
        return;
      case 'Call':
        this.expr(s, e.func);
        for (const a of e.args) this.expr(s, a);
        for (const k of e.keywords) this.expr(s, k.value);
        return;
      case 'Attribute':
      case 'Starred':
        this.expr(s, e.value);
        return;
      case 'Subscript':
        this.expr(s, e.value);
        this.expr(s, e.slice);
        return;
      case 'Slice':
        for (const x of [e.lower, e.upper, e.step]) if (x) this.expr(s, x);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        for (const x of e.elts) this.expr(s, x);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(s, k);
        for (const v of e.values) this.expr(s, v);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        const gens = e.generators;
        this.expr(s, gens[0]!.iter);
        const name = { ListComp: '<listcomp>', SetComp: '<setcomp>', GeneratorExp: '<genexpr>', DictComp: '<dictcomp>' }[e.kind];
        const c = this.child(s, 'comprehension', name, e, s.kind === 'class' ? s.name : s.privateName);
        c.varnames.push('.0');
        c.mark('.0', DEF_PARAM);
        if (e.kind === 'GeneratorExp') c.generator = true;
        gens.forEach((g, i) => {
          if (i > 0) this.expr(c, g.iter);
          this.target(c, g.target);
          for (const cond of g.ifs) this.expr(c, cond);
        });
        if (e.kind === 'DictComp') {
          this.expr(c, e.key);
          this.expr(c, e.value);
        } else this.expr(c, e.elt);
        return;
      }
      case 'IfExp':
        this.expr(s, e.test);
        this.expr(s, e.body);
        this.expr(s, e.orelse);
        return;
      case 'Lambda': {
        this.defaults(s, e.args);
        const f = this.child(s, 'lambda', '<lambda>', e, s.kind === 'class' ? s.name : s.privateName);
        this.params(f, e.args);
        this.expr(f, e.body);
        return;
      }
      case 'Yield':
      case 'YieldFrom': {
        if (!s.isFunction) this.fail(e, "'yield' outside function");
        if (s.kind === 'comprehension') this.fail(e, "'yield' inside list comprehension");
        s.generator = true;
        const v = e.kind === 'Yield' ? e.value : e.value;
        if (v) this.expr(s, v);
        return;
      }
      case 'NamedExpr': {
        this.expr(s, e.value);
        // In a comprehension the target binds in the enclosing function (PEP 572).
        let t = s;
        while (t.kind === 'comprehension') {
          t.mark((e.target as { id: string }).id, DEF_NONLOCAL);
          t = t.parent!;
        }
        if (t !== s && t.kind === 'class') this.fail(e, 'assignment expression within a comprehension cannot be used in a class body');
        this.target(t, e.target);
        return;
      }
      default: {
        const never: never = e;
        throw new Error(`symtable: unknown expression ${JSON.stringify(never)}`);
      }
    }
  }
}

/** Resolves every scope's names; returns the free variables the scope needs from outside. */
function analyze(b: Builder, s: Scope, bound: Set<string>, _globals: Set<string>): Set<string> {
  const locals = new Set<string>();
  for (const [name, f] of s.flags) {
    if (f & DEF_GLOBAL) s.symbols.set(name, 'global');
    else if (f & DEF_NONLOCAL) {
      if (!bound.has(name) && !(s.kind === 'comprehension')) b.fail(s.declared.get(name) ?? { line: 1, col: 0, endLine: 1, endCol: 1 }, `no binding for nonlocal '${name}' found`);
      s.symbols.set(name, 'free');
    } else if (f & (DEF_LOCAL | DEF_PARAM)) {
      s.symbols.set(name, 'local');
      locals.add(name);
    } else if (bound.has(name) && s.kind !== 'module') s.symbols.set(name, 'free');
    else s.symbols.set(name, s.kind === 'module' ? 'global' : 'implicit');
  }
  // super() or __class__ needs the enclosing class's cell; outside any class __class__ is a global.
  if (s.usesClassCell && s.isFunction && bound.has('__class__')) s.symbols.set('__class__', 'free');
  // Names the children may close over: enclosing functions' locals, plus ours if we are a function.
  const childBound = new Set(bound);
  if (s.isFunction) for (const n of locals) childBound.add(n);
  if (s.kind === 'class') childBound.add('__class__');
  const free = new Set<string>();
  for (const c of s.children) {
    const needs = analyze(b, c, childBound, _globals);
    for (const n of needs) {
      if (s.kind === 'class' && n === '__class__') {
        s.needsClassCell = true;
        continue;
      }
      if (s.isFunction && locals.has(n)) s.symbols.set(n, 'cell');
      else {
        free.add(n);
        if (s.kind !== 'module' && !s.symbols.has(n)) s.symbols.set(n, s.kind === 'class' ? 'free' : 'free');
        else if (s.kind === 'class' && s.symbols.get(n) === 'implicit') s.symbols.set(n, 'free');
      }
    }
  }
  for (const [n, k] of s.symbols) if (k === 'free') free.add(n);
  // Locals in parameter order first, then the rest in first-seen order.
  if (s.isFunction) {
    for (const [n, k] of s.symbols) if ((k === 'local' || k === 'cell') && !s.varnames.includes(n)) s.varnames.push(n);
  }
  s.cellvars = [...s.symbols].filter(([, k]) => k === 'cell').map(([n]) => n);
  if (s.kind === 'class' && s.needsClassCell) s.cellvars.push('__class__');
  s.freevars = [...s.symbols].filter(([n, k]) => k === 'free' && !(s.kind === 'class' && n === '__class__')).map(([n]) => n);
  if (s.kind === 'module') return new Set();
  return free;
}

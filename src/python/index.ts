/**
 * The Python frontend's public API.
 *
 *  - pythonLoader(sources): the Loader for images of kind 'python'.
 *  - compilePython(source, filename): code object, or PythonCompileError.
 *  - decodeSource(bytes, filename): a source file's text as CPython decodes it (BOM,
 *    encoding declaration, line ends), or PythonCompileError.
 *  - disassemble(code): the bytecode listing (`forkscope disasm`).
 *  - VmPanic: what a broken invariant of the Python side throws out of `AddressSpace.run`
 *    (and so out of a run); never a guest exception. Recognise it with `instanceof`.
 */
export { pythonLoader, type PythonImageData } from './loader.js';
export { compilePython } from './compile/index.js';
export { disassemble } from './compile/disasm.js';
export { PythonCompileError } from './parse/errors.js';
export { decodeSource } from './parse/source.js';
export type { Code } from './objects/code.js';
export { VmPanic } from './vm/panic.js';

/** The modules implemented in TypeScript, by name: each makes a fresh module for an interpreter. */
import type { PyModule } from '../objects/module.js';
import type { Interpreter } from '../objects/interpreter.js';
import { makeSys } from './sys.js';
import { makeOs } from './os.js';
import { makePosixpath } from './posixpath.js';
import { makeTime } from './time.js';
import { makeRandom } from './random.js';
import { makeMath } from './math.js';
import { finishSignal, makeSignal } from './signal.js';
import { makeAtexit } from './atexit.js';
import { makeErrno } from './errno.js';
import { makeForkscope } from './forkscope.js';
import { makeSubprocess } from './subprocess.js';
import { makeThread } from './thread.js';
import { makeMp } from './mp.js';
import { makePickle } from './pickle.js';
import { makeTraceback } from './traceback.js';
import { makeSre } from './sre.js';
import { makeStruct } from './struct.js';
import { makeHashlib } from './hashlib.js';

export const BUILTIN_MODULES: Record<string, (interp: Interpreter) => PyModule> = {
  sys: makeSys,
  os: makeOs,
  'os.path': makePosixpath,
  posixpath: makePosixpath,
  time: makeTime,
  random: makeRandom,
  math: makeMath,
  _signal: makeSignal,
  atexit: makeAtexit,
  errno: makeErrno,
  _forkscope: makeForkscope,
  subprocess: makeSubprocess,
  _thread: makeThread,
  _mp: makeMp,
  pickle: makePickle,
  _traceback: makeTraceback,
  _sre: makeSre,
  _struct: makeStruct,
  _hashlib: makeHashlib,
};

/**
 * What a module written in Python gets after its code ran, from TypeScript (no bytecode
 * runs, so it costs no virtual time): module name → the finishing step.
 */
export const AFTER_LOAD: Record<string, (interp: Interpreter, m: PyModule) => void> = {
  signal: finishSignal,
};

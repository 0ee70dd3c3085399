/**
 * Importing this file gives every builtin class its methods (objects/boot.ts makes
 * the classes first; object's methods come before the rest, which inherit them).
 * The builtins module imports it; so does anything that runs the VM without it.
 */
import '../objects/boot.js';
import './object-methods.js';
import './type.js';
import './numbers.js';
import './str.js';
import './list.js';
import './dict-methods.js';
import './set-methods.js';
import './bytes-methods.js';
import './bytearray.js';
import './memoryview.js';
import './complex-methods.js';
import './range-methods.js';
import './callables.js';
import './iterator-methods.js';
import './exception-methods.js';
import './file.js';
import './traceback.js';
import './frame.js';
import './deque-methods.js';
import './genericalias.js';
import './arity.js';

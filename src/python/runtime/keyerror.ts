/** KeyError(key): its str is the repr of the key (see BaseException's __str__). */
import { E, newExc, type PyBaseException } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';

export const keyErrorFor = (k: Value): PyBaseException => newExc(E.KeyError!, [k]);

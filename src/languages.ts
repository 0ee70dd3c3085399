/**
 * The languages scenarios can be written in, registered with the scenario loader:
 * TypeScript is built in; the Python frontend loads only when a `.py` file is run
 * (it is most of forkscope's code, and TypeScript runs need none of it).
 */
import { registerLanguage } from './scenario/load.js';

registerLanguage('.py', async (file, source, id) => (await import('./scenario/python.js')).loadPython(file, source, id));

/** Shard 2 of the seed-variety table (see variety.ts). */
import { varietyShard } from './variety.js';

varietyShard(2);

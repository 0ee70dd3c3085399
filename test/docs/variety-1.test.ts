/** Shard 1 of the seed-variety table (see variety.ts). */
import { varietyShard } from './variety.js';

varietyShard(1);

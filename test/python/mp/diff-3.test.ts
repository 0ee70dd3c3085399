/** Shard 3 of the multiprocessing differential corpus (see diff-shard.ts). */
import { mpShard } from './diff-shard.js';

mpShard(3);

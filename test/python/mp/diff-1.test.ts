/** Shard 1 of the multiprocessing differential corpus (see diff-shard.ts). */
import { mpShard } from './diff-shard.js';

mpShard(1);

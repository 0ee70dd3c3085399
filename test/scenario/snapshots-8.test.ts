/** Shard 8 of the scenario snapshots and CPython recordings (see snapshot-shard.ts). */
import { snapshotShard } from './snapshot-shard.js';

snapshotShard(8);

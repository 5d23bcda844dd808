// The rule registry: one rule per file, each with its id, worst severity and one-line meaning.

import type { Rule } from '../model.js';
import { rule as buildInstall } from './build-install.js';
import { rule as buildRequires } from './build-requires.js';
import { rule as callbackHost } from './callback-host.js';
import { rule as cloudCredentials } from './cloud-credentials.js';
import { rule as cryptominer } from './cryptominer.js';
import { rule as detachedStage } from './detached-stage.js';
import { rule as downloadExecute } from './download-execute.js';
import { rule as dynamicExec } from './dynamic-exec.js';
import { rule as encodedBlob } from './encoded-blob.js';
import { rule as exfiltration } from './exfiltration.js';
import { rule as hiddenExec } from './hidden-exec.js';
import { rule as longLine } from './long-line.js';
import { rule as nativeCode } from './native-code.js';
import { rule as network } from './network.js';
import { rule as obfuscatedLookup } from './obfuscated-lookup.js';
import { rule as oddIdentifiers } from './odd-identifiers.js';
import { rule as opaquePayload } from './opaque-payload.js';
import { rule as packedRuntime } from './packed-runtime.js';
import { rule as persistence } from './persistence.js';
import { rule as processRun } from './process-run.js';
import { rule as secretAccess } from './secret-access.js';
import { rule as selfDelete } from './self-delete.js';
import { rule as suspiciousCommand } from './suspicious-command.js';
import { rule as tampering } from './tampering.js';
import { rule as unresolvedLoad } from './unresolved-load.js';
import { rule as unusualEncoding } from './unusual-encoding.js';

export const RULE_LIST: Rule[] = [
  downloadExecute,
  exfiltration,
  dynamicExec,
  processRun,
  suspiciousCommand,
  cloudCredentials,
  cryptominer,
  tampering,
  detachedStage,
  hiddenExec,
  network,
  callbackHost,
  secretAccess,
  persistence,
  encodedBlob,
  opaquePayload,
  packedRuntime,
  nativeCode,
  obfuscatedLookup,
  oddIdentifiers,
  longLine,
  selfDelete,
  buildInstall,
  buildRequires,
  unusualEncoding,
  unresolvedLoad,
];
